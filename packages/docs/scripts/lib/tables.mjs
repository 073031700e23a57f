import { cell, code, table } from './markdown.mjs';

/**
 * The error-code table of an operation, from its `x-error-codes` rows, in the page's language.
 * @param {Array<{status: number, code: string, source: string, message: string}>} rows the rows of the localized document
 * @param {Record<string, any>} messages the page's texts (i18n/<lang>.yaml)
 */
export function errorCodeTable(rows, messages) {
  if (!Array.isArray(rows) || rows.length === 0) {
    throw new Error('The operation has no x-error-codes rows; the docs need them for the error-code table.');
  }
  const { heading, intro, columns, sources } = messages.errorCodes;
  const body = rows.map((row) => {
    const source = sources[row.source];
    if (source === undefined) {
      throw new Error(`x-error-codes row ${row.code} has source "${row.source}"; use confirmed or sandbox-defined.`);
    }
    const meaning = row.message;
    if (typeof meaning !== 'string' || meaning === '') {
      throw new Error(`x-error-codes row ${row.code} has no message text.`);
    }
    return [String(row.status), code(row.code), cell(meaning), row.source === 'confirmed' ? source : `*${source}*`];
  });
  return [`## ${heading}`, intro, table([columns.status, columns.code, columns.meaning, columns.source], body)].join(
    '\n\n',
  );
}

/**
 * The IAM permission table of an operation, from its `x-iam-authorization`.
 * @param {{action: string, accessLevel: string, resourceTypes?: Array<{name: string, required?: boolean}>,
 *   conditionKeys?: string[], dependentActions?: string[]}} iam
 * @param {Record<string, any>} messages the page's texts
 */
export function permissionTable(iam, messages) {
  if (!iam || typeof iam.action !== 'string') {
    throw new Error('The operation has no x-iam-authorization.action; the docs need it for the permission table.');
  }
  const { heading, intro, columns, required, optional, none } = messages.permissions;
  /** @param {string[] | undefined} items */
  const list = (items) => (items?.length ? items.map(code).join(', ') : none);
  const resources = iam.resourceTypes?.length
    ? iam.resourceTypes
        .map((resource) => `${code(resource.name)} (${resource.required ? required : optional})`)
        .join(', ')
    : none;
  const rows = [
    [columns.accessLevel, cell(iam.accessLevel)],
    [columns.resourceType, resources],
    [columns.conditionKeys, list(iam.conditionKeys)],
    [columns.dependentActions, list(iam.dependentActions)],
  ];
  return [`## ${heading}`, intro, table([columns.action, code(iam.action)], rows)].join('\n\n');
}
