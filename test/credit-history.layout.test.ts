import { expect } from '@open-wc/testing';
import {
  estimateTextWidth,
  historyLayout,
  LABEL_GAP,
  MARGIN,
  type HistoryLayoutInput,
} from '../src/credit-history/credit-history.layout.js';
import type { CreditGrant, HistoryPoint } from '../src/data/types.js';
import { addDays } from '../src/i18n/format.js';

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
    labelWidth: () => 32,
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
    const l = layout({ labelWidth: (credits) => (credits === 1000 ? 50 : 20) });
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

  it('draws total valid as a step line, breaking it at days without data', () => {
    const l = layout({
      points: [p('2026-01-01', 1000, 500), p('2026-01-02', 800, 500), p('2026-01-04', 600, 500), p('2026-01-05', 600, 500)],
    });
    // Steps after each day: across at the old value, then up or down at the next day.
    expect(l.validPath).to.equal('M40,12L50,12L50,52M70,92L80,92L80,92');
    expect(l.hasGaps).to.equal(true);
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
    // Allocated (900 → y 32) on top, valid (800 → y 52) below, from day 4 to day 6's step.
    expect(run!.path).to.equal('M70,32L80,32L80,32L90,32L90,32L90,52L90,52L80,52L80,52L70,52Z');
    expect(run!.labelY).to.be.closeTo(26, 1e-9);
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
    const points = Array.from({ length: 1826 }, (_, i) => p(addDays(period.from, i), 1000 + i, 500 + i));
    const l = layout({ period, points, width: 1056 });
    expect(l.slots).to.have.length(1826);
    expect(l.validPath.match(/M/g)).to.have.length(1);
    // Two commands (across, then up) per day after the first.
    expect(l.validPath.match(/L/g)).to.have.length(2 * 1825);
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
