// The steps every root command shares: install with the pinned pnpm, then build with Turborepo.
// Only Node's own modules here: these run on a machine that has nothing installed yet.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PNPM = 'pnpm@10.34.8';
const bin = join(root, 'node_modules', '.bin');

export const baseEnv = {
  ...process.env,
  PATH: `${bin}:${process.env.PATH}`,
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
  APOLLO_TELEMETRY_DISABLED: '1',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
};

/** Runs a command to completion with inherited output; rejects on a non-zero exit. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options, env: { ...baseEnv, ...options.env } });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * Runs a test command with its output passed through, and tallies vitest's "Tests  N passed | M failed" lines of
 * every package into one closing line "tests: N passed, M failed" (so CI can read what ran).
 */
export function runTests(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], ...options, env: { ...baseEnv, ...options.env } });
    const tally = { passed: 0, failed: 0, skipped: 0 };
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop();
      for (const line of lines) {
        const plain = line.replace(ANSI, '');
        if (!/\bTests\s+\d/.test(plain)) continue;
        for (const key of Object.keys(tally)) {
          const match = new RegExp(`(\\d+) ${key}`).exec(plain);
          if (match) tally[key] += Number(match[1]);
        }
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      console.log(`\ntests: ${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`);
      if (code === 0 && tally.passed > 0) resolve(tally);
      else reject(new Error(code === 0 ? 'no test ran' : `tests failed (exit ${code})`));
    });
  });
}

/** pnpm install when node_modules is missing or older than the lockfile (a fresh clone, or after a pull). */
export async function ensureInstalled() {
  const marker = join(root, 'node_modules', '.modules.yaml');
  const lock = join(root, 'pnpm-lock.yaml');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log(`Installing dependencies with ${PNPM} (first run takes a few minutes)…`);
  await run('npx', ['--yes', PNPM, 'install', '--frozen-lockfile']);
}

export async function build() {
  console.log('Building (Turborepo caches what did not change)…');
  await run(join(bin, 'turbo'), ['run', 'build', '--output-logs=errors-only']);
}
