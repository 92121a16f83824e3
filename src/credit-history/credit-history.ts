import '../base/trusted-types-check.js';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { CreditElement } from '../base/credit-element.js';
import { checkIcon } from '../base/icons.js';
import { memo } from '../base/memo.js';
import { SectionController } from '../base/section-controller.js';
import { SizeController } from '../base/size-controller.js';
import { sectionBlock } from '../base/states.js';
import type { CreditGrant, HistoryPoint } from '../data/types.js';
import { asOfDay } from '../data/days.js';
import { CreditPeriodChangeEvent } from '../events/period-change.js';
import { DetailsDialog } from '../details/details-dialog.js';
import { formatDateTime, formatDay } from '../i18n/format.js';
import { isRtl } from '../i18n/locale.js';
import { fill } from '../i18n/strings.js';
import { baseStyles } from '../styles/base.js';
import { seriesTokens, tokens } from '../styles/tokens.js';
import type { HistoryLayout } from './credit-history.layout.js';
import { resolvePeriod, type Period, type PeriodProblem } from './credit-history.period.js';
import { historyStyles } from './credit-history.styles.js';
import { historyStrings, type HistoryStrings } from './credit-history.strings.js';
import { CrosshairController } from './crosshair-controller.js';
import { chartLayout, chartTooltip, describeDay, hatchDefs, historyLegend, periodText, plotSvg } from './history-chart.js';
import { projectionPoints } from './history-projection.js';
import { historyChanges, historySentence, projectionSentence } from './history-story.js';
import { historyTable, tableRowsToggle, type TableRows } from './history-table.js';
import { historyForwardStyles } from './history-forward.styles.js';
import { PeriodPickerController } from './period-picker-controller.js';

/**
 * Total valid credits (solid step line) and allocated credits (dotted line) per day over a
 * period: by default the year ending on the summary's as-of day. Where allocated exceeds
 * valid the gap is shaded and labelled; grant start and end days are marked on the time
 * axis. With `projection-days`, the days after the as-of day show what the grants make of
 * valid credits at today's allocation, as projection lines right of a "Today" marker. A
 * period picker offers the last 90 days, 12 months, 2 years, all available, or a custom range.
 * The plot is one tab stop with a crosshair (arrow keys, Page Up / Page Down, Home / End, or
 * the pointer); a sentence says what the period shows, and "Show as table" gives the same
 * data as a table, every day or only the days on which something changed.
 *
 * @summary One period of total valid and allocated credits as a line chart, with a table view.
 *
 * @fires credit-details-request - The user pressed View details (`{ view: 'credits' }`). Cancel it to replace the built-in purchases and converted entitlements dialog.
 * @fires credit-data-error - The summary, grants or history could not be loaded or failed validation.
 * @fires {CreditPeriodChangeEvent} credit-period-change - The user picked another period (`{ from, to }`); `from` and `to` are already updated.
 *
 * @csspart base - The card holding everything.
 * @csspart header - Title, period and View details.
 * @csspart period - The period shown, as text.
 * @csspart period-picker - The period picker; its parts are `period-select`, `custom-range`, `period-from`, `period-to`, `period-apply` and `period-problem`.
 * @csspart story - What the period shows, in one sentence.
 * @csspart details-button - The View details button.
 * @csspart legend - The legend: line styles, over-allocation, grant markers.
 * @csspart chart - The box holding the plot (its height is `--credit-history-chart-height`).
 * @csspart plot - The focusable plot with the crosshair.
 * @csspart tooltip - The crosshair's tooltip.
 * @csspart table - The scrollable region holding the table view.
 * @csspart empty - The message shown when the period has no data.
 * @csspart footer - As-of time and the table toggle.
 * @csspart table-toggle - The "Show as table" button.
 * @csspart table-rows-button - The table view's "Every day" and "Changes" buttons.
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
 * @cssprop [--credit-history-projection-color=var(--credit-color-text-muted)] - The Today marker and its label.
 */
export class CreditHistoryElement extends CreditElement<HistoryStrings> {
  static override styles = [tokens, seriesTokens, baseStyles, historyStyles, historyForwardStyles];

  protected override readonly rendersSkeletonFirst = true;
  protected readonly defaultStrings = historyStrings;

  /** First day shown, `YYYY-MM-DD`. Default: 364 days before `to`. */
  @property() from?: string;

  /** Last day shown, `YYYY-MM-DD`. Default: the summary's as-of day (UTC). */
  @property() to?: string;

  /** Shows the data as a table instead of the chart; the "Show as table" button toggles it. */
  @property({ type: Boolean, reflect: true, attribute: 'show-table' }) showTable = false;

  /**
   * Days after the as-of day to project from the grants (0–366; 0, the default, shows none).
   * Shown when the period ends on the as-of day.
   */
  @property({ type: Number, attribute: 'projection-days' }) projectionDays = 0;

  /** The table view's rows: every day, or only the days on which something changed. */
  @state() private tableRows: TableRows = 'daily';

  private readonly summary = new SectionController(this, 'summary');
  private readonly grants = new SectionController(this, 'grants');
  private readonly history = new SectionController(this, 'history', () => this.period);
  private readonly dialog = new DetailsDialog(this, () => import('../details/grant-details.js'));
  private readonly picker = new PeriodPickerController(this, (period) => this.changePeriod(period));
  private readonly box = new SizeController(this);
  private readonly crosshair = new CrosshairController(this, {
    layout: () => this.currentLayout(),
    period: () => this.shownPeriod,
    describe: (layout, slot) => describeDay(this.t, this.resolvedLocale, layout, slot),
  });

  /** Kept between renders: crosshair moves re-render without laying the chart out again. */
  private readonly layout = memo(chartLayout);
  private readonly projectionFor = memo(projectionPoints);
  private readonly changesFor = memo((points: readonly HistoryPoint[], grants: readonly CreditGrant[], from: string, to: string) =>
    historyChanges(points, grants, { from, to }),
  );
  private static readonly NO_PROJECTION: readonly HistoryPoint[] = [];

  private get asOfDay(): string | undefined {
    const summary = this.summary.value;
    return summary ? asOfDay(summary, this.resolvedTimeZone) : undefined;
  }

  private get periodResult() {
    return resolvePeriod(this.from, this.to, this.asOfDay);
  }

  private get period(): Period | undefined {
    const result = this.periodResult;
    return result && 'period' in result ? result.period : undefined;
  }

  /** The projected days, when asked for and the period ends on the as-of day. */
  private get projection(): readonly HistoryPoint[] {
    const [period, day, summary, grants] = [this.period, this.asOfDay, this.summary.value, this.grants.value];
    const days = Math.min(366, Math.max(0, Math.floor(Number(this.projectionDays)) || 0));
    if (!period || !summary || !grants || days === 0 || period.to !== day) return CreditHistoryElement.NO_PROJECTION;
    return this.projectionFor(grants, day, summary.allocated, days);
  }

  /** The days the chart shows: the period, and the projection after it. */
  private get shownPeriod(): Period | undefined {
    const period = this.period;
    const last = this.projection.at(-1);
    return period && last ? { from: period.from, to: last.date } : period;
  }

  protected override willUpdate(): void {
    // With an answer at hand (a cached or instant provider) the data arrives before the box is
    // observed: reading it now spares laying out and rendering the whole chart for a width of 0
    // first (for five years of points, a third of the time to the first paint).
    if (this.history.value && !this.showTable) this.box.measure();
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
        ${period && grants && this.asOfDay
          ? this.picker.render(t, period, grants, this.asOfDay, formatDay(locale, this.asOfDay))
          : html`<span class="skeleton picker-bone" aria-hidden="true"></span>`}
        ${grants && summary
          ? html`<button type="button" class="link" part="details-button" @click=${this.onViewDetails}>
              ${t.viewDetails}
            </button>`
          : nothing}
      </div>
      ${block ?? (period && points && grants && summary ? this.renderBody(period, points, grants, summary.asOf) : nothing)}
      ${this.dialog.render(t, ({ grantDetails }) => grantDetails(t, locale, grants ?? [], this.asOfDay ?? ''))}
    </div>`;
  }

  /** Shows another period (the cache asks the provider once for it) and says so to the host. */
  private changePeriod(period: Period): void {
    if (period.from === this.period?.from && period.to === this.period?.to) return;
    this.from = period.from;
    this.to = period.to;
    const event = new CreditPeriodChangeEvent({ from: period.from, to: period.to });
    this.dispatchEvent(event);
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
      <div class="chart" ${ref(this.box.observe)}><span class="skeleton chart-bone"></span></div>
      <div class="footer"><span class="skeleton footer-bone"></span></div>
    </div>`;
  }

  private renderBody(period: Period, points: readonly HistoryPoint[], grants: readonly CreditGrant[], asOf: string) {
    const t = this.t;
    const locale = this.resolvedLocale;
    const layout = this.layoutFor(points, grants, period);
    const projection = this.projection;
    const main =
      points.length === 0
        ? html`<div class="empty" part="empty" role="status">
            ${fill(t.historyEmpty, { period: periodText(locale, period) })}
          </div>`
        : this.showTable
          ? historyTable({
              t,
              locale,
              period,
              rows: this.tableRows,
              points,
              projection,
              changes: this.tableRows === 'changes' ? this.changesFor(points, grants, period.from, period.to) : [],
            })
          : this.renderChart(period, layout);
    const story = [historySentence(t, locale, points, period, layout.overAllocatedDays), projectionSentence(t, locale, projection)]
      .filter(Boolean)
      .join(' ');
    return html`<div class="body">
      ${story ? html`<p class="story visually-hidden" part="story">${story}</p>` : nothing}
      ${hatchDefs()} ${historyLegend(layout, points.length > 0, t)} ${main}
      <div class="footer" part="footer">
        <p class="muted">${fill(t.asOf, { date: formatDateTime(locale, asOf, this.resolvedTimeZone) })}</p>
        ${this.showTable && points.length > 0 ? tableRowsToggle(t, this.tableRows, (rows) => (this.tableRows = rows)) : nothing}
        ${points.length > 0
          ? html`<button
              type="button"
              part="table-toggle"
              aria-pressed=${String(this.showTable)}
              @click=${this.toggleTable}
            >
              ${this.showTable ? checkIcon : nothing}${t.historyShowTable}
            </button>`
          : nothing}
      </div>
    </div>`;
  }

  private renderChart(period: Period, layout: HistoryLayout): TemplateResult {
    const t = this.t;
    const locale = this.resolvedLocale;
    const active = this.crosshair.activeSlot(layout);
    return html`<div class="chart" part="chart" ${ref(this.box.observe)}>
      <div
        class="plot"
        part="plot"
        tabindex="0"
        role="group"
        aria-roledescription=${t.historyChartRole}
        aria-label=${fill(t.historyChartLabel, { period: periodText(locale, period) })}
        aria-describedby="keys-hint"
        @keydown=${this.crosshair.onKeyDown}
        @focus=${this.crosshair.onFocus}
        @blur=${this.crosshair.onBlur}
        @pointermove=${this.crosshair.onPointerMove}
        @pointerleave=${this.crosshair.onPointerLeave}
      >
        ${plotSvg(layout, active, t, locale)}
        ${active ? chartTooltip(layout, active, t, locale) : nothing}
      </div>
      <span id="keys-hint" hidden>${t.historyKeyboardHint}</span>
      <div class="visually-hidden" aria-live="polite">${this.crosshair.announcement}</div>
    </div>`;
  }

  private layoutFor(points: readonly HistoryPoint[], grants: readonly CreditGrant[], period: Period): HistoryLayout {
    const { width, height } = this.box.size;
    return this.layout(points, grants, period.from, period.to, width, height, isRtl(this), this.resolvedLocale, this.projection);
  }

  /** The layout the chart shows now, for the crosshair's handlers. */
  private currentLayout(): HistoryLayout | undefined {
    const [period, points, grants] = [this.period, this.history.value, this.grants.value];
    return period && points && grants ? this.layoutFor(points, grants, period) : undefined;
  }

  private onViewDetails(event: Event): void {
    this.dialog.request('credits', event.currentTarget as HTMLElement);
  }

  private toggleTable(): void {
    this.showTable = !this.showTable;
  }
}
