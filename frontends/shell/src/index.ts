// Asynchronous bootstrap: webpack first negotiates the shared modules (React, Apollo Client, the UI kit) with the
// remotes, then runs the application. Importing React eagerly here would fail with "Shared module is not available
// for eager consumption".
import('./bootstrap.js').catch((error: unknown) => {
  console.error('Werkplek could not start', error);
});
