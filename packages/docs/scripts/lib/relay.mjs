import { request as httpsRequest } from 'node:https';
import { isLoopbackHostname } from '../explorer/servers.mjs';

/** The path prefix of relayed requests: `/_relay/<host>/<path and query of the API request>`. */
export const RELAY_PREFIX = '/_relay/';

/** Response header naming the host a relayed answer came from. */
export const RELAY_HEADER = 'X-Desktop-Api-Relay';

/** Response header of the relay's own refusals and failures, naming the reason. */
export const RELAY_ERROR_HEADER = 'X-Desktop-Api-Relay-Error';

/** Default limits: request body, response body, and time for the whole exchange. */
export const RELAY_DEFAULTS = Object.freeze({
  maxRequestBytes: 1024 * 1024,
  maxResponseBytes: 10 * 1024 * 1024,
  timeoutMs: 30_000,
});

/** Request headers that belong to the hop or to the docs page, not to the API request: never forwarded. */
const DROPPED_REQUEST_HEADERS = new Set([
  'host',
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authorization',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'origin',
  'referer',
  'cookie',
]);

/** Response headers that belong to the hop, or would set state on the docs origin: never passed back. */
const DROPPED_RESPONSE_HEADERS = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'trailer',
  'upgrade',
  'set-cookie',
]);

/**
 * Whether a socket's remote address is on this machine (127.0.0.0/8, ::1, or 127.x mapped into IPv6).
 * @param {string | undefined} address `socket.remoteAddress`
 */
export function isLoopbackAddress(address) {
  if (typeof address !== 'string') return false;
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return address === '::1' || /^127(?:\.\d{1,3}){3}$/.test(v4);
}

/**
 * Whether a raw request header name is forwarded to the API.
 * @param {string} name
 */
function forwarded(name) {
  const lower = name.toLowerCase();
  return !DROPPED_REQUEST_HEADERS.has(lower) && !lower.startsWith('sec-fetch-') && !lower.startsWith('sec-ch-');
}

/**
 * One forwarded exchange, as the relay reports it: never headers, path or body.
 * @typedef {{method: string, host: string, status: number, durationMs: number}} RelayedCall
 */

/**
 * @typedef {object} RelayOptions
 * @property {readonly string[]} hosts the `host[:port]`s it forwards to (see `relayHosts` of the spec model)
 * @property {Readonly<Record<string, {host: string, port: number}>>} [connect] where to open the TLS connection for a
 *   host instead of resolving it (a local stand-in in tests); the TLS server name and `Host` stay the API host's
 * @property {string | Buffer | Array<string | Buffer>} [ca] certificates to trust besides the system's
 * @property {number} [maxRequestBytes] largest request body, default 1 MiB
 * @property {number} [maxResponseBytes] largest response body, default 10 MiB
 * @property {number} [timeoutMs] time limit of one exchange, default 30 s
 * @property {(entry: RelayedCall) => void} [onForward]
 *   told of every forwarded exchange: method, host, status and duration only, never headers, path or body
 */

/**
 * The relay of the docs server: forwards a request that the explorer page has already signed, byte for byte (method,
 * path and query, headers, body), over HTTPS to an API host of the spec's servers, and passes the answer back. The
 * `Host` sent is the API host, which the page signed; nothing is re-signed or added. Headers of the hop and of the
 * page (Origin, Referer, Cookie, Sec-Fetch-*) are not forwarded, `Set-Cookie` is not passed back.
 *
 * It refuses (403) callers whose socket is not on loopback, requests whose `Host` is not a loopback name (DNS
 * rebinding) and cross-site browser requests (`Sec-Fetch-Site` other than same-origin, or an `Origin` other than the
 * docs server's own), and hosts outside `hosts`. It answers 413 for a body over the limit, 502 when the host cannot be
 * reached, 504 past the time limit. It never logs.
 * @param {RelayOptions} options
 */
export function createRelay(options) {
  const allowed = new Set(options.hosts.map((host) => host.toLowerCase()));
  const maxRequestBytes = options.maxRequestBytes ?? RELAY_DEFAULTS.maxRequestBytes;
  const maxResponseBytes = options.maxResponseBytes ?? RELAY_DEFAULTS.maxResponseBytes;
  const timeoutMs = options.timeoutMs ?? RELAY_DEFAULTS.timeoutMs;
  const connect = options.connect ?? {};

  /**
   * Answers with the relay's own error.
   * @param {import('node:http').ServerResponse} response
   * @param {number} status
   * @param {string} reason
   * @param {string} message
   */
  function refuse(response, status, reason, message) {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    const body = `${JSON.stringify({ relay_error: reason, message })}\n`;
    response.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(body)),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      [RELAY_ERROR_HEADER]: reason,
    });
    response.end(body);
  }

  /**
   * Why a caller may not use the relay, or undefined when it may.
   * @param {import('node:http').IncomingMessage} request
   * @returns {[string, string] | undefined}
   */
  function callerProblem(request) {
    if (!isLoopbackAddress(request.socket.remoteAddress)) {
      return ['not-loopback', 'The relay answers only programs on this machine (loopback).'];
    }
    const host = request.headers.host ?? '';
    let hostname = '';
    try {
      hostname = new URL(`http://${host}`).hostname;
    } catch {
      hostname = '';
    }
    if (!isLoopbackHostname(hostname)) {
      return [
        'host-not-loopback',
        'Open the explorer at a loopback address (127.0.0.1 or localhost) to use the relay.',
      ];
    }
    const site = request.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin') {
      return ['cross-site', 'The relay answers only the docs pages of this server, not other sites.'];
    }
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== `http://${host}`) {
      return ['cross-site', 'The relay answers only the docs pages of this server, not other sites.'];
    }
    return undefined;
  }

  /**
   * Reads the request body, up to the limit.
   * @param {import('node:http').IncomingMessage} request
   * @returns {Promise<Buffer | undefined>} undefined when it is over the limit
   */
  function readBody(request) {
    return new Promise((resolve, reject) => {
      /** @type {Buffer[]} */
      const chunks = [];
      let size = 0;
      request.on('data', (/** @type {Buffer} */ chunk) => {
        size += chunk.length;
        if (size > maxRequestBytes) {
          request.removeAllListeners('data');
          request.resume();
          resolve(undefined);
          return;
        }
        chunks.push(chunk);
      });
      request.on('end', () => resolve(Buffer.concat(chunks)));
      request.on('error', reject);
    });
  }

  return {
    /**
     * Whether a request target is the relay's.
     * @param {string | undefined} url `request.url`
     */
    matches: (url) => typeof url === 'string' && url.startsWith(RELAY_PREFIX),

    /**
     * Handles one request whose target {@link matches}.
     * @param {import('node:http').IncomingMessage} request
     * @param {import('node:http').ServerResponse} response
     * @returns {Promise<void>}
     */
    async handle(request, response) {
      const problem = callerProblem(request);
      if (problem) {
        request.resume();
        refuse(response, 403, ...problem);
        return;
      }
      const rest = (request.url ?? '').slice(RELAY_PREFIX.length);
      const slash = rest.indexOf('/');
      const host = (slash === -1 ? rest : rest.slice(0, slash)).toLowerCase();
      const target = slash === -1 ? '' : rest.slice(slash);
      if (host === '' || !target.startsWith('/')) {
        request.resume();
        refuse(response, 400, 'bad-target', `Send relayed requests to ${RELAY_PREFIX}<host>/<path>.`);
        return;
      }
      if (!allowed.has(host)) {
        request.resume();
        refuse(
          response,
          403,
          'host-not-allowed',
          `The relay forwards only to the hosts of the spec's servers (${allowed.size} hosts, such as ${[...allowed][0] ?? 'none'}); ${host} is not one of them.`,
        );
        return;
      }
      const declared = Number(request.headers['content-length'] ?? 0);
      if (declared > maxRequestBytes) {
        request.resume();
        refuse(response, 413, 'too-large', `The relay forwards request bodies of at most ${maxRequestBytes} bytes.`);
        return;
      }
      const body = await readBody(request);
      if (body === undefined) {
        refuse(response, 413, 'too-large', `The relay forwards request bodies of at most ${maxRequestBytes} bytes.`);
        return;
      }
      const headers = ['Host', host];
      const raw = request.rawHeaders;
      for (let i = 0; i + 1 < raw.length; i += 2) {
        const name = /** @type {string} */ (raw[i]);
        if (forwarded(name)) headers.push(name, /** @type {string} */ (raw[i + 1]));
      }
      const { hostname, port } = new URL(`https://${host}`);
      const via = connect[host];
      const started = performance.now();
      await new Promise((resolve) => {
        let settled = false;
        const finish = () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve(undefined);
        };
        const upstream = httpsRequest(
          {
            host: via?.host ?? hostname,
            port: via?.port ?? (port ? Number(port) : 443),
            servername: hostname,
            method: request.method,
            path: target,
            headers,
            ca: options.ca,
          },
          (answer) => {
            const status = answer.statusCode ?? 502;
            const back = [];
            for (let i = 0; i + 1 < answer.rawHeaders.length; i += 2) {
              const name = /** @type {string} */ (answer.rawHeaders[i]);
              if (!DROPPED_RESPONSE_HEADERS.has(name.toLowerCase())) {
                back.push(name, /** @type {string} */ (answer.rawHeaders[i + 1]));
              }
            }
            back.push(RELAY_HEADER, host, 'Cache-Control', 'no-store');
            response.writeHead(status, answer.statusMessage, back);
            let size = 0;
            answer.on('data', (chunk) => {
              size += chunk.length;
              if (size > maxResponseBytes) {
                upstream.destroy();
                response.destroy();
                finish();
                return;
              }
              response.write(chunk);
            });
            answer.on('end', () => {
              response.end();
              options.onForward?.({
                method: request.method ?? '',
                host,
                status,
                durationMs: Math.round(performance.now() - started),
              });
              finish();
            });
            answer.on('error', () => {
              response.destroy();
              finish();
            });
          },
        );
        const timer = setTimeout(() => {
          upstream.destroy();
          refuse(response, 504, 'timeout', `${host} did not answer within ${timeoutMs} ms.`);
          finish();
        }, timeoutMs);
        upstream.on('error', (error) => {
          if (!settled) {
            const code = /** @type {NodeJS.ErrnoException} */ (error).code ?? 'error';
            refuse(response, 502, 'unreachable', `The relay could not reach ${host} (${code}).`);
          }
          finish();
        });
        upstream.end(body);
      });
    },
  };
}
