import { EnvironmentError } from '../errors.js';
import type { Transport } from '../http/wire.js';

/** Error from a provisioner: the run stops with exit 2 and this message. */
export class ProvisionerError extends EnvironmentError {
  override readonly name = 'ProvisionerError';
}

/** A tiny JSON client for an admin API on the target (requests are not counted as checked requests). */
export interface AdminClient {
  request(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }>;
}

/** Builds an {@link AdminClient} over the run's transport, rooted at `baseUrl`. */
export function createAdminClient(transport: Transport, baseUrl: string): AdminClient {
  const base = new URL(baseUrl);
  const prefix = base.pathname.replace(/\/$/, '');
  return {
    async request(method, path, body) {
      const target = `${prefix}${path}`;
      const headers: Array<[string, string]> = [['Accept', 'application/json']];
      if (body !== undefined) headers.push(['Content-Type', 'application/json']);
      const response = await transport({
        method,
        url: new URL(target, base).toString(),
        path: target,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = Buffer.from(response.body).toString('utf8');
      let json: unknown;
      try {
        json = text === '' ? undefined : JSON.parse(text);
      } catch {
        json = undefined;
      }
      return { status: response.status, json };
    },
  };
}
