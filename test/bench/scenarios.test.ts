import { expect } from '@open-wc/testing';
import { validateAllocations, validateFeatures, validateHistory } from '../../src/data/validate.js';
import { AS_OF_DAY, firstDay } from '../../bench/pages/data.js';
import { catalogSets, FIVE_YEAR_DAYS, historySets, pieSets, YEAR_DAYS } from '../../bench/pages/scenarios.js';

/*
 * The bench's data must be the same on every run (so runs and machines compare), valid for
 * the kit (so the kit is timed drawing it, not reporting an error), and its update set must
 * be as large as its first set yet different (so every contender redraws the same amount).
 */
describe('bench data', () => {
  it('is the same on every call', () => {
    expect(historySets(YEAR_DAYS)).to.deep.equal(historySets(YEAR_DAYS));
    expect(pieSets()).to.deep.equal(pieSets());
    expect(catalogSets(60)).to.deep.equal(catalogSets(60));
  });

  it('has one point per day up to the as-of day, five years long', () => {
    const { first, second } = historySets(FIVE_YEAR_DAYS);
    const period = { from: firstDay(FIVE_YEAR_DAYS), to: AS_OF_DAY };
    for (const points of [first, second]) {
      expect(validateHistory(points, period)).to.have.length(1826);
      expect(points.at(-1)!.date).to.equal(AS_OF_DAY);
    }
    expect(second.map((p) => p.allocated)).not.to.deep.equal(first.map((p) => p.allocated));
  });

  it('gives the pie twelve offerings in both sets, with other credits', () => {
    const { first, second } = pieSets();
    expect(validateAllocations(first)).to.have.length(12);
    expect(validateAllocations(second)).to.have.length(12);
    expect(second[0]!.features[0]!.credits).not.to.equal(first[0]!.features[0]!.credits);
  });

  it('gives the catalog 10,000 valid features in both sets, named differently', () => {
    const { first, second } = catalogSets(10_000);
    expect(validateFeatures(first)).to.have.length(10_000);
    expect(validateFeatures(second)).to.have.length(10_000);
    expect(second[0]!.name).not.to.equal(first[0]!.name);
  });
});
