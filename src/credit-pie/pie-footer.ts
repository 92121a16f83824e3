import { html, nothing, type TemplateResult } from 'lit';
import type { ControllerState } from '../base/section-controller.js';
import { plainError } from '../base/states.js';
import type { CreditSummary } from '../data/types.js';
import { formatDateTime } from '../i18n/format.js';
import { fill } from '../i18n/strings.js';
import type { PieStrings } from './credit-pie.strings.js';

/** Under the chart, when the summary failed: why the centre has no share of valid, with Retry. */
export function summaryNotice(
  t: PieStrings,
  summary: ControllerState<CreditSummary>,
  retry: () => void,
): TemplateResult | typeof nothing {
  if (summary.status !== 'error') return nothing;
  return html`<div class="notice" part="notice" role="alert">
    <span>${fill(t.pieShareOfValidUnavailable, { message: plainError(t, summary.code) })}</span>
    <button type="button" part="retry-button" @click=${retry}>${t.retry}</button>
  </div>`;
}

/** When the figures were computed; nothing when the summary failed (the notice says so). */
export function asOfLine(
  t: PieStrings,
  locale: string,
  summary: ControllerState<CreditSummary>,
  timeZone: string,
): TemplateResult | typeof nothing {
  if (summary.status === 'error') return nothing;
  // The line keeps its height while the summary loads, so nothing moves when it arrives.
  return html`<p class="as-of muted" part="as-of">
    ${summary.status === 'ready' ? fill(t.asOf, { date: formatDateTime(locale, summary.value.asOf, timeZone) }) : nothing}
  </p>`;
}
