import { defineConfig } from 'vitest/config';

/** The one vitest configuration of the Node packages (services, gateway, packages); each package's config extends it. */
export const nodeTestConfig = defineConfig({
  // Node loads graphql's CommonJS build for every dependency (graphql 16 has no "exports"); sources under test must
  // get the same instance, not the ESM build Vite would pick, or graphql refuses objects "from another realm".
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Workspace packages are loaded by Node as built, like every dependency: if Vite transformed them it would resolve
    // `graphql` to its ESM build while type-graphql gets the CommonJS one, and two graphql instances refuse each other.
    server: { deps: { external: [/\/packages\/[^/]+\/dist\//] } },
  },
});
