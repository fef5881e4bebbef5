import { createRequire } from 'node:module';
import path from 'node:path';
import { remoteConfig } from '@werkplek/frontend-build/webpack';

const remote = remoteConfig({
  name: 'dualLearning',
  dir: import.meta.dirname,
  exposes: { './App': './src/App.tsx' },
});

/**
 * Production: only the remote (remoteEntry.js + mf-manifest.json) the shell loads. Development (`pnpm dev`): also a
 * standalone page with its own ApolloClient, for working on the area without the shell. html-webpack-plugin is a
 * dependency of @werkplek/frontend-build, so it is resolved from there.
 */
export default (env, argv = {}) => {
  const config = remote(env, argv);
  if (argv.mode !== 'development') return config;
  const buildRequire = createRequire(createRequire(import.meta.url).resolve('@werkplek/frontend-build/webpack'));
  const HtmlWebpackPlugin = buildRequire('html-webpack-plugin');
  config.entry = { main: './src/index.ts', standalone: './src/standalone/index.ts' };
  // The page lives under /duaal-leren/…: its script tag points at the root; chunks keep publicPath 'auto', so the
  // same development build can still be loaded by the shell from another origin.
  config.plugins.push(new HtmlWebpackPlugin({ template: path.join(import.meta.dirname, 'src/standalone/index.html'), chunks: ['standalone'], publicPath: '/' }));
  return config;
};
