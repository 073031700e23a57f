/**
 * A mistake in what the user asked for: a bad flag or option, or credentials the target rejects. The CLI prints its
 * message as one line, then its hint, and exits 2; the library rejects with it.
 */
export class ContractUsageError extends Error {
  override readonly name = 'ContractUsageError';
  /** The next step to show the user, when there is a better one than reading `--help`. */
  readonly hint: string | undefined;

  constructor(message: string, options: { hint?: string } = {}) {
    super(message);
    this.hint = options.hint;
  }
}

/**
 * The target or its environment cannot be used (nothing listens, a provisioner fails): the run stops with exit 2 and
 * this message, before or instead of any scenario.
 */
export class EnvironmentError extends Error {
  override readonly name: string = 'EnvironmentError';
}
