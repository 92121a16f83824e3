import { expect } from '@open-wc/testing';
import { scaleLinear } from 'd3-scale';
import fc from 'fast-check';
import { linearMap } from '../src/credit-history/linear-map.js';

/*
 * linearMap stands in for d3's scaleLinear in the history layout (so the shipped code leaves
 * out d3-interpolate and d3-color): its positions and inverses must be d3's, to the bit.
 */
describe('linearMap', () => {
  it('maps and inverts exactly as d3 scaleLinear does', () => {
    const finite = fc.double({ min: -1e12, max: 1e12, noNaN: true });
    fc.assert(
      fc.property(fc.tuple(finite, finite), fc.tuple(finite, finite), finite, (from, to, value) => {
        const ours = linearMap(from, to);
        const d3 = scaleLinear().domain(from).range(to);
        expect(Object.is(ours(value), d3(value)), `map ${value}`).to.equal(true);
        expect(Object.is(ours.invert(value), d3.invert(value)), `invert ${value}`).to.equal(true);
      }),
    );
  });

  it('maps the ends of the domain to the ends of the range, mirrored when the range is', () => {
    const map = linearMap([0, 1000], [212, 12]);
    expect([map(0), map(500), map(1000)]).to.deep.equal([212, 112, 12]);
    expect(map.invert(112)).to.equal(500);
  });

  it('maps everything to the middle of the range when the domain has no width', () => {
    expect(linearMap([5, 5], [0, 100])(42)).to.equal(50);
  });
});
