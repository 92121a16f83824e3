import { html, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatCredits, formatPercent } from '../i18n/format.js';
import { creditAmount } from '../i18n/phrases.js';
import { fill } from '../i18n/strings.js';
import { SHARE_DECIMALS, type PieEntry, type PieLayout } from './credit-pie.layout.js';
import type { PieStrings } from './credit-pie.strings.js';
import { TOOLTIP_ID, type PieHighlight } from './pie-donut.js';

/** What the legend needs from the pie: strings, locale, highlight, selection and the handlers. */
export interface LegendContext {
  readonly t: PieStrings;
  readonly locale: string;
  readonly highlight: PieHighlight | undefined;
  /** Whether the tooltip shows: the highlighted offering's item is then described by it. */
  readonly tooltipShown: boolean;
  readonly selectedOffering: string | null;
  /** The offering whose item Tab reaches (the only one with `tabindex=0`). */
  readonly tabStop: string | undefined;
  select(offeringId: string): void;
  pointOffering(offeringId: string): void;
  onKeydown(event: KeyboardEvent): void;
  onFocusIn(event: FocusEvent): void;
  onFocusOut(event: FocusEvent): void;
  onPointerLeave(): void;
}

/**
 * Every offering as a button with its credits and share of allocated, in slice order; the
 * offerings merged into "Other" are listed one by one under the group's own totals. Each
 * button's name starts with what pressing it does ("Filter features by …"), since the list it
 * filters may be far from the donut.
 */
export function pieLegend(layout: PieLayout, context: LegendContext): TemplateResult {
  const { t, locale, highlight } = context;
  return html`<div
    class="legend"
    part="legend"
    @keydown=${context.onKeydown}
    @focusin=${context.onFocusIn}
    @focusout=${context.onFocusOut}
    @pointerleave=${context.onPointerLeave}
  >
    <div class="legend-head" aria-hidden="true">
      <span></span><span>${t.pieLegendOffering}</span><span class="number">${t.pieLegendCredits}</span
      ><span class="number">${t.pieLegendShare}</span>
    </div>
    <ul aria-label=${t.pieLegendLabel}>
      ${layout.slices.map((slice) =>
        slice.offeringId !== null
          ? legendItem(slice.entries[0]!, slice.series, context)
          : html`<li class="group">
              <div class=${classMap({ 'group-head': true, active: slice === highlight?.slice && !highlight.entry })} part="legend-group">
                ${swatch(slice.series)}
                <span class="name">${t.pieOther}</span>
                ${legendValues(t, locale, slice.credits, slice.share)}
              </div>
              <ul aria-label=${t.pieOther}>
                ${slice.entries.map((entry) => legendItem(entry, undefined, context))}
              </ul>
            </li>`,
      )}
    </ul>
  </div>`;
}

/** One offering's button; `series` is its swatch's colour, undefined inside "Other". */
function legendItem(entry: PieEntry, series: number | undefined, context: LegendContext): TemplateResult {
  const { t, locale, highlight } = context;
  const id = entry.offeringId;
  return html`<li>
    <button
      type="button"
      part="legend-item"
      class=${classMap({ 'legend-item': true, active: entry === highlight?.entry })}
      data-offering=${id}
      tabindex=${id === context.tabStop ? 0 : -1}
      aria-pressed=${id === context.selectedOffering ? 'true' : 'false'}
      aria-describedby=${ifDefined(context.tooltipShown && entry === highlight?.entry ? TOOLTIP_ID : undefined)}
      @click=${() => context.select(id)}
      @pointerenter=${() => context.pointOffering(id)}
    >
      ${series === undefined ? html`<span></span>` : swatch(series)}
      <span class="visually-hidden">${t.pieLegendFilter}</span>
      <span class="name">${entry.name}</span>
      ${legendValues(t, locale, entry.credits, entry.share)}
    </button>
  </li>`;
}

/** The slice's colour, and in forced colours its pattern (the same one the slice shows). */
function swatch(series: number): TemplateResult {
  return html`<svg class="swatch" part="swatch" data-series=${series} viewBox="0 0 12 12" aria-hidden="true" focusable="false">
    <rect class="swatch-fill" width="12" height="12" rx="3"></rect>
  </svg>`;
}

/** Credits and share as the columns show them, said in full to assistive technology. */
function legendValues(t: PieStrings, locale: string, credits: number, share: number): TemplateResult {
  const creditsText = formatCredits(locale, credits);
  const shareText = formatPercent(locale, share, SHARE_DECIMALS);
  return html`<span class="values">
    <span class="credits"
      ><span aria-hidden="true">${creditsText}</span
      ><span class="visually-hidden">${creditAmount(t, locale, credits, creditsText)}</span></span
    >
    <span class="share"
      ><bdi aria-hidden="true">${shareText}</bdi
      ><span class="visually-hidden">${fill(t.pieShareOfAllocated, { percent: shareText })}</span></span
    >
  </span>`;
}
