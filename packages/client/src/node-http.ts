import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { type AgentOptions, Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Answer, Transport } from './transport.js';

/** Error bodies are read up to this many characters; a longer one is cut there and its connection closed. */
const MAX_BODY = 1 << 20;

/**
 * A DeleteDesktop transport on `node:http`/`node:https`, as the official Node.js SDK sends: keep-alive connections
 * reused from call to call, only the headers the client sets (plus `Host` and `Connection`), in about half the time
 * per call of Node's `fetch` (see the README's benchmark). Pass it as `transport` to `createDesktopClient`;
 * `client.raw` keeps sending with fetch.
 *
 * - No argument: Node's global agents (`http.globalAgent`, `https.globalAgent`) and their TLS settings.
 * - Agent options (`keepAlive`, `maxSockets`, `ca`, `cert`, `key`, `rejectUnauthorized`, …): one `http.Agent` and one
 *   `https.Agent` made with them, keep-alive unless `keepAlive: false`.
 * - An agent (`http.Agent`, or `https.Agent` for an https endpoint): every request goes through it.
 *
 * It behaves as fetch does for DeleteDesktop: the attempt's signal aborts the request and the reading of its body,
 * connection errors reject with a TypeError whose `cause` holds the code (`ECONNREFUSED`, `ECONNRESET`, certificate
 * errors); error bodies are read up to 2²⁰ characters. Unlike fetch, a redirect is an answer, never followed with
 * the signature, and the socket goes back to its agent as soon as a 204 is seen.
 */
export function nodeHttp(agent?: AgentOptions | HttpAgent): Transport {
  let agents: { 'http:': HttpAgent | undefined; 'https:': HttpAgent | undefined };
  if (agent instanceof HttpAgent) agents = { 'http:': agent, 'https:': agent };
  else if (agent) {
    const options = { keepAlive: true, ...agent };
    agents = { 'http:': new HttpAgent(options), 'https:': new HttpsAgent(options) };
  } else agents = { 'http:': undefined, 'https:': undefined };
  // The endpoint parsed once: a client sends every call to the same origin.
  let last: { origin: string; options: object; send: typeof httpRequest } | undefined;
  return (url, { method, headers, signal }) =>
    new Promise<Answer>((resolve, reject) => {
      const origin = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i.exec(url)?.[0] ?? url;
      if (last?.origin !== origin) {
        const { protocol, hostname, port } = new URL(url);
        if (protocol !== 'http:' && protocol !== 'https:') {
          throw new TypeError(`nodeHttp sends to http(s) URLs only; got ${protocol}`);
        }
        const agent = agents[protocol];
        const options = { protocol, hostname: hostname.replace(/^\[|\]$/g, ''), port, ...(agent && { agent }) };
        last = { origin, options, send: protocol === 'https:' ? httpsRequest : httpRequest };
      }
      const options = { ...last.options, path: url.slice(origin.length) || '/', method, headers, signal };
      const request = last.send(options, (response) => resolve(new NodeAnswer(response)));
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
      response.on('data', (chunk: string) => {
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
