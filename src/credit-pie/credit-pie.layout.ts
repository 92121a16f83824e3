import { arc, pie } from 'd3-shape';
import type { FeatureAllocation, OfferingAllocation } from '../data/types.js';

/*
 * Pure maths behind <credit-pie>: which offerings get a slice, the slices' angles (every
 * slice at least a minimum angle, so a tiny offering stays visible), the donut's arc paths in
 * a square viewBox of a given size, and shares of the allocated total rounded so that the
 * shown percentages add up to exactly 100. The element only renders what this returns.
 */

/** Slices shown before the smallest offerings merge into "Other". */
export const DEFAULT_MAX_SLICES = 8;
/** The palette has this many colours (`--credit-series-1…12`), so no more slices than that. */
export const SERIES_COUNT = 12;
/** About 3.4°: at the smallest donut (about 120 px) still a few pixels of colour. */
export const MIN_SLICE_ANGLE = 0.06;
/** Shares are shown to a tenth of a percent ("4.9%"), so a small offering rarely reads 0. */
export const SHARE_DECIMALS = 1;
/**
 * The side of the square the element draws in. The SVG scales to the ring's box (at most
 * `--credit-pie-size`, 220px by default), so at that size one unit is one pixel.
 */
export const DRAWING_SIZE = 220;
/** How far a highlighted slice grows outwards, in drawing units (pixels at DRAWING_SIZE). */
export const HIGHLIGHT_GROWTH = 4;
/** Hole radius as a fraction of the outer radius: room for the centre total. */
export const INNER_RADIUS_RATIO = 0.64;

const TAU = 2 * Math.PI;
/** Below this the donut would have no ring left to draw. */
const MIN_SIZE = 40;
/** Room left around the ring for a grown slice and its outline. */
const EDGE = HIGHLIGHT_GROWTH + 2;

/** One offering as the legend lists it. */
export interface PieEntry {
  offeringId: string;
  /** The offering's name, or its id when the name is blank. */
  name: string;
  credits: number;
  /** Fraction (0…1) of the allocated total, already rounded to SHARE_DECIMALS of a percent. */
  share: number;
  /** Index of the slice that draws it (the "Other" slice for a merged offering). */
  slice: number;
}

export interface PieSlice {
  /** The offering's id, or null for the "Other" slice. */
  offeringId: string | null;
  /** Colour `--credit-series-N`, 1-based. */
  series: number;
  credits: number;
  /** Sum of its entries' rounded shares, so slices add up to 100 % as the legend does. */
  share: number;
  /** The offerings it draws: one, or every merged one for "Other". */
  entries: PieEntry[];
  startAngle: number;
  endAngle: number;
  /** SVG path in a viewBox centred on the donut's centre (see `viewBox`). */
  path: string;
  /** The same slice grown by HIGHLIGHT_GROWTH, for hover, focus and selection. */
  highlightPath: string;
  /** Middle of the ring along the slice, as fractions (0…1) of the donut's width and height. */
  anchor: { x: number; y: number };
}

export interface PieLayout {
  /** The size of the square the paths were drawn in (width = height). */
  size: number;
  viewBox: string;
  /** Sum of every offering's credits. */
  total: number;
  slices: PieSlice[];
  /** Every offering with credits, largest first: kept slices first, then the merged ones. */
  entries: PieEntry[];
}

export interface PieOptions {
  /** Width and height of the drawing's square (its viewBox). */
  size: number;
  maxSlices?: number;
  minAngle?: number;
}

/** The donut for `allocations`: offerings without credits get no slice and no legend entry. */
export function pieLayout(allocations: readonly OfferingAllocation[], options: PieOptions): PieLayout {
  const size = Number.isFinite(options.size) ? Math.max(MIN_SIZE, options.size) : MIN_SIZE;
  const half = size / 2;
  const offerings = offeringTotals(allocations).filter((offering) => offering.credits > 0);
  const total = sum(offerings.map((offering) => offering.credits));
  const shares = largestRemainder(
    offerings.map((offering) => offering.credits),
    SHARE_DECIMALS,
  );
  const { kept, merged } = groupSmallest(offerings.length, clampMaxSlices(options.maxSlices));

  const entries: PieEntry[] = offerings.map((offering, i) => ({
    offeringId: offering.offeringId,
    name: offering.name,
    credits: offering.credits,
    share: shares[i]!,
    slice: Math.min(i, kept),
  }));
  const groups = entries.slice(0, kept).map((entry) => [entry]);
  if (merged > 0) groups.push(entries.slice(kept));
  const groupCredits = groups.map((group) => sum(group.map((entry) => entry.credits)));

  const angles = sliceAngles(groupCredits, options.minAngle ?? MIN_SLICE_ANGLE);
  const arcs = pie<number>().sort(null).value((angle) => angle)(angles);
  const outerRadius = half - EDGE;
  const ring = arc<{ startAngle: number; endAngle: number }>()
    .innerRadius(outerRadius * INNER_RADIUS_RATIO)
    .outerRadius(outerRadius)
    .digits(2);
  const grown = arc<{ startAngle: number; endAngle: number }>()
    .innerRadius(outerRadius * INNER_RADIUS_RATIO)
    .outerRadius(outerRadius + HIGHLIGHT_GROWTH)
    .digits(2);

  const slices = groups.map((group, i): PieSlice => {
    const { startAngle, endAngle } = arcs[i]!;
    const span = { startAngle, endAngle };
    const [x, y] = ring.centroid(span);
    return {
      offeringId: merged > 0 && i === kept ? null : group[0]!.offeringId,
      series: i + 1,
      credits: groupCredits[i]!,
      share: shareSum(group.map((entry) => entry.share)),
      entries: group,
      startAngle,
      endAngle,
      path: ring(span) ?? '',
      highlightPath: grown(span) ?? '',
      anchor: { x: round4(0.5 + x / size), y: round4(0.5 + y / size) },
    };
  });

  return { size, viewBox: `${-half} ${-half} ${size} ${size}`, total, slices, entries };
}

export interface OfferingTotal {
  offeringId: string;
  /** The offering's name, or its id when the name is blank. */
  name: string;
  credits: number;
  features: readonly FeatureAllocation[];
}

/** Each offering's credits (the sum of its features'), largest first; ties keep their order. */
export function offeringTotals(allocations: readonly OfferingAllocation[]): OfferingTotal[] {
  return allocations
    .map((offering) => ({
      offeringId: offering.offeringId,
      name: offering.offeringName.trim() || offering.offeringId,
      credits: sum(offering.features.map((feature) => feature.credits)),
      features: offering.features,
    }))
    .sort((a, b) => b.credits - a.credits);
}

/** A usable slice limit: a whole number from 2 to SERIES_COUNT, the default when not a number. */
export function clampMaxSlices(maxSlices: number | undefined): number {
  if (maxSlices === undefined || !Number.isFinite(maxSlices)) return DEFAULT_MAX_SLICES;
  return Math.min(SERIES_COUNT, Math.max(2, Math.floor(maxSlices)));
}

/**
 * How `count` offerings (largest first) fit in `maxSlices`: the first `kept` get a slice
 * each, the last `merged` share the "Other" slice. "Other" always holds at least two: one
 * offering alone would simply get its own slice.
 */
export function groupSmallest(count: number, maxSlices: number): { kept: number; merged: number } {
  if (count <= maxSlices) return { kept: count, merged: 0 };
  return { kept: maxSlices - 1, merged: count - maxSlices + 1 };
}

/**
 * Angles (radians, adding up to a full turn) proportional to `values`, except that none is
 * smaller than `minAngle`: slices below it are raised to it and the rest share what is left,
 * repeated until no proportional slice falls below. The largest value always stays
 * proportional, so the angles always add up to a full turn.
 */
export function sliceAngles(values: readonly number[], minAngle: number): number[] {
  if (values.length === 0) return [];
  const least = Math.min(Math.max(0, minAngle), TAU / values.length);
  const raised = new Set<number>();
  for (;;) {
    const free = values.flatMap((_, i) => (raised.has(i) ? [] : [i]));
    const freeTotal = sum(free.map((i) => values[i]!));
    const freeAngle = TAU - raised.size * least;
    const angleOf = (i: number) => (freeTotal > 0 ? (values[i]! / freeTotal) * freeAngle : freeAngle / free.length);
    const below = free.filter((i) => angleOf(i) < least);
    if (below.length === 0) return values.map((_, i) => (raised.has(i) ? least : angleOf(i)));
    // Only float residue can push every slice below an equal share: draw them equal.
    if (below.length === free.length) return values.map(() => TAU / values.length);
    below.forEach((i) => raised.add(i));
  }
}

/**
 * Each value's fraction of their sum, rounded to `decimals` of a percent with the
 * largest-remainder method, so the rounded fractions add up to exactly 1 (100 %). Units left
 * after flooring go to the largest remainders; ties go to the larger value, then the earlier.
 * All zeros when the sum is not positive.
 */
export function largestRemainder(values: readonly number[], decimals: number): number[] {
  const total = sum(values);
  if (!(total > 0)) return values.map(() => 0);
  const scale = 100 * 10 ** decimals;
  const quotas = values.map((value) => (value / total) * scale);
  const units = quotas.map(Math.floor);
  const order = quotas
    .map((quota, i) => ({ i, remainder: quota - units[i]!, value: values[i]! }))
    .sort((a, b) => b.remainder - a.remainder || b.value - a.value || a.i - b.i);
  let left = scale - sum(units);
  for (const { i } of order) {
    if (left <= 0) break;
    units[i]!++;
    left--;
  }
  return units.map((unit) => unit / scale);
}

/**
 * Allocated credits as a fraction of the total valid credits (above 1 when over-allocated),
 * or undefined when nothing is valid: there is no meaningful share of zero.
 */
export function shareOfValid(allocated: number, totalValid: number): number | undefined {
  return totalValid > 0 ? allocated / totalValid : undefined;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** Adds rounded shares without float residue (0.1 + 0.2 must show as 0.3). */
function shareSum(shares: readonly number[]): number {
  const scale = 100 * 10 ** SHARE_DECIMALS;
  return Math.round(sum(shares) * scale) / scale;
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
