import { remoteConfig } from '@werkplek/frontend-build/webpack';

export default remoteConfig({
  name: 'inspection',
  dir: import.meta.dirname,
  exposes: { './App': './src/App.tsx' },
});
