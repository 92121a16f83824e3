import '../base/trusted-types-check.js';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CreditElement } from '../base/credit-element.js';
import { sectionBlock } from '../base/states.js';
import { SectionController } from '../base/section-controller.js';
import type { CreditGrant, CreditSummary } from '../data/types.js';
import { DetailsDialog, type DetailsContent } from '../details/details-dialog.js';
import { creditBreakdown } from '../data/grants.js';
import { formatCredits, formatDateTime, formatDay, formatPercent } from '../i18n/format.js';
import { fill } from '../i18n/strings.js';
import { baseStyles } from '../styles/base.js';
import { seriesTokens, tokens } from '../styles/tokens.js';
import { breakdownSegments, summaryFigures, type BreakdownSegment, type BreakdownSource } from './credit-summary.layout.js';
import { summaryStyles } from './credit-summary.styles.js';
import { summaryStrings, type SummaryStrings } from './credit-summary.strings.js';
import { asOfDay } from '../data/days.js';
import { warningIcon } from '../base/icons.js';
import { memo } from '../base/memo.js';
import { purchaseButton, purchaseOffer } from '../base/purchase-action.js';
import { creditOutlook } from '../data/outlook.js';

/**
 * The headline of the Annual credits tab: total valid credits, allocated credits and the
 * current balance (which may be negative), as of the data's time, with where the valid
 * credits come from. Reads the `summary` and `grants` sections; when `grants` fails the
 * figures still show and only the breakdown offers Retry (which, after a full outage, asks
 * for both). The as-of time is shown in the element's `time-zone` (default UTC) and names it;
 * grant status, "ends within" and "total valid on" are judged on the as-of day in that zone.
 *
 * @summary Total valid, allocated and balance of annual credits, with purchases and converted entitlements.
 *
 * @fires {CreditDetailsRequestEvent} credit-details-request - The user pressed View details (`{ view: 'credits' }`). Cancel it to show your own details instead of the built-in dialog.
 * @fires {CreditPurchaseRequestEvent} credit-purchase-request - The user pressed Buy more credits (`{ reason, shortfall }`). Cancel it to open your own purchase flow instead of following `purchase-url`.
 * @fires {CreditDataErrorEvent} credit-data-error - The `summary` or `grants` section failed to load or validate (`{ section, message, code, status? }`), once per failure.
 *
 * @csspart base - The card around everything.
 * @csspart title - The card's heading.
 * @csspart as-of - The time the figures were computed at.
 * @csspart figures - The list of the three figures.
 * @csspart figure - Each figure (label and value); also `figure-total-valid`, `figure-allocated`, `figure-balance`.
 * @csspart value - The number of each figure.
 * @csspart over-allocated-badge - The word (and icon) marking a negative balance.
 * @csspart negative-note - The note shown with a negative balance.
 * @csspart purchase-button - Buy more credits (only with `purchase-url`): the primary action when the balance is or will be negative.
 * @csspart breakdown - The "valid credits by source" area.
 * @csspart breakdown-bar - The decorative bar of the breakdown.
 * @csspart breakdown-legend - The breakdown's list of sources with their credits and share.
 * @csspart details-button - The View details button.
 * @csspart dialog - The details dialog; also `dialog-close`, `csv-button`, `details-table`.
 * @csspart loading - The loading block (a skeleton of the final size).
 * @csspart error - The error block: plain words, the technical text in `error-details`, and `retry-button`.
 *
 * @cssprop [--credit-summary-value-size=1.75em] - Font size of the three figures.
 * @cssprop [--credit-color-negative=light-dark(#b3261e, #ff8a80)] - Colour of a negative balance and its badge.
 * @cssprop [--credit-color-warning=light-dark(#8a5a00, #f5c26b)] - Accent of the negative-balance note and of grants ending soon.
 * @cssprop [--credit-series-1=light-dark(#1a5fb4, #7db3f5)] - Purchased credits in the breakdown.
 * @cssprop [--credit-series-3=light-dark(#137a63, #56d3b0)] - Converted credits in the breakdown.
 * @cssprop [--credit-series-9=light-dark(#4d5f73, #b6c4d3)] - Trial and other credits in the breakdown.
 *
 * @cssstate over-allocated - The current balance is negative: style it with `credit-summary:state(over-allocated)`.
 */
export class CreditSummaryElement extends CreditElement<SummaryStrings> {
  static override styles = [tokens, seriesTokens, baseStyles, summaryStyles];

  /**
   * Where the negative-balance note's "Buy more credits" link leads (a sales or marketplace
   * page). Only http(s) URLs, or URLs relative to the page, become a link (and, with
   * `allowed-origins`, only those on an allowed origin); blank text is no link.
   */
  @property({ attribute: 'purchase-url' }) purchaseUrl?: string;

  protected readonly defaultStrings = summaryStrings;

  private readonly summary = new SectionController(this, 'summary');
  private readonly grants = new SectionController(this, 'grants');
  private readonly dialog = new DetailsDialog(this, () => import('../details/grant-details.js'));
  private readonly internals = this.attachInternals();
  private readonly outlook = memo((grants: readonly CreditGrant[], day: string, allocated: number) =>
    creditOutlook({ grants, asOfDay: day, allocated }),
  );

  protected override render(): TemplateResult {
    const t = this.t;
    const summary = this.summary.value;
    const block = sectionBlock(t, [{ state: this.summary.state, retry: () => this.summary.retry() }], this.content(t));
    return html`<section part="base" lang=${this.resolvedLocale} aria-labelledby="title">
      <h2 id="title" part="title">${t.summaryTitle}</h2>
      ${block ?? this.content(t, summary)}
      ${this.dialog.render(t, (details) => this.detailsContent(t, details))}
    </section>`;
  }

  protected override updated(): void {
    const summary = this.summary.value;
    if (summary && !this.settingsProblem && summaryFigures(summary).overAllocated) this.internals.states.add('over-allocated');
    else this.internals.states.delete('over-allocated');
  }

  /** The figures and the breakdown; without a summary, their skeleton (same structure, same size). */
  private content(t: SummaryStrings, summary?: CreditSummary): TemplateResult {
    const figures = summary && summaryFigures(summary);
    const locale = this.resolvedLocale;
    return html`<p class="as-of" part="as-of">
        ${summary
          ? html`<time datetime=${summary.asOf}>${fill(t.asOf, { date: formatDateTime(locale, summary.asOf, this.resolvedTimeZone) })}</time>`
          : html`<span class="skeleton as-of-skeleton"></span>`}
      </p>
      <div class="layout">
        <div class="main">
          <dl class="figures" part="figures">
            ${this.figure('total-valid', t.summaryTotalValid, figures?.totalValid)}
            ${this.figure('allocated', t.summaryAllocated, figures?.allocated)}
            ${this.figure('balance', t.summaryBalance, figures?.balance, figures?.overAllocated ? this.badge(t) : nothing)}
          </dl>
          ${figures?.overAllocated ? html`<p class="note" part="negative-note">${t.summaryNegativeNote}</p>` : nothing}
          ${summary && figures ? this.renderPurchase(t, summary, figures.balance) : nothing}
        </div>
        <div class="breakdown" part="breakdown">
          <h3>${t.summaryBreakdownTitle}</h3>
          ${summary ? this.renderBreakdownSection(t, summary) : this.renderBreakdownBody(t)}
        </div>
      </div>`;
  }

  private figure(name: string, label: string, value: number | undefined, cue: unknown = nothing): TemplateResult {
    const negative = value !== undefined && value < 0;
    return html`<div class="figure ${negative ? 'negative' : ''}" part="figure figure-${name}">
      <dt>${label}</dt>
      <dd>
        <span class="value" part="value">
          ${value === undefined
            ? html`<span class="skeleton value-skeleton"></span>`
            : // Isolated so that in right-to-left text the sign stays where the locale wrote it.
              html`<bdi>${formatCredits(this.resolvedLocale, value)}</bdi>`}
        </span>
        ${cue}
      </dd>
    </div>`;
  }

  /** The non-colour cue of a negative balance: an icon and a word. */
  private badge(t: SummaryStrings): TemplateResult {
    return html`<span class="badge" part="over-allocated-badge">${warningIcon}${t.summaryOverAllocated}</span>`;
  }

  /**
   * Buy credits, with `purchase-url`: the primary action when the balance is negative now or
   * the grants' end dates make it so within a year (the outlook's low point, from the grants).
   */
  private renderPurchase(t: SummaryStrings, summary: CreditSummary, balance: number): TemplateResult | typeof nothing {
    if (!this.purchaseUrl) return nothing;
    const grants = this.grants.value;
    const shortfall = grants
      ? this.outlook(grants, asOfDay(summary, this.resolvedTimeZone), summary.allocated).shortfall
      : 0;
    const offer = purchaseOffer(this.purchaseUrl, balance, shortfall, this.resolvedAllowedOrigins);
    return offer ? html`<div class="purchase-row">${purchaseButton(this, t.summaryPurchaseLink, offer)}</div>` : nothing;
  }

  /** The breakdown once the grants are ready; their loading or error block until then. */
  private renderBreakdownSection(t: SummaryStrings, summary: CreditSummary): TemplateResult {
    const block = sectionBlock(t, [{ state: this.grants.state, retry: () => this.grants.retry() }], this.renderBreakdownBody(t));
    return block ?? this.renderBreakdownBody(t, this.grants.value, asOfDay(summary, this.resolvedTimeZone));
  }

  /** The bar, legend and View details; without grants, their skeleton. */
  private renderBreakdownBody(t: SummaryStrings, grants?: readonly CreditGrant[], day?: string): TemplateResult {
    if (!grants || day === undefined) {
      return html`<div class="breakdown-body">
        <span class="skeleton bar-skeleton"></span>
        <dl class="legend" part="breakdown-legend">
          ${this.legendRow(t, 'purchased')} ${this.legendRow(t, 'converted')}
        </dl>
        <span class="skeleton button-skeleton"></span>
      </div>`;
    }
    if (grants.length === 0) return html`<p class="empty">${t.grantsEmpty}</p>`;
    const segments = breakdownSegments(creditBreakdown(grants, day));
    const anyValid = segments.some((segment) => segment.credits > 0);
    return html`<div class="breakdown-body">
      ${anyValid
        ? html`<svg class="bar" part="breakdown-bar" aria-hidden="true" viewBox="0 0 1 1" preserveAspectRatio="none">
              ${segments.map(
                (s) => svg`<rect class=${s.source} x=${s.offset} width=${s.share} height="1"></rect>`,
              )}
            </svg>
            <dl class="legend" part="breakdown-legend">${segments.map((s) => this.legendRow(t, s.source, s))}</dl>`
        : html`<p class="empty">${fill(t.summaryNoValidGrants, { date: formatDay(this.resolvedLocale, day) })}</p>`}
      <button type="button" class="link" part="details-button" @click=${this.onViewDetails}>${t.viewDetails}</button>
    </div>`;
  }

  private legendRow(t: SummaryStrings, source: BreakdownSource, segment?: BreakdownSegment): TemplateResult {
    const locale = this.resolvedLocale;
    const label = source === 'purchased' ? t.summaryPurchased : source === 'converted' ? t.summaryConverted : t.summaryOther;
    return html`<div class="legend-row ${source}">
      <dt>
        <span class="swatch" aria-hidden="true"></span>
        <span>${label}${source === 'purchased' ? html` <span class="hint">${t.summaryPurchasedHint}</span>` : nothing}</span>
      </dt>
      <dd>
        ${segment
          ? html`${formatCredits(locale, segment.credits)}
              <span class="share">${formatPercent(locale, segment.share)}</span>`
          : html`<span class="skeleton legend-skeleton"></span>`}
      </dd>
    </div>`;
  }

  private detailsContent(t: SummaryStrings, { grantDetails }: typeof import('../details/grant-details.js')): DetailsContent {
    const summary = this.summary.value;
    const grants = this.grants.value;
    if (summary && grants) return grantDetails(t, this.resolvedLocale, grants, asOfDay(summary, this.resolvedTimeZone));
    // A refresh failed while the dialog was open: say so there instead of showing an empty table.
    const states = [
      { state: this.summary.state, retry: () => this.summary.retry() },
      { state: this.grants.state, retry: () => this.grants.retry() },
    ];
    return { title: t.grantsTitle, body: sectionBlock(t, states, this.renderBreakdownBody(t))! };
  }

  private onViewDetails = (event: Event): void => {
    this.dialog.request('credits', event.currentTarget as HTMLElement);
  };
}
