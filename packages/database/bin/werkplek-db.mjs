#!/usr/bin/env node
// A committed shim, so that pnpm can link the bin before the package is built.
await import('../dist/cli.js');
