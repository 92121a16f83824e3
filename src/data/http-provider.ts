import { CreditProviderError } from './errors.js';
import { DEFAULT_TIMEOUT_MS } from './timeout.js';
import type {
  CreditDataProvider,
  CreditFeature,
  CreditGrant,
  CreditSummary,
  HistoryPoint,
  HistoryRequest,
  OfferingAllocation,
  ProviderRequest,
} from './types.js';

export interface HttpCreditProviderOptions {
  /** Base URL of the REST API (absolute, or relative to the page): `/api/credits`. */
  baseUrl: string;
  /** Extra request headers, or a function returning them for each request (fresh tokens). */
  headers?: HeadersInit | (() => HeadersInit);
  /** A fetch implementation; defaults to the page's `fetch`. */
  fetch?: typeof fetch;
  /** Milliseconds before a request is abandoned with a timeout error. Default 30 000. */
  timeoutMs?: number;
}

/**
 * The built-in provider for the REST contract in `openapi/credit-api.yaml`:
 * `GET {baseUrl}/summary`, `/grants`, `/allocations`, `/history?from=&to=`, `/features`.
 * Every failure becomes a CreditProviderError whose message says what happened and where.
 * Bodies are returned as parsed; the widgets validate them.
 */
export class HttpCreditProvider implements CreditDataProvider {
  /** Milliseconds before a request is abandoned with a timeout error. */
  readonly timeoutMs: number;
  private readonly baseUrl: string;
  private readonly options: HttpCreditProviderOptions;

  constructor(options: HttpCreditProviderOptions) {
    if (typeof options?.baseUrl !== 'string' || options.baseUrl.trim() === '') {
      throw new TypeError('HttpCreditProvider needs a baseUrl, such as "/api/credits"');
    }
    this.options = options;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  getSummary(req: ProviderRequest): Promise<CreditSummary> {
    return this.get('/summary', req);
  }

  getGrants(req: ProviderRequest): Promise<CreditGrant[]> {
    return this.get('/grants', req);
  }

  getAllocations(req: ProviderRequest): Promise<OfferingAllocation[]> {
    return this.get('/allocations', req);
  }

  getHistory(req: HistoryRequest): Promise<HistoryPoint[]> {
    const query = new URLSearchParams({ from: req.from, to: req.to });
    return this.get(`/history?${query}`, req);
  }

  getFeatures(req: ProviderRequest): Promise<CreditFeature[]> {
    return this.get('/features', req);
  }

  private async get<T>(path: string, req: ProviderRequest): Promise<T> {
    const url = new URL(this.baseUrl + path, globalThis.document?.baseURI).href;
    const what = `GET ${url}`;
    const timeoutMs = this.timeoutMs;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = AbortSignal.any([req.signal, timeout]);
    const headers = new Headers(
      typeof this.options.headers === 'function' ? this.options.headers() : this.options.headers,
    );
    headers.set('accept', 'application/json');

    const fail = (cause: unknown, broken = 'could not reach the server'): never => {
      if (req.signal.aborted) {
        throw new CreditProviderError('aborted', `${what} was aborted`, { cause });
      }
      if (timeout.aborted) {
        throw new CreditProviderError('timeout', `${what} did not answer within ${seconds(timeoutMs)}`, { cause });
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
    if (!response.ok) throw httpError(what, response);

    const type = response.headers.get('content-type') ?? '';
    if (!/^application\/([\w.+-]+\+)?json\b/i.test(type.trim())) {
      throw new CreditProviderError(
        'content-type',
        `${what} answered with ${type ? `content type ${type}` : 'no content type'}, not JSON`,
        { status: response.status },
      );
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
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

function httpError(what: string, response: Response): CreditProviderError {
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
  const wait = retryAfter !== undefined ? `; retry after ${seconds(retryAfter * 1000)}` : '';
  const label = `${status}${response.statusText ? ` ${response.statusText}` : ''}`;
  return new CreditProviderError('http', `${what} failed with HTTP ${label}: ${meaning}${wait}`, {
    status,
    ...(retryAfter !== undefined ? { retryAfter } : {}),
  });
}

/** `Retry-After` as seconds: either a number of seconds or an HTTP date. */
function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const date = Date.parse(header);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(2))} s`;
}

function describeCause(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
