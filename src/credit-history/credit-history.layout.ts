import { scaleLinear, scaleUtc } from 'd3-scale';
import { area, curveStepAfter, line } from 'd3-shape';
import type { CreditGrant, HistoryPoint } from '../data/types.js';
import { isoDay, parseDay } from '../i18n/format.js';
import { periodLength, type Period } from './credit-history.period.js';

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

export interface HistoryLayoutInput {
  /** Validated history: sorted, one point per day at most, every day inside the period. */
  points: readonly HistoryPoint[];
  period: Period;
  /** Their start and end days inside the period become markers on the time axis. */
  grants: readonly CreditGrant[];
  width: number;
  height: number;
  rtl: boolean;
  /** How wide the label of a credit tick is, in pixels (the element knows its text). */
  labelWidth: (credits: number) => number;
}

export interface DaySlot {
  day: string;
  x: number;
  /** The day's data; undefined for a day without data (a gap in the lines, never a zero). */
  point: HistoryPoint | undefined;
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
}

export interface GrantMarker {
  day: string;
  /** `start`: credits become valid that day; `end`: the last day they are valid. */
  kind: 'start' | 'end';
  x: number;
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
  isolated: IsolatedPoint[];
  overAllocated: OverAllocatedRun[];
  /** Days on which allocated exceeded valid. */
  overAllocatedDays: number;
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
  const { points, period, grants, width, height, rtl, labelWidth } = input;
  const top = MARGIN.top;
  const bottom = Math.max(top, height - MARGIN.bottom);

  const highest = points.reduce((max, p) => Math.max(max, p.totalValid, p.allocated), 0);
  const creditTickCount = Math.max(2, Math.floor((bottom - top) / Y_TICK_SPACING));
  // An all-zero history still gets an axis from 0 up, never a collapsed one.
  const y = scaleLinear()
    .domain([0, highest > 0 ? highest : 1])
    .range([bottom, top])
    .nice(creditTickCount);
  const creditValues = y.ticks(creditTickCount);

  const axisWidth = Math.max(0, ...creditValues.map(labelWidth)) + LABEL_GAP;
  const left = rtl ? MARGIN.end : axisWidth;
  const right = Math.max(left, width - (rtl ? axisWidth : MARGIN.end));
  const x = scaleUtc()
    .domain([parseDay(period.from), parseDay(period.to)])
    .range(rtl ? [right, left] : [left, right]);

  const byDay = new Map(points.map((point) => [point.date, point]));
  const slots: DaySlot[] = [];
  // Stepping in milliseconds (a UTC day is always DAY_MS long) instead of parsing each day's
  // text: five years are 1,826 days, and parsing them took a third of the layout's time.
  const first = parseDay(period.from).getTime();
  for (let i = 0, count = periodLength(period); i < count; i++) {
    const date = new Date(first + i * DAY_MS);
    const day = isoDay(date);
    slots.push({ day, x: x(date), point: byDay.get(day) });
  }

  const defined = (slot: DaySlot) => slot.point !== undefined;
  const stepLine = (value: (point: HistoryPoint) => number) =>
    line<DaySlot>()
      .defined(defined)
      .curve(curveStepAfter)
      .x((slot) => slot.x)
      .y((slot) => y(value(slot.point!)))(slots) ?? '';

  const timeTickCount = Math.max(2, Math.floor((right - left) / X_TICK_SPACING));
  const timeTicks = x
    .ticks(timeTickCount)
    // Short periods tick at hours: only whole days are labelled.
    .filter((date) => date.getTime() % DAY_MS === 0)
    .map((date): TimeTick => ({ day: isoDay(date), x: x(date), unit: timeUnit(date) }));

  const overAllocated = overAllocatedRuns(slots, y, top);
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
    isolated: isolatedPoints(slots, y),
    overAllocated,
    overAllocatedDays: slots.filter(isOverAllocated).length,
    markers: grantMarkers(grants, period, (day) => x(parseDay(day))),
    hasGaps: slots.some((slot) => !slot.point),
    yOf: (credits) => y(credits),
    indexAt: (position) => {
      const days = Math.round((x.invert(position).getTime() - parseDay(period.from).getTime()) / DAY_MS);
      return Math.min(slots.length - 1, Math.max(0, days));
    },
  };
}

function timeUnit(date: Date): TimeTick['unit'] {
  if (date.getUTCDate() !== 1) return 'day';
  return date.getUTCMonth() === 0 ? 'year' : 'month';
}

function isOverAllocated(slot: DaySlot | undefined): boolean {
  return slot?.point !== undefined && slot.point.allocated > slot.point.totalValid;
}

/**
 * Both lines step after each day, so a run's shading ends where the next day's step is
 * drawn: the run's last values are carried to the next day when it has data. Followed by a
 * gap, the lines stop at the last day and so does the shading.
 */
function overAllocatedRuns(slots: readonly DaySlot[], y: (credits: number) => number, top: number): OverAllocatedRun[] {
  const shade = area<DaySlot>()
    .curve(curveStepAfter)
    .x((slot) => slot.x)
    .y0((slot) => y(slot.point!.totalValid))
    .y1((slot) => y(slot.point!.allocated));
  const runs: OverAllocatedRun[] = [];
  for (let start = 0; start < slots.length; start++) {
    if (!isOverAllocated(slots[start])) continue;
    let end = start;
    while (isOverAllocated(slots[end + 1])) end++;
    const run = slots.slice(start, end + 1);
    const last = slots[end]!;
    const next = slots[end + 1];
    if (next?.point) run.push({ ...next, point: last.point });
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

/** One marker per day and kind, however many grants start or end that day. */
function grantMarkers(grants: readonly CreditGrant[], period: Period, xOf: (day: string) => number): GrantMarker[] {
  const markers = new Map<string, GrantMarker>();
  for (const grant of grants) {
    for (const [kind, day] of [
      ['start', grant.startDate],
      ['end', grant.endDate],
    ] as const) {
      if (day < period.from || day > period.to) continue;
      const key = `${day}|${kind}`;
      const marker = markers.get(key);
      if (marker) markers.set(key, { ...marker, grants: [...marker.grants, grant] });
      else markers.set(key, { day, kind, x: xOf(day), grants: [grant] });
    }
  }
  return [...markers.values()].sort((a, b) => a.day.localeCompare(b.day) || (a.kind === 'start' ? -1 : 1));
}
