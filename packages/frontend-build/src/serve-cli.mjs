#!/usr/bin/env node
// Placeholder until the static server lands; kept so that pnpm links the bin at install.
await import('./static-server.mjs');
