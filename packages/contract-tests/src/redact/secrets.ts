import { redactSecrets, type SecretSource, secretsOf } from '@desktop-api/signer';

/**
 * The secret strings of a run (secret keys, tokens, security tokens, including credentials minted by a
 * provisioner). Every report and console line passes through {@link SecretRegistry.scrub} before it is written.
 */
export class SecretRegistry {
  readonly #secrets = new Set<string>();

  /** Registers the secrets of credentials or one secret string (too short ones are ignored, as the rule says). */
  add(...sources: SecretSource[]): void {
    for (const secret of secretsOf(...sources)) this.#secrets.add(secret);
  }

  /** Replaces every registered secret in `text` with the placeholder. */
  scrub(text: string): string {
    return this.#secrets.size === 0 ? text : redactSecrets(text, ...this.#secrets);
  }

  /** Number of registered secrets. */
  get size(): number {
    return this.#secrets.size;
  }

  /** Never shows the secrets. */
  toString(): string {
    return `SecretRegistry(${this.#secrets.size} secrets)`;
  }

  /** Never shows the secrets in util.inspect / console.log. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }

  /** Never serialises the secrets. */
  toJSON(): string {
    return this.toString();
  }
}
