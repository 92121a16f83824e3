import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { styleProps } from '../base/style-props.js';
import { memo } from '../base/memo.js';
import { compareCredits } from '../data/credits.js';
import type { CreditGrant, HistoryPoint } from '../data/types.js';
import { parseDay } from '../data/days.js';
import { creditBalance } from './history-story.js';
import { dateFormat, formatCredits, formatDay } from '../i18n/format.js';
import { creditAxisLabels } from './credit-axis-labels.js';
import { fill } from '../i18n/strings.js';
import { estimateTextWidth, historyLayout, type DaySlot, type HistoryLayout, type TimeTick } from './credit-history.layout.js';
import type { Period } from './credit-history.period.js';
import { TICK_FONT_SIZE } from './credit-history.styles.js';
import type { HistoryStrings } from './credit-history.strings.js';

/*
 * The history chart's pieces as plain functions of a layout, the strings and the locale, and
 * the words it says about a day (also in the table and the live region). The element
 * composes them, binds the plot's handlers and owns the state.
 */

/** The layout with room for the credit labels in `locale`; its inputs one by one, so `memo` can compare them. */
export function chartLayout(
  points: readonly HistoryPoint[],
  grants: readonly CreditGrant[],
  from: string,
  to: string,
  width: number,
  height: number,
  rtl: boolean,
  locale: string,
  projection: readonly HistoryPoint[],
): HistoryLayout {
  return historyLayout({
    points,
    grants,
    projection,
    period: { from, to },
    width,
    height,
    rtl,
    labelWidths: (ticks) => creditAxisLabels(locale, ticks).map((label) => estimateTextWidth(label, TICK_FONT_SIZE)),
  });
}

export function periodText(locale: string, period: Period): string {
  return periodRange(locale, period.from, period.to);
}

/** A render names its period three times (the header, the chart's label, its story): formatted once. */
const periodRange = memo((locale: string, from: string, to: string) =>
  dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(parseDay(from), parseDay(to)),
);

export function timeLabel(locale: string, tick: TimeTick): string {
  const options: Intl.DateTimeFormatOptions =
    tick.unit === 'year' ? { year: 'numeric' } : tick.unit === 'month' ? { month: 'short' } : { month: 'short', day: 'numeric' };
  return dateFormat(locale, { ...options, timeZone: 'UTC' }).format(parseDay(tick.day));
}

/** A balance in words as well as colour when allocated exceeds valid. */
export function balanceText(t: HistoryStrings, locale: string, point: HistoryPoint): string {
  const balance = formatCredits(locale, creditBalance(point));
  return compareCredits(point.allocated, point.totalValid) > 0 ? fill(t.historyOverAllocatedBalance, { balance }) : balance;
}

/** The crosshair's day in one sentence, for the live region. */
export function describeDay(t: HistoryStrings, locale: string, layout: HistoryLayout, slot: DaySlot): string {
  const date = formatDay(locale, slot.day);
  const sentence = slot.point
    ? fill(slot.projected ? t.historyPointSummaryProjected : t.historyPointSummary, {
        date,
        valid: formatCredits(locale, slot.point.totalValid),
        allocated: formatCredits(locale, slot.point.allocated),
        balance: balanceText(t, locale, slot.point),
      })
    : fill(t.historyNoDataOn, { date });
  return [sentence, ...grantEvents(t, layout, slot.day)].join('. ');
}

function grantEvents(t: HistoryStrings, layout: HistoryLayout, day: string): string[] {
  return layout.markers
    .filter((marker) => marker.day === day)
    .flatMap((marker) =>
      marker.grants.map((grant) => fill(marker.kind === 'start' ? t.historyStartsOn : t.historyEndsOn, { name: grant.name })),
    );
}

/** A short stretch of a line in its own style: colour is never the only cue. */
export function lineSwatch(kind: 'valid' | 'allocated', projected = false): TemplateResult {
  return html`<svg class="swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
    <line class="line ${kind} ${projected ? 'projected' : ''}" x1="3" y1="6" x2="25" y2="6"></line>
  </svg>`;
}

function todaySwatch(): TemplateResult {
  return html`<svg class="swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
    <line class="today-line" x1="14" y1="0" x2="14" y2="12"></line>
  </svg>`;
}

export function markerSwatch(kind: 'start' | 'end'): TemplateResult {
  const points = kind === 'start' ? '9,10 19,10 14,1' : '9,2 19,2 14,11';
  return html`<svg class="swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
    <polygon class="marker ${kind}" points=${points}></polygon>
  </svg>`;
}

/** The hatching lives outside the chart, so the legend can use it in the table view too. */
export function hatchDefs(): TemplateResult {
  return html`<svg class="defs" aria-hidden="true" focusable="false">
    <defs>
      <pattern id="over-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect class="hatch-bg" width="6" height="6"></rect>
        <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
      </pattern>
      <pattern id="projected-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
        <rect class="hatch-bg" width="6" height="6"></rect>
        <line class="hatch-line projected" x1="0" y1="0" x2="0" y2="6"></line>
      </pattern>
    </defs>
  </svg>`;
}

/** Without data the legend keeps its row, so nothing below it moves. */
export function historyLegend(layout: HistoryLayout, hasData: boolean, t: HistoryStrings): TemplateResult {
  if (!hasData) return html`<div class="legend"></div>`;
  const kinds = new Set(layout.markers.map((marker) => marker.kind));
  return html`<ul class="legend" part="legend">
    <li>${lineSwatch('valid')}${t.historyValid}</li>
    <li>${lineSwatch('allocated')}${t.historyAllocated}</li>
    ${layout.overAllocatedDays > 0
      ? html`<li data-key="over-allocated">
          <svg class="swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
            <rect width="28" height="12" fill="url(#over-hatch)"></rect>
          </svg>
          ${fill(t.historyOverAllocatedLegend, { days: layout.overAllocatedDays, total: layout.slots.length })}
        </li>`
      : nothing}
    ${layout.today
      ? html`<li data-key="projected-valid">${lineSwatch('valid', true)}${t.historyProjectedValid}</li>
          <li data-key="projected-allocated">${lineSwatch('allocated', true)}${t.historyProjectedAllocated}</li>
          <li data-key="today">${todaySwatch()}${t.historyToday}</li>`
      : nothing}
    ${layout.projectedOverAllocatedDays > 0
      ? html`<li data-key="projected-over-allocated">
          <svg class="swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
            <rect width="28" height="12" fill="url(#projected-hatch)"></rect>
          </svg>
          ${fill(t.historyProjectedShortfallLegend, {
            days: layout.projectedOverAllocatedDays,
            total: layout.slots.filter((slot) => slot.projected).length,
          })}
        </li>`
      : nothing}
    ${kinds.has('start') ? html`<li>${markerSwatch('start')}${t.historyGrantStarts}</li>` : nothing}
    ${kinds.has('end') ? html`<li>${markerSwatch('end')}${t.historyGrantEnds}</li>` : nothing}
    ${layout.hasGaps ? html`<li class="muted">${t.historyGaps}</li>` : nothing}
  </ul>`;
}

/** Everything drawn in the plot; `active` is the crosshair's day, if shown. */
export function plotSvg(layout: HistoryLayout, active: DaySlot | undefined, t: HistoryStrings, locale: string): TemplateResult {
  return html`<svg
    class="plot-svg"
    aria-hidden="true"
    focusable="false"
    width=${layout.width}
    height=${layout.height}
    viewBox="0 0 ${layout.width} ${layout.height}"
  >
    ${chartAxes(layout, locale)} ${overAllocationShading(layout, t)}
    <path class="line valid" d=${layout.validPath}></path>
    <path class="line allocated" d=${layout.allocatedPath}></path>
    ${layout.today ? projectionLines(layout, t) : nothing}
    ${isolatedPoints(layout)} ${active ? crosshair(layout, active) : nothing}
  </svg>`;
}

export function chartAxes(layout: HistoryLayout, locale: string): SVGTemplateResult {
  const { plot, creditLabels } = layout;
  const labels = creditAxisLabels(
    locale,
    layout.creditTicks.map((tick) => tick.credits),
  );
  return svg`<g class="credit-axis">
      ${layout.creditTicks.map(
        (tick, i) => svg`<line class="grid" x1=${plot.left} x2=${plot.right} y1=${tick.y} y2=${tick.y}></line>
          <text class="tick-label" x=${creditLabels.x} y=${tick.y} dy="0.32em" text-anchor=${creditLabels.anchor}>${labels[i]}</text>`,
      )}
    </g>
    <g class="time-axis">
      <line class="axis-line" x1=${plot.left} x2=${plot.right} y1=${plot.bottom} y2=${plot.bottom}></line>
      ${layout.timeTicks.map(
        (tick) => svg`<line class="axis-line" x1=${tick.x} x2=${tick.x} y1=${plot.bottom} y2=${plot.bottom + 4}></line>
          <text class="tick-label" x=${tick.x} y=${plot.bottom + 28} text-anchor="middle">${timeLabel(locale, tick)}</text>`,
      )}
      ${layout.markers.map((marker) => svg`<polygon class="marker ${marker.kind}" points=${marker.points}></polygon>`)}
    </g>`;
}

/** The projection right of the as-of day, and the "Today" line between history and projection. */
function projectionLines(layout: HistoryLayout, t: HistoryStrings): SVGTemplateResult {
  const { plot, today } = layout;
  return svg`<line class="today-line" x1=${today!.x} x2=${today!.x} y1=${plot.top} y2=${plot.bottom}></line>
    <text class="today-label" x=${today!.x} y=${plot.top - 2} text-anchor="middle">${t.historyToday}</text>
    <path class="line valid projected" d=${layout.projectedValidPath}></path>
    <path class="line allocated projected" d=${layout.projectedAllocatedPath}></path>`;
}

export function overAllocationShading(layout: HistoryLayout, t: HistoryStrings): SVGTemplateResult {
  const label = t.historyOverAllocated;
  const labelWidth = estimateTextWidth(label, TICK_FONT_SIZE);
  const { left, right } = layout.plot;
  // A run at either end of the period would push a centred label out of the plot.
  const labelX = (x: number) => Math.min(Math.max(x, left + labelWidth / 2), right - labelWidth / 2);
  return svg`<g class="over-allocation">
    ${layout.overAllocated.map(
      (run) => svg`<path class="over-area ${run.projected ? 'projected' : ''}" d=${run.path} fill=${run.projected ? 'url(#projected-hatch)' : 'url(#over-hatch)'}></path>
        ${
          !run.projected && Math.abs(run.x1 - run.x0) >= labelWidth
            ? svg`<text class="over-label" x=${labelX(run.labelX)} y=${run.labelY} text-anchor="middle">${label}</text>`
            : nothing
        }`,
    )}
  </g>`;
}

/** Days without neighbours are dots: the lines alone would not show them. */
export function isolatedPoints(layout: HistoryLayout): SVGTemplateResult[] {
  return layout.isolated.map(
    (point) => svg`<circle class="point-valid" cx=${point.x} cy=${point.validY} r="3"></circle>
      <circle class="point-allocated" cx=${point.x} cy=${point.allocatedY} r="3.5"></circle>`,
  );
}

export function crosshair(layout: HistoryLayout, slot: DaySlot): SVGTemplateResult {
  const { plot } = layout;
  return svg`<g class="crosshair-group">
    <line class="crosshair" x1=${slot.x} x2=${slot.x} y1=${plot.top} y2=${plot.bottom}></line>
    ${
      slot.point
        ? svg`<circle class="dot dot-valid" cx=${slot.x} cy=${layout.yOf(slot.point.totalValid)} r="4.5"></circle>
          <circle class="dot dot-allocated" cx=${slot.x} cy=${layout.yOf(slot.point.allocated)} r="4.5"></circle>`
        : nothing
    }
  </g>`;
}

/** Hidden from assistive technology: the live region says the same in one sentence. */
export function chartTooltip(layout: HistoryLayout, slot: DaySlot, t: HistoryStrings, locale: string): TemplateResult {
  const flip = slot.x > layout.width / 2;
  const point = slot.point;
  const events = grantEvents(t, layout, slot.day);
  return html`<div
    class="tooltip ${flip ? 'flip' : ''}"
    part="tooltip"
    aria-hidden="true"
    ${styleProps({ left: `${slot.x}px` })}
  >
    <strong>${formatDay(locale, slot.day)}${slot.projected ? html` <span class="projected-tag">${t.historyProjectedTag}</span>` : nothing}</strong>
    ${point
      ? html`<dl>
          <dt>${lineSwatch('valid', slot.projected)}${t.historyValid}</dt>
          <dd data-key="valid">${formatCredits(locale, point.totalValid)}</dd>
          <dt>${lineSwatch('allocated', slot.projected)}${t.historyAllocated}</dt>
          <dd data-key="allocated">${formatCredits(locale, point.allocated)}</dd>
          <dt>${t.historyBalance}</dt>
          <dd data-key="balance" class=${compareCredits(point.allocated, point.totalValid) > 0 ? 'negative' : ''}>
            ${balanceText(t, locale, point)}
          </dd>
        </dl>`
      : html`<p>${t.historyNoData}</p>`}
    ${events.length ? html`<ul>${events.map((event) => html`<li>${event}</li>`)}</ul>` : nothing}
  </div>`;
}
