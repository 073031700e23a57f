import type { AuthorizedRequest } from './auth.js';
import type { ExplorerData, ExplorerOperation } from './data.js';
import { explain } from './explain.js';
import type { Problem } from './request.js';
import type { Outcome } from './send.js';
import { appendInline, fill, text } from './text.js';

/** Creates an element with a class and children. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** The element with an id; a page without it is a build defect. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`The explorer page has no #${id}.`);
  return node as T;
}

/** A paragraph of text with `code` spans. */
function paragraph(source: string, attributes: Record<string, string> = {}): HTMLParagraphElement {
  const p = element('p', attributes);
  appendInline(p, source);
  return p;
}

/** A table of header names and values. */
function headerTable(headers: ReadonlyArray<readonly [string, string]>): HTMLTableElement {
  return element(
    'table',
    { class: 'headers' },
    element(
      'tbody',
      {},
      ...headers.map(([name, value]) =>
        element('tr', {}, element('th', { scope: 'row' }, name), element('td', {}, element('code', {}, value))),
      ),
    ),
  );
}

/** Shows the request to send: request line, headers and, for AK/SK, every signing step. */
export function renderRequest(
  data: ExplorerData,
  request: AuthorizedRequest | undefined,
  problems: readonly Problem[],
  notes: readonly string[],
  sent: boolean,
): void {
  const texts = data.texts;
  const box = byId('request-body');
  const parts: Node[] = [];
  if (problems.length > 0) {
    const list = problems.map((p) => fill(text(texts, p.key), p.values)).join('; ');
    parts.push(
      paragraph(fill(text(texts, 'request.problems'), { problems: list }), {
        class: 'warning',
        id: 'request-problems',
      }),
    );
  }
  for (const note of notes) parts.push(paragraph(note, { class: 'note' }));
  if (request !== undefined) {
    parts.push(
      element('h3', {}, text(texts, 'request.method')),
      element('pre', { id: 'request-line' }, `${request.method} ${request.url}`),
      element('h3', {}, text(texts, 'request.headers')),
      headerTable(request.headers),
    );
    const { signing } = request;
    if (signing !== undefined) {
      const block = (id: string, key: string, value: string) => [
        element('h3', {}, text(texts, key)),
        element('pre', { id, class: 'signing' }, value),
      ];
      parts.push(
        ...block('canonical-request', 'request.canonical', signing.canonicalRequest),
        ...block('canonical-hash', 'request.hash', signing.hash),
        ...block('string-to-sign', 'request.stringToSign', signing.stringToSign),
        ...block('authorization', 'request.authorization', signing.authorization),
      );
    }
    parts.push(paragraph(text(texts, sent ? 'request.sentNote' : 'request.note'), { class: 'note' }));
  }
  box.replaceChildren(...parts);
  box.dataset['sent'] = String(sent);
}

/** JSON pretty-printed, or the text as it came. */
function prettyBody(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

/** A definition-list row. */
function row(term: string, field: string, ...content: Array<Node | string>): Node[] {
  const dd = element('dd', { 'data-field': field });
  for (const part of content) {
    if (typeof part === 'string') appendInline(dd, part);
    else dd.append(part);
  }
  return [element('dt', {}, term), dd];
}

/** Counts the sends that came to an end on the response area (`data-sends`), so a reader can wait for the next. */
export function countSend(): void {
  const box = byId('response');
  box.dataset['sends'] = String(Number(box.dataset['sends'] ?? '0') + 1);
}

/** Shows what came of sending: status, its meaning, the error code and the next step, headers and body. */
export function renderOutcome(
  data: ExplorerData,
  operation: ExplorerOperation,
  outcome: Outcome,
  where: { readonly page: string; readonly origin: string },
): void {
  const texts = data.texts;
  const box = byId('response');
  delete box.dataset['status'];
  box.dataset['outcome'] = outcome.kind;
  const body = byId('response-body');
  if (outcome.kind !== 'answer') {
    const message =
      outcome.kind === 'network'
        ? outcome.relay
          ? text(texts, 'response.networkRelay')
          : fill(text(texts, 'response.networkDirect'), where)
        : outcome.kind === 'timeout'
          ? fill(text(texts, 'response.timeout'), { seconds: outcome.seconds })
          : outcome.kind === 'no-relay'
            ? fill(text(texts, 'response.noRelay'), { status: outcome.status })
            : fill(text(texts, 'response.relayRefused'), { reason: outcome.reason, message: outcome.message });
    body.replaceChildren(paragraph(message, { class: 'error', 'data-field': 'failure' }));
    return;
  }
  const explanation = explain(data, operation, outcome.status, outcome.body);
  const rows: Node[] = [...row(text(texts, 'response.meaning'), 'meaning', explanation.meaning)];
  if (explanation.errorCode !== undefined) {
    const { code, message, source } = explanation.errorCode;
    rows.push(
      ...row(
        text(texts, 'response.code'),
        'code',
        element('code', {}, code),
        ' — ',
        message,
        ...(source !== undefined ? [' ', element('span', { class: 'source' }, `(${source})`)] : []),
      ),
    );
  } else if (explanation.unknownCode !== undefined) {
    rows.push(...row(text(texts, 'response.code'), 'code', explanation.unknownCode));
  }
  if (explanation.hint !== undefined) rows.push(...row(text(texts, 'response.hint'), 'hint', explanation.hint));
  const status = element(
    'p',
    { class: 'status' },
    element('strong', { 'data-field': 'status' }, String(outcome.status)),
    ` ${outcome.statusText}`,
  );
  const parts: Node[] = [status];
  if (outcome.relayedBy !== undefined) {
    parts.push(
      paragraph(fill(text(texts, 'response.viaRelay'), { host: outcome.relayedBy }), {
        class: 'note',
        'data-field': 'relay',
      }),
    );
  }
  parts.push(
    element('dl', { class: explanation.documented ? 'explanation' : 'explanation undocumented' }, ...rows),
    element('h3', {}, text(texts, 'response.headers')),
    headerTable(outcome.headers),
    element('h3', {}, text(texts, 'response.body')),
    element(
      'pre',
      { 'data-field': 'body' },
      outcome.body === '' ? text(texts, 'response.noBody') : prettyBody(outcome.body),
    ),
  );
  body.replaceChildren(...parts);
  box.dataset['status'] = String(outcome.status);
}

/** Marks the response area as waiting for an answer. */
export function renderSending(data: ExplorerData): void {
  const box = byId('response');
  delete box.dataset['status'];
  box.dataset['outcome'] = 'sending';
  byId('response-body').replaceChildren(paragraph(text(data.texts, 'send.sending'), { class: 'note' }));
}
