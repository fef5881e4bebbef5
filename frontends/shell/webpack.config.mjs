import { hostConfig } from '@werkplek/frontend-build/webpack';

export default hostConfig({
  name: 'shell',
  dir: import.meta.dirname,
  title: 'Werkplek – SYNTRA Vlaanderen',
});
