// A tiny dependency-free static file server for the built frontends: the shell (with SPA fallback and /config.json)
// and the remotes (with CORS, because the shell fetches them cross-origin).
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
};

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': '*',
};

/**
 * The run-time configuration of the shell, read from the environment on every request so that remote URLs and the
 * gateway can change per deployment without rebuilding the shell.
 */
export function runtimeConfig(env = process.env) {
  return {
    gatewayUrl: env.WERKPLEK_GATEWAY_PUBLIC_URL ?? 'http://localhost:4000',
    persistedQueries: env.WERKPLEK_PERSISTED_QUERIES === 'true',
    remotes: {
      dualLearning: env.WERKPLEK_REMOTE_DUAL_LEARNING_URL ?? 'http://localhost:3001/mf-manifest.json',
      training: env.WERKPLEK_REMOTE_TRAINING_URL ?? 'http://localhost:3002/mf-manifest.json',
      inspection: env.WERKPLEK_REMOTE_INSPECTION_URL ?? 'http://localhost:3003/mf-manifest.json',
    },
  };
}

export function contentTypeFor(filePath) {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

async function fileAt(filePath) {
  try {
    const info = await stat(filePath);
    return info.isFile() ? info : undefined;
  } catch {
    return undefined;
  }
}

function send(res, status, headers, body, headOnly) {
  res.writeHead(status, { ...CORS_HEADERS, ...headers });
  res.end(headOnly ? undefined : body);
}

/**
 * Starts the server. `port: 0` picks a free port (tests). Resolves when listening.
 * @param {{ dir: string, port?: number, host?: string, spaFallback?: boolean, env?: NodeJS.ProcessEnv }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function startStaticServer({ dir, port = 0, host, spaFallback = true, env = process.env }) {
  const root = path.resolve(dir);

  const server = createServer(async (req, res) => {
    const headOnly = req.method === 'HEAD';
    if (req.method === 'OPTIONS') return send(res, 204, {}, undefined, true);
    if (req.method !== 'GET' && !headOnly) {
      return send(res, 405, { Allow: 'GET, HEAD, OPTIONS', 'Content-Type': 'text/plain; charset=utf-8' }, 'Method Not Allowed', headOnly);
    }

    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(res, 400, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Bad Request', headOnly);
    }

    if (pathname === '/config.json') {
      const body = JSON.stringify(runtimeConfig(env));
      return send(res, 200, { 'Content-Type': CONTENT_TYPES['.json'], 'Cache-Control': 'no-store' }, body, headOnly);
    }

    // Resolve inside the root only: "/../etc/passwd" must not escape.
    const requested = path.resolve(root, `.${pathname}`);
    if (requested !== root && !requested.startsWith(root + path.sep)) {
      return send(res, 403, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Forbidden', headOnly);
    }

    let filePath = requested;
    let info = await fileAt(pathname.endsWith('/') ? path.join(requested, 'index.html') : requested);
    if (info && pathname.endsWith('/')) filePath = path.join(requested, 'index.html');

    // SPA fallback: a path without a file extension is a client-side route of the shell.
    if (!info && spaFallback && path.extname(pathname) === '') {
      filePath = path.join(root, 'index.html');
      info = await fileAt(filePath);
    }
    if (!info) return send(res, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Not Found', headOnly);

    res.writeHead(200, {
      ...CORS_HEADERS,
      'Content-Type': contentTypeFor(filePath),
      'Content-Length': info.size,
      // Revalidate everything: index.html, remoteEntry.js and mf-manifest.json must never be stale after a deploy.
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (headOnly) return res.end();
    createReadStream(filePath)
      .on('error', () => res.destroy())
      .pipe(res);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const urlHost = host && host !== '0.0.0.0' && host !== '::' ? (host.includes(':') ? `[${host}]` : host) : 'localhost';
      resolve({
        url: `http://${urlHost}:${actualPort}`,
        port: actualPort,
        close: () =>
          new Promise((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Keep-alive connections would otherwise hold close() open.
            server.closeAllConnections();
          }),
      });
    });
  });
}
