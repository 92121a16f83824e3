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
  | 'too-large'
  | 'aborted'
  | 'provider';

/**
 * What kind of failure a section had, for a host to act on (`credit-data-error`'s `code`):
 * the server could not be reached, did not answer in time, answered with an HTTP error
 * (`auth` for 401 and 403: the user must sign in again), sent data the kit cannot use, or the
 * provider failed in its own way.
 */
export type DataErrorCode = 'network' | 'timeout' | 'http' | 'auth' | 'invalid-data' | 'provider';

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

  /** The failure as a host acts on it (see DataErrorCode). */
  get code(): DataErrorCode {
    switch (this.failure) {
      case 'timeout':
      case 'network':
        return this.failure;
      case 'http':
        return this.status === 401 || this.status === 403 ? 'auth' : 'http';
      case 'parse':
      case 'content-type':
      case 'too-large':
        return 'invalid-data';
      default:
        return 'provider';
    }
  }
}

/** Whether an error only says the request was abandoned (nobody needs its answer). */
export function isAbortError(error: unknown): boolean {
  return (
    (error instanceof DOMException && error.name === 'AbortError') ||
    (error instanceof CreditProviderError && error.failure === 'aborted')
  );
}

/** The technical text of anything a provider may throw or reject with, for logs and details. */
export function describeError(error: unknown): string {
  if (error instanceof Error && error.message.trim()) return error.message;
  if (typeof error === 'string' && error.trim()) return error;
  return 'The data provider failed without saying why.';
}

/** What a host and the widget need to know of a failure: its technical text, kind and status. */
export interface DataFailure {
  message: string;
  code: DataErrorCode;
  status?: number;
}

/** Describes anything a provider or validation threw; a host's own error is a `provider` failure. */
export function dataFailure(error: unknown): DataFailure {
  const message = describeError(error);
  if (error instanceof CreditValidationError) return { message, code: 'invalid-data' };
  if (error instanceof CreditProviderError) {
    return error.status === undefined ? { message, code: error.code } : { message, code: error.code, status: error.status };
  }
  return { message, code: 'provider' };
}
