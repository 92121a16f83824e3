import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { CreditElement } from '../base/credit-element.js';
import { sectionBlock } from '../base/states.js';
import { styleProps } from '../base/style-props.js';
import { SectionController } from '../base/section-controller.js';
import type { CreditGrant, HistoryPoint } from '../data/types.js';
import { DetailsDialog } from '../details/details-dialog.js';
import { grantDetails } from '../details/grant-details.js';
import { dateFormat, formatCompactCredits, formatCredits, formatDateTime, formatDay } from '../i18n/format.js';
import { isRtl } from '../i18n/locale.js';
import { fill } from '../i18n/strings.js';
import { baseStyles } from '../styles/base.js';
import { seriesTokens, tokens } from '../styles/tokens.js';
import {
  estimateTextWidth,
  historyLayout,
  type DaySlot,
  type HistoryLayout,
  type TimeTick,
} from './credit-history.layout.js';
import { keyMove, moveDay, resolvePeriod, type Period, type PeriodProblem } from './credit-history.period.js';
import { historyStyles, TICK_FONT_SIZE } from './credit-history.styles.js';
import { historyStrings, type HistoryStrings } from './credit-history.strings.js';
import { asOfDay, daysBetween, parseDay } from '../data/days.js';

/**
 * Total valid credits (solid step line) and allocated credits (dotted line) per day over a
 * period: by default the year ending on the summary's as-of day. Where allocated exceeds
 * valid the gap is shaded and labelled; grant start and end days are marked on the time
 * axis. The plot is one tab stop with a crosshair (arrow keys, Page Up / Page Down, Home /
 * End, or the pointer); "Show as table" gives the same data as a table.
 *
 * @summary One period of total valid and allocated credits as a line chart, with a table view.
 *
 * @fires credit-details-request - The user pressed View details (`{ view: 'credits' }`). Cancel it to replace the built-in purchases and converted entitlements dialog.
 * @fires credit-data-error - The summary, grants or history could not be loaded or failed validation.
 *
 * @csspart base - The card holding everything.
 * @csspart header - Title, period and View details.
 * @csspart period - The period shown, as text.
 * @csspart details-button - The View details button.
 * @csspart legend - The legend: line styles, over-allocation, grant markers.
 * @csspart chart - The box holding the plot (its height is `--credit-history-chart-height`).
 * @csspart plot - The focusable plot with the crosshair.
 * @csspart tooltip - The crosshair's tooltip.
 * @csspart table - The scrollable region holding the table view.
 * @csspart empty - The message shown when the period has no data.
 * @csspart footer - As-of time and the table toggle.
 * @csspart table-toggle - The "Show as table" button.
 * @csspart loading - The loading block.
 * @csspart error - The error block.
 * @csspart retry-button - The error block's Retry button.
 * @csspart dialog - The details dialog.
 *
 * @cssprop [--credit-history-valid-color=var(--credit-series-1)] - The total valid credits line.
 * @cssprop [--credit-history-allocated-color=var(--credit-series-2)] - The allocated credits line.
 * @cssprop [--credit-history-over-allocated-color=var(--credit-color-negative)] - The over-allocated shading and label.
 * @cssprop [--credit-history-grid-color=var(--credit-color-border)] - The grid lines.
 * @cssprop [--credit-history-chart-height=240px] - The height of the chart and of the table view.
 */
export class CreditHistoryElement extends CreditElement<HistoryStrings> {
  static override styles = [tokens, seriesTokens, baseStyles, historyStyles];

  protected readonly defaultStrings = historyStrings;

  /** First day shown, `YYYY-MM-DD`. Default: 364 days before `to`. */
  @property() from?: string;

  /** Last day shown, `YYYY-MM-DD`. Default: the summary's as-of day (UTC). */
  @property() to?: string;

  /** Shows the data as a table instead of the chart; the "Show as table" button toggles it. */
  @property({ type: Boolean, reflect: true, attribute: 'show-table' }) showTable = false;

  @state() private size = { width: 0, height: 0 };
  /** The crosshair's day, while the pointer is over the plot or the plot has focus. */
  @state() private activeDay: string | undefined;
  /** What the live region says: the crosshair's day, after a key moved it. */
  @state() private announcement = '';

  private readonly summary = new SectionController(this, 'summary');
  private readonly grants = new SectionController(this, 'grants');
  private readonly history = new SectionController(this, 'history', () => this.period);
  private readonly dialog = new DetailsDialog(this);

  private resizeObserver: ResizeObserver | undefined;
  private observed: Element | undefined;
  private memo: { key: readonly unknown[]; layout: HistoryLayout } | undefined;

  private get asOfDay(): string | undefined {
    const summary = this.summary.value;
    return summary ? asOfDay(summary) : undefined;
  }

  private get periodResult() {
    return resolvePeriod(this.from, this.to, this.asOfDay);
  }

  private get period(): Period | undefined {
    const result = this.periodResult;
    return result && 'period' in result ? result.period : undefined;
  }

  protected override willUpdate(): void {
    // With an answer at hand (a cached or instant provider) the data arrives before the
    // ResizeObserver has reported the chart box, which it does before the first paint. Reading
    // the box now spares laying out and rendering the whole chart for a width of 0 first: for
    // five years of points that was a third of the time to the first paint.
    if (this.size.width === 0 && this.observed && this.history.value && !this.showTable) this.size = contentSize(this.observed);
  }

  protected override render() {
    const t = this.t;
    const locale = this.resolvedLocale;
    const result = this.periodResult;
    const period = result && 'period' in result ? result.period : undefined;
    const grants = this.grants.value;
    const summary = this.summary.value;
    const block =
      result && 'problem' in result
        ? this.renderPeriodProblem(result)
        : sectionBlock(
            t,
            [
              { state: this.summary.state, retry: () => this.summary.retry() },
              { state: this.history.state, retry: () => this.history.retry() },
              { state: this.grants.state, retry: () => this.grants.retry() },
            ],
            this.renderSkeleton(),
          );
    const points = this.history.value;
    return html`<div part="base" lang=${locale}>
      <div class="header" part="header">
        <h2>${t.historyTitle}</h2>
        <p class="period muted" part="period">${period ? periodText(locale, period) : nothing}</p>
        ${grants && summary
          ? html`<button type="button" class="link" part="details-button" @click=${this.onViewDetails}>
              ${t.viewDetails}
            </button>`
          : nothing}
      </div>
      ${block ?? (period && points && grants && summary ? this.renderBody(period, points, grants, summary.asOf) : nothing)}
      ${this.dialog.render(t, () => grantDetails(t, locale, grants ?? [], this.asOfDay ?? ''))}
    </div>`;
  }

  private renderPeriodProblem(problem: PeriodProblem): TemplateResult {
    const t = this.t;
    const message =
      problem.problem === 'date'
        ? fill(t.historyBadDate, { attribute: problem.attribute, value: problem.value })
        : fill(t.historyBadOrder, { from: problem.from, to: problem.to });
    return html`<div class="state error" role="alert" part="error">
      <strong>${t.historyPeriodErrorTitle}</strong>
      <span class="message">${message}</span>
    </div>`;
  }

  /** The body's rows at their final sizes, so nothing moves when the data arrives. */
  private renderSkeleton(): TemplateResult {
    return html`<div class="body">
      <div class="legend"><span class="skeleton legend-bone"></span><span class="skeleton legend-bone"></span></div>
      <div class="chart" ${ref(this.observePlot)}><span class="skeleton chart-bone"></span></div>
      <div class="footer"><span class="skeleton footer-bone"></span></div>
    </div>`;
  }

  private renderBody(period: Period, points: readonly HistoryPoint[], grants: readonly CreditGrant[], asOf: string) {
    const t = this.t;
    const locale = this.resolvedLocale;
    const layout = this.layoutFor(points, grants, period);
    const main =
      points.length === 0
        ? html`<div class="empty" part="empty" role="status">
            ${fill(t.historyEmpty, { period: periodText(locale, period) })}
          </div>`
        : this.showTable
          ? this.renderTable(period, points)
          : this.renderChart(period, layout);
    return html`<div class="body">
      ${this.renderDefs()} ${this.renderLegend(layout, points.length > 0)} ${main}
      <div class="footer" part="footer">
        <p class="muted">${fill(t.asOf, { date: formatDateTime(locale, asOf) })}</p>
        ${points.length > 0
          ? html`<button
              type="button"
              part="table-toggle"
              aria-pressed=${String(this.showTable)}
              @click=${this.toggleTable}
            >
              <span class="check" aria-hidden="true">✓</span>${t.historyShowTable}
            </button>`
          : nothing}
      </div>
    </div>`;
  }

  /** The hatching lives outside the chart, so the legend can use it in the table view too. */
  private renderDefs(): TemplateResult {
    return html`<svg class="defs" aria-hidden="true" focusable="false">
      <defs>
        <pattern id="over-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect class="hatch-bg" width="6" height="6"></rect>
          <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
        </pattern>
      </defs>
    </svg>`;
  }

  private renderLegend(layout: HistoryLayout, hasData: boolean): TemplateResult {
    const t = this.t;
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
      ${kinds.has('start') ? html`<li>${markerSwatch('start')}${t.historyGrantStarts}</li>` : nothing}
      ${kinds.has('end') ? html`<li>${markerSwatch('end')}${t.historyGrantEnds}</li>` : nothing}
      ${layout.hasGaps ? html`<li class="muted">${t.historyGaps}</li>` : nothing}
    </ul>`;
  }

  private renderChart(period: Period, layout: HistoryLayout): TemplateResult {
    const t = this.t;
    const active = this.activeSlot(layout);
    return html`<div class="chart" part="chart" ${ref(this.observePlot)}>
      <div
        class="plot"
        part="plot"
        tabindex="0"
        role="group"
        aria-roledescription=${t.historyChartRole}
        aria-label=${fill(t.historyChartLabel, { period: periodText(this.resolvedLocale, period) })}
        aria-describedby="keys-hint"
        @keydown=${this.onKeyDown}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
        @pointermove=${this.onPointerMove}
        @pointerleave=${this.onPointerLeave}
      >
        <svg
          class="plot-svg"
          aria-hidden="true"
          focusable="false"
          width=${layout.width}
          height=${layout.height}
          viewBox="0 0 ${layout.width} ${layout.height}"
        >
          ${this.renderAxes(layout)} ${this.renderOverAllocation(layout)}
          <path class="line valid" d=${layout.validPath}></path>
          <path class="line allocated" d=${layout.allocatedPath}></path>
          ${layout.isolated.map(
            (point) => svg`<circle class="point-valid" cx=${point.x} cy=${point.validY} r="3"></circle>
              <circle class="point-allocated" cx=${point.x} cy=${point.allocatedY} r="3.5"></circle>`,
          )}
          ${active ? this.renderCrosshair(layout, active) : nothing}
        </svg>
        ${active ? this.renderTooltip(layout, active) : nothing}
      </div>
      <span id="keys-hint" hidden>${t.historyKeyboardHint}</span>
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderAxes(layout: HistoryLayout): SVGTemplateResult {
    const { plot, creditLabels } = layout;
    const locale = this.resolvedLocale;
    return svg`<g class="credit-axis">
        ${layout.creditTicks.map(
          (tick) => svg`<line class="grid" x1=${plot.left} x2=${plot.right} y1=${tick.y} y2=${tick.y}></line>
            <text class="tick-label" x=${creditLabels.x} y=${tick.y} dy="0.32em" text-anchor=${creditLabels.anchor}>${formatCompactCredits(locale, tick.credits)}</text>`,
        )}
      </g>
      <g class="time-axis">
        <line class="axis-line" x1=${plot.left} x2=${plot.right} y1=${plot.bottom} y2=${plot.bottom}></line>
        ${layout.timeTicks.map(
          (tick) => svg`<line class="axis-line" x1=${tick.x} x2=${tick.x} y1=${plot.bottom} y2=${plot.bottom + 4}></line>
            <text class="tick-label" x=${tick.x} y=${plot.bottom + 28} text-anchor="middle">${timeLabel(locale, tick)}</text>`,
        )}
        ${layout.markers.map((marker) => {
          const [x, y] = [marker.x, plot.bottom + 3];
          const points =
            marker.kind === 'start'
              ? `${x - 5},${y + 9} ${x + 5},${y + 9} ${x},${y}`
              : `${x - 5},${y} ${x + 5},${y} ${x},${y + 9}`;
          return svg`<polygon class="marker ${marker.kind}" points=${points}></polygon>`;
        })}
      </g>`;
  }

  private renderOverAllocation(layout: HistoryLayout): SVGTemplateResult {
    const label = this.t.historyOverAllocated;
    const labelWidth = estimateTextWidth(label, TICK_FONT_SIZE);
    const { left, right } = layout.plot;
    // A run at either end of the period would push a centred label out of the plot.
    const labelX = (x: number) => Math.min(Math.max(x, left + labelWidth / 2), right - labelWidth / 2);
    return svg`<g class="over-allocation">
      ${layout.overAllocated.map(
        (run) => svg`<path class="over-area" d=${run.path} fill="url(#over-hatch)"></path>
          ${
            Math.abs(run.x1 - run.x0) >= labelWidth
              ? svg`<text class="over-label" x=${labelX(run.labelX)} y=${run.labelY} text-anchor="middle">${label}</text>`
              : nothing
          }`,
      )}
    </g>`;
  }

  private renderCrosshair(layout: HistoryLayout, slot: DaySlot): SVGTemplateResult {
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
  private renderTooltip(layout: HistoryLayout, slot: DaySlot): TemplateResult {
    const t = this.t;
    const locale = this.resolvedLocale;
    const flip = slot.x > layout.width / 2;
    const point = slot.point;
    const events = this.grantEvents(layout, slot.day);
    return html`<div
      class="tooltip ${flip ? 'flip' : ''}"
      part="tooltip"
      aria-hidden="true"
      ${styleProps({ left: `${slot.x}px` })}
    >
      <strong>${formatDay(locale, slot.day)}</strong>
      ${point
        ? html`<dl>
            <dt>${lineSwatch('valid')}${t.historyValid}</dt>
            <dd data-key="valid">${formatCredits(locale, point.totalValid)}</dd>
            <dt>${lineSwatch('allocated')}${t.historyAllocated}</dt>
            <dd data-key="allocated">${formatCredits(locale, point.allocated)}</dd>
            <dt>${t.historyBalance}</dt>
            <dd data-key="balance" class=${point.allocated > point.totalValid ? 'negative' : ''}>
              ${this.balanceText(point)}
            </dd>
          </dl>`
        : html`<p>${t.historyNoData}</p>`}
      ${events.length ? html`<ul>${events.map((event) => html`<li>${event}</li>`)}</ul>` : nothing}
    </div>`;
  }

  /** Rendered only while shown: five years are 1,826 rows. */
  private renderTable(period: Period, points: readonly HistoryPoint[]): TemplateResult {
    const t = this.t;
    const locale = this.resolvedLocale;
    return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-labelledby="table-caption">
      <table>
        <caption id="table-caption" class="visually-hidden">
          ${fill(t.historyTableCaption, { period: periodText(locale, period) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.historyDate}</th>
            <th scope="col" class="number">${t.historyValid}</th>
            <th scope="col" class="number">${t.historyAllocated}</th>
            <th scope="col" class="number">${t.historyBalance}</th>
          </tr>
        </thead>
        <tbody>
          ${points.map(
            (point) => html`<tr>
              <th scope="row">${formatDay(locale, point.date)}</th>
              <td class="number">${formatCredits(locale, point.totalValid)}</td>
              <td class="number">${formatCredits(locale, point.allocated)}</td>
              <td class="number ${point.allocated > point.totalValid ? 'negative' : ''}">${this.balanceText(point)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private balanceText(point: HistoryPoint): string {
    const balance = formatCredits(this.resolvedLocale, point.totalValid - point.allocated);
    return point.allocated > point.totalValid ? fill(this.t.historyOverAllocatedBalance, { balance }) : balance;
  }

  private grantEvents(layout: HistoryLayout, day: string): string[] {
    const t = this.t;
    return layout.markers
      .filter((marker) => marker.day === day)
      .flatMap((marker) =>
        marker.grants.map((grant) => fill(marker.kind === 'start' ? t.historyStartsOn : t.historyEndsOn, { name: grant.name })),
      );
  }

  /** The crosshair's day in one sentence, for the live region. */
  private describeDay(layout: HistoryLayout, slot: DaySlot): string {
    const t = this.t;
    const locale = this.resolvedLocale;
    const date = formatDay(locale, slot.day);
    const sentence = slot.point
      ? fill(t.historyPointSummary, {
          date,
          valid: formatCredits(locale, slot.point.totalValid),
          allocated: formatCredits(locale, slot.point.allocated),
          balance: this.balanceText(slot.point),
        })
      : fill(t.historyNoDataOn, { date });
    return [sentence, ...this.grantEvents(layout, slot.day)].join('. ');
  }

  private activeSlot(layout: HistoryLayout): DaySlot | undefined {
    return this.activeDay === undefined ? undefined : layout.slots[daysBetween(layout.slots[0]!.day, this.activeDay)];
  }

  /** The layout is kept between renders: crosshair moves re-render without recomputing it. */
  private layoutFor(points: readonly HistoryPoint[], grants: readonly CreditGrant[], period: Period): HistoryLayout {
    const { width, height } = this.size;
    const rtl = isRtl(this);
    const locale = this.resolvedLocale;
    const key = [points, grants, period.from, period.to, width, height, rtl, locale];
    if (this.memo?.key.every((value, i) => value === key[i])) return this.memo.layout;
    const layout = historyLayout({
      points,
      grants,
      period,
      width,
      height,
      rtl,
      labelWidth: (credits) => estimateTextWidth(formatCompactCredits(locale, credits), TICK_FONT_SIZE),
    });
    this.memo = { key, layout };
    return layout;
  }

  /** Follows the chart box as it comes and goes (the ref directive also passes undefined on disconnect). */
  private observePlot = (element: Element | undefined): void => {
    if (element === this.observed) return;
    this.resizeObserver ??= new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = Math.floor(entry.contentRect.width);
      const height = Math.floor(entry.contentRect.height);
      if (width !== this.size.width || height !== this.size.height) this.size = { width, height };
    });
    if (this.observed) this.resizeObserver.unobserve(this.observed);
    this.observed = element;
    if (element) this.resizeObserver.observe(element);
  };

  private onViewDetails(event: Event): void {
    this.dialog.request('credits', event.currentTarget as HTMLElement);
  }

  private toggleTable(): void {
    this.showTable = !this.showTable;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const layout = this.memo?.layout;
    const period = this.period;
    const move = keyMove(event.key, isRtl(this));
    if (!layout || !period || !move || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const day = moveDay(this.activeDay ?? period.to, move, period);
    this.activeDay = day;
    const slot = this.activeSlot(layout);
    if (slot) this.announcement = this.describeDay(layout, slot);
  }

  /** Focus starts the crosshair on the latest day with data. */
  private onFocus(): void {
    if (this.activeDay !== undefined) return;
    const slots = this.memo?.layout.slots ?? [];
    this.activeDay = slots.findLast((slot) => slot.point)?.day ?? this.period?.to;
  }

  private onBlur(): void {
    this.activeDay = undefined;
    this.announcement = '';
  }

  private onPointerMove(event: PointerEvent): void {
    const layout = this.memo?.layout;
    if (!layout) return;
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    this.activeDay = layout.slots[layout.indexAt(event.clientX - box.left)]?.day;
  }

  private onPointerLeave(event: PointerEvent): void {
    if (this.shadowRoot?.activeElement !== event.currentTarget) this.activeDay = undefined;
  }
}

/** An element's content box in whole pixels, as the ResizeObserver callback reads it (transforms aside). */
function contentSize(element: Element): { width: number; height: number } {
  const style = getComputedStyle(element);
  return { width: Math.floor(parseFloat(style.width)) || 0, height: Math.floor(parseFloat(style.height)) || 0 };
}

function periodText(locale: string, period: Period): string {
  return dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(
    parseDay(period.from),
    parseDay(period.to),
  );
}

function timeLabel(locale: string, tick: TimeTick): string {
  const options: Intl.DateTimeFormatOptions =
    tick.unit === 'year' ? { year: 'numeric' } : tick.unit === 'month' ? { month: 'short' } : { month: 'short', day: 'numeric' };
  return dateFormat(locale, { ...options, timeZone: 'UTC' }).format(parseDay(tick.day));
}

/** A short stretch of a line in its own style: colour is never the only cue. */
function lineSwatch(kind: 'valid' | 'allocated'): TemplateResult {
  return html`<svg class="swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
    <line class="line ${kind}" x1="3" y1="6" x2="25" y2="6"></line>
  </svg>`;
}

function markerSwatch(kind: 'start' | 'end'): TemplateResult {
  const points = kind === 'start' ? '9,10 19,10 14,1' : '9,2 19,2 14,11';
  return html`<svg class="swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
    <polygon class="marker ${kind}" points=${points}></polygon>
  </svg>`;
}
