import { baseUrlOf } from './base-url.js';
import { openChangeFeed } from './change-feed.js';
import { CreditProviderError } from './errors.js';
import { describeTimeout, timeoutMsOption } from './timeout.js';
import type {
  CreditChange,  CreditDataProvider,
  CreditFeature,
  CreditGrant,
  CreditSummary,
  HistoryPoint,
  HistoryRequest,
  OfferingAllocation,
  ProviderRequest,
} from './types.js';
import { describe, isBlank } from './validate.js';

export interface HttpCreditProviderOptions {
  /**
   * Base URL of the REST API (absolute, or relative to the page): `/api/credits`. A query is
   * kept on every request (`/api/credits?tenant=7` → `/api/credits/summary?tenant=7`); a
   * fragment is dropped.
   */
  baseUrl: string;
  /**
   * Request headers, or a function returning them for each request (fresh tokens). They win
   * over the kit's own: an `Accept` given here is sent as given.
   */
  headers?: HeadersInit | (() => HeadersInit);
  /** A fetch implementation; defaults to the page's `fetch`. */
  fetch?: typeof fetch;
  /** Milliseconds before a request is abandoned with a timeout error: 1 to 2^31 − 1. Default 30 000. */
  timeoutMs?: number;
  /**
   * The largest answer read, in bytes (default 10 MiB): a larger one is an error ("too large")
   * instead of a page that freezes parsing it. Checked against Content-Length before reading
   * and counted while the body streams in.
   */
  maxBytes?: number;
  /**
   * The server's change feed, so widgets refresh when the data changes (after the host saves
   * an allocation, or someone else does): `true` for `GET {baseUrl}/changes`, or the feed's URL.
   * Server-Sent Events, reconnecting with back-off; open only while a widget watches.
   */
  changes?: boolean | string;
  /** Send cookies with the change feed to another origin (`EventSource`'s `withCredentials`). */
  changesWithCredentials?: boolean;
}

/** 10 MiB: about 20,000 features with long descriptions, far more than any real catalog. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** JSON answers, and RFC 9457 problem details for errors (what openapi/credit-api.yaml sends). */
const ACCEPT = 'application/json, application/problem+json';

/** An error's problem details are read up to this size: they explain, they carry no data. */
const MAX_PROBLEM_BYTES = 64 * 1024;

/** The longest text taken from a problem's `title` or `detail` into a message. */
const MAX_PROBLEM_TEXT = 300;

/** A Retry-After longer than a day is not a wait worth telling a user about. */
const MAX_RETRY_AFTER_S = 86_400;

/**
 * The built-in provider for the REST contract in `openapi/credit-api.yaml`:
 * `GET {baseUrl}/summary`, `/grants`, `/allocations`, `/history?from=&to=`, `/features`.
 * Every failure becomes a CreditProviderError whose message says what happened and where.
 * Bodies are returned as parsed; the widgets validate them.
 */
export class HttpCreditProvider implements CreditDataProvider {
  /** Milliseconds before a request is abandoned with a timeout error. */
  readonly timeoutMs: number;
  /** The largest answer read, in bytes. */
  readonly maxBytes: number;
  /** The base URL, resolved against the page, without its fragment. */
  private readonly base: URL;
  /** The base URL's path without trailing slashes, which every endpoint's path follows. */
  private readonly basePath: string;
  private readonly options: HttpCreditProviderOptions;

  /** Present only with the `changes` option: the cache then refreshes on the feed's reports. */
  readonly subscribe?: (onChange: (change: CreditChange) => void) => () => void;

  constructor(options: HttpCreditProviderOptions) {
    if (typeof options?.baseUrl !== 'string' || isBlank(options.baseUrl)) {
      throw new TypeError('HttpCreditProvider needs a baseUrl, such as "/api/credits"');
    }
    this.options = options;
    this.timeoutMs = timeoutMsOption(options.timeoutMs, 'HttpCreditProvider timeoutMs');
    this.maxBytes = maxBytesOption(options.maxBytes);
    this.base = baseUrlOf(options.baseUrl);
    this.basePath = this.base.pathname.replace(/\/+$/, '');
    const { changes } = options;
    if (changes) {
      const url = typeof changes === 'string' ? new URL(changes, this.base).href : this.urlFor('/changes');
      const withCredentials = options.changesWithCredentials === true;
      this.subscribe = (onChange) => openChangeFeed(url, onChange, { withCredentials });
    }
  }

  /**
   * The URL of an endpoint under the base URL: `path` appended to its path, `query` merged into
   * its query (a name in both takes `query`'s value), its fragment dropped.
   */
  urlFor(path: string, query: Record<string, string> = {}): string {
    const url = new URL(this.base.href);
    url.pathname = this.basePath + path;
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    return url.href;
  }

  getSummary(req: ProviderRequest): Promise<CreditSummary> {
    return this.get(this.urlFor('/summary'), req);
  }

  getGrants(req: ProviderRequest): Promise<CreditGrant[]> {
    return this.get(this.urlFor('/grants'), req);
  }

  getAllocations(req: ProviderRequest): Promise<OfferingAllocation[]> {
    return this.get(this.urlFor('/allocations'), req);
  }

  getHistory(req: HistoryRequest): Promise<HistoryPoint[]> {
    return this.get(this.urlFor('/history', { from: req.from, to: req.to }), req);
  }

  getFeatures(req: ProviderRequest): Promise<CreditFeature[]> {
    return this.get(this.urlFor('/features'), req);
  }

  private async get<T>(url: string, req: ProviderRequest): Promise<T> {
    const what = `GET ${url}`;
    const timeoutMs = this.timeoutMs;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = AbortSignal.any([req.signal, timeout]);
    const headers = new Headers(
      typeof this.options.headers === 'function' ? this.options.headers() : this.options.headers,
    );
    if (!headers.has('accept')) headers.set('accept', ACCEPT);

    const fail = (cause: unknown, broken = 'could not reach the server'): never => {
      if (req.signal.aborted) {
        throw new CreditProviderError('aborted', `${what} was aborted`, { cause });
      }
      if (timeout.aborted) {
        throw new CreditProviderError('timeout', `${what} did not answer within ${describeTimeout(timeoutMs)}`, { cause });
      }
      throw new CreditProviderError('network', `${what} ${broken} (${describeCause(cause)})`, { cause });
    };

    const doFetch = this.options.fetch ?? globalThis.fetch.bind(globalThis);
    let response: Response;
    try {
      response = await doFetch(url, { headers, signal, credentials: 'same-origin' });
    } catch (error) {
      return fail(error);
    }
    if (!response.ok) throw await httpError(what, response, Math.min(this.maxBytes, MAX_PROBLEM_BYTES));

    const type = response.headers.get('content-type') ?? '';
    if (!/^application\/([\w.+-]+\+)?json\b/i.test(type.trim())) {
      discard(response);
      throw new CreditProviderError(
        'content-type',
        `${what} answered with ${type ? `content type ${type}` : 'no content type'}, not JSON`,
        { status: response.status },
      );
    }
    let text: string;
    try {
      text = await readText(response, this.maxBytes, what);
    } catch (error) {
      if (error instanceof CreditProviderError) throw error;
      // The server was reached and answered: say the answer broke off, not that it was unreachable.
      return fail(error, 'was cut off while its answer was read');
    }
    try {
      return JSON.parse(text) as T;
    } catch (error) {
      throw new CreditProviderError('parse', `${what} answered with malformed JSON (${describeCause(error)})`, {
        status: response.status,
        cause: error,
      });
    }
  }
}

function maxBytesOption(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) return value;
  throw new RangeError(`HttpCreditProvider maxBytes must be a whole number of bytes of at least 1 (got ${describe(value)})`);
}

/** The answer is larger than maxBytes; `size` when the Content-Length said how large. */
function tooLarge(what: string, status: number, maxBytes: number, size?: number): CreditProviderError {
  const answered = size === undefined ? 'more than' : `${size} bytes, more than`;
  return new CreditProviderError('too-large', `${what} answered with ${answered} the limit of ${maxBytes} bytes (maxBytes): too large to read`, {
    status,
  });
}

/**
 * The body as text, read only up to `maxBytes`: a Content-Length above it fails before any
 * byte is read, and a body without one fails as soon as it passes the limit.
 */
async function readText(response: Response, maxBytes: number, what: string): Promise<string> {
  const length = Number(response.headers.get('content-length') ?? '');
  if (length > maxBytes) {
    discard(response);
    throw tooLarge(what, response.status, maxBytes, length);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      reader.cancel().catch(() => {});
      throw tooLarge(what, response.status, maxBytes);
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** Lets go of a body that will not be read, so the connection is free again. */
function discard(response: Response): void {
  response.body?.cancel().catch(() => {});
}

async function httpError(what: string, response: Response, maxProblemBytes: number): Promise<CreditProviderError> {
  const status = response.status;
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  const meaning =
    status === 401
      ? 'not signed in, or the session has expired'
      : status === 403
        ? 'this account may not read credit data'
        : status === 404
          ? 'no such resource: check the provider\'s base URL'
          : status === 429
            ? 'too many requests'
            : status === 503
              ? 'the service is unavailable'
              : status >= 500
                ? 'the server failed'
                : 'the request was refused';
  const wait = retryAfter !== undefined ? `; retry after ${retryAfter} s` : '';
  const label = `${status}${response.statusText ? ` ${response.statusText}` : ''}`;
  const said = await problemText(response, what, maxProblemBytes);
  return new CreditProviderError('http', `${what} failed with HTTP ${label}: ${meaning}${wait}${said ? ` (the server says: ${said})` : ''}`, {
    status,
    ...(retryAfter !== undefined ? { retryAfter } : {}),
  });
}

/**
 * The `title` and `detail` of an RFC 9457 `application/problem+json` error body, as one line
 * of text; nothing for any other body, or one that cannot be read. A title that only repeats
 * the status text adds nothing and is left out.
 */
async function problemText(response: Response, what: string, maxBytes: number): Promise<string> {
  if (!/^application\/problem\+json\b/i.test((response.headers.get('content-type') ?? '').trim())) {
    discard(response);
    return '';
  }
  let problem: unknown;
  try {
    problem = JSON.parse(await readText(response, maxBytes, what));
  } catch {
    return '';
  }
  if (typeof problem !== 'object' || problem === null) return '';
  const { title, detail } = problem as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim().slice(0, MAX_PROBLEM_TEXT) : '');
  const heading = text(title).toLowerCase() === response.statusText.toLowerCase() ? '' : text(title);
  return [heading, text(detail)].filter(Boolean).join(': ');
}

/** `Retry-After` as whole seconds: either a number of seconds or an HTTP date; none beyond a day. */
function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  const seconds = /^\d+$/.test(trimmed) ? Number(trimmed) : Math.ceil((Date.parse(trimmed) - Date.now()) / 1000);
  if (Number.isNaN(seconds)) return undefined;
  return Math.max(0, seconds) <= MAX_RETRY_AFTER_S ? Math.max(0, seconds) : undefined;
}

function describeCause(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
