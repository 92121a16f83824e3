import { html, nothing, svg, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { ControllerState } from '../base/section-controller.js';
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
    ${slicePatterns}
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

/*
 * In forced colours every author colour becomes the same system colour, so the slices and the
 * legend swatches are told apart by these twelve patterns instead (series N uses pattern
 * `credit-pattern-N` on both). Drawn in Canvas and CanvasText, the only colours forced-colours
 * mode leaves. One template with no bindings: Lit prepares each template once per page, and
 * the twelve patterns as templates of their own were thirteen to prepare on a first render.
 */
const slicePatterns = svg`<defs>
  <pattern id="credit-pattern-1" class="pattern" width="8" height="8" patternUnits="userSpaceOnUse"><rect class="paper" width="8" height="8"></rect><rect class="ink-fill" width="8" height="8"></rect></pattern>
  <pattern id="credit-pattern-2" class="pattern" width="8" height="8" patternUnits="userSpaceOnUse"><rect class="paper" width="8" height="8"></rect><path class="ink" d="M-2 2l4-4M0 8l8-8M6 10l4-4"></path></pattern>
  <pattern id="credit-pattern-3" class="pattern" width="8" height="8" patternUnits="userSpaceOnUse"><rect class="paper" width="8" height="8"></rect><path class="ink" d="M-2 6l4 4M0 0l8 8M6-2l4 4"></path></pattern>
  <pattern id="credit-pattern-4" class="pattern" width="8" height="8" patternUnits="userSpaceOnUse"><rect class="paper" width="8" height="8"></rect><path class="ink" d="M0 2h8M0 6h8"></path></pattern>
  <pattern id="credit-pattern-5" class="pattern" width="8" height="8" patternUnits="userSpaceOnUse"><rect class="paper" width="8" height="8"></rect><path class="ink" d="M2 0v8M6 0v8"></path></pattern>
  <pattern id="credit-pattern-6" class="pattern" width="8" height="8" patternUnits="userSpaceOnUse"><rect class="paper" width="8" height="8"></rect><circle class="ink-fill" cx="4" cy="4" r="1.6"></circle></pattern>
  <pattern id="credit-pattern-7" class="pattern" width="8" height="8" patternUnits="userSpaceOnUse"><rect class="paper" width="8" height="8"></rect><path class="ink" d="M0 4h8M4 0v8"></path></pattern>
  <pattern id="credit-pattern-8" class="pattern" width="8" height="8" patternUnits="userSpaceOnUse"><rect class="paper" width="8" height="8"></rect><path class="ink" d="M0 0l8 8M8 0l-8 8"></path></pattern>
  <pattern id="credit-pattern-9" class="pattern" width="8" height="8" patternUnits="userSpaceOnUse"><rect class="paper" width="8" height="8"></rect><circle class="ink" cx="4" cy="4" r="2.4"></circle></pattern>
  <pattern id="credit-pattern-10" class="pattern" width="8" height="8" patternUnits="userSpaceOnUse"><rect class="paper" width="8" height="8"></rect><rect class="ink-fill" width="4" height="4"></rect><rect class="ink-fill" x="4" y="4" width="4" height="4"></rect></pattern>
  <pattern id="credit-pattern-11" class="pattern" width="8" height="8" patternUnits="userSpaceOnUse"><rect class="paper" width="8" height="8"></rect><path class="ink" d="M0 6l2-4 2 4 2-4 2 4"></path></pattern>
  <pattern id="credit-pattern-12" class="pattern" width="8" height="8" patternUnits="userSpaceOnUse"><rect class="paper" width="8" height="8"></rect><rect class="ink-fill" x="3" y="3" width="2" height="2"></rect></pattern>
</defs>`;

/** The allocated total and its share of the total valid credits (from the summary). */
export function pieCentre(t: PieStrings, locale: string, total: number, summary: ControllerState<CreditSummary>): TemplateResult {
  // The legend and the details keep the exact figures when the centre has to be compact;
  // the compact one carries the exact total as its title.
  const exact = formatCredits(locale, total);
  const compact = exact.length > CENTRE_EXACT_MAX_CHARS;
  return html`<div class="centre" part="centre">
    <span class="centre-total" part="centre-total" title=${compact ? exact : nothing}><bdi>${compact ? formatCompactCredits(locale, total) : exact}</bdi></span>
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
  if (share !== undefined) return withPercent(t.pieShareOfValid, formatPercent(locale, share, SHARE_DECIMALS));
  // No share to give: a dash, explained in words to assistive technology (or by the notice).
  const dash = html`<span aria-hidden="true">${fill(t.pieShareOfValid, { percent: '—' })}</span>`;
  return summary.status === 'ready' ? html`${dash}<span class="visually-hidden">${t.pieShareOfValidNotApplicable}</span>` : dash;
}

/**
 * A phrase with its percentage isolated: the percentage keeps the one visual order it has in
 * the legend (where it stands alone), whichever direction the words around it run.
 */
export function withPercent(template: string, percent: string): TemplateResult {
  const [before = '', ...rest] = template.split('{percent}');
  return rest.length > 0 ? html`${before}<bdi>${percent}</bdi>${rest.join(percent)}` : html`${template}`;
}

/**
 * The highlighted offering's (or the "Other" slice's) name, credits and share. It has a box
 * of its own under the ring (the readout), kept at its size when empty: a tooltip over the
 * ring would cover the centre figures, and one that came and went would move the legend
 * under the pointer.
 */
export function pieTooltip(t: PieStrings, locale: string, highlight: PieHighlight | undefined): TemplateResult {
  if (!highlight) return html`<div class="readout"></div>`;
  const { slice, entry } = highlight;
  return html`<div class="readout">
    <div id=${TOOLTIP_ID} class="tooltip" part="tooltip" role="tooltip" data-series=${slice.series}>
      <strong>${entry?.name ?? t.pieOther}</strong>
      <span>${creditAmount(t, locale, entry?.credits ?? slice.credits)}</span>
      <span>${withPercent(t.pieShareOfAllocated, formatPercent(locale, entry?.share ?? slice.share, SHARE_DECIMALS))}</span>
    </div>
  </div>`;
}
