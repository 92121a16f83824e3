import fc from 'fast-check';
import { GRANT_SOURCES } from '../../src/data/types.js';
import { FORBIDDEN } from './scan.js';
import { addDays } from '../../src/data/days.js';
import { MAX_CREDITS } from '../../src/data/credits.js';

/*
 * Provider answers for the property tests: valid data of every shape (empty, huge, unsorted,
 * extreme figures, fractions at the edge of rounding, denormals, values whose sums pass what
 * a total can hold and 2^53, right-to-left and emoji text, hostile URLs), then zero to two
 * hostile mutations at random places (a field set to NaN or a numeric string, a field
 * deleted, a hole left in a list, an extra field, an element duplicated, a section
 * replaced). Half the answers stay valid, so both the correct output and the error path are
 * exercised on every run.
 */

export const DAY = '2026-11-26';

/** Text a backend may send. Never one holding a forbidden token: the scan must not flag data. */
export const text = fc
  .oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        'Endpoint Sensor',
        'שלום עולם',
        'مستشعر نقطة النهاية',
        '🛡️ Zero Trust 👩‍💻🇯🇵',
        'Ｅｎｄｐｏｉｎｔ　ｓｅｃｕｒｉｔｙ',
        '\u202Eevil\u202C mirrored',
        'e\u0301\u0301\u0301 combining',
        '  padded  ',
        '{amount} {unit} {name}',
        '',
      ),
    },
    { weight: 1, arbitrary: fc.integer({ min: 200, max: 20_000 }).map((n) => 'Very long text '.repeat(n / 15 + 1).slice(0, n)) },
  )
  .filter((value) => !FORBIDDEN.test(value));

/** Ids that pass validation; mutations produce the bad ones. */
const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);

/**
 * Credits as backends send them: whole, to the hundredth, with a third decimal of 5 (whose
 * double lies just below or above the half: 2.675, 1.005), float sums (0.1 + 0.2), values too
 * small to be a hundredth (1e-10, denormals), zero, negative zero, values near the most a
 * total can hold (a few of them add up past it, a few thousand past 2^53), and beyond it.
 */
export const credits = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 5_000_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 100_000_000 }).map((n) => n / 100) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map((n) => (n * 10 + 5) / 1000) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(0, -0, 2.675, 1.005, 0.125, 8.345, 0.015, 0.1 + 0.2, 0.7 + 0.1, 1e-10, 5e-324, 2.2250738585072014e-308, 0.005, 0.0049999),
  },
  { weight: 1, arbitrary: fc.integer({ min: 2 ** 44, max: MAX_CREDITS }) },
  { weight: 1, arbitrary: fc.constantFrom(MAX_CREDITS, MAX_CREDITS + 1, 1e18, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 1e300, Number.MAX_VALUE) },
);

/** Values no field of the contract accepts as they are (except by accident of the field's type). */
export const hostileValue = fc.oneof(
  fc.constantFrom<unknown>(
    NaN,
    Infinity,
    -Infinity,
    -1,
    -0.01,
    1e18,
    Number.MAX_VALUE,
    '12',
    '1e3',
    'NaN',
    null,
    undefined,
    true,
    {},
    [],
    '',
    '2026-02-30',
    '2026-11-26T25:00:00Z',
    '2023-02-29T10:00:00Z',
  ),
  text,
);

const day = (from: number, to: number) => fc.integer({ min: from, max: to }).map((offset) => addDays(DAY, offset));

/** Date-times that name no instant: a day that does not exist, 24:00, a 60th minute or second, an offset past ±14:00. */
export const invalidDateTime = fc.constantFrom(
  '2023-02-29T10:00:00Z',
  '2026-04-31T12:00:00Z',
  '2026-11-26T24:00:00Z',
  '2026-11-26T23:60:00Z',
  '2026-11-26T23:59:60Z',
  '2026-11-26T10:00:00+14:30',
  '2026-11-26T10:00:00-15:00',
);

/** As-of times, many near midnight UTC, where the day depends on the zone; a few invalid. */
export const asOf = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      '2026-11-26T09:00:00Z',
      '2026-11-26T23:30:00-05:00',
      '2027-01-01T00:00:00+14:00',
      '2026-11-26T09:00:00.123456Z',
      '2026-11-26T23:59:59Z',
      '2026-11-27T00:00:00Z',
      '2026-11-26T10:30:00Z',
      '2028-02-29T23:45:00Z',
    ),
  },
  { weight: 1, arbitrary: invalidDateTime },
);

export const summary = fc.record({ totalValid: credits, allocated: credits, asOf });

export const grants = fc
  .uniqueArray(
    fc.record({
      id,
      name: text,
      credits,
      source: fc.constantFrom(...GRANT_SOURCES),
      days: fc.tuple(day(-800, 400), day(-800, 400)),
    }),
    { selector: (grant) => grant.id, maxLength: 8 },
  )
  .map((list) =>
    list.map(({ days, ...grant }) => {
      const [startDate, endDate] = days.sort();
      return { ...grant, startDate: startDate!, endDate: endDate! };
    }),
  );

const featureAllocations = fc.uniqueArray(fc.record({ featureId: id, featureName: text, credits }), {
  selector: (feature) => feature.featureId,
  maxLength: 5,
});

export const allocations = fc.uniqueArray(
  fc.record({ offeringId: id, offeringName: text, features: featureAllocations }),
  { selector: (offering) => offering.offeringId, maxLength: 14 },
);

/** Points for some days of the period, in random order (the validator sorts them). */
export function history(period: { from: string; to: string }) {
  const days = Array.from({ length: 365 }, (_, i) => addDays(period.from, i)).filter((d) => d <= period.to);
  return fc
    .oneof(
      { weight: 3, arbitrary: fc.shuffledSubarray(days, { maxLength: 40 }) },
      { weight: 1, arbitrary: fc.shuffledSubarray(days, { minLength: days.length - 5 }) },
    )
    .chain((chosen) =>
      fc.tuple(...chosen.map((date) => fc.record({ date: fc.constant(date), totalValid: credits, allocated: credits }))),
    );
}

/**
 * Link targets as a backend or a host may write them: fine, relative, script and data URLs,
 * backslash and protocol-relative spellings that lead elsewhere, and text a URL parser takes
 * as empty (it would link to the page itself).
 */
export const hostileUrl = fc.constantFrom(
  'https://console.example/app',
  'HTTPS://Console.Example/App?tab=usage#top',
  '/relative/app',
  'javascript:alert(1)',
  ' JavaScript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'not a url',
  '\\\\evil.example/x',
  '/\\evil.example/x',
  '//evil.example/x',
  'https://evil.example/x',
  '   ',
  '\u0000',
  '\u00a0\u200b',
  '\t\n',
  '',
);

const feature = fc.record(
  {
    id,
    name: text.filter((name) => name.trim() !== ''),
    description: text,
    offeringId: fc.constantFrom('endpoint', 'email', 'network', 'cloud', 'zero-trust'),
    offeringName: text,
    requirement: fc.option(
      fc.record({ credits, per: text.filter((unit) => unit.trim() !== ''), period: fc.constantFrom('year', 'month') }, { requiredKeys: ['credits'] }),
    ),
    billing: fc.constantFrom('credits', 'pay-as-you-go'),
    allocated: fc.oneof(fc.constant(0), credits),
    appUrl: hostileUrl,
  },
  { requiredKeys: ['id', 'name', 'description', 'offeringId', 'offeringName', 'requirement', 'billing', 'allocated'] },
);

export const features = fc.oneof(
  { weight: 5, arbitrary: fc.uniqueArray(feature, { selector: (f) => f.id, maxLength: 30 }) },
  // A huge catalog: one feature, many times, with ids made unique.
  {
    weight: 1,
    arbitrary: fc.tuple(feature, fc.integer({ min: 1_000, max: 5_000 })).map(([one, count]) => {
      // Short texts: five thousand copies of a 20,000-character description would only test memory.
      const short = { ...one, name: one.name.slice(0, 60), description: one.description.slice(0, 120) };
      return Array.from({ length: count }, (_, i) => ({ ...short, id: `f${i}` }));
    }),
  },
);

type Path = (string | number)[];

/** Every place in a value: the value itself, then each field and element, depth first. */
function paths(value: unknown, prefix: Path = []): Path[] {
  const found: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => found.push(...paths(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) found.push(...paths(item, [...prefix, key]));
  }
  return found;
}

type Container = Record<string | number, unknown>;

function at(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, key) => (value as Container)[key], root);
}

/** Defined as an own property, so that a key such as `__proto__` is data, not a prototype. */
function setOwn(target: Container, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export interface Mutation {
  kind: 'set' | 'delete' | 'hole' | 'extra' | 'duplicate';
  /** Chooses the place, modulo the number of places. */
  place: number;
  value: unknown;
  key: string;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('set', 'delete', 'hole', 'extra', 'duplicate'),
  place: fc.nat(),
  value: hostileValue,
  key: fc.constantFrom('extra', '__proto__', 'constructor', 'toString', 'comment'),
});

/** A copy of `section` with the mutation applied (the root itself may be replaced). */
export function mutate(section: unknown, { kind, place, value, key }: Mutation): unknown {
  const root = structuredClone(section);
  const all = paths(root);
  const path = all[place % all.length]!;
  if (path.length === 0) return kind === 'set' ? value : root;
  const parent = at(root, path.slice(0, -1)) as Container;
  const last = path[path.length - 1]!;
  switch (kind) {
    case 'set':
      setOwn(parent, last, value);
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
      break;
    case 'hole': {
      // The innermost list holding this place loses that element but keeps its length: a
      // sparse array, as a JavaScript provider makes with `delete list[i]` or `new Array(n)`.
      for (let i = path.length - 1; i >= 0; i--) {
        const list = at(root, path.slice(0, i));
        if (Array.isArray(list)) {
          delete list[path[i] as number];
          break;
        }
      }
      break;
    }
    case 'extra': {
      const target = at(root, path);
      setOwn(target !== null && typeof target === 'object' && !Array.isArray(target) ? (target as Container) : parent, key, value);
      break;
    }
    case 'duplicate': {
      // The innermost list holding this place gets one of its elements twice.
      for (let i = path.length - 1; i >= 0; i--) {
        const list = at(root, path.slice(0, i));
        if (Array.isArray(list)) {
          const index = path[i] as number;
          list.splice(place % (list.length + 1), 0, structuredClone(list[index]));
          break;
        }
      }
      break;
    }
  }
  return root;
}

/** A section's valid arbitrary, then zero to two mutations. */
export function hostile<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.oneof({ weight: 1, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 2 }) }))
    .map(([value, mutations]) => mutations.reduce<unknown>(mutate, value));
}
