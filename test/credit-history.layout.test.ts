import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  estimateTextWidth,
  historyLayout,
  LABEL_GAP,
  MARGIN,
  utcTicks,
  type HistoryLayoutInput,
} from '../src/credit-history/credit-history.layout.js';
import type { CreditGrant, HistoryPoint } from '../src/data/types.js';
import { addDays, isoDay, parseDay } from '../src/data/days.js';

/*
 * The reference geometry: 11 days (2026-01-01 … 01-11) on a plot 100 px wide and 200 px
 * high, with credit labels 32 px wide. So the plot spans x 40…140 (32 + 8 gap on the left,
 * 16 on the right), one day is 10 px, and y runs from 212 (0 credits) up to 12 (1,000
 * credits): 0.2 px per credit.
 */
const PERIOD = { from: '2026-01-01', to: '2026-01-11' };
const p = (date: string, totalValid: number, allocated: number): HistoryPoint => ({ date, totalValid, allocated });

function layout(overrides: Partial<HistoryLayoutInput> = {}) {
  return historyLayout({
    points: [p('2026-01-01', 1000, 500)],
    period: PERIOD,
    grants: [],
    width: 156,
    height: 248,
    rtl: false,
    labelWidths: (ticks) => ticks.map(() => 32),
    ...overrides,
  });
}

const grant = (id: string, startDate: string, endDate: string): CreditGrant => ({
  id,
  name: id,
  credits: 100,
  source: 'purchase',
  startDate,
  endDate,
});

/** Every number in an SVG path, for checks that do not depend on the command letters. */
const finite = (path: string) => (path.match(/-?[\d.]+(e-?\d+)?/g) ?? []).map(Number).every(Number.isFinite);

describe('credit-history layout', () => {
  it('leaves room for the credit labels and places each day on a UTC time scale', () => {
    const l = layout();
    expect(l.plot).to.deep.equal({ left: 40, right: 140, top: MARGIN.top, bottom: 212 });
    expect(l.slots.map((slot) => slot.x)).to.deep.equal([40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140]);
    expect(l.slots[3]!.day).to.equal('2026-01-04');
    expect(l.creditLabels).to.deep.equal({ x: 40 - LABEL_GAP, anchor: 'end' });
  });

  it('rounds the credit axis up to nice ticks from zero', () => {
    const l = layout({ points: [p('2026-01-01', 950, 310)] });
    expect(l.creditTicks.map((tick) => tick.credits)).to.deep.equal([0, 200, 400, 600, 800, 1000]);
    const ys = l.creditTicks.map((tick) => tick.y);
    [212, 172, 132, 92, 52, 12].forEach((y, i) => expect(ys[i]).to.be.closeTo(y, 1e-9));
    expect(l.yOf(500)).to.be.closeTo(112, 1e-9);
  });

  it('reserves the width of the widest credit label', () => {
    const l = layout({ labelWidths: (ticks) => ticks.map((credits) => (credits === 1000 ? 50 : 20)) });
    expect(l.plot.left).to.equal(58);
  });

  it('ticks a year at month starts, naming the new year at January', () => {
    const l = layout({ period: { from: '2025-11-27', to: '2026-11-26' }, width: 1056 });
    expect(l.timeTicks.map((tick) => tick.day)).to.deep.equal([
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
      '2026-07-01',
      '2026-08-01',
      '2026-09-01',
      '2026-10-01',
      '2026-11-01',
    ]);
    expect(l.timeTicks.map((tick) => tick.unit)).to.deep.equal(['month', 'year', ...Array(10).fill('month')]);
    // 1,000 px for 364 days: 2025-12-01 is 4 days in.
    expect(l.timeTicks[0]!.x).to.be.closeTo(40 + (4 * 1000) / 364, 1e-9);
  });

  it('ticks a short period at days from the 1st, naming the new year on January 1st', () => {
    // 10 days over two ticks' room: weekly, counted from the month's first day.
    const l = layout();
    expect(l.timeTicks).to.deep.equal([
      { day: '2026-01-01', x: 40, unit: 'year' },
      { day: '2026-01-08', x: 110, unit: 'day' },
    ]);
  });

  it('draws total valid as a step line, breaking it at days without data', () => {
    const l = layout({
      points: [p('2026-01-01', 1000, 500), p('2026-01-02', 800, 500), p('2026-01-04', 600, 500), p('2026-01-05', 600, 500)],
    });
    // Steps after each day: across at the old value, then up or down at the next day.
    expect(l.validPath).to.equal('M40,12L50,12L50,52M70,92L80,92L80,92');
    expect(l.hasGaps).to.equal(true);
  });

  it('takes vertices only where the value changes and where the line ends', () => {
    const valid = [1000, 1000, 1000, 800, 800, 800, 800, 600, 600, 600, 600];
    const points = valid.map((credits, i) => p(addDays('2026-01-01', i), credits, 500));
    const l = layout({ points });
    // 1,000 (y 12) until day 4 (x 70), 800 (y 52) until day 8 (x 110), 600 (y 92) to day 11.
    expect(l.validPath).to.equal('M40,12L70,12L70,52L110,52L110,92L140,92L140,92');
    expect(l.allocatedPath).to.equal('M40,112L140,112L140,112');
  });

  it('draws allocated with the same steps and the same gaps', () => {
    const l = layout({ points: [p('2026-01-01', 1000, 500), p('2026-01-02', 1000, 600), p('2026-01-04', 1000, 0)] });
    expect(l.allocatedPath).to.equal('M40,112L50,112L50,92M70,212Z');
  });

  it('has no gaps when every day has data', () => {
    const points = Array.from({ length: 11 }, (_, i) => p(addDays('2026-01-01', i), 1000, 500));
    expect(layout({ points }).hasGaps).to.equal(false);
  });

  it('marks a day with data between two without, which a line alone would not show', () => {
    const l = layout({ points: [p('2026-01-01', 1000, 500), p('2026-01-02', 1000, 500), p('2026-01-08', 700, 750)] });
    expect(l.isolated).to.have.length(1);
    const [point] = l.isolated;
    expect(point!.day).to.equal('2026-01-08');
    expect(point!.x).to.equal(110);
    expect(point!.validY).to.be.closeTo(72, 1e-9);
    expect(point!.allocatedY).to.be.closeTo(62, 1e-9);
  });

  it('shades where allocated exceeds valid, up to the next day’s step', () => {
    const l = layout({
      points: [
        p('2026-01-03', 1000, 500),
        p('2026-01-04', 800, 900),
        p('2026-01-05', 800, 900),
        p('2026-01-06', 800, 700),
      ],
    });
    expect(l.overAllocatedDays).to.equal(2);
    expect(l.overAllocated).to.have.length(1);
    const [run] = l.overAllocated;
    expect(run).to.include({ from: '2026-01-04', to: '2026-01-05', x0: 70, x1: 90, labelX: 80 });
    // Allocated (900 → y 32) on top, valid (800 → y 52) below, from day 4 to day 6's step;
    // neither changes on day 5, so it takes no vertex.
    expect(run!.path).to.equal('M70,32L90,32L90,32L90,52L90,52L70,52Z');
    expect(run!.labelY).to.be.closeTo(26, 1e-9);
  });

  it('steps the shading wherever either line steps inside the run', () => {
    const l = layout({
      points: [
        p('2026-01-03', 800, 900),
        p('2026-01-04', 800, 950),
        p('2026-01-05', 700, 950),
        p('2026-01-06', 700, 950),
        p('2026-01-07', 700, 600),
      ],
    });
    const [run] = l.overAllocated;
    expect(run).to.include({ from: '2026-01-03', to: '2026-01-06', x0: 60, x1: 100 });
    // Top: allocated 900 (y 32) on day 3, 950 (y 22) from day 4 (x 70) to day 7's step (x 100).
    // Back along the bottom: valid 700 (y 72) to day 5 (x 80), then 800 (y 52) to day 3.
    expect(run!.path).to.equal(
      'M60,32L70,32L70,22L80,22L80,22L100,22L100,22L100,72L100,72L80,72L80,52L70,52L70,52L60,52Z',
    );
    expect(run!.labelY).to.be.closeTo(22, 1e-9);
  });

  it('ends the shading where the data ends', () => {
    const l = layout({ points: [p('2026-01-04', 800, 900), p('2026-01-05', 800, 900)] });
    const [run] = l.overAllocated;
    expect(run).to.include({ from: '2026-01-04', to: '2026-01-05', x0: 70, x1: 80 });
    expect(run!.path).to.equal('M70,32L80,32L80,32L80,52L80,52L70,52Z');
  });

  it('keeps separate runs apart and counts the days of all of them', () => {
    const l = layout({
      points: [p('2026-01-01', 100, 200), p('2026-01-02', 300, 200), p('2026-01-03', 100, 200), p('2026-01-04', 100, 200)],
    });
    expect(l.overAllocated.map((run) => [run.from, run.to])).to.deep.equal([
      ['2026-01-01', '2026-01-01'],
      ['2026-01-03', '2026-01-04'],
    ]);
    expect(l.overAllocatedDays).to.equal(3);
  });

  it('marks grant starts and ends inside the period only, one marker per day and kind', () => {
    const inside = grant('a', '2026-01-03', '2026-01-09');
    const sameStart = grant('b', '2026-01-03', '2027-01-02');
    const outside = grant('c', '2025-01-01', '2025-12-31');
    const l = layout({ grants: [outside, sameStart, inside] });
    expect(l.markers.map((m) => [m.day, m.kind, m.x, m.grants.map((g) => g.id)])).to.deep.equal([
      ['2026-01-03', 'start', 60, ['b', 'a']],
      ['2026-01-09', 'end', 120, ['a']],
    ]);
  });

  it('draws each marker as a triangle 3 px below the time axis, a start pointing up and an end down', () => {
    const l = layout({ grants: [grant('a', '2026-01-03', '2026-01-09')] });
    // The axis is at y 212, so the triangles span y 215…224, 10 px wide around the day.
    expect(l.markers.map((m) => m.points)).to.deep.equal(['55,224 65,224 60,215', '115,215 125,215 120,224']);
  });

  it('mirrors the time axis and moves the credit labels right for right-to-left', () => {
    const l = layout({ rtl: true, grants: [grant('a', '2026-01-03', '2026-02-01')] });
    // The label side is now on the right: the plot spans 16…116.
    expect(l.plot).to.include({ left: 16, right: 116 });
    expect(l.slots[0]!.x).to.equal(116);
    expect(l.slots[10]!.x).to.equal(16);
    expect(l.markers[0]!.x).to.be.closeTo(96, 1e-9);
    expect(l.creditLabels).to.deep.equal({ x: 124, anchor: 'start' });
  });

  it('finds the day nearest a position, clamped to the period', () => {
    const l = layout();
    expect(l.indexAt(64)).to.equal(2);
    expect(l.indexAt(66)).to.equal(3);
    expect(l.indexAt(-500)).to.equal(0);
    expect(l.indexAt(5000)).to.equal(10);
    expect(layout({ rtl: true }).indexAt(114)).to.equal(0);
  });

  it('keeps a real axis when every value is zero', () => {
    const l = layout({ points: [p('2026-01-01', 0, 0), p('2026-01-02', 0, 0)] });
    expect(l.creditTicks[0]).to.deep.equal({ credits: 0, y: 212 });
    expect(l.creditTicks.at(-1)!.credits).to.equal(1);
    expect(l.validPath).to.equal('M40,212L50,212L50,212');
  });

  it('lays out a one-day period and an empty one without a single non-finite number', () => {
    for (const l of [
      layout({ period: { from: '2026-01-01', to: '2026-01-01' } }),
      layout({ points: [] }),
      layout({ width: 0, height: 0 }),
    ]) {
      expect(l.slots.every((slot) => Number.isFinite(slot.x))).to.equal(true);
      expect(l.creditTicks.every((tick) => Number.isFinite(tick.y))).to.equal(true);
      expect(finite(l.validPath) && finite(l.allocatedPath)).to.equal(true);
      expect(Number.isFinite(l.yOf(1))).to.equal(true);
    }
    expect(layout({ period: { from: '2026-01-01', to: '2026-01-01' } }).slots[0]!.x).to.equal(90);
  });

  it('lays out five years of daily points as one unbroken step line', () => {
    const period = { from: '2021-11-27', to: '2026-11-26' };
    // Valid changes every 100th day, allocated every day.
    const points = Array.from({ length: 1826 }, (_, i) => p(addDays(period.from, i), 1000 + 10 * Math.floor(i / 100), 500 + i));
    const l = layout({ period, points, width: 1056 });
    // Every day named as the data names it, 2024-02-29 included.
    expect(l.slots.map((slot) => slot.day)).to.deep.equal(points.map((point) => point.date));
    expect(l.validPath.match(/M/g)).to.have.length(1);
    // Two commands (across, then up) per change, days 100 … 1,800, and at the last day.
    expect(l.validPath.match(/L/g)).to.have.length(2 * 19);
    expect(l.allocatedPath.match(/M/g)).to.have.length(1);
    expect(l.allocatedPath.match(/L/g)).to.have.length(2 * 1825);
    // Quarters, with the year named at each January.
    expect(l.timeTicks).to.have.length(20);
    expect(l.timeTicks.slice(0, 5).map((tick) => [tick.day, tick.unit])).to.deep.equal([
      ['2022-01-01', 'year'],
      ['2022-04-01', 'month'],
      ['2022-07-01', 'month'],
      ['2022-10-01', 'month'],
      ['2023-01-01', 'year'],
    ]);
  });

  it('estimates a label’s width from its length and font size', () => {
    expect(estimateTextWidth('1.2M', 12)).to.equal(30);
    expect(estimateTextWidth('', 12)).to.equal(0);
  });
});

const DAY_MS = 86_400_000;

/** The ticks from one day to another (both `YYYY-MM-DD`), as days. */
const ticks = (from: string, to: string, count: number) =>
  utcTicks(parseDay(from).getTime(), parseDay(to).getTime(), count).map((time) => isoDay(new Date(time)));

describe('credit-history time ticks', () => {
  it('ticks every day when there is room for every day', () => {
    expect(ticks('2026-01-01', '2026-01-05', 4)).to.deep.equal([
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
      '2026-01-04',
      '2026-01-05',
    ]);
  });

  it('ticks every other day from the 1st of each month, never a 31st next to the 1st', () => {
    // 19 days for 8 ticks: 2.4 days each, nearest to 2.
    expect(ticks('2026-01-20', '2026-02-08', 8)).to.deep.equal([
      '2026-01-21',
      '2026-01-23',
      '2026-01-25',
      '2026-01-27',
      '2026-01-29',
      '2026-02-01',
      '2026-02-03',
      '2026-02-05',
      '2026-02-07',
    ]);
  });

  it('ticks weekly on the 1st, 8th, 15th and 22nd', () => {
    // 88 days for 12 ticks: 7.3 days each. The 29th would sit two or three days from the 1st.
    expect(ticks('2026-02-01', '2026-04-30', 12)).to.deep.equal([
      '2026-02-01',
      '2026-02-08',
      '2026-02-15',
      '2026-02-22',
      '2026-03-01',
      '2026-03-08',
      '2026-03-15',
      '2026-03-22',
      '2026-04-01',
      '2026-04-08',
      '2026-04-15',
      '2026-04-22',
    ]);
  });

  it('ticks twice a month, on the 1st and the 15th', () => {
    // 110 days for 8 ticks: 13.75 days each.
    expect(ticks('2026-01-10', '2026-04-30', 8)).to.deep.equal([
      '2026-01-15',
      '2026-02-01',
      '2026-02-15',
      '2026-03-01',
      '2026-03-15',
      '2026-04-01',
      '2026-04-15',
    ]);
  });

  it('ticks a year at month starts', () => {
    // 364 days for 15 ticks: 24 days each, nearer a month (30) than half a month (14).
    expect(ticks('2025-11-27', '2026-11-26', 15)).to.deep.equal([
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
      '2026-07-01',
      '2026-08-01',
      '2026-09-01',
      '2026-10-01',
      '2026-11-01',
    ]);
  });

  it('ticks two years at month starts and five at quarter starts', () => {
    // 730 days for 15 ticks: 49 days each, nearer a month (30) than a quarter (90).
    expect(ticks('2024-11-27', '2026-11-26', 15)).to.have.length(24);
    // 1,825 days for 15 ticks: 122 days each, nearer a quarter than a year (365).
    const quarters = ticks('2021-11-27', '2026-11-26', 15);
    expect(quarters).to.have.length(20);
    expect(quarters.slice(0, 5)).to.deep.equal(['2022-01-01', '2022-04-01', '2022-07-01', '2022-10-01', '2023-01-01']);
    expect(quarters.at(-1)).to.equal('2026-10-01');
  });

  it('ticks long periods at year starts, stepping 1, 2 or 5 years', () => {
    // 3,652 days for 15 ticks: 243 days each, nearer a year than a quarter.
    expect(ticks('2016-11-27', '2026-11-26', 15)).to.deep.equal(
      Array.from({ length: 10 }, (_, i) => `${2017 + i}-01-01`),
    );
    // 30 years for 5 ticks: 6 years each, rounded to 5.
    expect(ticks('1996-11-27', '2026-11-26', 5)).to.deep.equal([
      '2000-01-01',
      '2005-01-01',
      '2010-01-01',
      '2015-01-01',
      '2020-01-01',
      '2025-01-01',
    ]);
  });

  it('ticks a one-day period at its day', () => {
    expect(ticks('2026-01-05', '2026-01-05', 2)).to.deep.equal(['2026-01-05']);
  });

  it('gives UTC midnights inside the period, in order, never more than twice the count asked for', () => {
    const first = parseDay('1990-01-01').getTime();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 15_000 }),
        fc.integer({ min: 0, max: 12_000 }),
        fc.integer({ min: 1, max: 60 }),
        (offset, days, count) => {
          const start = first + offset * DAY_MS;
          const stop = start + days * DAY_MS;
          const result = utcTicks(start, stop, count);
          expect(result.every((time) => time % DAY_MS === 0 && time >= start && time <= stop)).to.equal(true);
          expect(result.every((time, i) => i === 0 || time > result[i - 1]!)).to.equal(true);
          expect(result.length).to.be.at.most(2 * count + 1);
        },
      ),
    );
  });
});
