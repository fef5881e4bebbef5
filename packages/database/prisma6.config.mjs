// Prisma 6.19's configuration for generating migration SQL offline: its JavaScript schema engine talks to an
// in-memory PGlite through the driver adapter (also as the shadow database). Used only by src/prisma-cli.ts.
import { defineConfig } from 'prisma6/config';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';

export default defineConfig({
  engine: 'js',
  experimental: { adapter: true },
  schema: process.env.WERKPLEK_PRISMA6_SCHEMA,
  migrations: { path: process.env.WERKPLEK_PRISMA6_MIGRATIONS },
  adapter: async () => new PrismaPGlite(new PGlite()),
});
