#!/usr/bin/env node
// werkplek-serve <distDir> [--port N] [--host H] [--no-spa]
// Serves a built frontend; the port defaults to $PORT, then 3000.
import path from 'node:path';
import { startStaticServer } from './static-server.mjs';

function parseArguments(argv) {
  const options = { dir: undefined, port: process.env.PORT ? Number(process.env.PORT) : 3000, host: undefined, spaFallback: true };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--port' || argument === '-p') options.port = Number(argv[++index]);
    else if (argument.startsWith('--port=')) options.port = Number(argument.slice('--port='.length));
    else if (argument === '--host') options.host = argv[++index];
    else if (argument.startsWith('--host=')) options.host = argument.slice('--host='.length);
    else if (argument === '--no-spa') options.spaFallback = false;
    else if (argument === '--help' || argument === '-h') options.help = true;
    else if (!argument.startsWith('-') && options.dir === undefined) options.dir = argument;
    else throw new Error(`Unknown argument: ${argument}`);
  }
  return options;
}

let options;
try {
  options = parseArguments(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
if (options.help || options.dir === undefined || !Number.isInteger(options.port) || options.port < 0) {
  console.error('Usage: werkplek-serve <distDir> [--port N] [--host H] [--no-spa]');
  process.exit(options.help ? 0 : 2);
}

const server = await startStaticServer({
  dir: path.resolve(process.cwd(), options.dir),
  port: options.port,
  host: options.host,
  spaFallback: options.spaFallback,
});
console.log(`werkplek-serve: ${path.resolve(options.dir)} on ${server.url}`);

let closing = false;
async function shutdown(signal) {
  if (closing) return;
  closing = true;
  console.log(`werkplek-serve: ${signal} received, closing`);
  await server.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
