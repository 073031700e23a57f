/** What `deleteDesktop` reads of an answer; a fetch `Response` is one. */
export interface Answer {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  /** The body as text; rejects when the connection fails while reading it. */
  text(): Promise<string>;
  /** The body, when there is one: `cancel()` discards it. */
  readonly body: { cancel(): Promise<void> } | null;
}

/**
 * Sends one DeleteDesktop attempt and resolves with its answer, whatever the status; rejects when no answer
 * arrived (a network error, or `signal` aborted). Any `fetch` is one; `nodeHttp()` of `@desktop-api/client/node`
 * makes one on `node:http`/`node:https`.
 */
export type Transport = (
  url: string,
  init: { method: string; headers: Record<string, string>; signal: AbortSignal },
) => Promise<Answer>;
