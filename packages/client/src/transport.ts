/** What `deleteDesktop` reads of an answer; a fetch `Response` is one. */
export interface Answer {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  /** The body as text; rejects when the connection fails while reading it. */
  text(): Promise<string>;
  /** The body, when there is one: `cancel()` discards it. */
  readonly body: { cancel(): Promise<void> } | null;
}

/** Sends one DeleteDesktop attempt: `fetch` itself, or the Node transport. */
export type Send = (
  url: string,
  init: { method: 'DELETE'; headers: Record<string, string>; signal: AbortSignal },
) => Promise<Answer>;
