import type { CreditSection } from './types.js';

/**
 * A provider answered with data that breaks the contract. `path` names the exact field
 * (`features[3].allocated`), so a backend team can find the fault from the message alone.
 */
export class CreditValidationError extends Error {
  override name = 'CreditValidationError';
  constructor(
    readonly section: CreditSection,
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path} ${problem}`);
  }
}

export type ProviderFailure =
  | 'timeout'
  | 'network'
  | 'http'
  | 'parse'
  | 'content-type'
  | 'aborted'
  | 'provider';

/** A provider could not answer: a network fault, an HTTP status, a body that is not JSON… */
export class CreditProviderError extends Error {
  override name = 'CreditProviderError';
  readonly failure: ProviderFailure;
  /** HTTP status, when the server answered. */
  readonly status?: number;
  /** Seconds the server asked to wait before retrying (`Retry-After`). */
  readonly retryAfter?: number;
  constructor(
    failure: ProviderFailure,
    message: string,
    options: { status?: number; retryAfter?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.failure = failure;
    if (options.status !== undefined) this.status = options.status;
    if (options.retryAfter !== undefined) this.retryAfter = options.retryAfter;
  }
}

/** Whether an error only says the request was abandoned (nobody needs its answer). */
export function isAbortError(error: unknown): boolean {
  return (
    (error instanceof DOMException && error.name === 'AbortError') ||
    (error instanceof CreditProviderError && error.failure === 'aborted')
  );
}

/** A message fit for the UI from anything a provider may throw or reject with. */
export function describeError(error: unknown): string {
  if (error instanceof Error && error.message.trim()) return error.message;
  if (typeof error === 'string' && error.trim()) return error;
  return 'The data provider failed without saying why.';
}
