import { expect } from '@open-wc/testing';
import {
  clampMaxSlices,
  groupSmallest,
  largestRemainder,
  MIN_SLICE_ANGLE,
  offeringTotals,
  pieLayout,
  shareOfValid,
  sliceAngles,
} from '../src/credit-pie/credit-pie.layout.js';
import type { OfferingAllocation } from '../src/data/types.js';
import { testData } from './helpers/providers.js';

const TAU = 2 * Math.PI;

function offering(offeringId: string, ...credits: number[]): OfferingAllocation {
  return {
    offeringId,
    offeringName: offeringId.toUpperCase(),
    features: credits.map((c, i) => ({ featureId: `${offeringId}-${i}`, featureName: `F${i}`, credits: c })),
  };
}

const total = (values: number[]) => values.reduce((sum, value) => sum + value, 0);

describe('credit-pie layout: largestRemainder', () => {
  it('rounds thirds so that they add up to exactly 100 %, the extra unit to the first', () => {
    expect(largestRemainder([1, 1, 1], 0)).to.deep.equal([0.34, 0.33, 0.33]);
    expect(largestRemainder([1, 1, 1], 1)).to.deep.equal([0.334, 0.333, 0.333]);
  });

  it('gives the units left after flooring to the largest remainders', () => {
    // Quotas 46.61, 13.04, 10.37, 8.15, 6.68, 4.89, 4.56, 3.26, 2.44 (% to 0.1): floors sum to 99.5.
    const demo = [286_000, 80_000, 63_600, 50_000, 41_000, 30_000, 28_000, 20_000, 15_000];
    expect(largestRemainder(demo, 1)).to.deep.equal([0.466, 0.13, 0.104, 0.081, 0.067, 0.049, 0.046, 0.033, 0.024]);
  });

  it('breaks equal remainders in favour of the larger value', () => {
    // 1/8 and 3/8 of 100 in whole percents: 12.5 and 37.5, both .5 away.
    expect(largestRemainder([1, 3, 4], 0)).to.deep.equal([0.12, 0.38, 0.5]);
  });

  it('adds up to exactly 100.0 % for twenty uneven values, each a whole tenth of a percent', () => {
    const values = Array.from({ length: 20 }, (_, i) => 1 + i * 7);
    const tenths = largestRemainder(values, 1).map((share) => share * 1000);
    expect(tenths.every((tenth) => Math.abs(tenth - Math.round(tenth)) < 1e-9)).to.equal(true);
    expect(total(tenths.map(Math.round))).to.equal(1000);
  });

  it('is all zeros when there is nothing to share', () => {
    expect(largestRemainder([0, 0], 1)).to.deep.equal([0, 0]);
    expect(largestRemainder([], 1)).to.deep.equal([]);
  });
});

describe('credit-pie layout: sliceAngles', () => {
  it('is proportional when no slice is below the minimum', () => {
    expect(sliceAngles([1, 3], 0.1)).to.deep.equal([TAU / 4, (3 * TAU) / 4]);
  });

  it('raises tiny slices to the minimum angle and takes it from the others', () => {
    expect(sliceAngles([98, 1, 1], 0.5)).to.deep.equal([TAU - 1, 0.5, 0.5]);
  });

  it('raises again when taking room pushes another slice below the minimum', () => {
    // 1 is raised first; 10 then gets 10/110 of (τ − 0.7) = 0.508 < 0.7, so it is raised too.
    const angles = sliceAngles([100, 10, 1], 0.7);
    expect(angles[1]).to.equal(0.7);
    expect(angles[2]).to.equal(0.7);
    expect(angles[0]).to.be.closeTo(TAU - 1.4, 1e-12);
  });

  it('always adds up to a full turn', () => {
    expect(total(sliceAngles([500, 3, 2, 1, 1, 1], MIN_SLICE_ANGLE))).to.be.closeTo(TAU, 1e-12);
  });

  it('draws slices equal when the minimum is more than an equal share', () => {
    for (const angle of sliceAngles([1, 2, 3], 5)) expect(angle).to.be.closeTo(TAU / 3, 1e-12);
  });

  it('draws a single value as the full turn, and nothing for no values', () => {
    expect(sliceAngles([5], 1)).to.deep.equal([TAU]);
    expect(sliceAngles([], 1)).to.deep.equal([]);
  });

  it('never divides by zero: zeros share the turn equally', () => {
    expect(sliceAngles([0, 0], 0)).to.deep.equal([Math.PI, Math.PI]);
  });
});

describe('credit-pie layout: grouping into "Other"', () => {
  it('keeps every offering when they fit', () => {
    expect(groupSmallest(8, 8)).to.deep.equal({ kept: 8, merged: 0 });
  });

  it('merges the smallest into "Other", which then takes the last slice', () => {
    expect(groupSmallest(9, 8)).to.deep.equal({ kept: 7, merged: 2 });
    expect(groupSmallest(20, 8)).to.deep.equal({ kept: 7, merged: 13 });
  });

  it('clamps max-slices to a whole number from 2 to 12, the default 8 when not a number', () => {
    expect([undefined, Number.NaN, Infinity, 1, 5.7, 20].map(clampMaxSlices)).to.deep.equal([8, 8, 8, 2, 5, 12]);
  });
});

describe('credit-pie layout: offeringTotals', () => {
  it('sums each offering, sorts largest first and names blank offerings by their id', () => {
    const totals = offeringTotals([offering('a', 1, 2), { ...offering('b', 10), offeringName: '  ' }, offering('c')]);
    expect(totals.map(({ offeringId, name, credits }) => ({ offeringId, name, credits }))).to.deep.equal([
      { offeringId: 'b', name: 'b', credits: 10 },
      { offeringId: 'a', name: 'A', credits: 3 },
      { offeringId: 'c', name: 'C', credits: 0 },
    ]);
  });
});

describe('credit-pie layout: pieLayout', () => {
  it('draws two offerings as exact arcs centred in the viewBox', () => {
    const layout = pieLayout([offering('small', 1), offering('big', 3)], { size: 100 });
    expect(layout.viewBox).to.equal('-50 -50 100 100');
    expect(layout.total).to.equal(4);
    expect(layout.slices.map((s) => [s.offeringId, s.series, s.share, s.startAngle, s.endAngle])).to.deep.equal([
      ['big', 1, 0.75, 0, (3 * TAU) / 4],
      ['small', 2, 0.25, (3 * TAU) / 4, TAU],
    ]);
    // Outer radius 50 − 6 (room to grow by 4), hole 64 % of it.
    expect(layout.slices[0]!.path).to.equal('M0,-44A44,44,0,1,1,-44,0L-28.16,0A28.16,28.16,0,1,0,0,-28.16Z');
    expect(layout.slices[0]!.highlightPath).to.equal('M0,-48A48,48,0,1,1,-48,0L-28.16,0A28.16,28.16,0,1,0,0,-28.16Z');
    expect(layout.slices[1]!.anchor).to.deep.equal({ x: 0.2449, y: 0.2449 });
  });

  it('lists the demo offerings largest first, the two smallest merged into "Other"', () => {
    const layout = pieLayout(testData().allocations, { size: 200 });
    expect(layout.total).to.equal(613_600);
    expect(layout.slices).to.have.length(8);
    const other = layout.slices[7]!;
    expect(other.offeringId).to.equal(null);
    expect(other.credits).to.equal(35_000);
    expect(other.share).to.equal(0.057);
    expect(other.entries.map((e) => e.offeringId)).to.deep.equal(['xdr-threat-intelligence', 'mobile-security']);
    expect(layout.entries.map((e) => [e.name, e.credits, e.share, e.slice])).to.deep.equal([
      ['Endpoint Security', 286_000, 0.466, 0],
      ['Email and Collaboration Security', 80_000, 0.13, 1],
      ['Cloud Security', 63_600, 0.104, 2],
      ['Network Security', 50_000, 0.081, 3],
      ['Attack Surface Risk Management', 41_000, 0.067, 4],
      ['Identity Security', 30_000, 0.049, 5],
      ['Zero Trust Secure Access', 28_000, 0.046, 6],
      ['XDR / Threat Intelligence', 20_000, 0.033, 7],
      ['Mobile Security', 15_000, 0.024, 7],
    ]);
  });

  it('gives every offering its own slice when max-slices allows', () => {
    const layout = pieLayout(testData().allocations, { size: 200, maxSlices: 12 });
    expect(layout.slices.map((s) => s.series)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(layout.slices.every((s) => s.offeringId !== null)).to.equal(true);
  });

  it('keeps a tiny offering visible at the minimum angle', () => {
    const layout = pieLayout([offering('huge', 1_000_000), offering('tiny', 1)], { size: 200 });
    const tiny = layout.slices[1]!;
    expect(tiny.endAngle - tiny.startAngle).to.be.closeTo(MIN_SLICE_ANGLE, 1e-12);
    expect(tiny.share).to.equal(0);
    expect(layout.slices[0]!.share).to.equal(1);
  });

  it('leaves offerings without credits out of the donut and the legend', () => {
    const layout = pieLayout([offering('a', 5), offering('none'), offering('empty', 0, 0)], { size: 200 });
    expect(layout.entries.map((e) => e.offeringId)).to.deep.equal(['a']);
    expect(layout.slices[0]!.endAngle).to.equal(TAU);
  });

  it('has no slices and a zero total when nothing is allocated', () => {
    const layout = pieLayout([offering('none', 0)], { size: 200 });
    expect(layout.total).to.equal(0);
    expect(layout.slices).to.deep.equal([]);
  });

  it('draws at the smallest usable size when given a size that is not a number', () => {
    expect(pieLayout([offering('a', 1)], { size: Number.NaN }).viewBox).to.equal('-20 -20 40 40');
  });
});

describe('credit-pie layout: shareOfValid', () => {
  it('is the allocated fraction of the valid credits, above 1 when over-allocated', () => {
    expect(shareOfValid(613_600, 775_000)).to.equal(613_600 / 775_000);
    expect(shareOfValid(884_600, 775_000)).to.be.greaterThan(1);
  });

  it('is undefined, not Infinity, when no credits are valid', () => {
    expect(shareOfValid(100, 0)).to.equal(undefined);
  });
});
