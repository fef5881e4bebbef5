// Standalone development entry (pnpm dev): asynchronous bootstrap so the shared modules are ready (no eager consumption).
void import('./bootstrap.js');
