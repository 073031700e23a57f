import { type ApiModel, model as generatedModel, type SigningModel } from '@desktop-api/types';
import { validators as generatedValidators } from '@desktop-api/types/validators';
import { type SuiteOperation, suiteOperation, type ValidatorSet } from './operation.js';

/** A spec model and its compiled validators: the generated ones by default, or another build of them. */
export interface SpecInput {
  model: ApiModel;
  validators: ValidatorSet;
}

/** What the sandbox answers for an operation it authenticates and validates but does not simulate. */
export interface NotSimulated {
  status: number;
  code: string;
  message: string;
}

/** The spec model arranged for the suite: every operation, the auth header names, the sandbox's not-simulated answer. */
export interface SuiteModel {
  title: string;
  version: string;
  operations: readonly SuiteOperation[];
  /** The operation with this id, if the spec has it. */
  operation(operationId: string): SuiteOperation | undefined;
  /** The header of token authentication, when the spec has a token scheme. */
  tokenHeader: string | undefined;
  /** The header of AK/SK signing (`Authorization`), when the spec has a signing scheme. */
  signatureHeader: string | undefined;
  /** The signing facts (`x-signing`), when the spec has a signing scheme. */
  signing: SigningModel | undefined;
  notSimulated: NotSimulated | undefined;
}

/** Arranges a spec model and its validators for the suite; throws when they do not belong together. */
export function buildSuiteModel(input: SpecInput): SuiteModel {
  const { model, validators } = input;
  if (model.operations.length === 0) throw new Error('the spec model has no operation: there is nothing to test.');
  const signed = model.securitySchemes.find((s) => s.signing);
  const signing = signed?.signing;
  const operations = model.operations.map((op) => suiteOperation(op, validators, model.securitySchemes, signing));
  const notSimulated = model.sandbox?.notSimulated;
  return {
    title: model.info.title.en,
    version: model.info.version,
    operations,
    operation: (id) => operations.find((op) => op.operationId === id),
    tokenHeader: model.securitySchemes.find((s) => s.kind === 'token')?.header,
    signatureHeader: signed?.header,
    signing,
    notSimulated: notSimulated
      ? { status: notSimulated.status, code: notSimulated.code, message: notSimulated.message.en }
      : undefined,
  };
}

let generated: SuiteModel | undefined;

/** The suite model of `@desktop-api/types` (arranged once), or of `input` when given. */
export function suiteModel(input?: SpecInput): SuiteModel {
  if (input) return buildSuiteModel(input);
  generated ??= buildSuiteModel({ model: generatedModel, validators: generatedValidators });
  return generated;
}
