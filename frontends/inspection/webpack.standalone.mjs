// Standalone development build: the inspection app on its own page with its own ApolloClient (see README,
// "Standalone"). A host config so the shared modules negotiate exactly as in the shell; output in dist/standalone.
import path from 'node:path';
import { hostConfig } from '@werkplek/frontend-build/webpack';

const dir = import.meta.dirname;

export default (env, argv) => {
  const config = hostConfig({
    name: 'inspectionStandalone',
    dir,
    template: path.join(dir, 'src/standalone/index.html'),
    title: 'Toezicht en inspectie (los)',
  })(env, argv);
  config.entry = './src/standalone/index.ts';
  config.output.path = path.join(dir, 'dist/standalone');
  return config;
};
