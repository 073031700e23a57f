import { DeleteDesktopRequest, model, type OperationModel } from '@desktop-api/types';

/** DeleteDesktop as the spec model describes it. */
export const deleteOp: OperationModel = model.operations.find(
  (op) => op.operationId === DeleteDesktopRequest.operationId,
) as OperationModel;

/** The parameter of DeleteDesktop with this wire name. */
export function parameter(name: (typeof DeleteDesktopRequest.parameters)[number]['name']) {
  const found = deleteOp.parameters.find((p) => p.name === name);
  if (!found) throw new Error(`the spec has no parameter ${name}`);
  return found;
}

/** The longest desktop id the spec allows. */
export const desktopMaxLength = parameter('desktop_id').maxLength as number;

/** The boolean query flags of DeleteDesktop. */
export const flags = deleteOp.parameters.filter((p) => p.in === 'query' && p.type === 'boolean');

/** The documented success status of DeleteDesktop. */
export const success = deleteOp.success as number;

/** The error code (and its status) the spec documents for a case of DeleteDesktop. */
export function caseCode(name: string, op: OperationModel = deleteOp): { status: number; code: string } {
  const found = op.responses.flatMap((r) => r.errorCodes).find((c) => c.sandboxCase === name);
  if (!found) throw new Error(`the spec documents no error code for the case ${name}`);
  return { status: found.status, code: found.code };
}

/** A 4xx status the spec does not document for DeleteDesktop. */
export const undocumented4xx = (() => {
  for (let s = 499; s >= 400; s--) if (!deleteOp.statuses.includes(s)) return s;
  throw new Error('every 4xx status is documented');
})();

/** A matcher of DeleteDesktop's path, capturing each path parameter in order. */
export function routeOf(op: OperationModel = deleteOp): RegExp {
  const source = op.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '([^/?]+)');
  return new RegExp(`^${source}$`);
}

/** DeleteDesktop's path for a project and desktop (unencoded values, as tests write them). */
export function desktopPath(projectId: string, desktopId: string): string {
  return deleteOp.path
    .replace(`{${parameter('project_id').name}}`, projectId)
    .replace(`{${parameter('desktop_id').name}}`, desktopId);
}

/** The response header the spec requires on every response of DeleteDesktop (lower case). */
export const requestIdHeader: string = (() => {
  const [first, ...rest] = deleteOp.responses.map((r) => r.headers.filter((h) => h.required).map((h) => h.name));
  const everywhere = (first ?? []).filter((name) => rest.every((names) => names.includes(name)));
  if (everywhere.length !== 1) throw new Error(`expected one header required on every response, got ${everywhere}`);
  return (everywhere[0] as string).toLowerCase();
})();
