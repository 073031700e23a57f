import { fill } from './i18n.mjs';
import { cell, code, table } from './markdown.mjs';

/** @typedef {import('@desktop-api/types').OperationModel} OperationModel */
/** @typedef {import('@desktop-api/types').IamModel} IamModel */
/** @typedef {import('@desktop-api/types').SigningModel} SigningModel */
/** @typedef {import('@desktop-api/types').Language} Language */
/** @typedef {import('./i18n.mjs').Messages} Messages */

/**
 * The error-code table of an operation, from the error codes of its responses (`x-error-codes`) in the page's
 * language, with the next step where the spec gives one; nothing when it documents no error code.
 * @param {OperationModel} operation
 * @param {Language} lang
 * @param {Messages} messages the page's texts (i18n/<lang>.yaml)
 * @param {{schemas: string[]}} facts the schemas of the error bodies (`ErrorResponse`)
 * @returns {string | undefined} Markdown
 */
export function errorCodeTable(operation, lang, messages, facts) {
  const codes = operation.responses.flatMap((response) => response.errorCodes);
  if (codes.length === 0) return undefined;
  const { heading, intro, columns, sources } = messages.errorCodes;
  const body = codes.map((row) => {
    const source = sources[row.source];
    if (typeof source !== 'string') {
      throw new Error(`Error code ${row.code} has source "${row.source}"; i18n/${lang}.yaml has no text for it.`);
    }
    return [
      String(row.status),
      code(row.code),
      cell(row.message[lang]),
      row.hint ? cell(row.hint[lang]) : '',
      row.source === 'confirmed' ? source : `*${source}*`,
    ];
  });
  return [
    `## ${heading}`,
    fill(intro, { schema: facts.schemas.map(code).join(', ') }),
    table([columns.status, columns.code, columns.meaning, columns.hint, columns.source], body),
  ].join('\n\n');
}

/**
 * The IAM permission table of an operation (`x-iam-authorization`); nothing when the spec documents none.
 * @param {IamModel | null} iam
 * @param {Messages} messages the page's texts
 * @param {{deniedStatus?: number}} facts the status of a caller without the permission, when the spec documents it
 * @returns {string | undefined} Markdown
 */
export function permissionTable(iam, messages, facts) {
  if (!iam) return undefined;
  const { heading, intro, denied, columns, required, optional, none } = messages.permissions;
  /** @param {readonly string[] | undefined} items */
  const list = (items) => (items?.length ? items.map(code).join(', ') : none);
  const resources = iam.resourceTypes?.length
    ? iam.resourceTypes
        .map((resource) => `${code(resource.name)} (${resource.required ? required : optional})`)
        .join(', ')
    : none;
  const rows = [
    [columns.accessLevel, iam.accessLevel ? cell(iam.accessLevel) : none],
    [columns.resourceType, resources],
    [columns.conditionKeys, list(iam.conditionKeys)],
    [columns.dependentActions, list(iam.dependentActions)],
  ];
  const text =
    facts.deniedStatus === undefined ? intro : `${intro} ${fill(denied, { status: code(facts.deniedStatus) })}`;
  return [`## ${heading}`, text, table([columns.action, code(iam.action)], rows)].join('\n\n');
}

/**
 * The table of the headers each official SDK signs (`x-signing.sdkSignedHeaders`): SDK, release, signed headers;
 * nothing when the spec lists none.
 * @param {SigningModel | undefined} signing
 * @param {Messages} messages the page's texts
 * @returns {string | undefined} Markdown
 */
export function signedHeadersTable(signing, messages) {
  if (!signing || signing.sdkSignedHeaders.length === 0) return undefined;
  const t = messages.auth.sdkHeaders;
  const rows = signing.sdkSignedHeaders.map((entry) => [
    cell(sdkName(entry.sdk, messages)),
    cell(entry.version),
    code(entry.signedHeaders.join(';')),
  ]);
  return [
    `### ${t.heading}`,
    fill(t.intro, {
      required: signing.requiredSignedHeaders.map(code).join(', '),
      dateHeader: code(signing.dateHeader),
    }),
    table([t.columns.sdk, t.columns.version, t.columns.signedHeaders], rows),
  ].join('\n\n');
}

/**
 * The name of an official SDK as the page writes it (`nodejs` → Node.js), or its id when the page has no name for it.
 * @param {string} sdk the id of `x-signing.sdkSignedHeaders[].sdk`
 * @param {Messages} messages
 */
export function sdkName(sdk, messages) {
  const name = messages.auth.sdkHeaders.names[sdk];
  return typeof name === 'string' ? name : sdk;
}
