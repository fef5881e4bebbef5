// `npm start`: install, build, then run the whole platform on embedded PGlite databases (seeded) until Ctrl-C.
import { build, ensureInstalled } from './workspace.mjs';
import { processes, startPlatform } from './platform.mjs';

const started = Date.now();
try {
  await ensureInstalled();
  await build();
  const platform = await startPlatform();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
Werkplek is running (started in ${seconds} s).

  Open the platform:   ${platform.urls.shell}
  GraphQL gateway:     ${platform.urls.gateway}
  Health:              ${platform.urls.health}

${processes.map((p) => `  ${p.name.padEnd(18)} http://localhost:${p.port}`).join('\n')}

Sign in with the development sign-in (choose a role). Stop with Ctrl-C.
`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping Werkplek…');
    await platform.stop();
    console.log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
} catch (error) {
  console.error(`\nWerkplek could not start: ${error.message}`);
  process.exit(1);
}
