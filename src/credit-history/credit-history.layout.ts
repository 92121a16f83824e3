import { scaleIdentity } from 'd3-scale';
import { area, curveStepAfter, line } from 'd3-shape';
import { compareCredits } from '../data/credits.js';
import type { CreditGrant, HistoryPoint } from '../data/types.js';
import { isoDay, parseDay } from '../data/days.js';
import { periodLength, type Period } from './credit-history.period.js';
import { linearMap } from './linear-map.js';

/*
 * The history chart's geometry: data and size in, scales, ticks and SVG paths out. Nothing
 * here knows about locales or the DOM; the element formats the tick labels and renders.
 * Coordinates are SVG user units, one per CSS pixel, in physical (left-to-right) terms:
 * in right-to-left layouts the time axis is mirrored and the credit axis moves right.
 */

/** Room around the plot for the axis labels; the credit labels' side is measured instead. */
export const MARGIN = { top: 12, end: 16, bottom: 36 } as const;
/** Between the credit labels and the plot. */
export const LABEL_GAP = 8;
/** Roughly how far apart ticks should be, so that their labels never collide. */
const X_TICK_SPACING = 64;
const Y_TICK_SPACING = 48;
const DAY_MS = 86_400_000;
/** Grant markers are small triangles just below the time axis line, above its labels. */
const MARKER_GAP = 3;
const MARKER_SIZE = { width: 10, height: 9 } as const;

export interface HistoryLayoutInput {
  /** Validated history: sorted, one point per day at most, every day inside the period. */
  points: readonly HistoryPoint[];
  period: Period;
  /** Their start and end days inside the period become markers on the time axis. */
  grants: readonly CreditGrant[];
  /**
   * Days after the period, one point each, consecutive from the day after `period.to` (the
   * as-of day): what valid credits will be as grants end, at the current allocation. Drawn
   * as projection lines right of a "Today" marker; the time axis runs to the last one.
   */
  projection?: readonly HistoryPoint[];
  width: number;
  height: number;
  rtl: boolean;
  /** How wide each credit tick's label is, in pixels (the element knows their text, which depends on every tick). */
  labelWidths: (ticks: readonly number[]) => readonly number[];
}

export interface DaySlot {
  day: string;
  x: number;
  /** The day's data; undefined for a day without data (a gap in the lines, never a zero). */
  point: HistoryPoint | undefined;
  /** A day after the as-of day: its point is projected from the grants, not history. */
  projected: boolean;
}

export interface TimeTick {
  day: string;
  x: number;
  /** What the label should name: a new year, a new month, or a day. */
  unit: 'year' | 'month' | 'day';
}

export interface CreditTick {
  credits: number;
  y: number;
}

/** A run of consecutive days on which allocated exceeded valid: the shaded gap between the lines. */
export interface OverAllocatedRun {
  from: string;
  to: string;
  /** Area between the two step lines over the run. */
  path: string;
  /** Where the shading starts and ends horizontally (x1 < x0 when mirrored). */
  x0: number;
  x1: number;
  /** Above the run's highest allocated value: where a label fits. */
  labelX: number;
  labelY: number;
  /** The run lies in the projection: a shortfall to come, not one that happened. */
  projected: boolean;
}

export interface GrantMarker {
  day: string;
  /** `start`: credits become valid that day; `end`: the last day they are valid. */
  kind: 'start' | 'end';
  x: number;
  /** The marker's triangle below the time axis: a start points up at it, an end down. */
  points: string;
  grants: readonly CreditGrant[];
}

/** A day with data whose neighbours have none: the lines alone would not show it. */
export interface IsolatedPoint {
  day: string;
  x: number;
  validY: number;
  allocatedY: number;
}

export interface HistoryLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** Every day of the period, in order, with or without data. */
  slots: DaySlot[];
  timeTicks: TimeTick[];
  creditTicks: CreditTick[];
  /** Where the credit labels stand and which way they are anchored. */
  creditLabels: { x: number; anchor: 'start' | 'end' };
  validPath: string;
  allocatedPath: string;
  /** The projection's lines, from the as-of day on; empty without a projection. */
  projectedValidPath: string;
  projectedAllocatedPath: string;
  /** The as-of day's position when a projection follows it. */
  today: { day: string; x: number } | undefined;
  isolated: IsolatedPoint[];
  overAllocated: OverAllocatedRun[];
  /** Days of history on which allocated exceeded valid. */
  overAllocatedDays: number;
  /** Projected days on which allocated will exceed valid. */
  projectedOverAllocatedDays: number;
  markers: GrantMarker[];
  /** Whether any day of the period has no data. */
  hasGaps: boolean;
  /** The vertical position of a credit amount. */
  yOf: (credits: number) => number;
  /** The index of the day nearest a horizontal position (clamped to the period). */
  indexAt: (x: number) => number;
}

/** A plain estimate of a label's width: good enough to reserve room, with no DOM. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.62);
}

export function historyLayout(input: HistoryLayoutInput): HistoryLayout {
  const { points, period, grants, width, height, rtl, labelWidths } = input;
  const projection = input.projection ?? [];
  const top = MARGIN.top;
  const bottom = Math.max(top, height - MARGIN.bottom);

  const highest = [...points, ...projection].reduce((max, p) => Math.max(max, p.totalValid, p.allocated), 0);
  const creditTickCount = Math.max(2, Math.floor((bottom - top) / Y_TICK_SPACING));
  // An all-zero history still gets an axis from 0 up, never a collapsed one.
  // d3-scale's ticks and nicing, on an identity scale: the mapping to pixels is linearMap's.
  const creditScale = scaleIdentity()
    .domain([0, highest > 0 ? highest : 1])
    .nice(creditTickCount);
  const y = linearMap(creditScale.domain() as [number, number], [bottom, top]);
  const creditValues = creditScale.ticks(creditTickCount);

  const axisWidth = Math.max(0, ...labelWidths(creditValues)) + LABEL_GAP;
  const left = rtl ? MARGIN.end : axisWidth;
  const right = Math.max(left, width - (rtl ? axisWidth : MARGIN.end));
  // Time as UTC milliseconds on a linear scale: d3's time scale would bring its calendar
  // and formatting modules into every build, for ticks that utcTicks (below) gives in a few lines.
  const first = parseDay(period.from).getTime();
  const today = parseDay(period.to).getTime();
  const last = projection.length > 0 ? today + projection.length * DAY_MS : today;
  const x = linearMap([first, last], rtl ? [right, left] : [left, right]);

  const slots: DaySlot[] = [];
  // Stepping in milliseconds (a UTC day is always DAY_MS long) instead of parsing each day's
  // text: five years are 1,826 days, and parsing them took a third of the layout's time. The
  // points are sorted and inside the period, so a day's point, if it has one, is the next.
  for (let i = 0, next = 0, count = periodLength(period); i < count; i++) {
    const time = first + i * DAY_MS;
    const day = isoDay(new Date(time));
    const point = points[next]?.date === day ? points[next++] : undefined;
    slots.push({ day, x: x(time), point, projected: false });
  }
  projection.forEach((point, i) => {
    const time = today + (i + 1) * DAY_MS;
    slots.push({ day: isoDay(new Date(time)), x: x(time), point, projected: true });
  });
  const actual = projection.length > 0 ? slots.slice(0, slots.length - projection.length) : slots;
  // The projection starts from the as-of day's point, so its lines continue the actual ones.
  const ahead = projection.length > 0 ? slots.slice(actual.length - 1) : [];

  const stepLine = (value: (point: HistoryPoint) => number, from: readonly DaySlot[] = actual) => {
    const days = stepSlots(from, (a, b) => value(a) === value(b));
    return (
      line<DaySlot>()
        .defined((slot) => slot.point !== undefined)
        .curve(curveStepAfter)
        .x((slot) => slot.x)
        .y((slot) => y(value(slot.point!)))(days) ?? ''
    );
  };

  const timeTickCount = Math.max(2, Math.floor((right - left) / X_TICK_SPACING));
  const timeTicks = utcTicks(first, last, timeTickCount).map(
    (time): TimeTick => ({ day: isoDay(new Date(time)), x: x(time), unit: timeUnit(new Date(time)) }),
  );

  // Each day's over-allocation is decided once: the runs, their shading and the counts read it.
  const projected = ahead.slice(1);
  const actualOver = actual.map(isOverAllocated);
  const projectedOver = projected.map(isOverAllocated);
  const overAllocated = [
    ...overAllocatedRuns(actual, actualOver, y, top, false),
    ...overAllocatedRuns(projected, projectedOver, y, top, true),
  ];
  return {
    width,
    height,
    plot: { left, right, top, bottom },
    slots,
    timeTicks,
    creditTicks: creditValues.map((credits) => ({ credits, y: y(credits) })),
    creditLabels: rtl ? { x: right + LABEL_GAP, anchor: 'start' } : { x: left - LABEL_GAP, anchor: 'end' },
    validPath: stepLine((p) => p.totalValid),
    allocatedPath: stepLine((p) => p.allocated),
    projectedValidPath: ahead.length > 0 ? stepLine((p) => p.totalValid, ahead) : '',
    projectedAllocatedPath: ahead.length > 0 ? stepLine((p) => p.allocated, ahead) : '',
    today: projection.length > 0 ? { day: period.to, x: x(today) } : undefined,
    isolated: isolatedPoints(actual, y),
    overAllocated,
    overAllocatedDays: actualOver.filter(Boolean).length,
    projectedOverAllocatedDays: projectedOver.filter(Boolean).length,
    markers: grantMarkers(grants, period, (day) => x(parseDay(day).getTime()), bottom + MARKER_GAP),
    hasGaps: actual.some((slot) => !slot.point),
    yOf: (credits) => y(credits),
    indexAt: (position) => {
      const days = Math.round((x.invert(position) - first) / DAY_MS);
      return Math.min(slots.length - 1, Math.max(0, days));
    },
  };
}

function timeUnit(date: Date): TimeTick['unit'] {
  if (date.getUTCDate() !== 1) return 'day';
  return date.getUTCMonth() === 0 ? 'year' : 'month';
}

/**
 * The days a step line needs to draw the same picture as every day: where a run of days
 * with data starts or ends, where the value changes, and the first day of each gap (which
 * breaks the line). Between two of them the value holds, so the step curve takes two
 * vertices per change instead of two per day (7,300 for five years of both lines).
 */
function stepSlots(slots: readonly DaySlot[], same: (a: HistoryPoint, b: HistoryPoint) => boolean): DaySlot[] {
  return slots.filter(({ point }, i) => {
    const before = slots[i - 1]?.point;
    if (!point) return before !== undefined;
    const after = slots[i + 1]?.point;
    return !before || !after || !same(point, before);
  });
}

function isOverAllocated(slot: DaySlot): boolean {
  // Decided on exact hundredths: equal figures after float sums are not over-allocated.
  return slot.point !== undefined && compareCredits(slot.point.allocated, slot.point.totalValid) > 0;
}

/**
 * Both lines step after each day, so a run's shading ends where the next day's step is
 * drawn: the run's last values are carried to the next day when it has data. Followed by a
 * gap, the lines stop at the last day and so does the shading. Like the lines, the shading
 * takes a vertex only where either value changes: the same polygon, exactly.
 */
function overAllocatedRuns(
  slots: readonly DaySlot[],
  over: readonly boolean[],
  y: (credits: number) => number,
  top: number,
  projected: boolean,
): OverAllocatedRun[] {
  const shade = area<DaySlot>()
    .curve(curveStepAfter)
    .x((slot) => slot.x)
    .y0((slot) => y(slot.point!.totalValid))
    .y1((slot) => y(slot.point!.allocated));
  const runs: OverAllocatedRun[] = [];
  for (let start = over.indexOf(true); start !== -1; start = over.indexOf(true, start + 1)) {
    let end = start;
    while (over[end + 1]) end++;
    const days = slots.slice(start, end + 1);
    const last = slots[end]!;
    const next = slots[end + 1];
    if (next?.point) days.push({ ...next, point: last.point });
    const run = stepSlots(days, (a, b) => a.allocated === b.allocated && a.totalValid === b.totalValid);
    const x0 = slots[start]!.x;
    const x1 = run[run.length - 1]!.x;
    const highest = Math.min(...run.map((slot) => y(slot.point!.allocated)));
    runs.push({
      from: slots[start]!.day,
      to: last.day,
      path: shade(run) ?? '',
      x0,
      x1,
      labelX: (x0 + x1) / 2,
      labelY: Math.max(top + 10, highest - 6),
      projected,
    });
    start = end;
  }
  return runs;
}

function isolatedPoints(slots: readonly DaySlot[], y: (credits: number) => number): IsolatedPoint[] {
  return slots.flatMap((slot, i) => {
    if (!slot.point || slots[i - 1]?.point || slots[i + 1]?.point) return [];
    return [{ day: slot.day, x: slot.x, validY: y(slot.point.totalValid), allocatedY: y(slot.point.allocated) }];
  });
}

/** One marker per day and kind, however many grants start or end that day; `y` is the triangles' top. */
function grantMarkers(
  grants: readonly CreditGrant[],
  period: Period,
  xOf: (day: string) => number,
  y: number,
): GrantMarker[] {
  const markers = new Map<string, GrantMarker>();
  for (const grant of grants) {
    for (const [kind, day] of [
      ['start', grant.startDate],
      ['end', grant.endDate],
    ] as const) {
      if (day < period.from || day > period.to) continue;
      const key = `${day}|${kind}`;
      const marker = markers.get(key);
      if (marker) {
        markers.set(key, { ...marker, grants: [...marker.grants, grant] });
      } else {
        const x = xOf(day);
        markers.set(key, { day, kind, x, points: markerPoints(kind, x, y), grants: [grant] });
      }
    }
  }
  return [...markers.values()].sort((a, b) => a.day.localeCompare(b.day) || (a.kind === 'start' ? -1 : 1));
}

function markerPoints(kind: GrantMarker['kind'], x: number, y: number): string {
  const { width, height } = MARKER_SIZE;
  const [left, right] = [x - width / 2, x + width / 2];
  return kind === 'start'
    ? `${left},${y + height} ${right},${y + height} ${x},${y}`
    : `${left},${y} ${right},${y} ${x},${y + height}`;
}

/**
 * The intervals ticks can step by, with their nominal length in days. Day steps count from
 * each month's first day, so every month start is a tick; month steps count from January.
 */
const TICK_INTERVALS: readonly (readonly [unit: TimeTick['unit'], step: number, days: number])[] = [
  ['day', 1, 1],
  ['day', 2, 2],
  ['day', 7, 7],
  ['day', 14, 14],
  ['month', 1, 30],
  ['month', 3, 90],
  ['year', 1, 365],
];

/**
 * About `count` time-axis ticks from `start` to `stop` (UTC midnights in milliseconds, both
 * included), on calendar boundaries and whole days only. As in d3's time ticks, the interval
 * is the one whose length is nearest, by ratio, to the span divided by `count`; beyond a
 * year per tick, years step by 1, 2 or 5 times a power of ten.
 */
export function utcTicks(start: number, stop: number, count: number): number[] {
  const target = (stop - start) / DAY_MS / Math.max(1, count);
  const next = TICK_INTERVALS.findIndex(([, , days]) => days > target);
  if (next === -1) return calendarTicks(start, stop, 'year', niceStep(target / 365));
  const previous = TICK_INTERVALS[next - 1];
  const [unit, step, days] = TICK_INTERVALS[next]!;
  return previous && target / previous[2] < days / target
    ? calendarTicks(start, stop, previous[0], previous[1])
    : calendarTicks(start, stop, unit, step);
}

function calendarTicks(start: number, stop: number, unit: TimeTick['unit'], step: number): number[] {
  const ticks: number[] = [];
  const first = new Date(start);
  const year = first.getUTCFullYear();
  if (unit === 'year') {
    for (let y = Math.ceil(year / step) * step; Date.UTC(y, 0, 1) <= stop; y += step) {
      if (Date.UTC(y, 0, 1) >= start) ticks.push(Date.UTC(y, 0, 1));
    }
    return ticks;
  }
  // Date.UTC carries a month index past 11 into the next years.
  for (let month = first.getUTCMonth(); Date.UTC(year, month, 1) <= stop; month++) {
    if (unit === 'month') {
      if (month % step === 0 && Date.UTC(year, month, 1) >= start) ticks.push(Date.UTC(year, month, 1));
      continue;
    }
    const monthDays = (Date.UTC(year, month + 1, 1) - Date.UTC(year, month, 1)) / DAY_MS;
    // A tick needs a whole step before the next month's first: no 31st crowding the 1st.
    for (let day = 1; day + step <= monthDays + 1; day += step) {
      const tick = Date.UTC(year, month, day);
      if (tick >= start && tick <= stop) ticks.push(tick);
    }
  }
  return ticks;
}

/** 1, 2 or 5 times a power of ten, the nearest to `raw` (at least 1) by ratio. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  return power * (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1);
}
