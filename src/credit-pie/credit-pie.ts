import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CreditElement } from '../base/credit-element.js';
import { memo } from '../base/memo.js';
import { RovingFocusController } from '../base/roving-focus-controller.js';
import { SectionController } from '../base/section-controller.js';
import { sectionBlock } from '../base/states.js';
import { asOfDay } from '../data/days.js';
import type { OfferingAllocation } from '../data/types.js';
import { DetailsDialog } from '../details/details-dialog.js';
import { CreditOfferingSelectEvent } from '../events/offering-select.js';
import { isRtl } from '../i18n/locale.js';
import { baseStyles } from '../styles/base.js';
import { seriesTokens, tokens } from '../styles/tokens.js';
import { DEFAULT_MAX_SLICES, DRAWING_SIZE, pieLayout, type PieLayout } from './credit-pie.layout.js';
import { pieStrings } from './credit-pie.strings.js';
import { pieStyles } from './credit-pie.styles.js';
import { highlightOf, pieCentre, pieSlices, pieTooltip, type PointerTarget } from './pie-donut.js';
import { asOfLine, summaryNotice } from './pie-footer.js';
import { pieSentence } from './pie-story.js';
import { pieLegend } from './pie-legend.js';

/**
 * Allocated credits per offering as a donut. The centre shows the allocated total and its
 * share of the **total valid** credits (over 100 % when over-allocated); the legend lists
 * every offering, largest first, with its credits and its share of the **allocated** total,
 * the shares rounded so they add up to exactly 100 %. Beyond `max-slices` offerings the
 * smallest share an "Other" slice, still listed one by one. The legend is one tab stop:
 * arrow keys, Home and End move through it, and the focused or hovered offering is
 * highlighted on the donut with a tooltip. Activating an offering selects it (again: clears).
 *
 * Reads the `allocations` section, and `summary` for the share of valid credits: if only the
 * summary fails, the donut still shows and says the share is unavailable, with Retry.
 *
 * @summary Donut of allocated credits per offering, with centre total, legend and per-feature details.
 *
 * @slot selection - Under the chart: what selecting an offering did, said where the user is (the dashboard puts "6 Cloud Security features shown below · Show · Clear" here).
 *
 * @fires credit-offering-select - The user activated an offering in the legend; `detail.offeringId` is the selected offering, or null when the selection was cleared.
 * @fires credit-details-request - The user pressed View details (`{ view: 'allocations' }`). Cancel it to show your own details instead of the built-in dialog.
 * @fires credit-data-error - The allocations or the summary failed to load or validate (`{ section, message }`).
 *
 * @csspart base - The card.
 * @csspart header - The title row.
 * @csspart title - The heading.
 * @csspart details-button - The View details button.
 * @csspart chart - The donut with its legend.
 * @csspart donut - The ring and its centre.
 * @csspart slice - One slice of the ring (an SVG path).
 * @csspart centre - The allocated total and its share of the valid credits.
 * @csspart centre-total - The allocated total.
 * @csspart centre-share - The share of the total valid credits.
 * @csspart tooltip - The highlighted offering's name, credits and share, in its own box under the ring.
 * @csspart legend - The legend.
 * @csspart legend-item - One offering's legend button.
 * @csspart legend-group - The heading row of the "Other" group.
 * @csspart swatch - A colour swatch in the legend.
 * @csspart empty - The message shown when nothing is allocated.
 * @csspart notice - The message shown when the share of valid credits is unavailable.
 * @csspart story - The donut in one sentence (visually hidden: for screen readers).
 * @csspart as-of - When the figures were computed.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - The Retry button of an error.
 * @csspart dialog - The details dialog.
 * @csspart dialog-close - The dialog's Close button.
 * @csspart details-table - The table of credits per feature in the dialog.
 * @csspart csv-button - The dialog's Download CSV button.
 *
 * @cssprop [--credit-pie-size=220px] - The largest diameter of the donut.
 * @cssprop [--credit-series-1=#1a5fb4] - Colour of the 1st slice (dark theme: #7db3f5); likewise `--credit-series-2` … `--credit-series-12`.
 * @cssprop [--credit-series-2=#c45a00] - Colour of the 2nd slice.
 * @cssprop [--credit-series-3=#137a63] - Colour of the 3rd slice.
 * @cssprop [--credit-series-4=#7a4fc2] - Colour of the 4th slice.
 * @cssprop [--credit-series-5=#b8336a] - Colour of the 5th slice.
 * @cssprop [--credit-series-6=#7a6400] - Colour of the 6th slice.
 * @cssprop [--credit-series-7=#0b7285] - Colour of the 7th slice.
 * @cssprop [--credit-series-8=#a33b2c] - Colour of the 8th slice.
 * @cssprop [--credit-series-9=#4d5f73] - Colour of the 9th slice.
 * @cssprop [--credit-series-10=#8e3fa8] - Colour of the 10th slice.
 * @cssprop [--credit-series-11=#2f7a1f] - Colour of the 11th slice.
 * @cssprop [--credit-series-12=#6e5241] - Colour of the 12th slice.
 * @cssprop [--credit-color-surface=#ffffff] - Card background, also the separator between slices.
 * @cssprop [--credit-color-text=#1d232b] - Text, and the outline of a selected slice.
 * @cssprop [--credit-color-text-muted=#56606c] - Secondary text.
 * @cssprop [--credit-color-border=#d5dbe1] - Borders.
 * @cssprop [--credit-color-focus=#1a5fb4] - Focus ring.
 */
export class CreditPieElement extends CreditElement<typeof pieStrings> {
  static override styles = [tokens, seriesTokens, baseStyles, pieStyles];

  /** Slices drawn at most (2–12); beyond it the smallest offerings share an "Other" slice. */
  @property({ type: Number, attribute: 'max-slices' }) maxSlices = DEFAULT_MAX_SLICES;

  /**
   * The id of the selected offering, shown pressed in the legend and outlined on the donut;
   * null for none. The user changes it by activating a legend item; setting it fires nothing.
   */
  @property({ attribute: 'selected-offering', reflect: true }) selectedOffering: string | null = null;

  protected readonly defaultStrings = pieStrings;

  private readonly allocations = new SectionController(this, 'allocations');
  private readonly summary = new SectionController(this, 'summary');
  private readonly dialog = new DetailsDialog(this, () => import('./allocation-details.js'));
  private readonly legendFocus = new RovingFocusController(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('.legend-item')],
    idOf: (item) => item.dataset.offering,
    isRtl: () => isRtl(this),
  });
  /*
   * Drawn once, in the drawing's own units: the SVG scales to whatever box the ring gets (its
   * seams keep their pixel width), so the first render is the chart, with no box to measure
   * first, and a resize redraws nothing.
   */
  private readonly layoutFor = memo((allocations: readonly OfferingAllocation[], maxSlices: number) =>
    pieLayout(allocations, { size: DRAWING_SIZE, maxSlices }),
  );

  @state() private pointed: PointerTarget | undefined;
  /** Escape hides the tooltip until the highlight moves. */
  @state() private tooltipDismissed = false;

  /** Moves focus to the legend's tab stop (the selected offering, else the first). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.legend-item[tabindex="0"]')?.focus(options);
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const locale = this.resolvedLocale;
    const block = sectionBlock(t, [{ state: this.allocations.state, retry: () => this.allocations.retry() }], this.skeleton());
    const allocations = this.allocations.value;
    const layout = !block && allocations ? this.layoutFor(allocations, this.maxSlices) : undefined;
    const hasSlices = Boolean(layout && layout.entries.length > 0);
    return html`<section part="base" lang=${locale} aria-labelledby="title">
      <div class="header" part="header">
        <h2 id="title" part="title">${t.pieTitle}</h2>
        ${hasSlices
          ? html`<button type="button" class="link" part="details-button" @click=${this.onDetailsClick}>${t.viewDetails}</button>`
          : nothing}
      </div>
      ${block ??
      (layout && hasSlices
        ? this.renderChart(layout)
        : html`<p class="empty" part="empty" role="status">${t.pieEmpty}</p>`)}
      ${this.dialog.render(t, ({ allocationDetails }) => allocationDetails(t, locale, allocations ?? [], this.asOfDay()))}
    </section>`;
  }

  private skeleton(): TemplateResult {
    return html`<div class="chart">
      <div class="donut"><div class="ring"><span class="skeleton ring-skeleton"></span></div></div>
      <div class="legend-skeleton">${[1, 2, 3, 4, 5].map(() => html`<span class="skeleton"></span>`)}</div>
    </div>`;
  }

  private renderChart(layout: PieLayout): TemplateResult {
    const t = this.t;
    const locale = this.resolvedLocale;
    const highlight = highlightOf(layout, this.pointed, this.legendFocus.focused);
    const tooltip = highlight && !this.tooltipDismissed ? highlight : undefined;
    const selectedSlice = layout.entries.find((entry) => entry.offeringId === this.selectedOffering)?.slice;
    return html`<div class="chart" part="chart">
        <div class="donut" part="donut">
          <div class="ring" @pointerleave=${this.onPointerLeave}>
            ${pieSlices(layout, highlight, selectedSlice, (slice) => this.point({ slice }))}
          </div>
          ${pieCentre(t, locale, layout.total, this.summary.state)} ${pieTooltip(t, locale, tooltip)}
        </div>
        ${pieLegend(layout, {
          t,
          locale,
          highlight,
          tooltipShown: Boolean(tooltip),
          selectedOffering: this.selectedOffering,
          tabStop: this.legendFocus.tabStop(layout.entries.map((entry) => entry.offeringId), this.selectedOffering),
          select: (offeringId) => this.select(offeringId),
          pointOffering: (offeringId) => this.point({ offeringId }),
          onKeydown: this.onLegendKeydown,
          onFocusIn: this.onLegendFocusIn,
          onFocusOut: this.legendFocus.onFocusOut,
          onPointerLeave: this.onPointerLeave,
        })}
      </div>
      <p class="visually-hidden" part="story">${pieSentence(t, locale, layout)}</p>
      <slot name="selection"></slot>
      ${summaryNotice(t, this.summary.state, () => this.summary.retry())} ${asOfLine(t, locale, this.summary.state, this.resolvedTimeZone)}`;
  }

  private asOfDay(): string | undefined {
    const summary = this.summary.value;
    return summary ? asOfDay(summary, this.resolvedTimeZone) : undefined;
  }

  private select(offeringId: string): void {
    this.selectedOffering = this.selectedOffering === offeringId ? null : offeringId;
    // Built apart from dispatchEvent(): the manifest analyzer lists `dispatchEvent(new X())`
    // as a second, nameless event next to the documented @fires.
    const event = new CreditOfferingSelectEvent({ offeringId: this.selectedOffering });
    this.dispatchEvent(event);
  }

  private point(target: PointerTarget): void {
    this.pointed = target;
    this.tooltipDismissed = false;
  }

  private onPointerLeave = (): void => {
    this.pointed = undefined;
  };

  private onDetailsClick = (event: Event): void => {
    this.dialog.request('allocations', event.currentTarget as HTMLElement);
  };

  /** Escape hides the tooltip and leaves the focus where it is; the other keys move it. */
  private onLegendKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.tooltipDismissed = true;
    else this.legendFocus.onKeydown(event);
  };

  /** A newly focused item shows its tooltip again. */
  private onLegendFocusIn = (event: FocusEvent): void => {
    this.legendFocus.onFocusIn(event);
    this.tooltipDismissed = false;
  };
}
