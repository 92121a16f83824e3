/*
 * Deterministic bench data: the same seed gives the same data on every run and machine.
 * Each scenario gets a first set (create) and a second set of the same size (update), whose
 * values differ so that every contender has to redraw.
 */
import type { CreditFeature, HistoryPoint, OfferingAllocation } from '../../src/data/types.js';

/** Every data set is "as of" this moment, so results never depend on the day of the run. */
export const AS_OF = new Date('2026-11-26T09:00:00Z');
export const AS_OF_DAY = '2026-11-26';
const DAY_MS = 86_400_000;

/** mulberry32: a tiny seeded generator, good enough for plausible-looking figures. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The day `days - 1` days before the as-of day: the first day of a period of `days` days. */
export function firstDay(days: number): string {
  return isoDay(Date.parse(`${AS_OF_DAY}T00:00:00Z`) - (days - 1) * DAY_MS);
}

/**
 * One point per day for `days` days ending on the as-of day. Valid credits change in steps
 * (grants starting and ending), allocated credits grow in steps and now and then exceed them.
 */
export function historyPoints(days: number, seed: number): HistoryPoint[] {
  const rand = random(seed);
  const start = Date.parse(`${firstDay(days)}T00:00:00Z`);
  let valid = 400_000 + Math.round(rand() * 200_000);
  let allocated = Math.round(valid * 0.5);
  const points: HistoryPoint[] = [];
  for (let i = 0; i < days; i++) {
    if (rand() < 1 / 45) valid = Math.max(100_000, valid + Math.round((rand() - 0.4) * 150_000));
    if (rand() < 1 / 12) allocated = Math.max(0, allocated + Math.round((rand() - 0.35) * 40_000));
    points.push({ date: isoDay(start + i * DAY_MS), totalValid: valid, allocated });
  }
  return points;
}

const OFFERING_NAMES = [
  'Endpoint Security',
  'Email and Collaboration Security',
  'Network Security',
  'Cloud Security',
  'Attack Surface Risk Management',
  'Zero Trust Secure Access',
  'Mobile Security',
  'XDR / Threat Intelligence',
  'Identity Security',
  'Data Security',
  'OT Security',
  'Container Security',
] as const;

/** `count` offerings (at most 12), each with two to five allocated features. */
export function allocations(count: number, seed: number): OfferingAllocation[] {
  const rand = random(seed);
  return OFFERING_NAMES.slice(0, count).map((name, o) => ({
    offeringId: `offering-${o}`,
    offeringName: name,
    features: Array.from({ length: 2 + Math.floor(rand() * 4) }, (_, f) => ({
      featureId: `offering-${o}-feature-${f}`,
      featureName: `${name} feature ${f + 1}`,
      credits: 1_000 + Math.round(rand() * 60_000),
    })),
  }));
}

const ADJECTIVES = ['Adaptive', 'Agentless', 'Behavioral', 'Cloud', 'Contextual', 'Managed', 'Predictive', 'Unified', 'Virtual', 'Zero-day'];
const NOUNS = ['Sensor', 'Gateway', 'Posture', 'Detection', 'Response', 'Inspection', 'Protection', 'Discovery', 'Analytics', 'Control'];
const UNITS = ['endpoint', 'seat', 'user', 'mailbox', 'Gbps', 'workload', 'account'];
const PHRASES = [
  'Collects telemetry from managed devices',
  'Correlates detections across layers',
  'Blocks known exploits inline',
  'Reports risky configurations',
  'Enforces access policies per user',
  'Runs playbooks after an alert',
];

/**
 * `count` features over 12 offerings: about 70 % billed in credits (a third of them
 * allocated), the rest pay-as-you-go. Names are unique; a different seed gives other names
 * and figures, so sorting and every visible row change.
 */
export function features(count: number, seed: number): CreditFeature[] {
  const rand = random(seed);
  return Array.from({ length: count }, (_, i): CreditFeature => {
    const offering = i % OFFERING_NAMES.length;
    const name = `${pick(rand, ADJECTIVES)} ${pick(rand, NOUNS)} ${String(Math.floor(rand() * 1e6)).padStart(6, '0')}-${i}`;
    const base = {
      id: `feature-${i}`,
      name,
      description: `${pick(rand, PHRASES)}; ${pick(rand, PHRASES).toLowerCase()}.`,
      offeringId: `offering-${offering}`,
      offeringName: OFFERING_NAMES[offering]!,
    };
    if (rand() < 0.3) {
      return { ...base, requirement: null, billing: 'pay-as-you-go', allocated: 0, appUrl: `https://console.example.com/app/${i}` };
    }
    const credits = 5 + Math.floor(rand() * 300);
    return {
      ...base,
      requirement: { credits, per: pick(rand, UNITS), period: rand() < 0.8 ? 'year' : 'month' },
      billing: 'credits',
      allocated: rand() < 0.33 ? credits * (1 + Math.floor(rand() * 500)) : 0,
    };
  });
}
