import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startStaticServer } from '../src/static-server.mjs';

let dir;
let server;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'werkplek-serve-'));
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>shell</title>');
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'assets', 'main.js'), 'console.log("hi");');
  server = await startStaticServer({
    dir,
    port: 0,
    env: { WERKPLEK_GATEWAY_PUBLIC_URL: 'http://gateway.test', WERKPLEK_REMOTE_TRAINING_URL: 'http://training.test/mf-manifest.json' },
  });
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('startStaticServer', () => {
  it('serves a file with its content type and CORS', async () => {
    const response = await fetch(`${server.url}/assets/main.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.text()).toBe('console.log("hi");');
  });

  it('falls back to index.html for client-side routes', async () => {
    const response = await fetch(`${server.url}/duaal-leren`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toContain('<title>shell</title>');
  });

  it('answers 404 for a missing asset instead of the fallback', async () => {
    const response = await fetch(`${server.url}/assets/missing.js`);
    expect(response.status).toBe(404);
  });

  it('does not serve files outside the directory', async () => {
    const response = await fetch(`${server.url}/..%2F..%2Fetc%2Fpasswd`);
    expect([403, 404]).toContain(response.status);
  });

  it('builds /config.json from the environment with defaults', async () => {
    const response = await fetch(`${server.url}/config.json`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      gatewayUrl: 'http://gateway.test',
      persistedQueries: false,
      remotes: {
        dualLearning: 'http://localhost:3001/mf-manifest.json',
        training: 'http://training.test/mf-manifest.json',
        inspection: 'http://localhost:3003/mf-manifest.json',
      },
    });
  });
});
