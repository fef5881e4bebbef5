// Webpack needs an entry; inside the platform the output that matters is remoteEntry.js + mf-manifest.json, which the
// shell loads. The entry starts the app on its own only on the standalone page (standalone/index.html), and then
// asynchronously, so the shared modules are negotiated before React loads (no eager-consumption error).
if (typeof document !== 'undefined' && document.getElementById('werkplek-training-standalone')) {
  void import('./standalone/bootstrap.js');
}
export {};
