import { html, nothing, svg, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { ControllerState } from '../base/section-controller.js';
import { styleProps } from '../base/style-props.js';
import type { CreditSummary } from '../data/types.js';
import { formatCompactCredits, formatCredits, formatPercent } from '../i18n/format.js';
import { creditAmount } from '../i18n/phrases.js';
import { fill } from '../i18n/strings.js';
import { SHARE_DECIMALS, shareOfValid, type PieEntry, type PieLayout, type PieSlice } from './credit-pie.layout.js';
import type { PieStrings } from './credit-pie.strings.js';

/** Longer exact totals ("12,345,678.5") would overflow the centre: they show compact there. */
const CENTRE_EXACT_MAX_CHARS = 9;
/** The legend item of the highlighted offering points `aria-describedby` at it. */
export const TOOLTIP_ID = 'tooltip';

/** The highlighted slice, and the offering when one is meant (not the whole "Other" slice). */
export interface PieHighlight {
  slice: PieSlice;
  entry: PieEntry | undefined;
}

/** What the pointer is on: a slice, or an offering's legend item. */
export type PointerTarget = { slice: number } | { offeringId: string };

/** The pointer's target wins over the focused legend item. */
export function highlightOf(
  layout: PieLayout,
  pointed: PointerTarget | undefined,
  focusedOffering: string | undefined,
): PieHighlight | undefined {
  if (pointed && 'slice' in pointed) {
    const slice = layout.slices[pointed.slice];
    return slice && { slice, entry: slice.offeringId === null ? undefined : slice.entries[0] };
  }
  const id = pointed?.offeringId ?? focusedOffering;
  const entry = layout.entries.find((candidate) => candidate.offeringId === id);
  return entry && { slice: layout.slices[entry.slice]!, entry };
}

/** The ring's slices; the highlighted and the selected one are drawn grown, the selected one outlined. */
export function pieSlices(
  layout: PieLayout,
  highlight: PieHighlight | undefined,
  selectedSlice: number | undefined,
  onPointSlice: (index: number) => void,
): TemplateResult {
  const emphasised = (i: number) => i === selectedSlice || layout.slices[i] === highlight?.slice;
  return html`<svg viewBox=${layout.viewBox} aria-hidden="true" focusable="false" class=${highlight ? 'has-active' : ''}>
    ${layout.slices.map(
      (slice, i) =>
        svg`<path part="slice" class=${classMap({ slice: true, active: slice === highlight?.slice })}
          data-series=${slice.series} d=${emphasised(i) ? slice.highlightPath : slice.path}
          @pointerenter=${() => onPointSlice(i)}></path>`,
    )}
    ${layout.slices.map((slice, i) =>
      i === selectedSlice ? svg`<path class="selected-outline" d=${slice.highlightPath}></path>` : nothing,
    )}
  </svg>`;
}

/** The allocated total and its share of the total valid credits (from the summary). */
export function pieCentre(t: PieStrings, locale: string, total: number, summary: ControllerState<CreditSummary>): TemplateResult {
  // The legend and the details keep the exact figures when the centre has to be compact.
  const exact = formatCredits(locale, total);
  const shown = exact.length <= CENTRE_EXACT_MAX_CHARS ? exact : formatCompactCredits(locale, total);
  return html`<div class="centre" part="centre">
    <span class="centre-total" part="centre-total">${shown}</span>
    <span class="centre-label">${t.pieCentreLabel}</span>
    <span class="centre-share" part="centre-share" aria-busy=${summary.status === 'loading' ? 'true' : nothing}
      >${shareOfValidText(t, locale, total, summary)}</span
    >
  </div>`;
}

function shareOfValidText(
  t: PieStrings,
  locale: string,
  total: number,
  summary: ControllerState<CreditSummary>,
): TemplateResult | string {
  if (summary.status === 'loading') {
    return html`<span class="skeleton share-skeleton"></span><span class="visually-hidden">${t.loading}</span>`;
  }
  const share = summary.status === 'ready' ? shareOfValid(total, summary.value.totalValid) : undefined;
  if (share !== undefined) return fill(t.pieShareOfValid, { percent: formatPercent(locale, share, SHARE_DECIMALS) });
  // No share to give: a dash, explained in words to assistive technology (or by the notice).
  const dash = html`<span aria-hidden="true">${fill(t.pieShareOfValid, { percent: '—' })}</span>`;
  return summary.status === 'ready' ? html`${dash}<span class="visually-hidden">${t.pieShareOfValidNotApplicable}</span>` : dash;
}

/** The highlighted offering's (or the "Other" slice's) name, credits and share, by its slice. */
export function pieTooltip(t: PieStrings, locale: string, { slice, entry }: PieHighlight): TemplateResult {
  // The row spans the donut at the anchor's height; the tooltip sits in it as near the
  // anchor as fits (see the styles), so it never overflows the donut's sides.
  const row = { '--_tooltip-x': String(slice.anchor.x), top: `${slice.anchor.y * 100}%` };
  return html`<div class="tooltip-row" ${styleProps(row)}>
    <div id=${TOOLTIP_ID} class="tooltip" part="tooltip" role="tooltip">
      <strong>${entry?.name ?? t.pieOther}</strong>
      <span>${creditAmount(t, locale, entry?.credits ?? slice.credits)}</span>
      <span>${fill(t.pieShareOfAllocated, { percent: formatPercent(locale, entry?.share ?? slice.share, SHARE_DECIMALS) })}</span>
    </div>
  </div>`;
}
