import { parseAuthorization, redactHeaders, redactSecrets, SECRET_HEADERS } from '@desktop-api/signer';
import type { WireRequest, WireResponse } from '../http/wire.js';
import { redactBodyText } from '../redact/body.js';
import { curlCommand } from '../redact/curl.js';
import type { CheckFinding, CheckName, CheckTally, Evidence } from './findings.js';

/** One request sent by a scenario and the response it got. */
export interface Exchange {
  request: WireRequest;
  response: WireResponse;
}

const BODY_EXCERPT = 2048;

/** Secret values the request carried (token values, the Authorization header and its signature). */
function requestSecrets(exchange: Exchange): string[] {
  const out: string[] = [];
  for (const [name, value] of exchange.request.headers) {
    if (!SECRET_HEADERS.has(name.toLowerCase())) continue;
    out.push(value);
    const signature = parseAuthorization(value)?.signature;
    if (signature) out.push(signature);
  }
  return out;
}

/** Removes the request's own secrets from text the server sent back (a server may echo them). */
const withoutEchoedSecrets = (text: string, secrets: readonly string[]): string => redactSecrets(text, ...secrets);

/** The reported (redacted) evidence of an exchange. */
export function exchangeEvidence(exchange: Exchange | undefined, extra: Partial<Evidence> = {}): Evidence {
  if (!exchange) return { ...extra };
  const { request, response } = exchange;
  const secrets = requestSecrets(exchange);
  const text = withoutEchoedSecrets(Buffer.from(response.body).toString('utf8'), secrets);
  return {
    request: {
      method: request.method,
      url: request.url,
      headers: redactHeaders(request.headers),
      ...(request.body !== undefined ? { body: request.body } : {}),
    },
    response: {
      status: response.status,
      headers: redactHeaders(response.headers).map(([n, v]) => [n, withoutEchoedSecrets(v, secrets)]),
      body: redactBodyText(text.length > BODY_EXCERPT ? `${text.slice(0, BODY_EXCERPT)}…` : text),
      bodyBytes: response.body.length,
      bytesAfterHeaders: response.bytesAfterHeaders,
      durationMs: Math.round(response.durationMs * 10) / 10,
    },
    curl: curlCommand(request),
    ...extra,
  };
}

/** Collects check outcomes of one scenario: tallies per check and the findings (failures, warnings, notes). */
export class CheckRecorder {
  readonly #tallies = new Map<CheckName, CheckTally>();
  readonly findings: CheckFinding[] = [];
  /** Number of checked requests. */
  requests = 0;

  #tally(check: CheckName): CheckTally {
    let tally = this.#tallies.get(check);
    if (!tally) {
      tally = { check, passed: 0, failed: 0, warnings: 0 };
      this.#tallies.set(check, tally);
    }
    return tally;
  }

  /** Records a passed check. */
  pass(check: CheckName): void {
    this.#tally(check).passed++;
  }

  /** Records a failed check with its evidence. */
  fail(check: CheckName, message: string, exchange?: Exchange, extra?: Partial<Evidence>): void {
    this.#tally(check).failed++;
    this.findings.push({ check, verdict: 'failed', message, evidence: exchangeEvidence(exchange, extra) });
  }

  /** Records a warning (does not fail the run). */
  warn(check: CheckName, message: string, exchange?: Exchange): void {
    this.#tally(check).warnings++;
    this.findings.push({ check, verdict: 'warning', message, evidence: exchangeEvidence(exchange) });
  }

  /** Records an informational observation (e.g. which boolean spellings the target accepts). */
  info(check: CheckName, message: string, exchange?: Exchange): void {
    this.findings.push({
      check,
      verdict: 'info',
      message,
      ...(exchange ? { evidence: exchangeEvidence(exchange) } : {}),
    });
  }

  /** Records `ok ? pass : fail`; returns `ok`. */
  assert(check: CheckName, ok: boolean, message: string, exchange?: Exchange): boolean {
    if (ok) this.pass(check);
    else this.fail(check, message, exchange);
    return ok;
  }

  /** Tallies in first-seen order. */
  get tallies(): CheckTally[] {
    return [...this.#tallies.values()];
  }

  /** Number of failed checks so far. */
  get failures(): number {
    let n = 0;
    for (const t of this.#tallies.values()) n += t.failed;
    return n;
  }

  /** Moves everything recorded by `other` into this recorder. */
  absorb(other: CheckRecorder): void {
    for (const t of other.tallies) {
      const mine = this.#tally(t.check);
      mine.passed += t.passed;
      mine.failed += t.failed;
      mine.warnings += t.warnings;
    }
    this.findings.push(...other.findings);
    this.requests += other.requests;
  }
}
