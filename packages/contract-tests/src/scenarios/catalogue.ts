import type { Scenario } from '../toolkit/scenario.js';
import { badAuth, noAuth, noPermission } from './delete-desktop/auth.js';
import { deleteWithBody } from './delete-desktop/body.js';
import { concurrentDelete } from './delete-desktop/concurrency.js';
import { conflictState, forceOnConflict } from './delete-desktop/conflict.js';
import { deleteAgain } from './delete-desktop/delete-again.js';
import { deleteUsersEffect, emailNotificationEffect } from './delete-desktop/flag-effects.js';
import { malformedId, pathSuffix } from './delete-desktop/malformed-id.js';
import { modelSequence } from './delete-desktop/model-sequence.js';
import { deleteExisting, flagsAccepted } from './delete-desktop/positive.js';
import { propertyFlags } from './delete-desktop/property-flags.js';
import { propertyIds } from './delete-desktop/property-ids.js';
import { booleanSpellings, duplicateParam, nonBooleanFlag, unknownParam } from './delete-desktop/query-params.js';
import { wrongProject } from './delete-desktop/tenant.js';
import { unknownId } from './delete-desktop/unknown-id.js';
import { badCredentials, noCredentials } from './generic/credentials.js';
import { documentedAnswer } from './generic/documented-answer.js';
import { invalidParameters } from './generic/parameters.js';

/**
 * Every scenario, in report order: the generic ones (run for every operation of the spec model), then those
 * written for DeleteDesktop. S19 of the anchors (undocumented methods on the path) is deliberately absent: the real
 * API has other operations on this resource, so it cannot be asserted from a slice of the API.
 */
export const SCENARIOS: readonly Scenario[] = [
  documentedAnswer,
  noCredentials,
  badCredentials,
  invalidParameters,
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
