import { describe } from './validate.js';

/**
 * How long a provider may take to answer before a widget shows a timeout error. One default
 * for the shared cache, `<credit-provider timeout-ms>` and the HTTP provider, so a host that
 * sets one of them is never cut off earlier by another.
 */
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * The longest timeout: `setTimeout` (and `AbortSignal.timeout`) store the delay in 32 bits,
 * and a longer one fires at once instead of late (3,000,000,000 ms would time out immediately).
 */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** A timeout as given, checked: the milliseconds, or what is wrong with the value, in words. */
export type TimeoutSetting = { ms: number } | { problem: string };

/**
 * Reads a timeout from an attribute or an option: a whole number of milliseconds from 1 to
 * MAX_TIMEOUT_MS, as a number or as decimal text. Nothing (undefined, null, blank text) is
 * the default. `name` is how the host wrote the setting (`the timeout-ms attribute`), so the
 * problem names it.
 */
export function parseTimeoutMs(value: unknown, name: string): TimeoutSetting {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return { ms: DEFAULT_TIMEOUT_MS };
  }
  const ms = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof ms === 'number' && Number.isInteger(ms) && ms >= 1 && ms <= MAX_TIMEOUT_MS) return { ms };
  return { problem: `${name} must be a whole number of milliseconds from 1 to ${MAX_TIMEOUT_MS} (got ${describe(value)})` };
}

/** Like parseTimeoutMs, for code: a bad value throws a RangeError that names the setting. */
export function timeoutMsOption(value: unknown, name: string): number {
  const setting = parseTimeoutMs(value, name);
  if ('problem' in setting) throw new RangeError(setting.problem);
  return setting.ms;
}

/** A timeout in words for messages: "0.15 s", "30 s", "0.001 s" (never "0 s", "NaN s"). */
export function describeTimeout(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

