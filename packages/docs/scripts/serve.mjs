#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
// Serves the built docs (dist/) on loopback: `node scripts/serve.mjs [--host 127.0.0.1] [--port 4000]`.
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { model } from '@desktop-api/types';
import { relayHosts } from './explorer/servers.mjs';
import { DOCS_DEFAULTS } from './lib/docs-server.mjs';
import { createRelay } from './lib/relay.mjs';

const defaultRoot = fileURLToPath(new URL('../dist/', import.meta.url));

/** @type {Readonly<Record<string, string>>} */
const CONTENT_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
});

/**
 * Maps a URL path to a file under root, or undefined when it escapes root or is malformed.
 * @param {string} root
 * @param {string} pathname
 */
function fileFor(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) {
    return undefined;
  }
  const file = normalize(join(root, decoded));
  return file === root.replace(/[\\/]$/, '') || file.startsWith(root.endsWith(sep) ? root : root + sep)
    ? file
    : undefined;
}

/**
 * @param {import('node:http').ServerResponse} response
 * @param {number} status
 * @param {Record<string, string>} headers
 * @param {string | Buffer} [body]
 */
function send(response, status, headers, body) {
  response.writeHead(status, { 'X-Content-Type-Options': 'nosniff', ...headers });
  response.end(body);
}

/**
 * @param {import('node:http').ServerResponse} response
 * @param {boolean} head
 */
function notFound(response, head) {
  const body = '404 Not Found: the docs have index.html (English) and zh-CN/index.html (Chinese).\n';
  send(response, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, head ? undefined : body);
}

/**
 * Creates the request handler serving `root`, with gzip for clients that accept it.
 * @param {string} root
 * @returns {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => Promise<void>}
 */
function handler(root) {
  /** @type {Map<string, Buffer>} */
  const gzipCache = new Map();
  return async (request, response) => {
    const head = request.method === 'HEAD';
    if (request.method !== 'GET' && !head) {
      send(response, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, 'Method Not Allowed\n');
      return;
    }
    const url = new URL(request.url ?? '/', 'http://docs.local');
    let file = fileFor(root, url.pathname);
    if (!file) {
      notFound(response, head);
      return;
    }
    let info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        send(response, 301, { Location: `${url.pathname}/${url.search}` });
        return;
      }
      file = join(file, 'index.html');
      info = await stat(file).catch(() => undefined);
    }
    if (!info?.isFile()) {
      notFound(response, head);
      return;
    }
    /** @type {Record<string, string>} */
    const headers = {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      'Last-Modified': info.mtime.toUTCString(),
      Vary: 'Accept-Encoding',
    };
    /** @type {Buffer} */
    let body = await readFile(file);
    if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) && body.length > 1024) {
      const key = `${file}:${info.mtimeMs}:${info.size}`;
      let compressed = gzipCache.get(key);
      if (!compressed) {
        compressed = gzipSync(body);
        gzipCache.set(key, compressed);
      }
      body = compressed;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(body.length);
    send(response, 200, headers, head ? undefined : body);
  };
}

/**
 * Serves the built docs site on loopback, with the explorer's relay under `/_relay/` (scripts/lib/relay.mjs).
 * @param {{host?: string, port?: number, root?: string, relay?: Partial<import('./lib/relay.mjs').RelayOptions>}} [options]
 *   port 0 picks a free port; root defaults to dist/; relay: its options, `hosts` defaulting to the spec's servers
 * @returns {Promise<{url: string, port: number, server: import('node:http').Server, close(): Promise<void>}>} url
 *   without a trailing slash; `server` is the node:http server
 */
export async function serveDocs({
  host = DOCS_DEFAULTS.host,
  port = DOCS_DEFAULTS.port,
  root = defaultRoot,
  relay: relayOptions = {},
} = {}) {
  const base = resolve(root);
  if (!existsSync(join(base, 'index.html'))) {
    throw new Error(
      `The docs are not built (${join(base, 'index.html')} is missing); run: pnpm --filter @desktop-api/docs build`,
    );
  }
  const handle = handler(base);
  const relay = createRelay({ ...relayOptions, hosts: relayOptions.hosts ?? relayHosts(model) });
  const server = createServer((request, response) => {
    (relay.matches(request.url) ? relay.handle(request, response) : handle(request, response)).catch(() => {
      if (!response.headersSent) {
        send(
          response,
          500,
          { 'Content-Type': 'text/plain; charset=utf-8' },
          'The docs server could not read the file.\n',
        );
      } else {
        response.destroy();
      }
    });
  });
  await /** @type {Promise<void>} */ (
    new Promise((resolveListen, rejectListen) => {
      server.once('error', rejectListen);
      server.listen(port, host, () => {
        server.off('error', rejectListen);
        resolveListen(undefined);
      });
    })
  );
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${actualPort}`,
    port: actualPort,
    server,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections?.();
      }),
  };
}

/**
 * Prints one line per relayed call: method, host, status and time, never headers or bodies.
 * @param {import('./lib/relay.mjs').RelayedCall} call
 */
function logRelayed({ method, host, status, durationMs }) {
  console.log(`relay: ${method} ${host} → ${status} (${durationMs} ms)`);
}

async function main() {
  const usage = `usage: node scripts/serve.mjs [--host ${DOCS_DEFAULTS.host}] [--port ${DOCS_DEFAULTS.port}]`;
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        host: { type: 'string', default: DOCS_DEFAULTS.host },
        port: { type: 'string', default: String(DOCS_DEFAULTS.port) },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`docs serve: ${/** @type {Error} */ (error).message}\n${usage}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`docs serve: --port must be a port number from 0 to 65535, got "${values.port}".\n${usage}`);
    process.exit(2);
  }
  let docs;
  try {
    docs = await serveDocs({ host: values.host, port, relay: { onForward: logRelayed } });
  } catch (error) {
    const busy = /** @type {NodeJS.ErrnoException} */ (error)?.code === 'EADDRINUSE';
    console.error(
      busy
        ? `docs serve: port ${port} is already in use; pass --port with another number (0 picks a free one).`
        : `docs serve: ${/** @type {Error} */ (error).message}`,
    );
    process.exit(2);
  }
  console.log(
    `Docs (English)  ${docs.url}/\nDocs (中文)      ${docs.url}/zh-CN/\nAPI Explorer    ${docs.url}/explorer/\nPress Ctrl-C to stop.`,
  );
  const stop = () => docs.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
