// Asynchronous bootstrap, as in the shell: the shared modules are negotiated before React is imported.
import('./bootstrap.js').catch((error: unknown) => {
  console.error('Toezicht en inspectie could not start', error);
});
