import { expect } from '@open-wc/testing';
import { breakdownSegments, summaryFigures } from '../src/credit-summary/credit-summary.layout.js';

describe('summaryFigures', () => {
  it('gives the balance as valid minus allocated', () => {
    expect(summaryFigures({ totalValid: 775_000, allocated: 613_600 })).to.deep.equal({
      totalValid: 775_000,
      allocated: 613_600,
      balance: 161_400,
      overAllocated: false,
    });
  });

  it('marks a negative balance as over-allocated', () => {
    const figures = summaryFigures({ totalValid: 775_000, allocated: 884_600 });
    expect(figures.balance).to.equal(-109_600);
    expect(figures.overAllocated).to.equal(true);
  });

  it('computes the balance from the figures as shown, to the hundredth, so the three add up', () => {
    expect(summaryFigures({ totalValid: 0.3, allocated: 0.1 }).balance).to.equal(0.2);
    // 0.125 shows as 0.13 (half away from zero): 10.25 − 0.13 = 10.12, not 10.13.
    expect(summaryFigures({ totalValid: 10.25, allocated: 0.125 }).balance).to.equal(10.12);
    // 2.675 shows as 2.68: Math.round on the double gave 1.67.
    expect(summaryFigures({ totalValid: 2.675, allocated: 1 }).balance).to.equal(1.68);
  });

  it('never gives negative zero nor flags a float residue as over-allocated', () => {
    const figures = summaryFigures({ totalValid: 0.3, allocated: 0.1 + 0.2 });
    expect(Object.is(figures.balance, 0)).to.equal(true);
    expect(figures.overAllocated).to.equal(false);
  });

  it('is exact at the largest valid figures', () => {
    expect(summaryFigures({ totalValid: 70_368_744_177_663, allocated: 0 }).balance).to.equal(70_368_744_177_663);
    expect(summaryFigures({ totalValid: 0, allocated: 70_368_744_177_663 }).balance).to.equal(-70_368_744_177_663);
    expect(summaryFigures({ totalValid: 70_368_744_177_663, allocated: 0.01 }).balance).to.equal(70_368_744_177_662.99);
  });
});

describe('breakdownSegments', () => {
  it('splits the valid credits into purchased and converted shares', () => {
    expect(breakdownSegments({ total: 400, purchased: 300, converted: 100, other: 0 })).to.deep.equal([
      { source: 'purchased', credits: 300, share: 0.75, offset: 0 },
      { source: 'converted', credits: 100, share: 0.25, offset: 0.75 },
    ]);
  });

  it('adds trial and other credits only when there are some', () => {
    expect(breakdownSegments({ total: 1000, purchased: 500, converted: 250, other: 250 })).to.deep.equal([
      { source: 'purchased', credits: 500, share: 0.5, offset: 0 },
      { source: 'converted', credits: 250, share: 0.25, offset: 0.5 },
      { source: 'other', credits: 250, share: 0.25, offset: 0.75 },
    ]);
  });

  it('rounds the shares to whole percents that add up to 100 %', () => {
    const segments = breakdownSegments({ total: 3, purchased: 1, converted: 1, other: 1 });
    expect(segments.map((segment) => segment.share)).to.deep.equal([0.34, 0.33, 0.33]);
    expect(segments.map((segment) => segment.offset)).to.deep.equal([0, 0.34, 0.67]);
  });

  it('gives zero shares, not NaN, when no credits are valid', () => {
    expect(breakdownSegments({ total: 0, purchased: 0, converted: 0, other: 0 })).to.deep.equal([
      { source: 'purchased', credits: 0, share: 0, offset: 0 },
      { source: 'converted', credits: 0, share: 0, offset: 0 },
    ]);
  });
});
