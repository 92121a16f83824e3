/*
 * Exact credit arithmetic. Credits are exact to the hundredth: validation rounds every credit
 * value to the nearest hundredth, and every sum, difference and comparison here works in
 * whole hundredths, where a double is exact up to Number.MAX_SAFE_INTEGER. A float sum such as
 * 0.1 + 0.2 is 0.30000000000000004 and 0.3 − that is −5.6e-17 (a "-0" on screen, a balance
 * flagged as over-allocated); in hundredths they are 10 + 20 = 30 and 30 − 30 = 0.
 *
 * Rounding is done on the number's decimal text ("2.675" → 2.68, "1.005" → 1.01), half away
 * from zero, not on its binary value: 2.675 is stored as 2.67499999999999982…, so
 * Math.round(2.675 * 100) gives 267 where the reader, and Intl, expect 268.
 */

/** Hundredths of a credit per credit. */
const SCALE = 100;

/**
 * The most credits a value or any total the kit computes may hold: 2^46 − 1. Below 2^46 the
 * doubles are less than a hundredth apart, so every hundredth has its own double and prints
 * back as exactly that decimal; above it (up to MAX_SAFE_INTEGER / 100, where whole hundredths
 * still add up exactly) 90071992547408.99 would print as 90071992547408.98. In hundredths the
 * bound is far below MAX_SAFE_INTEGER, so no sum or difference of valid values is ever rounded.
 */
export const MAX_CREDITS = 2 ** 46 - 1;

/** The same bound in hundredths. */
export const MAX_HUNDREDTHS = MAX_CREDITS * SCALE;

/** A number's shortest decimal text split into digits and the place of its decimal point. */
function decimalDigits(magnitude: number): { digits: string; point: number } {
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(magnitude));
  if (!match) throw new RangeError(`credits must be a finite number (got ${String(magnitude)})`);
  const [, whole = '', fraction = '', exponent = '0'] = match;
  return { digits: whole + fraction, point: whole.length + Number(exponent) };
}

/** `value` in whole hundredths as a BigInt, rounded half away from zero on its decimal text. */
function hundredthsOf(value: number): bigint {
  if (Number.isInteger(value)) return BigInt(value) * 100n;
  const { digits, point } = decimalDigits(Math.abs(value));
  const cut = point + 2;
  const kept = cut <= 0 ? '0' : digits.slice(0, cut).padEnd(cut, '0');
  const next = cut < 0 ? '0' : (digits[cut] ?? '0');
  const magnitude = BigInt(kept) + (next >= '5' ? 1n : 0n);
  return value < 0 ? -magnitude : magnitude;
}

/**
 * The same hundredths without reading the decimal text, where that cannot change the result:
 * a whole number, or a modest value whose scaled fraction is not near a half. Below 1e9 the
 * double product differs from the decimal one by less than 3e-5, so outside 0.5 ± 1e-4 both
 * round the same way. Validation rounds every credit of a 10,000-feature catalog: this keeps
 * it at the cost it had before rounding.
 */
function quickHundredths(value: number): number | undefined {
  if (Number.isInteger(value)) return Math.abs(value) <= MAX_SAFE_HUNDREDTH_CREDITS ? value * SCALE : undefined;
  if (!(Math.abs(value) < 1e9)) return undefined;
  const scaled = Math.abs(value * SCALE);
  if (Math.abs(scaled - Math.trunc(scaled) - 0.5) <= 1e-4) return undefined;
  return value < 0 ? -Math.round(scaled) : Math.round(scaled);
}

/** Above this many whole credits, their hundredths pass MAX_SAFE_INTEGER. */
const MAX_SAFE_HUNDREDTH_CREDITS = Math.floor(Number.MAX_SAFE_INTEGER / SCALE);

/**
 * `value` in whole hundredths of a credit (2.675 → 268, −0.004 → 0), rounded half away from
 * zero on its decimal text. Exact up to MAX_SAFE_INTEGER hundredths; never −0.
 */
export function toHundredths(value: number): number {
  const hundredths = quickHundredths(value) ?? Number(hundredthsOf(value));
  return hundredths === 0 ? 0 : hundredths;
}

/**
 * Credits from whole hundredths (268 → 2.68): the double nearest to that decimal, which prints
 * as exactly that decimal for every amount up to MAX_CREDITS. Never −0.
 */
export function fromHundredths(hundredths: number): number {
  const credits = hundredths / SCALE;
  return credits === 0 ? 0 : credits;
}

/** `value` rounded to the hundredth (2.675 → 2.68, 1e-10 → 0), half away from zero. */
export function roundCredits(value: number): number {
  return fromHundredths(toHundredths(value));
}

/** The exact sum of credit values, to the hundredth. */
export function sumCredits(values: Iterable<number>): number {
  let hundredths = 0;
  for (const value of values) hundredths += toHundredths(value);
  return fromHundredths(hundredths);
}

/** `a − b`, exact to the hundredth (0.3 − (0.1 + 0.2) is 0, not −5.6e-17). */
export function subtractCredits(a: number, b: number): number {
  return fromHundredths(toHundredths(a) - toHundredths(b));
}

/** −1, 0 or 1 as `a` is less than, equal to or more than `b`, compared to the hundredth. */
export function compareCredits(a: number, b: number): -1 | 0 | 1 {
  const difference = toHundredths(a) - toHundredths(b);
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

/**
 * `part` as a fraction of `whole` (above 1 when the part is larger), or undefined when the
 * whole is 0 to the hundredth: a share of nothing has no meaning (and 1 / 1e-10 would print
 * as 10,000,000,000%).
 */
export function shareOf(part: number, whole: number): number | undefined {
  const base = toHundredths(whole);
  return base === 0 ? undefined : toHundredths(part) / base;
}

/**
 * Credits in plain decimal notation, exact to the hundredth: "2.68", "-109600", "0.3" (never
 * "1e-7", "0.30000000000000004" or "-0"). For CSV cells and for Intl, which formats such text
 * as the exact decimal it is.
 */
export function creditsText(value: number): string {
  const quick = quickHundredths(value);
  const hundredths = quick === undefined ? hundredthsOf(value) : BigInt(quick);
  const magnitude = hundredths < 0n ? -hundredths : hundredths;
  const whole = magnitude / 100n;
  const cents = Number(magnitude % 100n);
  const sign = hundredths < 0n ? '-' : '';
  if (cents === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
}

/**
 * Each part's share of their sum, rounded to `decimals` decimal places of a percent so that
 * the shown shares add up to exactly 100 % (largest remainder); all zeros when the sum is 0.
 */
export function roundedShares(parts: readonly number[], decimals = 0): number[] {
  const hundredths = parts.map(toHundredths);
  const total = hundredths.reduce((sum, part) => sum + part, 0);
  if (total <= 0) return parts.map(() => 0);
  const units = 100 * 10 ** decimals;
  const quotas = hundredths.map((part) => (part / total) * units);
  const floors = quotas.map(Math.floor);
  let left = units - floors.reduce((sum, unit) => sum + unit, 0);
  const byRemainder = quotas.map((quota, i) => ({ i, remainder: quota - floors[i]! })).sort((a, b) => b.remainder - a.remainder);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    floors[i]!++;
    left--;
  }
  return floors.map((unit) => unit / units);
}
