#!/usr/bin/env node
// werkplek-codegen [dir]: types the operations of the frontend in `dir` (default: the current folder).
import path from 'node:path';
import { generateOperationTypes } from './codegen.mjs';

const dir = path.resolve(process.argv[2] ?? process.cwd());
try {
  await generateOperationTypes({ dir });
} catch (error) {
  console.error(`[codegen] ${dir}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
