import { expect } from '@open-wc/testing';
import { asOfDay, canonicalTimeZone, dayIn, isDateTime } from '../../src/data/days.js';

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
