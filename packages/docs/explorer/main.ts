import { type AuthorizedRequest, authorize, hasCredentials } from './auth.js';
import type { AuthMode, ExplorerData, ExplorerOperation, ExplorerTarget } from './data.js';
import {
  type FormState,
  type PlannedRequest,
  type Problem,
  parseBaseUrl,
  planRequest,
  sendUrl,
  typedValues,
  viaRelay,
} from './request.js';
import { samplesFor } from './samples/index.js';
import type { SampleInput } from './samples/input.js';
import { send } from './send.js';
import { fill, text } from './text.js';
import { byId, countSend, element, renderOutcome, renderRequest, renderSending } from './view.js';

const data = JSON.parse(byId('explorer-data').textContent ?? '{}') as ExplorerData;
const texts = data.texts;
const form = byId<HTMLFormElement>('explorer');
const endpoint = byId<HTMLSelectElement>('endpoint');
const baseUrlInput = byId<HTMLInputElement>('base_url');
const authSelect = byId<HTMLSelectElement>('auth');
const sendButton = byId<HTMLButtonElement>('send');
const inlineBox = byId<HTMLInputElement>('inline_secrets');
const secretInputs = ['access_key', 'secret_key', 'security_token', 'token'].map((id) => byId<HTMLInputElement>(id));
const [accessKey, secretKey, securityToken, token] = secretInputs as [
  HTMLInputElement,
  HTMLInputElement,
  HTMLInputElement,
  HTMLInputElement,
];

/** The operation picked (the only one, when the spec has one). */
function operation(): ExplorerOperation {
  const picker = document.getElementById('operation') as HTMLSelectElement | null;
  const id = picker?.value;
  return data.operations.find((o) => o.operationId === id) ?? (data.operations[0] as ExplorerOperation);
}

/** The fieldset of an operation's parameters. */
function fieldsetOf(op: ExplorerOperation): HTMLFieldSetElement {
  return form.querySelector<HTMLFieldSetElement>(`fieldset[data-operation="${op.operationId}"]`) as HTMLFieldSetElement;
}

/** The target picked, or undefined for a custom base URL. */
function target(): ExplorerTarget | undefined {
  return data.targets.find((t) => t.value === endpoint.value);
}

/** Everything the form holds. */
function readState(): FormState {
  const op = operation();
  const fieldset = fieldsetOf(op);
  const raw: Record<string, string> = {};
  for (const parameter of op.parameters) {
    const input = fieldset.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${parameter.name}"]`);
    raw[parameter.name] = input?.value.trim() ?? '';
  }
  const picked = target();
  return {
    operation: op,
    raw,
    baseUrl: picked !== undefined && picked.kind === 'server' ? picked.url : baseUrlInput.value.trim(),
    auth: authSelect.value as AuthMode,
    accessKey: accessKey.value.trim(),
    secretKey: secretKey.value,
    securityToken: securityToken.value.trim(),
    token: token.value.trim(),
    inline: inlineBox.checked,
  };
}

/** A request the form describes, or the reasons it cannot be built yet. */
interface Prepared {
  readonly state: FormState;
  readonly base: URL | undefined;
  readonly planned: PlannedRequest | undefined;
  readonly problems: readonly Problem[];
  readonly notes: string[];
  readonly relay: boolean;
}

function prepare(): Prepared {
  const state = readState();
  const { values, problems } = typedValues(state.operation, state.raw);
  const base = parseBaseUrl(state.baseUrl);
  const notes: string[] = [];
  if (base === undefined) {
    notes.push(fill(text(texts, 'request.baseUrlInvalid'), { value: state.baseUrl }));
    return { state, base, planned: undefined, problems, notes, relay: false };
  }
  const relay = viaRelay(data, base);
  if (relay) {
    notes.push(
      fill(text(texts, 'target.relayNote'), { relay: `${location.origin}${data.relay.prefix}`, host: base.host }),
    );
  }
  const planned = planRequest(data, state, base, values);
  if (!hasCredentials(state)) notes.push(text(texts, 'request.noCredentials'));
  return { state, base, planned, problems, notes, relay };
}

/** Authorizes a prepared request at `date`, or explains why it cannot. */
async function authorized(prepared: Prepared, date: Date): Promise<AuthorizedRequest | undefined> {
  if (prepared.planned === undefined || !hasCredentials(prepared.state)) return undefined;
  try {
    return await authorize(data, prepared.state, prepared.planned, date);
  } catch (error) {
    prepared.notes.push(fill(text(texts, 'request.signFailed'), { message: (error as Error).message }));
    return undefined;
  }
}

/** Shows and hides the rows that depend on the operation, the target and the authentication mode. */
function syncVisibility(): void {
  const op = operation();
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-operation]')) {
    const active = fieldset.dataset['operation'] === op.operationId;
    fieldset.hidden = !active;
    fieldset.disabled = !active;
  }
  for (const option of authSelect.options) {
    option.disabled = !op.auth.includes(option.value === 'token' ? 'token' : 'aksk');
  }
  if (authSelect.selectedOptions[0]?.disabled) {
    const first = [...authSelect.options].find((o) => !o.disabled);
    if (first) authSelect.value = first.value;
  }
  const mode = authSelect.value;
  for (const row of form.querySelectorAll<HTMLElement>('[data-auth]')) {
    row.hidden = !(row.dataset['auth'] ?? '').split(' ').includes(mode);
  }
  const picked = target();
  byId('base-url-row').hidden = picked?.kind === 'server';
  byId('sandbox-note').hidden = picked?.kind !== 'sandbox';
  byId('custom-note').hidden = picked !== undefined;
  const demo =
    picked?.kind !== 'sandbox' && secretInputs.some((i) => i.defaultValue !== '' && i.value === i.defaultValue);
  byId('demo-note').hidden = !demo;
}

/** The code samples of the prepared request. */
function renderSamples(prepared: Prepared): void {
  const { state } = prepared;
  if (prepared.base === undefined) {
    byId('sample-panels').replaceChildren(
      element('p', { class: 'note' }, fill(text(texts, 'request.baseUrlInvalid'), { value: state.baseUrl })),
    );
    return;
  }
  const values = typedValues(state.operation, state.raw).values;
  const picked = target();
  const input: SampleInput = {
    data,
    operation: state.operation,
    values,
    baseUrl: prepared.base.href.replace(/\/+$/, ''),
    ...(picked?.region !== undefined ? { region: picked.region } : {}),
    sandbox: picked?.kind === 'sandbox',
    auth: state.auth,
    credentials: {
      accessKey: state.accessKey,
      secretKey: state.secretKey,
      securityToken: state.securityToken,
      token: state.token,
    },
    inline: state.inline,
  };
  const samples = samplesFor(input);
  const tabs = byId('sample-tabs');
  const panels = byId('sample-panels');
  const selected = tabs.querySelector<HTMLElement>('[aria-selected="true"]')?.dataset['sample'] ?? samples[0]?.id;
  tabs.replaceChildren(
    ...samples.map((sample) =>
      element(
        'button',
        {
          type: 'button',
          role: 'tab',
          id: `tab-${sample.id}`,
          'aria-controls': `sample-${sample.id}`,
          'aria-selected': String(sample.id === selected),
          'data-sample': sample.id,
        },
        sample.label,
      ),
    ),
  );
  panels.replaceChildren(
    ...samples.map((sample) => {
      const panel = element(
        'div',
        { role: 'tabpanel', id: `sample-${sample.id}`, 'aria-labelledby': `tab-${sample.id}`, class: 'sample' },
        element('button', { type: 'button', class: 'copy', 'data-copy': sample.id }, text(texts, 'samples.copy')),
        element('pre', {}, element('code', { 'data-sample': sample.id }, sample.source)),
      );
      panel.hidden = sample.id !== selected;
      return panel;
    }),
  );
}

let generation = 0;
let sending = false;

/** Recomputes the request to send, its signature and the samples, after every change of the form. */
async function refresh(): Promise<void> {
  const mine = ++generation;
  syncVisibility();
  const prepared = prepare();
  renderSamples(prepared);
  const request = await authorized(prepared, new Date());
  if (mine !== generation || sending) return;
  renderRequest(data, request, prepared.problems, prepared.notes, false);
}

/** Signs the request again at the time of sending, shows it, sends it and shows what came of it. */
async function submit(): Promise<void> {
  if (sending) return;
  const prepared = prepare();
  const request = await authorized(prepared, new Date());
  if (request === undefined || prepared.base === undefined) {
    renderRequest(data, request, prepared.problems, prepared.notes, false);
    return;
  }
  sending = true;
  sendButton.disabled = true;
  generation++;
  renderRequest(data, request, prepared.problems, prepared.notes, true);
  renderSending(data);
  const where = { page: location.origin, origin: prepared.base.origin };
  try {
    if (prepared.relay && location.protocol === 'file:') {
      const box = byId('response');
      box.dataset['outcome'] = 'no-relay';
      byId('response-body').replaceChildren(
        element('p', { class: 'error', 'data-field': 'failure' }, text(texts, 'response.fileRelay')),
      );
      return;
    }
    const outcome = await send(
      data,
      request,
      sendUrl(data, request.url, prepared.relay, location.origin),
      prepared.relay,
    );
    renderOutcome(data, prepared.state.operation, outcome, where);
  } finally {
    sending = false;
    sendButton.disabled = false;
    countSend();
  }
}

/** Copies a sample, falling back to selecting it when the clipboard is not available. */
async function copy(id: string, button: HTMLButtonElement): Promise<void> {
  const code = document.querySelector<HTMLElement>(`code[data-sample="${id}"]`);
  if (code === null) return;
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    button.textContent = text(texts, 'samples.copied');
  } catch {
    const range = document.createRange();
    range.selectNodeContents(code);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    button.textContent = text(texts, 'samples.copyFailed');
  }
}

endpoint.addEventListener('change', () => {
  const picked = target();
  if (picked?.kind === 'sandbox') baseUrlInput.value = picked.url;
  else if (picked === undefined && data.targets.some((t) => t.url === baseUrlInput.value)) baseUrlInput.value = '';
  void refresh();
});
form.addEventListener('input', () => void refresh());
form.addEventListener('change', () => void refresh());
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void submit();
});
byId('clear-credentials').addEventListener('click', () => {
  for (const input of secretInputs) input.value = '';
  void refresh();
});
byId('samples').addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest('button');
  if (button === null) return;
  const tab = button.getAttribute('role') === 'tab' ? button.dataset['sample'] : undefined;
  if (tab !== undefined) {
    for (const other of byId('sample-tabs').querySelectorAll<HTMLElement>('[role="tab"]')) {
      other.setAttribute('aria-selected', String(other === button));
    }
    for (const panel of byId('sample-panels').querySelectorAll<HTMLElement>('[role="tabpanel"]')) {
      panel.hidden = panel.id !== `sample-${tab}`;
    }
    return;
  }
  const copied = button.dataset['copy'];
  if (copied !== undefined) void copy(copied, button as HTMLButtonElement);
});
inlineBox.addEventListener('change', () => void refresh());
const picker = document.getElementById('operation') as HTMLSelectElement | null;
const wanted = location.hash.slice(1);
if (picker !== null && data.operations.some((o) => o.operationId === wanted)) picker.value = wanted;
sendButton.disabled = false;
void refresh();
