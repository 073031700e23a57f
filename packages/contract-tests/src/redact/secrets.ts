/** The text every redacted value is replaced with. */
export const REDACTED = '<redacted>';

/**
 * The secret strings of a run (secret keys, tokens, security tokens, including credentials minted by a
 * provisioner). Every report and console line passes through {@link SecretRegistry.scrub} before it is written.
 */
export class SecretRegistry {
  readonly #secrets = new Set<string>();

  /** Registers a secret; values shorter than 6 characters are ignored (too likely to occur by chance). */
  add(secret: string | undefined): void {
    if (typeof secret === 'string' && secret.length >= 6) this.#secrets.add(secret);
  }

  /** Replaces every registered secret in `text` with `<redacted>`. */
  scrub(text: string): string {
    let out = text;
    for (const secret of this.#secrets) {
      if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    }
    return out;
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
