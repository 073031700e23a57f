import { authorizer } from './auth.js';
import { resolveConfig } from './config.js';
import { deleteDesktop } from './delete-desktop.js';
import { DesktopApiError } from './errors.js';
import type { CallOptions, DeleteDesktopParams, DesktopClientOptions } from './options.js';
import { createRawClient, type RawClient } from './raw.js';
import { describe, scrubber } from './redact.js';
import type { DeleteDesktopResult, DeleteDesktopSuccess } from './result.js';

/** A DeleteDesktop client. Printing or serializing it shows the endpoint, project and AK prefix, never a secret. */
export interface DesktopClient {
  /** Deletes one desktop; resolves to a result for every HTTP answer (see {@link DeleteDesktopResult}). */
  deleteDesktop(params: DeleteDesktopParams, options?: CallOptions): Promise<DeleteDesktopResult>;
  /** Deletes one desktop; throws {@link DesktopApiError} for every failure. */
  deleteDesktopOrThrow(params: DeleteDesktopParams, options?: CallOptions): Promise<DeleteDesktopSuccess>;
  /** The openapi-fetch client typed with the generated `paths`, authenticated the same way. */
  readonly raw: RawClient;
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * Creates a client for Huawei Cloud Workspace DeleteDesktop, in a region or against an endpoint (the sandbox),
 * with AK/SK signing or token auth. Throws a TypeError naming the problem for bad options.
 */
export function createDesktopClient(options: DesktopClientOptions): DesktopClient {
  const config = resolveConfig(options);
  const authorize = authorizer(config);
  const scrub = scrubber(config);
  const summary = describe(config);
  const print = () => `DesktopClient ${JSON.stringify(summary)}`;
  let raw: RawClient | undefined;
  const client = {
    deleteDesktop: (params: DeleteDesktopParams, callOptions?: CallOptions) =>
      deleteDesktop(config, authorize, scrub, params, callOptions),
    async deleteDesktopOrThrow(params: DeleteDesktopParams, callOptions?: CallOptions) {
      const result = await deleteDesktop(config, authorize, scrub, params, callOptions);
      if (!result.ok) throw new DesktopApiError(result);
      return result;
    },
    get raw() {
      raw ??= createRawClient(config);
      return raw;
    },
    toJSON: () => summary,
    toString: print,
    [INSPECT]: print,
  };
  return client;
}
