import { expect } from '@open-wc/testing';
import {
  compareCredits,
  creditsText,
  fromHundredths,
  MAX_CREDITS,
  roundCredits,
  roundedShares,
  shareOf,
  subtractCredits,
  sumCredits,
  toHundredths,
} from '../../src/data/credits.js';

const isNegativeZero = (value: number) => Object.is(value, -0);

describe('exact credit arithmetic', () => {
  it('rounds to the hundredth on the decimal text, half away from zero', () => {
    // Math.round(x * 100) / 100 gives 2.67, 1 and 0.12 for these: their doubles lie just below the half.
    expect([2.675, 1.005, 0.125, 8.345, 0.015].map(roundCredits)).to.deep.equal([2.68, 1.01, 0.13, 8.35, 0.02]);
    expect([2.674, 1.0049, 0.005, -2.675, -0.004].map(roundCredits)).to.deep.equal([2.67, 1, 0.01, -2.68, 0]);
  });

  it('rounds what no credit count can hold to zero: 1e-10, denormals, float residue', () => {
    for (const tiny of [1e-10, 5e-324, 2.2250738585072014e-308, 0.1 + 0.2 - 0.3, -1e-17]) {
      expect(roundCredits(tiny), String(tiny)).to.equal(0);
      expect(isNegativeZero(roundCredits(tiny)), String(tiny)).to.equal(false);
    }
  });

  it('converts to and from whole hundredths exactly', () => {
    expect(toHundredths(2.675)).to.equal(268);
    expect(toHundredths(0.1 + 0.2)).to.equal(30);
    expect(toHundredths(MAX_CREDITS)).to.equal(7_036_874_417_766_300);
    expect(fromHundredths(268)).to.equal(2.68);
    expect(String(fromHundredths(30))).to.equal('0.3');
    expect(isNegativeZero(fromHundredths(-0))).to.equal(false);
    expect(isNegativeZero(toHundredths(-0))).to.equal(false);
  });

  it('sums and subtracts to the hundredth, never printing float residue or -0', () => {
    expect(String(sumCredits([0.1, 0.2]))).to.equal('0.3');
    expect(sumCredits([2.675, 1.005])).to.equal(3.69);
    expect(sumCredits([])).to.equal(0);
    expect(subtractCredits(2.675, 1)).to.equal(1.68);
    const zero = subtractCredits(0.3, 0.1 + 0.2);
    expect(zero).to.equal(0);
    expect(isNegativeZero(zero)).to.equal(false);
    expect(subtractCredits(1, 2.5)).to.equal(-1.5);
  });

  it('sums many hundredths exactly, where a double sum drifts', () => {
    const tenths = Array.from({ length: 10 }, () => 0.1);
    expect(tenths.reduce((sum, value) => sum + value, 0), 'the double sum').to.equal(0.9999999999999999);
    expect(sumCredits(tenths)).to.equal(1);
    expect(sumCredits(Array.from({ length: 1000 }, () => 0.01))).to.equal(10);
  });

  it('prints every hundredth up to MAX_CREDITS exactly, which a higher bound could not', () => {
    expect(MAX_CREDITS).to.equal(2 ** 46 - 1);
    for (const hundredths of [7_036_874_417_766_399, 7_036_874_417_766_301, 100_000_000_000_001, 5]) {
      const digits = String(hundredths).padStart(3, '0');
      const text = `${digits.slice(0, -2)}.${digits.slice(-2)}`.replace(/\.?0+$/, '');
      expect(String(fromHundredths(hundredths)), text).to.equal(text);
    }
    // Above 2^46 a double no longer holds every hundredth.
    expect(String(fromHundredths(9_007_199_254_740_899))).to.equal('90071992547408.98');
  });

  it('compares to the hundredth', () => {
    expect(compareCredits(0.3, 0.1 + 0.2)).to.equal(0);
    expect(compareCredits(1, 1.01)).to.equal(-1);
    expect(compareCredits(2.675, 2.67)).to.equal(1);
  });

  it('gives a share of a whole, and none of nothing', () => {
    expect(shareOf(1, 4)).to.equal(0.25);
    expect(shareOf(5, 4)).to.equal(1.25);
    expect(shareOf(1, 0)).to.equal(undefined);
    // A base of 1e-10 is 0 to the hundredth: no 400,000,000,000,000 % on screen.
    expect(shareOf(4000, 1e-10)).to.equal(undefined);
    expect(shareOf(1, 5e-324)).to.equal(undefined);
  });

  it('writes plain decimal text, exact to the hundredth', () => {
    expect([0.1 + 0.2, 1e-7, -0, 2.675, 1e21, -109600, 0.5, 0.05].map(creditsText)).to.deep.equal([
      '0.3',
      '0',
      '0',
      '2.68',
      '1000000000000000000000',
      '-109600',
      '0.5',
      '0.05',
    ]);
  });

  it('rounds shares so that they add up to exactly 100 %', () => {
    expect(roundedShares([1, 1, 1])).to.deep.equal([0.34, 0.33, 0.33]);
    expect(roundedShares([1, 1, 1], 1)).to.deep.equal([0.334, 0.333, 0.333]);
    expect(roundedShares([505_000, 270_000])).to.deep.equal([0.65, 0.35]);
    expect(roundedShares([0, 0])).to.deep.equal([0, 0]);
  });
});
