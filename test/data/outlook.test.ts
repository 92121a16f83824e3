import { expect } from '@open-wc/testing';
import { demoCreditData } from '../../src/data/demo-data.js';
import { renewalsOf } from '../../src/data/grants.js';
import { creditOutlook, validOn } from '../../src/data/outlook.js';
import type { CreditGrant } from '../../src/data/types.js';

const grant = (id: string, credits: number, startDate: string, endDate: string, source: CreditGrant['source'] = 'purchase'): CreditGrant => ({
  id,
  name: id,
  credits,
  source,
  startDate,
  endDate,
});

const summaryOf = (changes: ReturnType<typeof creditOutlook>['changes']) =>
  changes.map((c) => [c.day, c.delta, c.validAfter, c.balanceAfter, c.ended.map((g) => g.id), c.started.map((g) => g.id)]);

describe('credit outlook: the demo account as of 2026-12-01', () => {
  const data = demoCreditData({ asOf: new Date('2026-12-01T09:00:00Z') });
  const outlook = creditOutlook({ grants: data.grants, asOfDay: '2026-12-01', allocated: data.summary.allocated });

  it('starts from the valid credits and balance of the as-of day', () => {
    expect(outlook.now).to.deep.equal({ day: '2026-12-01', valid: 775_000, balance: 161_400 });
    expect(outlook.to).to.equal('2027-12-01');
  });

  it('lists every change in the next 365 days with valid credits and balance after it', () => {
    expect(summaryOf(outlook.changes)).to.deep.equal([
      ['2027-02-04', 0, 775_000, 161_400, ['grant-purchase-po-4500018842'], ['grant-purchase-renewal']],
      ['2027-05-05', -120_000, 655_000, 41_400, ['grant-aws-private-offer'], []],
      ['2027-05-25', -90_000, 565_000, -48_600, ['grant-license-conversion-ddi'], []],
      ['2027-10-02', -255_000, 310_000, -303_600, ['grant-license-conversion-apex-one', 'grant-purchase-network-add-on'], []],
      ['2027-10-17', -60_000, 250_000, -363_600, ['grant-azure-marketplace'], []],
    ]);
  });

  it('finds the first negative day (D + 175) and the lowest point (D + 320)', () => {
    expect(outlook.alreadyNegative).to.equal(false);
    expect(outlook.firstNegative?.day).to.equal('2027-05-25');
    expect(outlook.firstNegative?.daysAhead).to.equal(175);
    expect(outlook.firstNegative?.balanceAfter).to.equal(-48_600);
    expect(outlook.lowest).to.deep.equal({ day: '2027-10-17', valid: 250_000, balance: -363_600 });
    expect(outlook.changes.at(-1)?.daysAhead).to.equal(320);
    expect(outlook.shortfall).to.equal(363_600);
  });

  it('puts nothing at risk within 90 days: the purchase order ending on D + 64 is renewed on D + 65', () => {
    expect(outlook.risks).to.deep.equal([
      { days: 30, credits: 0, grants: [] },
      { days: 90, credits: 0, grants: [] },
    ]);
    const po = data.grants.find((g) => g.id === 'grant-purchase-po-4500018842')!;
    expect(renewalsOf(po, data.grants).map((g) => g.id)).to.deep.equal(['grant-purchase-renewal']);
  });
});

describe('credit outlook: edge cases, exact days and figures', () => {
  it('a renewal one day late leaves a one-day gap: credits drop for a day and come back', () => {
    const grants = [grant('old', 100, '2026-01-01', '2026-12-10'), grant('new', 100, '2026-12-12', '2027-12-11')];
    const outlook = creditOutlook({ grants, asOfDay: '2026-12-01', allocated: 60, days: 30 });
    expect(summaryOf(outlook.changes)).to.deep.equal([
      ['2026-12-11', -100, 0, -60, ['old'], []],
      ['2026-12-12', 100, 100, 40, [], ['new']],
    ]);
    expect(outlook.firstNegative?.day).to.equal('2026-12-11');
    expect(outlook.lowest).to.deep.equal({ day: '2026-12-11', valid: 0, balance: -60 });
    expect(outlook.shortfall).to.equal(60);
    // Not a renewal in place: the gap puts the credits at risk.
    expect(renewalsOf(grants[0]!, grants)).to.deep.equal([]);
    expect(outlook.risks[0]).to.deep.equal({ days: 30, credits: 100, grants: [grants[0]] });
  });

  it('overlapping grants add up while both are valid', () => {
    const grants = [grant('a', 300, '2026-01-01', '2026-12-31'), grant('b', 200, '2026-11-01', '2027-01-15', 'aws-marketplace')];
    const outlook = creditOutlook({ grants, asOfDay: '2026-12-01', allocated: 250, days: 60 });
    expect(outlook.now.valid).to.equal(500);
    expect(summaryOf(outlook.changes)).to.deep.equal([
      ['2027-01-01', -300, 200, -50, ['a'], []],
      ['2027-01-16', -200, 0, -250, ['b'], []],
    ]);
    expect(validOn(grants, '2026-12-31')).to.equal(500);
  });

  it('a grant that starts in the future raises valid credits on its first day', () => {
    const grants = [grant('now', 100, '2026-01-01', '2027-06-30'), grant('later', 50, '2027-02-01', '2028-01-31', 'azure-marketplace')];
    const outlook = creditOutlook({ grants, asOfDay: '2026-12-01', allocated: 120 });
    expect(outlook.alreadyNegative).to.equal(true);
    expect(outlook.now.balance).to.equal(-20);
    expect(summaryOf(outlook.changes)).to.deep.equal([
      ['2027-02-01', 50, 150, 30, [], ['later']],
      ['2027-07-01', -100, 50, -70, ['now'], []],
    ]);
  });

  it('a balance already negative is said so, and the first-negative day is not a later one', () => {
    const outlook = creditOutlook({ grants: [grant('g', 10, '2026-01-01', '2027-01-31')], asOfDay: '2026-12-01', allocated: 25 });
    expect(outlook.alreadyNegative).to.equal(true);
    expect(outlook.firstNegative).to.equal(undefined);
    expect(outlook.now).to.deep.equal({ day: '2026-12-01', valid: 10, balance: -15 });
    expect(outlook.lowest).to.deep.equal({ day: '2027-02-01', valid: 0, balance: -25 });
    expect(outlook.shortfall).to.equal(25);
  });

  it('nothing changing: no changes, the lowest point is today, nothing at risk', () => {
    const outlook = creditOutlook({ grants: [grant('g', 1_000, '2025-01-01', '2030-12-31')], asOfDay: '2026-12-01', allocated: 400 });
    expect(outlook.changes).to.deep.equal([]);
    expect(outlook.lowest).to.deep.equal({ day: '2026-12-01', valid: 1_000, balance: 600 });
    expect(outlook.firstNegative).to.equal(undefined);
    expect(outlook.shortfall).to.equal(0);
    expect(outlook.risks.map((r) => r.credits)).to.deep.equal([0, 0]);
  });

  it('grant days are inclusive: a grant ending on the as-of day still counts today, and ends tomorrow', () => {
    const outlook = creditOutlook({ grants: [grant('g', 5, '2026-01-01', '2026-12-01')], asOfDay: '2026-12-01', allocated: 0, days: 1 });
    expect(outlook.now.valid).to.equal(5);
    expect(summaryOf(outlook.changes)).to.deep.equal([['2026-12-02', -5, 0, 0, ['g'], []]]);
  });

  it('sums fractional credits exactly: 0.1 + 0.2 − 0.3 is a balance of zero, not below it', () => {
    const grants = [grant('a', 0.1, '2026-01-01', '2027-01-01'), grant('b', 0.2, '2026-01-01', '2027-01-01', 'trial')];
    const outlook = creditOutlook({ grants, asOfDay: '2026-12-01', allocated: 0.3, days: 10 });
    expect(outlook.now).to.deep.equal({ day: '2026-12-01', valid: 0.3, balance: 0 });
    expect(outlook.alreadyNegative).to.equal(false);
    expect(Object.is(outlook.now.balance, -0)).to.equal(false);
  });

  it('looks only as far as asked: a change after the horizon is not listed', () => {
    const outlook = creditOutlook({ grants: [grant('g', 5, '2026-01-01', '2027-03-01')], asOfDay: '2026-12-01', allocated: 0, days: 90 });
    expect(outlook.to).to.equal('2027-03-01');
    expect(outlook.changes).to.deep.equal([]);
  });
});
