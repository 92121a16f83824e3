import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CreditElement } from '../base/credit-element.js';
import { sectionBlock } from '../base/states.js';
import { styleProps } from '../base/style-props.js';
import { SectionController } from '../base/section-controller.js';
import type { OfferingAllocation } from '../data/types.js';
import { DetailsDialog } from '../details/details-dialog.js';
import { formatCompactCredits, formatCredits, formatDateTime, formatPercent } from '../i18n/format.js';
import { isRtl } from '../i18n/locale.js';
import { creditAmount } from '../i18n/phrases.js';
import { fill } from '../i18n/strings.js';
import { baseStyles } from '../styles/base.js';
import { seriesTokens, tokens } from '../styles/tokens.js';
import { allocationDetails } from './allocation-details.js';
import {
  DEFAULT_MAX_SLICES,
  pieLayout,
  SHARE_DECIMALS,
  shareOfValid,
  type PieEntry,
  type PieLayout,
  type PieSlice,
} from './credit-pie.layout.js';
import { pieStrings } from './credit-pie.strings.js';
import { pieStyles } from './credit-pie.styles.js';
import { CreditOfferingSelectEvent } from '../events/offering-select.js';
import { asOfDay } from '../data/days.js';

/** Drawn at this size until the first measurement arrives. */
const INITIAL_SIZE = 200;
/** Below this donut size the centre text no longer fits the hole: it moves under the ring. */
const CENTRE_INSIDE_FROM = 190;
/** Longer exact totals ("12,345,678.5") would overflow the centre: they show compact there. */
const CENTRE_EXACT_MAX_CHARS = 9;

/** What the pointer is on: a slice, or an offering's legend item. */
type PointerTarget = { slice: number } | { offeringId: string };

/** The highlighted slice, and the offering when one is meant (not the whole "Other" slice). */
interface Active {
  slice: PieSlice;
  entry: PieEntry | undefined;
}

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
 * @csspart tooltip - The tooltip of the highlighted offering.
 * @csspart legend - The legend.
 * @csspart legend-item - One offering's legend button.
 * @csspart legend-group - The heading row of the "Other" group.
 * @csspart swatch - A colour swatch in the legend.
 * @csspart empty - The message shown when nothing is allocated.
 * @csspart notice - The message shown when the share of valid credits is unavailable.
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
  private readonly dialog = new DetailsDialog(this);

  /** The donut's measured width in pixels: paths are drawn for it, so strokes stay crisp. */
  @state() private size = INITIAL_SIZE;
  @state() private pointed: PointerTarget | undefined;
  /** The offering whose legend item has focus. */
  @state() private focused: string | undefined;
  /** The offering whose legend item Tab reaches (roving focus). */
  @state() private roving: string | undefined;
  /** Escape hides the tooltip until the highlight moves. */
  @state() private tooltipDismissed = false;

  private resizeObserver: ResizeObserver | undefined;
  private observedRing: Element | undefined;
  private memo: { allocations: readonly OfferingAllocation[]; size: number; maxSlices: number; layout: PieLayout } | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver((entries) => this.onResize(entries));
    if (this.hasUpdated) this.observeRing();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observedRing = undefined;
  }

  protected override updated(): void {
    this.observeRing();
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const locale = this.resolvedLocale;
    const block = sectionBlock(t, [{ state: this.allocations.state, retry: () => this.allocations.retry() }], this.skeleton());
    const allocations = this.allocations.value;
    const layout = !block && allocations ? this.layoutFor(allocations) : undefined;
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
      ${this.dialog.render(t, () => allocationDetails(t, locale, allocations ?? [], this.asOfDay()))}
    </section>`;
  }

  private skeleton(): TemplateResult {
    return html`<div class="chart">
      <div class="donut"><div class="ring"><span class="skeleton ring-skeleton"></span></div></div>
      <div class="legend-skeleton">${[1, 2, 3, 4, 5].map(() => html`<span class="skeleton"></span>`)}</div>
    </div>`;
  }

  private renderChart(layout: PieLayout): TemplateResult {
    const active = this.active(layout);
    const tooltip = active && !this.tooltipDismissed ? active : undefined;
    const selected = layout.entries.find((entry) => entry.offeringId === this.selectedOffering)?.slice;
    const emphasised = (i: number) => i === selected || layout.slices[i] === active?.slice;
    const centreInside = this.size >= CENTRE_INSIDE_FROM;
    return html`<div class="chart" part="chart">
        <div class=${classMap({ donut: true, 'centre-inside': centreInside })} part="donut">
          <div class="ring" @pointerleave=${this.onPointerLeave}>
            <svg viewBox=${layout.viewBox} aria-hidden="true" focusable="false" class=${active ? 'has-active' : ''}>
              ${layout.slices.map(
                (slice, i) =>
                  svg`<path part="slice" class=${classMap({ slice: true, active: slice === active?.slice })}
                    data-series=${slice.series} d=${emphasised(i) ? slice.highlightPath : slice.path}
                    @pointerenter=${() => this.point({ slice: i })}></path>`,
              )}
              ${layout.slices.map((slice, i) =>
                i === selected ? svg`<path class="selected-outline" d=${slice.highlightPath}></path>` : nothing,
              )}
            </svg>
            ${tooltip ? this.renderTooltip(tooltip) : nothing}
          </div>
          ${this.renderCentre(layout.total)}
        </div>
        ${this.renderLegend(layout, active, Boolean(tooltip))}
      </div>
      ${this.renderSummaryNotice()} ${this.renderAsOf()}`;
  }

  private renderCentre(total: number): TemplateResult {
    const locale = this.resolvedLocale;
    // The legend and the details keep the exact figures when the centre has to be compact.
    const exact = formatCredits(locale, total);
    const shown = exact.length <= CENTRE_EXACT_MAX_CHARS ? exact : formatCompactCredits(locale, total);
    return html`<div class="centre" part="centre">
      <span class="centre-total" part="centre-total">${shown}</span>
      <span class="centre-label">${this.t.pieCentreLabel}</span>
      <span class="centre-share" part="centre-share" aria-busy=${this.summary.state.status === 'loading' ? 'true' : nothing}
        >${this.renderShareOfValid(total)}</span
      >
    </div>`;
  }

  private renderShareOfValid(total: number): TemplateResult | string {
    const t = this.t;
    const state = this.summary.state;
    if (state.status === 'loading') {
      return html`<span class="skeleton share-skeleton"></span><span class="visually-hidden">${t.loading}</span>`;
    }
    const share = state.status === 'ready' ? shareOfValid(total, state.value.totalValid) : undefined;
    if (share !== undefined) return fill(t.pieShareOfValid, { percent: formatPercent(this.resolvedLocale, share, SHARE_DECIMALS) });
    // No share to give: a dash, explained in words to assistive technology (or by the notice).
    const dash = html`<span aria-hidden="true">${fill(t.pieShareOfValid, { percent: '—' })}</span>`;
    return state.status === 'ready'
      ? html`${dash}<span class="visually-hidden">${t.pieShareOfValidNotApplicable}</span>`
      : dash;
  }

  private renderTooltip({ slice, entry }: Active): TemplateResult {
    const t = this.t;
    const locale = this.resolvedLocale;
    // The row spans the donut at the anchor's height; the tooltip sits in it as near the
    // anchor as fits (see the styles), so it never overflows the donut's sides.
    const row = { '--_tooltip-x': String(slice.anchor.x), top: `${slice.anchor.y * 100}%` };
    return html`<div class="tooltip-row" ${styleProps(row)}>
      <div id="tooltip" class="tooltip" part="tooltip" role="tooltip">
        <strong>${entry?.name ?? t.pieOther}</strong>
        <span>${creditAmount(t, locale, entry?.credits ?? slice.credits)}</span>
        <span>${fill(t.pieShareOfAllocated, { percent: formatPercent(locale, entry?.share ?? slice.share, SHARE_DECIMALS) })}</span>
      </div>
    </div>`;
  }

  private renderLegend(layout: PieLayout, active: Active | undefined, tooltipShown: boolean): TemplateResult {
    const t = this.t;
    const roving = this.rovingId(layout);
    const item = (entry: PieEntry, series: number | undefined) => html`<li>
      <button
        type="button"
        part="legend-item"
        class=${classMap({ 'legend-item': true, active: entry === active?.entry })}
        data-offering=${entry.offeringId}
        tabindex=${entry.offeringId === roving ? 0 : -1}
        aria-pressed=${entry.offeringId === this.selectedOffering ? 'true' : 'false'}
        aria-describedby=${ifDefined(tooltipShown && entry === active?.entry ? 'tooltip' : undefined)}
        @click=${() => this.select(entry.offeringId)}
        @pointerenter=${() => this.point({ offeringId: entry.offeringId })}
      >
        ${series === undefined ? html`<span></span>` : html`<span class="swatch" part="swatch" data-series=${series}></span>`}
        <span class="name">${entry.name}</span>
        ${this.renderValues(entry.credits, entry.share)}
      </button>
    </li>`;
    return html`<div
      class="legend"
      part="legend"
      @keydown=${this.onLegendKeydown}
      @focusin=${this.onLegendFocusIn}
      @focusout=${this.onLegendFocusOut}
      @pointerleave=${this.onPointerLeave}
    >
      <div class="legend-head" aria-hidden="true">
        <span></span><span>${t.pieLegendOffering}</span><span class="number">${t.pieLegendCredits}</span
        ><span class="number">${t.pieLegendShare}</span>
      </div>
      <ul aria-label=${t.pieLegendLabel}>
        ${layout.slices.map((slice) =>
          slice.offeringId !== null
            ? item(slice.entries[0]!, slice.series)
            : html`<li class="group">
                <div class=${classMap({ 'group-head': true, active: slice === active?.slice && !active.entry })} part="legend-group">
                  <span class="swatch" part="swatch" data-series=${slice.series}></span>
                  <span class="name">${t.pieOther}</span>
                  ${this.renderValues(slice.credits, slice.share)}
                </div>
                <ul aria-label=${t.pieOther}>
                  ${slice.entries.map((entry) => item(entry, undefined))}
                </ul>
              </li>`,
        )}
      </ul>
    </div>`;
  }

  /** Credits and share as the columns show them, said in full to assistive technology. */
  private renderValues(credits: number, share: number): TemplateResult {
    const t = this.t;
    const locale = this.resolvedLocale;
    const creditsText = formatCredits(locale, credits);
    const shareText = formatPercent(locale, share, SHARE_DECIMALS);
    return html`<span class="values">
      <span class="credits"
        ><span aria-hidden="true">${creditsText}</span
        ><span class="visually-hidden">${creditAmount(t, locale, credits, creditsText)}</span></span
      >
      <span class="share"
        ><span aria-hidden="true">${shareText}</span
        ><span class="visually-hidden">${fill(t.pieShareOfAllocated, { percent: shareText })}</span></span
      >
    </span>`;
  }

  private renderSummaryNotice(): TemplateResult | typeof nothing {
    const state = this.summary.state;
    if (state.status !== 'error') return nothing;
    return html`<div class="notice" part="notice" role="alert">
      <span>${fill(this.t.pieShareOfValidUnavailable, { message: state.message })}</span>
      <button type="button" part="retry-button" @click=${() => this.summary.retry()}>${this.t.retry}</button>
    </div>`;
  }

  private renderAsOf(): TemplateResult | typeof nothing {
    const summary = this.summary.value;
    if (this.summary.state.status === 'error') return nothing;
    // The line keeps its height while the summary loads, so nothing moves when it arrives.
    return html`<p class="as-of muted" part="as-of">
      ${summary ? fill(this.t.asOf, { date: formatDateTime(this.resolvedLocale, summary.asOf) }) : nothing}
    </p>`;
  }

  private layoutFor(allocations: readonly OfferingAllocation[]): PieLayout {
    const { size, maxSlices, memo } = this;
    if (memo && memo.allocations === allocations && memo.size === size && memo.maxSlices === maxSlices) return memo.layout;
    const layout = pieLayout(allocations, { size, maxSlices });
    this.memo = { allocations, size, maxSlices, layout };
    return layout;
  }

  /** The pointer's target wins over the focused legend item. */
  private active(layout: PieLayout): Active | undefined {
    const pointed = this.pointed;
    if (pointed && 'slice' in pointed) {
      const slice = layout.slices[pointed.slice];
      return slice && { slice, entry: slice.offeringId === null ? undefined : slice.entries[0] };
    }
    const id = pointed?.offeringId ?? this.focused;
    const entry = layout.entries.find((candidate) => candidate.offeringId === id);
    return entry && { slice: layout.slices[entry.slice]!, entry };
  }

  /** The item Tab reaches: the last focused, else the selected, else the first. */
  private rovingId(layout: PieLayout): string | undefined {
    const ids = layout.entries.map((entry) => entry.offeringId);
    for (const id of [this.roving, this.selectedOffering]) if (id && ids.includes(id)) return id;
    return ids[0];
  }

  private asOfDay(): string | undefined {
    const summary = this.summary.value;
    return summary ? asOfDay(summary) : undefined;
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

  private onLegendKeydown = (event: KeyboardEvent): void => {
    const items = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.legend-item')];
    const index = items.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    if (event.key === 'Escape') {
      this.tooltipDismissed = true;
      return;
    }
    const forward = isRtl(this) ? 'ArrowLeft' : 'ArrowRight';
    const backward = isRtl(this) ? 'ArrowRight' : 'ArrowLeft';
    const targets: Record<string, number> = {
      ArrowDown: index + 1,
      [forward]: index + 1,
      ArrowUp: index - 1,
      [backward]: index - 1,
      Home: 0,
      End: items.length - 1,
    };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    items[Math.min(items.length - 1, Math.max(0, target))]!.focus();
  };

  private onLegendFocusIn = (event: FocusEvent): void => {
    const id = (event.target as HTMLElement).dataset.offering;
    if (id === undefined) return;
    this.focused = id;
    this.roving = id;
    this.tooltipDismissed = false;
  };

  private onLegendFocusOut = (event: FocusEvent): void => {
    const legend = event.currentTarget as HTMLElement;
    if (!legend.contains(event.relatedTarget as Node | null)) this.focused = undefined;
  };

  private onResize(entries: readonly ResizeObserverEntry[]): void {
    const width = entries.at(-1)?.contentBoxSize[0]?.inlineSize ?? 0;
    const size = Math.round(width);
    if (size > 0 && size !== this.size) this.size = size;
  }

  /** Measures the ring now on screen (the skeleton's, then the chart's). */
  private observeRing(): void {
    const ring = this.renderRoot.querySelector('.ring') ?? undefined;
    if (ring === this.observedRing || !this.resizeObserver) return;
    if (this.observedRing) this.resizeObserver.unobserve(this.observedRing);
    if (ring) this.resizeObserver.observe(ring);
    this.observedRing = ring;
  }
}
