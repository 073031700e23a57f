import { escapeHtml as e, fillText, inlineHtml } from './html.mjs';

/** @typedef {import('@desktop-api/types').ApiModel} ApiModel */
/** @typedef {import('@desktop-api/types').ParameterModel} ParameterModel */

/**
 * The values the form starts with: the sandbox's demo project for the project parameter, each other path
 * parameter's example (the spec's examples are the sandbox's demo ids), and the demo credentials.
 * @typedef {{projectId: string, accessKey: string, secretKey: string, token: string}} Prefill
 */

/**
 * The facts line of a parameter: type, default and limits, in the page's language.
 * @param {ParameterModel} parameter
 * @param {Record<string, any>} t the page's `parameters` texts
 */
function facts(parameter, t) {
  const parts = [parameter.format ? `${parameter.type} (${parameter.format})` : parameter.type];
  if (parameter.default !== undefined) parts.push(fillText(t.default, { value: String(parameter.default) }));
  const { minLength, maxLength } = parameter;
  if (minLength !== undefined && maxLength !== undefined) {
    parts.push(fillText(t.lengthRange, { min: minLength, max: maxLength }));
  } else if (minLength !== undefined) {
    parts.push(fillText(t.minLength, { n: minLength }));
  } else if (maxLength !== undefined) {
    parts.push(fillText(t.maxLength, { n: maxLength }));
  }
  if (parameter.pattern !== undefined) parts.push(fillText(t.pattern, { pattern: parameter.pattern }));
  if (parameter.minimum !== undefined) parts.push(fillText(t.minimum, { n: parameter.minimum }));
  if (parameter.maximum !== undefined) parts.push(fillText(t.maximum, { n: parameter.maximum }));
  return parts.map(e).join(' · ');
}

/**
 * The control of a parameter: a select of unset / each value for flags and enums, a number input for numbers, a
 * text input otherwise. Its `name` is the spec's parameter name.
 * @param {ParameterModel} parameter
 * @param {string} id
 * @param {string} value the starting value, '' for unset
 * @param {Record<string, any>} t the page's `parameters` texts
 */
function control(parameter, id, value, t) {
  const common = `id="${e(id)}" name="${e(parameter.name)}" aria-describedby="${e(id)}-facts ${e(id)}-description"${
    parameter.required ? ' aria-required="true"' : ''
  }`;
  const choices = parameter.type === 'boolean' ? [true, false] : parameter.enum;
  if (choices !== undefined) {
    const options = [
      ...(parameter.required && parameter.type !== 'boolean' ? [] : [`<option value="">${e(t.unset)}</option>`]),
      ...choices.map(
        (choice) => `<option value="${e(choice)}"${String(choice) === value ? ' selected' : ''}>${e(choice)}</option>`,
      ),
    ];
    return `<select ${common}>${options.join('')}</select>`;
  }
  if (parameter.type === 'integer' || parameter.type === 'number') {
    const range = [
      parameter.minimum !== undefined ? ` min="${e(parameter.minimum)}"` : '',
      parameter.maximum !== undefined ? ` max="${e(parameter.maximum)}"` : '',
      parameter.type === 'integer' ? ' step="1"' : ' step="any"',
    ].join('');
    return `<input ${common} type="number"${range} value="${e(value)}">`;
  }
  return `<input ${common} type="text" spellcheck="false" autocomplete="off" value="${e(value)}">`;
}

/**
 * The fieldset of one operation's parameters, generated from the spec model: every path, query and header
 * parameter with its name, where it goes, whether it is required, its description in the page's language, type,
 * default and limits.
 * @param {ApiModel} model
 * @param {import('@desktop-api/types').OperationModel} operation
 * @param {'en' | 'zh-CN'} lang
 * @param {Record<string, any>} texts the page's explorer texts
 * @param {Prefill} prefill
 * @param {boolean} active whether it is the operation shown first
 */
function operationFieldset(model, operation, lang, texts, prefill, active) {
  const t = texts.parameters;
  const signing = model.securitySchemes.find((s) => s.kind === 'aksk')?.signing;
  const rows = operation.parameters
    .filter((parameter) => parameter.in !== 'cookie')
    .map((parameter) => {
      const id = `${operation.operationId}-${parameter.name}`;
      const project = signing !== undefined && parameter.in === 'path' && parameter.name === signing.projectParameter;
      const value = project
        ? prefill.projectId
        : parameter.in === 'path' && typeof parameter.example === 'string'
          ? parameter.example
          : '';
      return `<div class="field" data-in="${e(parameter.in)}">
<label for="${e(id)}"><code>${e(parameter.name)}</code> <span class="badge">${e(t.in[parameter.in])}</span> <span class="badge${parameter.required ? ' required' : ''}">${e(parameter.required ? t.required : t.optional)}</span></label>
${control(parameter, id, value, t)}
<p class="facts" id="${e(id)}-facts">${facts(parameter, t)}</p>
<p class="description" id="${e(id)}-description">${inlineHtml(parameter.description[lang])}</p>
</div>`;
    });
  return `<fieldset class="operation" data-operation="${e(operation.operationId)}"${active ? '' : ' hidden disabled'}>
<legend>${e(operation.summary[lang])} <code class="method">${e(operation.method)}</code> <code>${e(operation.path)}</code></legend>
${rows.join('\n')}
</fieldset>`;
}

/**
 * The explorer's form: the operation picker (when the spec has more than one operation), each operation's
 * parameters, the target (`endpoint`: the sandbox, every server URL, or a custom base URL), the credentials
 * (`access_key`, `secret_key`, `security_token`, `token`, masked secrets and a clear button) and the send button.
 * The send button starts disabled: the page's script enables it, so without the script nothing can be submitted.
 * @param {ApiModel} model
 * @param {import('../../explorer/data.ts').ExplorerData} data the page's data (its targets)
 * @param {'en' | 'zh-CN'} lang
 * @param {Record<string, any>} texts the page's explorer texts
 * @param {Prefill} prefill
 */
export function explorerForm(model, data, lang, texts, prefill) {
  const [first] = model.operations;
  if (first === undefined) throw new Error('The spec has no operation; the explorer needs at least one.');
  const picker =
    model.operations.length > 1
      ? `<section class="card"><h2>${e(texts.operation.heading)}</h2>
<label for="operation">${e(texts.operation.label)}</label>
<select id="operation" name="operation">${model.operations
          .map(
            (o) =>
              `<option value="${e(o.operationId)}">${e(o.operationId)} — ${e(o.method)} ${e(o.path)} — ${e(o.summary[lang])}</option>`,
          )
          .join('')}</select></section>`
      : '';
  const fieldsets = model.operations.map((operation) =>
    operationFieldset(model, operation, lang, texts, prefill, operation === first),
  );
  const sandbox = data.targets.find((target) => target.kind === 'sandbox');
  const servers = data.targets.filter((target) => target.kind === 'server');
  /** @type {Map<string, import('../../explorer/data.ts').ExplorerTarget[]>} */
  const groups = new Map();
  for (const target of servers) groups.set(target.group, [...(groups.get(target.group) ?? []), target]);
  const targetOptions = [
    ...(sandbox ? [`<option value="sandbox" selected>${e(sandbox.label)}</option>`] : []),
    ...[...groups].map(
      ([label, targets]) =>
        `<optgroup label="${e(label)}">${targets.map((t) => `<option value="${e(t.value)}">${e(t.label)}</option>`).join('')}</optgroup>`,
    ),
    `<option value="custom"${sandbox ? '' : ' selected'}>${e(texts.target.custom)}</option>`,
  ];
  const c = texts.credentials;
  const secret = (/** @type {string} */ name, /** @type {string} */ label, /** @type {string} */ modes, value = '') =>
    `<div class="field" data-auth="${modes}"><label for="${name}">${e(label)} <code>${name}</code></label>
<input id="${name}" name="${name}" type="${name === 'access_key' ? 'text' : 'password'}" autocomplete="off" spellcheck="false" value="${e(value)}"></div>`;
  return `<form id="explorer" novalidate autocomplete="off">
${picker}
<section class="card"><h2>${e(texts.parameters.heading)}</h2>
${fieldsets.join('\n')}
</section>
<section class="card"><h2>${e(texts.target.heading)}</h2>
<div class="field"><label for="endpoint">${e(texts.target.label)}</label>
<select id="endpoint" name="endpoint">${targetOptions.join('')}</select></div>
<div class="field" id="base-url-row"><label for="base_url">${e(texts.target.baseUrl)}</label>
<input id="base_url" name="base_url" type="url" spellcheck="false" autocomplete="off" value="${e(sandbox?.url ?? '')}"></div>
<p class="note" id="sandbox-note">${e(fillText(texts.target.sandboxNote, { url: sandbox?.url ?? '' }))}</p>
<p class="note" id="custom-note" hidden>${e(texts.target.customNote)}</p>
</section>
<section class="card"><h2>${e(c.heading)}</h2>
<div class="field"><label for="auth">${e(c.label)}</label>
<select id="auth" name="auth"><option value="aksk" selected>${e(c.aksk)}</option><option value="temporary">${e(c.temporary)}</option><option value="token">${e(c.token)}</option></select></div>
${secret('access_key', c.accessKey, 'aksk temporary', prefill.accessKey)}
${secret('secret_key', c.secretKey, 'aksk temporary', prefill.secretKey)}
${secret('security_token', c.securityToken, 'temporary')}
${secret('token', c.tokenValue, 'token', prefill.token)}
<p class="note" id="demo-note" hidden>${e(texts.target.demoCredentials)}</p>
<p class="note">${e(c.note)}</p>
<p><button type="button" id="clear-credentials">${e(c.clear)}</button></p>
</section>
<p class="actions"><button type="submit" id="send" disabled>${e(texts.send.button)}</button></p>
</form>`;
}
