import { CreditValidationError } from './errors.js';
import {
  GRANT_SOURCES,
  type CreditFeature,
  type CreditGrant,
  type CreditRequirement,
  type CreditSection,
  type CreditSummary,
  type FeatureAllocation,
  type HistoryPoint,
  type OfferingAllocation,
  type SectionValues,
} from './types.js';
import { isCalendarDay } from './days.js';

/*
 * Every provider answer passes through here before any widget sees it. A validator returns a
 * clean copy holding only the contract's fields (extra fields are dropped, so nothing a
 * widget renders comes from outside the contract) or throws a CreditValidationError whose
 * path points at the first bad field.
 *
 * The words describing a bad value avoid "NaN", "null", "undefined" and "Infinity": these
 * messages are shown to console users, who must never read those tokens on screen.
 */

type Path = string;

class Checker {
  constructor(readonly section: CreditSection) {}

  fail(path: Path, problem: string): never {
    throw new CreditValidationError(this.section, path, problem);
  }

  object(value: unknown, path: Path): Record<string, unknown> {
    if (value === undefined) this.fail(path, 'is missing');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(path, `must be an object (got ${describe(value)})`);
    }
    return value as Record<string, unknown>;
  }

  array(value: unknown, path: Path): unknown[] {
    if (value === undefined) this.fail(path, 'is missing');
    if (!Array.isArray(value)) this.fail(path, `must be an array (got ${describe(value)})`);
    return value;
  }

  string(value: unknown, path: Path, { nonEmpty = false } = {}): string {
    if (value === undefined) this.fail(path, 'is missing');
    if (typeof value !== 'string') this.fail(path, `must be a string (got ${describe(value)})`);
    if (nonEmpty && value.trim() === '') this.fail(path, 'must not be empty');
    return value;
  }

  /** A count of credits: finite, never negative, and small enough to add up without overflowing. */
  credits(value: unknown, path: Path): number {
    if (value === undefined) this.fail(path, 'is missing');
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      this.fail(path, `must be a finite number ≥ 0 (got ${describe(value)})`);
    }
    if (value > MAX_CREDITS) this.fail(path, `must be at most ${MAX_CREDITS} (got ${describe(value)})`);
    // JSON can carry -0, which Intl prints as "-0": a count of credits has no sign.
    return value === 0 ? 0 : value;
  }

  oneOf<T extends string>(value: unknown, path: Path, allowed: readonly T[]): T {
    if (value === undefined) this.fail(path, 'is missing');
    if (!allowed.includes(value as T)) {
      this.fail(path, `must be one of ${allowed.map((a) => `"${a}"`).join(', ')} (got ${describe(value)})`);
    }
    return value as T;
  }

  /** A calendar day, `YYYY-MM-DD`, that exists (no 2026-02-30). */
  day(value: unknown, path: Path): string {
    const text = this.string(value, path);
    if (!isCalendarDay(text)) this.fail(path, `must be a date as YYYY-MM-DD (got ${describe(value)})`);
    return text;
  }

  dateTime(value: unknown, path: Path): string {
    const text = this.string(value, path);
    if (!ISO_DATE_TIME.test(text) || Number.isNaN(Date.parse(text))) {
      this.fail(path, `must be an ISO 8601 date-time such as 2026-11-26T09:00:00Z (got ${describe(value)})`);
    }
    return text;
  }

  /** Fails on the second occurrence of an id, naming where the first one stands. */
  unique(ids: Map<string, Path>, id: string, path: Path): void {
    const first = ids.get(id);
    if (first !== undefined) this.fail(path, `must be unique (got ${describe(id)}, also at ${first})`);
    ids.set(id, path);
  }
}

/**
 * Above this, whole credits are no longer exact in a double, so no total or balance shown
 * could be trusted; and two answers near Number.MAX_VALUE would add up to Infinity.
 */
export const MAX_CREDITS = Number.MAX_SAFE_INTEGER;

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Names a bad value in words a console user can read (see the note at the top). */
export function describe(value: unknown): string {
  if (value === null) return 'an empty value';
  if (value === undefined) return 'nothing';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'not-a-number';
    if (!Number.isFinite(value)) return value > 0 ? 'an infinite number' : 'a negative infinite number';
    return String(value);
  }
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `the text ${JSON.stringify(shown)}`;
  }
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

export function validateSummary(value: unknown): CreditSummary {
  const c = new Checker('summary');
  const o = c.object(value, 'summary');
  return {
    totalValid: c.credits(o.totalValid, 'summary.totalValid'),
    allocated: c.credits(o.allocated, 'summary.allocated'),
    asOf: c.dateTime(o.asOf, 'summary.asOf'),
  };
}

export function validateGrants(value: unknown): CreditGrant[] {
  const c = new Checker('grants');
  const ids = new Map<string, Path>();
  return c.array(value, 'grants').map((item, i) => {
    const path = `grants[${i}]`;
    const o = c.object(item, path);
    const id = c.string(o.id, `${path}.id`, { nonEmpty: true });
    c.unique(ids, id, `${path}.id`);
    const startDate = c.day(o.startDate, `${path}.startDate`);
    const endDate = c.day(o.endDate, `${path}.endDate`);
    if (endDate < startDate) {
      c.fail(`${path}.endDate`, `must not be before startDate ${startDate} (got ${describe(endDate)})`);
    }
    return {
      id,
      name: c.string(o.name, `${path}.name`),
      credits: c.credits(o.credits, `${path}.credits`),
      source: c.oneOf(o.source, `${path}.source`, GRANT_SOURCES),
      startDate,
      endDate,
    };
  });
}

export function validateAllocations(value: unknown): OfferingAllocation[] {
  const c = new Checker('allocations');
  const offeringIds = new Map<string, Path>();
  return c.array(value, 'allocations').map((item, i) => {
    const path = `allocations[${i}]`;
    const o = c.object(item, path);
    const offeringId = c.string(o.offeringId, `${path}.offeringId`, { nonEmpty: true });
    c.unique(offeringIds, offeringId, `${path}.offeringId`);
    const featureIds = new Map<string, Path>();
    const features = c.array(o.features, `${path}.features`).map((entry, j): FeatureAllocation => {
      const fpath = `${path}.features[${j}]`;
      const f = c.object(entry, fpath);
      const featureId = c.string(f.featureId, `${fpath}.featureId`, { nonEmpty: true });
      c.unique(featureIds, featureId, `${fpath}.featureId`);
      return {
        featureId,
        featureName: c.string(f.featureName, `${fpath}.featureName`),
        credits: c.credits(f.credits, `${fpath}.credits`),
      };
    });
    return {
      offeringId,
      offeringName: c.string(o.offeringName, `${path}.offeringName`),
      features,
    };
  });
}

/**
 * History for the period `from`–`to` (inclusive). Unsorted input is sorted; a duplicate day
 * or a day outside the period is an error, since either means the backend answered a
 * different question than the one asked.
 */
export function validateHistory(value: unknown, period: { from: string; to: string }): HistoryPoint[] {
  const c = new Checker('history');
  const days = new Map<string, Path>();
  const points = c.array(value, 'history').map((item, i): HistoryPoint => {
    const path = `history[${i}]`;
    const o = c.object(item, path);
    const date = c.day(o.date, `${path}.date`);
    c.unique(days, date, `${path}.date`);
    if (date < period.from || date > period.to) {
      c.fail(`${path}.date`, `must be within the period ${period.from} to ${period.to} (got ${describe(date)})`);
    }
    return {
      date,
      totalValid: c.credits(o.totalValid, `${path}.totalValid`),
      allocated: c.credits(o.allocated, `${path}.allocated`),
    };
  });
  return points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function validateFeatures(value: unknown): CreditFeature[] {
  const c = new Checker('features');
  const ids = new Map<string, Path>();
  return c.array(value, 'features').map((item, i) => {
    const path = `features[${i}]`;
    const o = c.object(item, path);
    const id = c.string(o.id, `${path}.id`, { nonEmpty: true });
    c.unique(ids, id, `${path}.id`);
    const feature: CreditFeature = {
      id,
      name: c.string(o.name, `${path}.name`, { nonEmpty: true }),
      description: c.string(o.description, `${path}.description`),
      offeringId: c.string(o.offeringId, `${path}.offeringId`, { nonEmpty: true }),
      offeringName: c.string(o.offeringName, `${path}.offeringName`),
      requirement: requirement(c, o.requirement, `${path}.requirement`),
      billing: c.oneOf(o.billing, `${path}.billing`, ['credits', 'pay-as-you-go'] as const),
      allocated: c.credits(o.allocated, `${path}.allocated`),
    };
    if (o.appUrl !== undefined) feature.appUrl = c.string(o.appUrl, `${path}.appUrl`);
    return feature;
  });
}

function requirement(c: Checker, value: unknown, path: Path): CreditRequirement | null {
  if (value === null) return null;
  const o = c.object(value, path);
  const result: CreditRequirement = { credits: c.credits(o.credits, `${path}.credits`) };
  if (o.per !== undefined) result.per = c.string(o.per, `${path}.per`, { nonEmpty: true });
  if (o.period !== undefined) result.period = c.oneOf(o.period, `${path}.period`, ['year', 'month'] as const);
  return result;
}

/** The validator of each section; history also needs the period it was asked for. */
export function validateSection<S extends keyof SectionValues>(
  section: S,
  value: unknown,
  period?: { from: string; to: string },
): SectionValues[S] {
  switch (section) {
    case 'summary':
      return validateSummary(value) as SectionValues[S];
    case 'grants':
      return validateGrants(value) as SectionValues[S];
    case 'allocations':
      return validateAllocations(value) as SectionValues[S];
    case 'history':
      if (!period) throw new Error('validateSection("history") needs the period it was asked for');
      return validateHistory(value, period) as SectionValues[S];
    default:
      return validateFeatures(value) as SectionValues[S];
  }
}
