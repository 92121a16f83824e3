import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { asOfDay, canonicalTimeZone, dayIn, isCalendarDay, isDateTime } from '../../src/data/days.js';

/** The calendar as Date.UTC knows it: the day exists when it comes back unchanged. */
function dateSaysCalendarDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

describe('calendar days', () => {
  it('knows which YYYY-MM-DD days exist, leap days included', () => {
    for (const day of ['2024-02-29', '2000-02-29', '2026-12-31', '0100-01-01', '9999-12-31']) expect(isCalendarDay(day), day).to.equal(true);
    for (const day of ['2023-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32']) {
      expect(isCalendarDay(day), day).to.equal(false);
    }
  });

  it('refuses other shapes, other digits and the years 0–99 (Date.UTC reads them as 19xx)', () => {
    for (const text of ['2026-4-01', '2026-04-011', '2026/04/01', ' 2026-04-01', '2026-04-01\n', '２０２６-04-01', '2026-04-0a', '0099-12-31', '']) {
      expect(isCalendarDay(text), JSON.stringify(text)).to.equal(false);
    }
  });

  it('agrees with Date.UTC on every day string, real or not', () => {
    const twoDigits = fc.integer({ min: 0, max: 39 }).map((n) => String(n).padStart(2, '0'));
    const dayText = fc.tuple(fc.integer({ min: 0, max: 9999 }), twoDigits, twoDigits).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${m}-${d}`);
    fc.assert(fc.property(fc.oneof(dayText, fc.string({ maxLength: 12 })), (text) => isCalendarDay(text) === dateSaysCalendarDay(text)), { numRuns: 5000 });
  });
});

describe('days in a time zone', () => {
  it('gives the as-of day in the zone asked for, by default UTC', () => {
    const summary = { asOf: '2026-11-26T10:30:00Z' };
    expect(asOfDay(summary)).to.equal('2026-11-26');
    expect(asOfDay(summary, 'UTC')).to.equal('2026-11-26');
    // UTC+14: 10:30 UTC is already past midnight on the 27th.
    expect(asOfDay(summary, 'Pacific/Kiritimati')).to.equal('2026-11-27');
    // UTC−11: 05:00 UTC on the 27th is still the 26th.
    expect(asOfDay({ asOf: '2026-11-27T05:00:00Z' }, 'Pacific/Pago_Pago')).to.equal('2026-11-26');
  });

  it('reads the offset the date-time was written with', () => {
    expect(asOfDay({ asOf: '2026-11-26T23:30:00-05:00' })).to.equal('2026-11-27');
    expect(asOfDay({ asOf: '2026-11-26T23:30:00-05:00' }, 'America/New_York')).to.equal('2026-11-26');
  });

  it('gives the day of an instant across a year end', () => {
    expect(dayIn(new Date('2026-12-31T20:00:00Z'), 'Asia/Tokyo')).to.equal('2027-01-01');
  });

  it('in UTC gives the day Intl gives, without building a formatter', () => {
    const utc = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' });
    const viaIntl = (instant: Date) => {
      const part = (type: string) => utc.formatToParts(instant).find((p) => p.type === type)!.value;
      return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
    };
    fc.assert(
      fc.property(fc.date({ min: new Date('0100-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (instant) => {
        expect(dayIn(instant, 'UTC')).to.equal(viaIntl(instant));
      }),
    );
    expect(canonicalTimeZone('UTC')).to.equal('UTC');
    expect(() => dayIn(new Date(Number.NaN), 'UTC'), 'an invalid date still throws').to.throw(RangeError);
  });

  it('names zones canonically, and no zone for text that names none', () => {
    expect(canonicalTimeZone('utc')).to.equal('UTC');
    expect(canonicalTimeZone('europe/berlin')).to.equal('Europe/Berlin');
    for (const bad of ['Mars/Olympus_Mons', '', '   ', 'UTC+25', 42, undefined]) expect(canonicalTimeZone(bad), String(bad)).to.equal(undefined);
  });

  it('checks a date-time as it checks a day', () => {
    expect(isDateTime('2026-11-26T09:00:00Z')).to.equal(true);
    expect(isDateTime('2023-02-29T10:00:00Z')).to.equal(false);
    expect(isDateTime('2026-11-26T09:00:00')).to.equal(false);
    expect(isDateTime('2026-11-26 09:00:00Z')).to.equal(false);
  });
});
