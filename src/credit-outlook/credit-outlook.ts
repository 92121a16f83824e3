import '../base/trusted-types-check.js';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CreditElement } from '../base/credit-element.js';
import { warningIcon } from '../base/icons.js';
import { memo } from '../base/memo.js';
import { purchaseButton, purchaseOffer } from '../base/purchase-action.js';
import { PrintController } from '../base/print-controller.js';
import { SectionController } from '../base/section-controller.js';
import { sectionBlock } from '../base/states.js';
import { asOfDay } from '../data/days.js';
import { creditOutlook, DEFAULT_OUTLOOK_DAYS, type Outlook, type OutlookChange } from '../data/outlook.js';
import type { CreditGrant } from '../data/types.js';
import { sourceLabel } from '../details/source-label.js';
import { formatCredits, formatDateTime, formatDay, formatSignedCredits } from '../i18n/format.js';
import { fill } from '../i18n/strings.js';
import { baseStyles } from '../styles/base.js';
import { tokens } from '../styles/tokens.js';
import { outlookStrings, type OutlookStrings } from './credit-outlook.strings.js';
import { outlookStyles } from './credit-outlook.styles.js';
import { horizonText, outlookSentence, riskLines } from './outlook-story.js';

/** The longest outlook: five years of grants ahead is more than any contract runs. */
const MAX_DAYS = 1_826;

/**
 * What happens next: from the grants' end dates, the valid credits and the balance they
 * leave at the current allocation over the coming months. It says it in one sentence first
 * (when the balance goes negative and how low it gets, or that it stays above zero), then
 * lists every change: grants ending or starting, with valid credits and balance after each.
 * A grant renewed without a gap is shown as such, not as a warning. With `purchase-url`, a
 * Buy credits action leads to more credits, drawn as the primary action when the balance is
 * or will be negative.
 *
 * Reads the `summary` (as-of day and allocated credits) and `grants` sections.
 *
 * @summary The coming changes to valid credits and the balance, and the first day it goes negative.
 *
 * @fires {CreditPurchaseRequestEvent} credit-purchase-request - The user pressed Buy credits (`{ reason, shortfall }`). Cancel it to open your own purchase flow instead of following `purchase-url`.
 * @fires {CreditDataErrorEvent} credit-data-error - The `summary` or `grants` section failed to load or validate.
 *
 * @csspart base - The card around everything.
 * @csspart title - The card's heading.
 * @csspart sentence - The outlook in one sentence.
 * @csspart risks - What is at risk within 30 and 90 days.
 * @csspart purchase-button - The Buy credits action (only with `purchase-url`).
 * @csspart changes - The table of coming changes.
 * @csspart negative - The "Below zero" mark of a negative balance in the table.
 * @csspart as-of - When the figures were computed.
 * @csspart loading - The loading block.
 * @csspart error - The error block; its button is `retry-button`.
 *
 * @cssprop [--credit-color-negative=light-dark(#b3261e, #ff8a80)] - A negative balance and the sentence's accent when one is coming.
 * @cssprop [--credit-color-warning=light-dark(#8a5a00, #f5c26b)] - Credits at risk.
 */
export class CreditOutlookElement extends CreditElement<OutlookStrings> {
  static override styles = [tokens, baseStyles, outlookStyles];

  /** How many days ahead to look (1–1826). Default 365. */
  @property({ type: Number }) days = DEFAULT_OUTLOOK_DAYS;

  /** Where Buy credits leads (a sales or marketplace page); only http(s) URLs, or URLs relative to the page. */
  @property({ attribute: 'purchase-url' }) purchaseUrl?: string;

  protected readonly defaultStrings = outlookStrings;

  private readonly summary = new SectionController(this, 'summary');
  private readonly grants = new SectionController(this, 'grants');
  private readonly print = new PrintController(this);
  private readonly outlook = memo(
    (grants: readonly CreditGrant[], day: string, allocated: number, days: number): Outlook =>
      creditOutlook({ grants, asOfDay: day, allocated, days }),
  );

  /** `days` as used: a whole number within 1–1826 (a bad attribute falls back to a year). */
  private get horizon(): number {
    const days = Math.floor(Number(this.days));
    return Number.isFinite(days) && days >= 1 ? Math.min(days, MAX_DAYS) : DEFAULT_OUTLOOK_DAYS;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const block = sectionBlock(
      t,
      [
        { state: this.summary.state, retry: () => this.summary.retry() },
        { state: this.grants.state, retry: () => this.grants.retry() },
      ],
      skeleton,
    );
    const summary = this.summary.value;
    const grants = this.grants.value;
    return html`<section part="base" lang=${this.resolvedLocale} aria-labelledby="title">
      <h2 id="title" part="title">${t.outlookTitle}</h2>
      ${block ??
      (summary && grants
        ? this.renderOutlook(this.outlook(grants, asOfDay(summary, this.resolvedTimeZone), summary.allocated, this.horizon), summary.asOf)
        : nothing)}
    </section>`;
  }

  private renderOutlook(outlook: Outlook, asOf: string): TemplateResult {
    const t = this.t;
    const locale = this.resolvedLocale;
    const days = this.horizon;
    const offer = purchaseOffer(this.purchaseUrl, outlook.now.balance, outlook.shortfall, this.resolvedAllowedOrigins);
    const warning = outlook.alreadyNegative || outlook.firstNegative !== undefined;
    return html`<div class="lead">
        <p class="sentence ${warning ? 'warning' : ''}" part="sentence">${outlookSentence(t, locale, outlook, days)}</p>
        ${offer ? purchaseButton(this, t.outlookBuy, offer) : nothing}
      </div>
      <ul class="risks" part="risks">
        ${riskLines(t, locale, outlook).map(
          (line, i) => html`<li class=${outlook.risks[i]!.credits > 0 ? 'at-risk' : ''}>${line}</li>`,
        )}
      </ul>
      ${outlook.changes.length > 0 ? this.renderChanges(outlook, days) : nothing}
      <p class="as-of muted" part="as-of">${fill(t.asOf, { date: formatDateTime(locale, asOf, this.resolvedTimeZone) })}</p>`;
  }

  /**
   * The column heads are a `<thead>` only on paper, where it repeats on each page. On screen
   * they are the body's first row: Chromium keeps something of every `<thead>` and `<tfoot>`
   * for as long as the page lives (a media query set held by the document's style engine,
   * 300 bytes a table), so a portal mounting the outlook again and again would grow for it.
   */
  private renderChanges(outlook: Outlook, days: number): TemplateResult {
    const t = this.t;
    const heads = html`<tr class="column-heads">
      <th scope="col">${t.outlookDate}</th>
      <th scope="col">${t.outlookEvent}</th>
      <th scope="col" class="number">${t.outlookChange}</th>
      <th scope="col" class="number">${t.outlookValidAfter}</th>
      <th scope="col" class="number">${t.outlookBalanceAfter}</th>
    </tr>`;
    const rows = outlook.changes.map((change) => this.renderChange(change));
    return html`<div class="table-wrap card-rows" part="changes" role="region" aria-labelledby="changes-caption" tabindex="0">
      <table>
        <caption id="changes-caption">${fill(t.outlookTableCaption, { horizon: horizonText(t, days) })}</caption>
        ${this.print.printing
          ? html`<thead>${heads}</thead>
              <tbody>${rows}</tbody>`
          : html`<tbody>${heads}${rows}</tbody>`}
      </table>
    </div>`;
  }

  private renderChange(change: OutlookChange): TemplateResult {
    const t = this.t;
    const locale = this.resolvedLocale;
    const negative = change.balanceAfter < 0;
    const renewed = change.delta === 0 && change.ended.length > 0;
    return html`<tr data-day=${change.day}>
      <th scope="row" class="date"><bdi>${formatDay(locale, change.day)}</bdi></th>
      <td>
        <ul class="events">
          ${change.ended.map((grant) => html`<li>${fill(t.outlookEnds, { name: grant.name })} <span class="muted">· ${sourceLabel(t, grant.source)}</span></li>`)}
          ${change.started.map((grant) => html`<li>${fill(t.outlookStarts, { name: grant.name })} <span class="muted">· ${sourceLabel(t, grant.source)}</span></li>`)}
        </ul>
      </td>
      <td class="number" data-label=${t.outlookChange}>
        ${renewed ? html`<span class="muted">${t.outlookRenewed}</span>` : html`<bdi>${formatSignedCredits(locale, change.delta)}</bdi>`}
      </td>
      <td class="number" data-label=${t.outlookValidAfter}><bdi>${formatCredits(locale, change.validAfter)}</bdi></td>
      <td class="number ${negative ? 'negative' : ''}" data-label=${t.outlookBalanceAfter}>
        <span
          ><bdi>${formatCredits(locale, change.balanceAfter)}</bdi>${negative
            ? html` <span class="badge" part="negative">${warningIcon} ${t.outlookNegative}</span>`
            : nothing}</span
        >
      </td>
    </tr>`;
  }
}

/** The loading skeleton: the sentence, the risks and a few rows, in the boxes they will take. */
const skeleton = html`<div class="lead"><span class="skeleton sentence-skeleton"></span></div>
  <span class="skeleton risks-skeleton"></span>
  <div class="rows-skeleton">${[1, 2, 3, 4].map(() => html`<span class="skeleton row-skeleton"></span>`)}</div>`;
