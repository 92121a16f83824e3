import { CREDIT_SECTIONS, type CreditChange, type CreditSection } from './types.js';

/*
 * The change feed of the REST contract: `GET {baseUrl}/changes` as Server-Sent Events
 * (openapi/credit-api.yaml). Each message's `data` is a JSON `{ "sections": [...] }` naming
 * what changed; the provider's `subscribe` turns it into refetches.
 *
 * The browser's own EventSource reconnect is not used: it retries every few seconds forever,
 * whatever the server answers, so a console left open through an outage would keep hitting
 * a server that is down. Here every failure closes the stream, and the next attempt waits
 * for an exponentially growing, jittered delay, so clients that lost the same server do not
 * come back in step.
 */

export interface ChangeFeedOptions {
  /** Send cookies to another origin (`EventSource`'s `withCredentials`). Default false. */
  withCredentials?: boolean;
  /** The longest wait before the first reconnect, ms; the wait doubles with each failure in a row. Default 1 000. */
  minDelayMs?: number;
  /** The longest wait between reconnects, ms, however many failures in a row. Default 60 000. */
  maxDelayMs?: number;
}

export const DEFAULT_MIN_DELAY_MS = 1_000;
export const DEFAULT_MAX_DELAY_MS = 60_000;

/**
 * Opens the change feed at `url` and calls `onChange` for each change it reports, until the
 * returned function is called. At most one stream is open at a time; after the returned
 * function, none is, and no timer is left.
 */
export function openChangeFeed(
  url: string,
  onChange: (change: CreditChange) => void,
  options: ChangeFeedOptions = {},
): () => void {
  const withCredentials = options.withCredentials ?? false;
  const minDelay = Math.max(1, options.minDelayMs ?? DEFAULT_MIN_DELAY_MS);
  const maxDelay = Math.max(minDelay, options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS);
  let source: EventSource | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let stopped = false;

  const connect = () => {
    timer = undefined;
    const stream = new EventSource(url, { withCredentials });
    source = stream;
    stream.onopen = () => {
      failures = 0;
    };
    stream.onmessage = (event: MessageEvent) => {
      const change = parseChange(event.data);
      if (change) onChange(change);
    };
    stream.onerror = () => {
      stream.close();
      source = undefined;
      if (!stopped) timer = setTimeout(connect, reconnectDelay(failures++, minDelay, maxDelay));
    };
  };

  connect();
  return () => {
    stopped = true;
    clearTimeout(timer);
    timer = undefined;
    source?.close();
    source = undefined;
  };
}

/**
 * The wait before reconnect attempt `failures + 1`: a ceiling of `minDelay · 2^failures`
 * capped at `maxDelay`, and a random point in its upper half ("equal jitter"). The upper
 * half keeps a floor under every wait, so attempts never bunch up, while the random part
 * spreads out clients that failed together. Each wait is at least the one before it.
 */
export function reconnectDelay(failures: number, minDelay: number, maxDelay: number, random = Math.random): number {
  const ceiling = Math.min(maxDelay, minDelay * 2 ** failures);
  return ceiling / 2 + (random() * ceiling) / 2;
}

/**
 * A message's data as a change. Data that is not a JSON object with a `sections` list
 * means "anything may have changed" (`{}`): refetching too much costs a request, missing a
 * change would leave wrong figures on screen. Unknown section names (a newer server's) are
 * dropped; `undefined` when none of the named sections is one this kit shows.
 */
export function parseChange(data: unknown): CreditChange | undefined {
  let value: unknown;
  try {
    value = JSON.parse(String(data));
  } catch {
    return {};
  }
  const sections = typeof value === 'object' && value !== null ? (value as { sections?: unknown }).sections : undefined;
  if (!Array.isArray(sections)) return {};
  const known = CREDIT_SECTIONS.filter((section: CreditSection) => sections.includes(section));
  return known.length > 0 ? { sections: known } : undefined;
}
