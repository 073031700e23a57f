import type { Answer, Send } from './transport.js';

/** The parts of Node's `http`/`https` modules the transport uses. */
interface IncomingMessage {
  statusCode?: number;
  headers: Record<string, string | string[] | undefined>;
  setEncoding(encoding: 'utf8'): void;
  on(event: 'data', listener: (chunk: string) => void): void;
  on(event: 'end', listener: () => void): void;
  on(event: 'error' | 'close', listener: (error?: Error) => void): void;
  resume(): void;
  destroy(): void;
}
interface NodeHttp {
  request(
    options: object,
    callback: (response: IncomingMessage) => void,
  ): { on(event: 'error', listener: (error: Error) => void): void; end(): void };
}

/** Error bodies are read up to this many characters; a longer one is cut there and its connection closed. */
const MAX_BODY = 1 << 20;

/** The global undici dispatcher (`setGlobalDispatcher`), which only `fetch` follows. */
const DISPATCHER = Symbol.for('undici.globalDispatcher.1');

type Get = (id: string) => unknown;

/**
 * Whether `globalThis.fetch` is Node's own, sending through Node's default undici dispatcher: only then may the
 * Node transport stand in for it. A replaced fetch (test doubles, MSW, polyfills) or a dispatcher of the caller's
 * (proxy, mock or retry agents) is kept.
 */
function fetchIsNodeDefault(): boolean {
  const fetch = globalThis.fetch;
  if (
    typeof fetch === 'function' &&
    !/internal\/deps\/undici|lazyUndici/.test(Function.prototype.toString.call(fetch))
  ) {
    return false;
  }
  const dispatcher = (globalThis as Record<symbol, { constructor?: { name?: string } } | undefined>)[DISPATCHER];
  return dispatcher === undefined || dispatcher.constructor?.name === 'Agent';
}

/**
 * The DeleteDesktop transport on Node: `node:http`/`node:https` with their global agents (keep-alive), as the
 * official SDKs send, at about half the time per call of Node's `fetch`. Undefined outside Node (no
 * `process.getBuiltinModule`) and wherever `fetch` must be kept (see {@link fetchIsNodeDefault}).
 *
 * Same behaviour as `fetch` for DeleteDesktop: the attempt's signal aborts the request and the reading of its
 * body; the socket goes back to the agent once a 204 is seen; redirects are answers, not followed.
 */
export function nodeTransport(baseUrl: string): Send | undefined {
  const get = (globalThis as { process?: { getBuiltinModule?: Get } }).process?.getBuiltinModule;
  if (typeof get !== 'function' || !fetchIsNodeDefault()) return undefined;
  const base = new URL(baseUrl);
  const http = get(base.protocol === 'https:' ? 'node:https' : 'node:http') as NodeHttp | undefined;
  if (!http) return undefined;
  // Parsed once: each call passes the path after the origin.
  const { origin, protocol, port } = base;
  const hostname = base.hostname.replace(/^\[|\]$/g, '');
  return (url, { method, headers, signal }) =>
    new Promise<Answer>((resolve, reject) => {
      const options = { protocol, hostname, port, path: url.slice(origin.length), method, headers, signal };
      const request = http.request(options, (response) => resolve(new NodeAnswer(response)));
      // As fetch reports them: a TypeError whose cause holds the code (ECONNREFUSED, ECONNRESET, …).
      request.on('error', (error) => reject(new TypeError(error.message, { cause: error })));
      request.end();
    });
}

/** A response of `node:http` as the part of a fetch `Response` that `deleteDesktop` reads. */
class NodeAnswer implements Answer {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  readonly body: { cancel(): Promise<void> };
  #response: IncomingMessage;
  #read: Promise<string> | undefined;

  constructor(response: IncomingMessage) {
    this.#response = response;
    this.status = response.statusCode ?? 0;
    const all = response.headers;
    this.headers = {
      get(name) {
        const value = all[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    };
    // Discarding drains the body: at its end the socket is back with the agent, ready for the next request.
    this.body = {
      cancel: () =>
        this.#read
          ? Promise.resolve()
          : new Promise<void>((resolve) => {
              // 'close' follows 'end', or comes alone when the connection broke.
              response.on('end', resolve);
              response.on('close', () => resolve());
              response.resume();
            }),
    };
  }

  text(): Promise<string> {
    const response = this.#response;
    this.#read ??= new Promise<string>((resolve, reject) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => {
        body += chunk;
        if (body.length > MAX_BODY) {
          resolve(body.slice(0, MAX_BODY));
          response.destroy();
        }
      });
      response.on('end', () => resolve(body));
      response.on('error', reject);
      // After 'end' this changes nothing; without it, the connection broke mid-body.
      response.on('close', () => reject(new Error('the connection closed while the body was read')));
    });
    return this.#read;
  }
}
