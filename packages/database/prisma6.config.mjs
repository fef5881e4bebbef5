// Prisma 6.19's configuration for generating migration SQL offline: its JavaScript schema engine talks to an
// in-memory PGlite through the driver adapter (also as the shadow database). Used only by src/prisma-cli.ts.
import { defineConfig } from 'prisma6/config';
import { PGlite } from '@electric-sql/pglite';
// The adapter release built for Prisma 6's driver-adapter interface (0.7 targets Prisma 7).
import { PrismaPGlite } from 'pglite-prisma-adapter6';

/**
 * The schema engine replays each migration on the shadow database as one `executeRaw` of the whole script, which
 * PGlite's extended protocol refuses ("cannot insert multiple commands into a prepared statement"). A parameterless
 * statement needs no preparing, so it goes through PGlite's simple-query `exec`, which takes scripts.
 */
function acceptingScripts(adapter) {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    await adapter.client.exec(query.sql);
    return 0;
  };
  return adapter;
}

export default defineConfig({
  engine: 'js',
  experimental: { adapter: true },
  schema: process.env.WERKPLEK_PRISMA6_SCHEMA,
  migrations: { path: process.env.WERKPLEK_PRISMA6_MIGRATIONS },
  adapter: async () => {
    const factory = new PrismaPGlite(new PGlite());
    return {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => acceptingScripts(await factory.connect()),
      connectToShadowDb: async () => acceptingScripts(await factory.connectToShadowDb()),
    };
  },
});
