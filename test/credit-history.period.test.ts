import { expect } from '@open-wc/testing';
import { keyMove, moveDay, periodLength, resolvePeriod } from '../src/credit-history/credit-history.period.js';
import { addMonths, utcDay } from '../src/data/days.js';

describe('credit-history period', () => {
  describe('resolvePeriod', () => {
    it('defaults to the 365 days ending on the as-of day', () => {
      expect(resolvePeriod(undefined, undefined, '2026-11-26')).to.deep.equal({
        period: { from: '2025-11-27', to: '2026-11-26' },
      });
      expect(periodLength({ from: '2025-11-27', to: '2026-11-26' })).to.equal(365);
    });

    it('takes the year ending on `to` when only `to` is given', () => {
      expect(resolvePeriod(undefined, '2024-12-31', '2026-11-26')).to.deep.equal({
        period: { from: '2024-01-02', to: '2024-12-31' },
      });
    });

    it('runs from `from` to the as-of day when only `from` is given', () => {
      expect(resolvePeriod('2026-01-01', undefined, '2026-11-26')).to.deep.equal({
        period: { from: '2026-01-01', to: '2026-11-26' },
      });
    });

    it('needs no as-of day when both ends are given', () => {
      expect(resolvePeriod('2021-11-27', '2026-11-26', undefined)).to.deep.equal({
        period: { from: '2021-11-27', to: '2026-11-26' },
      });
    });

    it('is not known yet while the as-of day is needed and missing', () => {
      expect(resolvePeriod('2026-01-01', undefined, undefined)).to.equal(undefined);
    });

    it('treats a blank attribute as not given', () => {
      expect(resolvePeriod(' ', '', '2026-11-26')).to.deep.equal({ period: { from: '2025-11-27', to: '2026-11-26' } });
    });

    it('names the attribute holding a date that does not exist or is not YYYY-MM-DD', () => {
      expect(resolvePeriod('2026-02-30', undefined, '2026-11-26')).to.deep.equal({
        problem: 'date',
        attribute: 'from',
        value: '2026-02-30',
      });
      expect(resolvePeriod(undefined, '26.11.2026', undefined)).to.deep.equal({
        problem: 'date',
        attribute: 'to',
        value: '26.11.2026',
      });
    });

    it('refuses a period that starts after it ends', () => {
      expect(resolvePeriod('2026-12-01', undefined, '2026-11-26')).to.deep.equal({
        problem: 'order',
        from: '2026-12-01',
        to: '2026-11-26',
      });
    });
  });

  it('takes the UTC day of an as-of time with an offset', () => {
    expect(utcDay('2026-11-26T01:00:00+05:00')).to.equal('2026-11-25');
    expect(utcDay('2026-11-26T09:00:00Z')).to.equal('2026-11-26');
  });

  it('adds months, clamping the day to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).to.equal('2026-02-28');
    expect(addMonths('2024-01-31', 1)).to.equal('2024-02-29');
    expect(addMonths('2026-03-31', -1)).to.equal('2026-02-28');
    expect(addMonths('2026-12-15', 1)).to.equal('2027-01-15');
  });

  it('moves the crosshair by a day, a month or to the ends, never out of the period', () => {
    const period = { from: '2026-01-01', to: '2026-03-10' };
    expect(moveDay('2026-01-31', 'next-day', period)).to.equal('2026-02-01');
    expect(moveDay('2026-01-31', 'next-month', period)).to.equal('2026-02-28');
    expect(moveDay('2026-02-28', 'next-month', period)).to.equal('2026-03-10');
    expect(moveDay('2026-01-15', 'previous-month', period)).to.equal('2026-01-01');
    expect(moveDay('2026-01-01', 'previous-day', period)).to.equal('2026-01-01');
    expect(moveDay('2026-02-10', 'first', period)).to.equal('2026-01-01');
    expect(moveDay('2026-02-10', 'last', period)).to.equal('2026-03-10');
  });

  it('reads arrows in the reading direction and leaves other keys alone', () => {
    expect([keyMove('ArrowLeft', false), keyMove('ArrowRight', false)]).to.deep.equal(['previous-day', 'next-day']);
    expect([keyMove('ArrowLeft', true), keyMove('ArrowRight', true)]).to.deep.equal(['next-day', 'previous-day']);
    expect([keyMove('PageUp', true), keyMove('PageDown', true)]).to.deep.equal(['previous-month', 'next-month']);
    expect([keyMove('Home', false), keyMove('End', false)]).to.deep.equal(['first', 'last']);
    expect(keyMove('ArrowUp', false)).to.equal(undefined);
  });
});
