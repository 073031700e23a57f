import { badAuth, noAuth, noPermission } from './auth.js';
import { deleteWithBody } from './body.js';
import { concurrentDelete } from './concurrency.js';
import { conflictState, forceOnConflict } from './conflict.js';
import { deleteAgain } from './delete-again.js';
import { deleteUsersEffect, emailNotificationEffect } from './flag-effects.js';
import { malformedId, pathSuffix } from './malformed-id.js';
import { modelSequence } from './model-sequence.js';
import { deleteExisting, flagsAccepted } from './positive.js';
import { propertyFlags } from './property-flags.js';
import { propertyIds } from './property-ids.js';
import { booleanSpellings, duplicateParam, nonBooleanFlag, unknownParam } from './query-params.js';
import { wrongProject } from './tenant.js';
import type { Scenario } from './types.js';
import { unknownId } from './unknown-id.js';

/**
 * Every scenario, in report order. S19 of the anchors (undocumented methods on the path) is deliberately absent:
 * the real API has other operations on this resource, so it cannot be asserted from this one-operation spec.
 */
export const SCENARIOS: readonly Scenario[] = [
  deleteExisting,
  flagsAccepted,
  deleteAgain,
  unknownId,
  malformedId,
  pathSuffix,
  nonBooleanFlag,
  booleanSpellings,
  duplicateParam,
  unknownParam,
  noAuth,
  badAuth,
  noPermission,
  wrongProject,
  conflictState,
  forceOnConflict,
  concurrentDelete,
  deleteWithBody,
  deleteUsersEffect,
  emailNotificationEffect,
  propertyIds,
  propertyFlags,
  modelSequence,
];

/** Ids and titles of the catalogue (for `--only`, listings and the vitest adapter). */
export function listScenarios(
  only?: readonly string[],
): Array<{ id: string; title: string; needs: readonly string[] }> {
  const wanted = only && only.length > 0 ? new Set(only.map((s) => s.toUpperCase())) : undefined;
  return SCENARIOS.filter((s) => !wanted || wanted.has(s.id)).map(({ id, title, needs }) => ({ id, title, needs }));
}

/** Ids in `only` that name no scenario. */
export function unknownScenarioIds(only: readonly string[]): string[] {
  const ids = new Set(SCENARIOS.map((s) => s.id));
  return only.filter((id) => !ids.has(id.toUpperCase()));
}
