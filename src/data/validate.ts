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
import { isCalendarDay, isDateTime } from './days.js';
import { MAX_CREDITS, MAX_HUNDREDTHS, roundCredits, toHundredths } from './credits.js';

/*
 * Every provider answer passes through here before any widget sees it. A validator returns a
 * clean copy holding only the contract's fields (extra fields are dropped, so nothing a
 * widget renders comes from outside the contract) or throws a CreditValidationError whose
 * path points at the first bad field.
 *
 * The words describing a bad value avoid "NaN", "null", "undefined" and "Infinity": these
 * messages reach logs and the widgets' error details, where those tokens would read as a bug.
 *
 * Credits are exact to the hundredth (src/data/credits.ts): every credit value is rounded to
 * the hundredth here, and every total a widget shows is checked to stay within MAX_CREDITS,
 * so no sum the kit computes is ever rounded by the double that holds it.
 */

/**
 * Reads an answer field by field. It keeps where it stands (list indexes and field names
 * from the section down) as a trail, and writes a path (`allocations[1].features[2].credits`)
 * only for a message: building one per field cost more than checking it, on 10,000 features.
 * Each method's `key` names its value where the checker stands; without one, the value is
 * the one the checker stands on (a list item, the section itself).
 */
class Checker {
  private readonly trail: (string | number)[] = [];

  constructor(readonly section: CreditSection) {}

  /** The path of `key` where the checker stands, as a message names it. */
  path(key?: string): string {
    let path: string = this.section;
    for (const step of this.trail) path += typeof step === 'number' ? `[${step}]` : `.${step}`;
    return key === undefined ? path : `${path}.${key}`;
  }

  fail(key: string | undefined, problem: string): never {
    throw new CreditValidationError(this.section, this.path(key), problem);
  }

  /** Checks `read` standing on the field `key` (an object inside an object). */
  within<T>(key: string, read: () => T): T {
    this.trail.push(key);
    const result = read();
    this.trail.pop();
    return result;
  }

  object(value: unknown, key?: string): Record<string, unknown> {
    if (value === undefined) this.fail(key, 'is missing');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(key, `must be an object (got ${describe(value)})`);
    }
    return value as Record<string, unknown>;
  }

  /**
   * Each element of a list (`key` undefined: the section's own list), checked by `each`
   * standing on it. A hole (a sparse array's missing
   * index, which `map` and `forEach` skip) is a missing element: passed on, it would break a
   * widget later.
   */
  list<T>(value: unknown, key: string | undefined, each: (item: unknown) => T): T[] {
    if (value === undefined) this.fail(key, 'is missing');
    if (!Array.isArray(value)) this.fail(key, `must be an array (got ${describe(value)})`);
    if (key !== undefined) this.trail.push(key);
    const result: T[] = [];
    for (let i = 0; i < value.length; i++) {
      this.trail.push(i);
      if (!(i in value)) this.fail(undefined, 'is missing (the list has a hole there)');
      result.push(each(value[i]));
      this.trail.pop();
    }
    if (key !== undefined) this.trail.pop();
    return result;
  }

  string(value: unknown, key: string, { nonEmpty = false } = {}): string {
    if (value === undefined) this.fail(key, 'is missing');
    if (typeof value !== 'string') this.fail(key, `must be a string (got ${describe(value)})`);
    if (nonEmpty && value.trim() === '') this.fail(key, 'must not be empty');
    return value;
  }

  /**
   * A count of credits: finite, never negative, at most MAX_CREDITS, rounded to the hundredth
   * (so 1e-10 and denormals are 0, and -0, which Intl prints as "-0", is 0).
   */
  credits(value: unknown, key: string): number {
    if (value === undefined) this.fail(key, 'is missing');
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      this.fail(key, `must be a finite number ≥ 0 (got ${describe(value)})`);
    }
    if (value > MAX_CREDITS) this.fail(key, `must be at most ${MAX_CREDITS} (got ${describe(value)})`);
    return roundCredits(value);
  }

  oneOf<T extends string>(value: unknown, key: string, allowed: readonly T[]): T {
    if (value === undefined) this.fail(key, 'is missing');
    if (!allowed.includes(value as T)) {
      this.fail(key, `must be one of ${allowed.map((a) => `"${a}"`).join(', ')} (got ${describe(value)})`);
    }
    return value as T;
  }

  /** A calendar day, `YYYY-MM-DD`, that exists (no 2026-02-30). */
  day(value: unknown, key: string): string {
    const text = this.string(value, key);
    if (!isCalendarDay(text)) this.fail(key, `must be a date as YYYY-MM-DD (got ${describe(value)})`);
    return text;
  }

  /** An ISO 8601 date-time with a zone naming a real instant (no 2023-02-29T10:00:00Z, no 24:00). */
  dateTime(value: unknown, key: string): string {
    const text = this.string(value, key);
    if (!isDateTime(text)) {
      this.fail(key, `must be an ISO 8601 date-time such as 2026-11-26T09:00:00Z (got ${describe(value)})`);
    }
    return text;
  }

  /**
   * Fails on the second occurrence of an id among the items of one list, naming where the
   * first one stands. `seen` maps each id to the index of the item it was first found in.
   */
  unique(seen: Map<string, number>, id: string, key: string): void {
    const at = this.trail.length - 1;
    const here = this.trail[at] as number;
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, here);
      return;
    }
    this.trail[at] = first;
    const firstPath = this.path(key);
    this.trail[at] = here;
    this.fail(key, `must be unique (got ${describe(id)}, also at ${firstPath})`);
  }
}

/**
 * Adds credits up in whole hundredths and fails as soon as the total passes MAX_CREDITS, the
 * most any total can hold exactly. `what` names the credits added ("allocated credits").
 */
class CreditTotal {
  private hundredths = 0;
  constructor(
    private readonly c: Checker,
    private readonly what: string,
  ) {}

  /** Adds the credits at `key` where the checker stands; the error stands on the section. */
  add(credits: number, key: string): void {
    this.hundredths += toHundredths(credits);
    if (this.hundredths > MAX_HUNDREDTHS) {
      const at = this.c.path(key);
      throw new CreditValidationError(this.c.section, this.c.section, `add up to more than ${MAX_CREDITS} ${this.what}, the most a total can hold exactly (passed at ${at})`);
    }
  }
}

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
  const o = c.object(value);
  return {
    totalValid: c.credits(o.totalValid, 'totalValid'),
    allocated: c.credits(o.allocated, 'allocated'),
    asOf: c.dateTime(o.asOf, 'asOf'),
  };
}

export function validateGrants(value: unknown): CreditGrant[] {
  const c = new Checker('grants');
  const ids = new Map<string, number>();
  const grants = c.list(value, undefined, (item): CreditGrant => {
    const o = c.object(item);
    const id = c.string(o.id, 'id', { nonEmpty: true });
    c.unique(ids, id, 'id');
    const startDate = c.day(o.startDate, 'startDate');
    const endDate = c.day(o.endDate, 'endDate');
    if (endDate < startDate) {
      c.fail('endDate', `must not be before startDate ${startDate} (got ${describe(endDate)})`);
    }
    return {
      id,
      name: c.string(o.name, 'name'),
      credits: c.credits(o.credits, 'credits'),
      source: c.oneOf(o.source, 'source', GRANT_SOURCES),
      startDate,
      endDate,
    };
  });
  checkValidTotals(c, grants);
  return grants;
}

/**
 * The credits valid on a day (every grant with startDate ≤ day ≤ endDate) are a total the
 * widgets show: it must stay within MAX_CREDITS on every day. The total only grows on a day
 * some grant starts, so those are the days to check; BigInt keeps the running sum exact
 * however many grants overlap.
 */
function checkValidTotals(c: Checker, grants: readonly CreditGrant[]): void {
  const starting = new Map<string, bigint>();
  const ending = new Map<string, bigint>();
  const add = (days: Map<string, bigint>, day: string, hundredths: bigint) => days.set(day, (days.get(day) ?? 0n) + hundredths);
  for (const grant of grants) {
    const hundredths = BigInt(toHundredths(grant.credits));
    add(starting, grant.startDate, hundredths);
    add(ending, grant.endDate, hundredths);
  }
  let valid = 0n;
  for (const day of [...new Set([...starting.keys(), ...ending.keys()])].sort()) {
    valid += starting.get(day) ?? 0n;
    if (valid > BigInt(MAX_HUNDREDTHS)) {
      c.fail(undefined, `valid on ${day} add up to more than ${MAX_CREDITS} credits, the most a total can hold exactly`);
    }
    valid -= ending.get(day) ?? 0n;
  }
}

export function validateAllocations(value: unknown): OfferingAllocation[] {
  const c = new Checker('allocations');
  const offeringIds = new Map<string, number>();
  // The donut's centre shows the credits of every feature of every offering added up.
  const total = new CreditTotal(c, 'credits');
  return c.list(value, undefined, (item): OfferingAllocation => {
    const o = c.object(item);
    const offeringId = c.string(o.offeringId, 'offeringId', { nonEmpty: true });
    c.unique(offeringIds, offeringId, 'offeringId');
    const featureIds = new Map<string, number>();
    const features = c.list(o.features, 'features', (entry): FeatureAllocation => {
      const f = c.object(entry);
      const featureId = c.string(f.featureId, 'featureId', { nonEmpty: true });
      c.unique(featureIds, featureId, 'featureId');
      const credits = c.credits(f.credits, 'credits');
      total.add(credits, 'credits');
      return { featureId, featureName: c.string(f.featureName, 'featureName'), credits };
    });
    return {
      offeringId,
      offeringName: c.string(o.offeringName, 'offeringName'),
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
  const days = new Map<string, number>();
  const points = c.list(value, undefined, (item): HistoryPoint => {
    const o = c.object(item);
    const date = c.day(o.date, 'date');
    c.unique(days, date, 'date');
    if (date < period.from || date > period.to) {
      c.fail('date', `must be within the period ${period.from} to ${period.to} (got ${describe(date)})`);
    }
    return {
      date,
      totalValid: c.credits(o.totalValid, 'totalValid'),
      allocated: c.credits(o.allocated, 'allocated'),
    };
  });
  return points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function validateFeatures(value: unknown): CreditFeature[] {
  const c = new Checker('features');
  const ids = new Map<string, number>();
  // The credits allocated to all features add up to a total like the donut's.
  const allocated = new CreditTotal(c, 'allocated credits');
  return c.list(value, undefined, (item): CreditFeature => {
    const o = c.object(item);
    const id = c.string(o.id, 'id', { nonEmpty: true });
    c.unique(ids, id, 'id');
    const feature: CreditFeature = {
      id,
      name: c.string(o.name, 'name', { nonEmpty: true }),
      description: c.string(o.description, 'description'),
      offeringId: c.string(o.offeringId, 'offeringId', { nonEmpty: true }),
      offeringName: c.string(o.offeringName, 'offeringName'),
      requirement: requirement(c, o.requirement),
      billing: c.oneOf(o.billing, 'billing', ['credits', 'pay-as-you-go'] as const),
      allocated: c.credits(o.allocated, 'allocated'),
    };
    allocated.add(feature.allocated, 'allocated');
    if (o.appUrl !== undefined) feature.appUrl = c.string(o.appUrl, 'appUrl');
    return feature;
  });
}

function requirement(c: Checker, value: unknown): CreditRequirement | null {
  if (value === null) return null;
  const o = c.object(value, 'requirement');
  return c.within('requirement', () => {
    const result: CreditRequirement = { credits: c.credits(o.credits, 'credits') };
    if (o.per !== undefined) result.per = c.string(o.per, 'per', { nonEmpty: true });
    if (o.period !== undefined) result.period = c.oneOf(o.period, 'period', ['year', 'month'] as const);
    return result;
  });
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

/**
 * What is wrong with a value a host gave as a data provider (`name`: where it was given,
 * e.g. `The provider property`), or undefined when it is an object a cache can read. A
 * string, number or boolean there would otherwise fail deep inside the cache ("Invalid value
 * used as weak map key"). A method it lacks is reported by the section that needs it.
 */
export function providerProblem(value: unknown, name: string): string | undefined {
  if ((typeof value === 'object' && value !== null) || typeof value === 'function') return undefined;
  return `${name} must be a data provider: an object with getSummary, getGrants, getAllocations, getHistory and getFeatures methods (got ${describe(value)})`;
}

/**
 * Whether text holds nothing but white space, control and format characters (NBSP, tabs, a
 * BOM, zero-width spaces, bidi marks): text a URL parser or a reader would take as empty.
 */
export function isBlank(text: string): boolean {
  return /^[\p{White_Space}\p{Cc}\p{Cf}]*$/u.test(text);
}
