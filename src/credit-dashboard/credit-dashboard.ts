import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CreditElement } from '../base/credit-element.js';
import { CreditOfferingSelectEvent } from '../events/offering-select.js';
import { numberFormat } from '../i18n/format.js';
import { isSingular } from '../i18n/phrases.js';
import { fill } from '../i18n/strings.js';
import { baseStyles } from '../styles/base.js';
import { tokens } from '../styles/tokens.js';
import { placeSections, type DashboardSection } from './credit-dashboard.layout.js';
import { dashboardStrings, type DashboardStrings } from './credit-dashboard.strings.js';
import { dashboardStyles } from './credit-dashboard.styles.js';
import { sharedSettings, type SharedSettings } from './shared-settings.js';

/**
 * The whole Annual credits tab: the summary, the outlook of what happens next, the allocated
 * credits donut beside the history, and the catalog of every feature, reading one provider so each section is requested once.
 * Choosing an offering in the donut's legend filters the catalog to it, and the donut's card
 * says so where the user is: "6 Cloud Security features shown below", with Show (scroll to the
 * catalog) and Clear. Cards in a row share their height.
 *
 * @summary The Annual credits tab: summary, outlook, allocation donut, history and feature catalog.
 *
 * @slot header - Content above the sections (a host's title or actions).
 *
 * @fires {CreditAllocationRequestEvent} credit-allocation-request - From the catalog: Set up allocation or Manage allocation pressed.
 * @fires {CreditOpenAppEvent} credit-open-app - From the catalog: Go to app activated; cancel it to stop the navigation.
 * @fires {CreditDetailsRequestEvent} credit-details-request - From a section: View details pressed; cancel it to show your own details.
 * @fires {CreditDataErrorEvent} credit-data-error - From a section: its data failed to load or validate.
 * @fires {CreditPurchaseRequestEvent} credit-purchase-request - From the summary or the outlook: Buy credits pressed; cancel it to open your own purchase flow.
 * @fires {CreditOfferingSelectEvent} credit-offering-select - An offering was chosen (or cleared) in the donut or the catalog, or cleared with the donut's Clear.
 *
 * @csspart base - The grid holding the sections.
 * @csspart summary - The `<credit-summary>` element.
 * @csspart outlook - The `<credit-outlook>` element.
 * @csspart pie - The `<credit-pie>` element.
 * @csspart history - The `<credit-history>` element.
 * @csspart catalog - The `<feature-catalog>` element.
 * @csspart selection-note - Under the donut: what choosing an offering did, with Show and Clear.
 *
 * @cssprop [--credit-dashboard-gap=16px] - Space between the sections.
 */
export class CreditDashboardElement extends CreditElement<DashboardStrings> {
  static override styles = [tokens, baseStyles, dashboardStyles];

  protected readonly defaultStrings = dashboardStrings;

  /**
   * The sections to show, in order, space-separated: any of `summary outlook pie history catalog`.
   * Default: all five. The pie and the history share a row when they are next to each other.
   */
  @property() sections?: string;

  /** Do not filter the catalog when an offering is chosen in the donut. */
  @property({ type: Boolean, attribute: 'no-offering-filter' }) noOfferingFilter = false;

  /**
   * Days the history projects past the as-of day (0 for none). Default 90: the quarter ahead,
   * the outlook's nearer risk horizon, while the year behind stays most of the chart.
   */
  @property({ type: Number, attribute: 'projection-days' }) projectionDays = 90;

  /** Where Buy credits leads, in the summary and the outlook (http/https only). */
  @property({ attribute: 'purchase-url' }) purchaseUrl?: string;

  /** The offering chosen in the donut (and filtering the catalog), if any. */
  @state() private selectedOffering: string | null = null;
  /** What the filtered catalog shows, read from it once it has filtered. */
  @state() private shown: HTMLElementTagNameMap['feature-catalog']['shown'];

  protected override render() {
    const sections = placeSections(this.sections);
    return html`<div
      part="base"
      role="group"
      aria-label=${this.t.dashboardLabel}
      lang=${this.resolvedLocale}
      @credit-offering-select=${this.onOfferingSelect}
    >
      <slot name="header" class="slot-header"></slot>
      ${sections.map(({ section, span }) => html`<div class="section ${span}" data-section=${section}>${this.renderSection(section, sections.some((s) => s.section === 'catalog'))}</div>`)}
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The note counts what the catalog shows once it has applied the new filter.
    if (!changed.has('selectedOffering' as keyof CreditDashboardElement)) return;
    const catalog = this.renderRoot.querySelector('feature-catalog');
    if (!catalog || this.selectedOffering === null) return;
    void catalog.updateComplete.then(() => (this.shown = catalog.shown));
  }

  /** What choosing an offering did, said under the donut (a polite live region, always present). */
  private selectionNote(hasCatalog: boolean): TemplateResult | typeof nothing {
    if (!hasCatalog || this.noOfferingFilter) return nothing;
    const t = this.t;
    const locale = this.resolvedLocale;
    const shown = this.selectedOffering === null ? undefined : this.shown;
    // No whitespace around the content: an empty note must match :empty and take no room.
    return html`<p slot="selection" class="selection-note" part="selection-note" role="status">${shown
        ? html`<span class="note-text"
              >${fill(isSingular(locale, shown.count) ? t.dashboardSelectionNoteOne : t.dashboardSelectionNote, {
                count: numberFormat(locale).format(shown.count),
                offering: shown.offeringName ?? '',
              })}</span
            >
            <button type="button" class="link" @click=${this.showCatalog}>${t.dashboardSelectionShow}</button>
            <button type="button" class="link" @click=${this.clearSelection}>${t.dashboardSelectionClear}</button>`
        : nothing}</p>`;
  }

  private showCatalog = (): void => {
    const catalog = this.renderRoot.querySelector('feature-catalog');
    catalog?.scrollIntoView({ block: 'start' });
    catalog?.focus({ preventScroll: true });
  };

  private clearSelection = (): void => {
    this.selectedOffering = null;
    this.shown = undefined;
    const event = new CreditOfferingSelectEvent({ offeringId: null });
    this.dispatchEvent(event);
    // The note's buttons go away: focus goes back to the legend the choice was made in.
    const pie = this.renderRoot.querySelector('credit-pie');
    void this.updateComplete.then(() => pie?.updateComplete).then(() => pie?.focus());
  };

  private renderSection(section: DashboardSection, hasCatalog: boolean): TemplateResult {
    // Host overrides cover every element's strings; each element picks its own keys.
    const settings: SharedSettings = {
      provider: this.provider,
      strings: this.strings,
      locale: this.locale,
      timeZone: this.timeZone,
      allowedOrigins: this.allowedOrigins,
    };
    switch (section) {
      case 'summary':
        return html`<credit-summary
          part="summary"
          exportparts="base: summary-base"
          ${sharedSettings(settings)}
          purchase-url=${ifDefined(this.purchaseUrl)}
        ></credit-summary>`;
      case 'outlook':
        return html`<credit-outlook
          part="outlook"
          exportparts="base: outlook-base"
          ${sharedSettings(settings)}
          purchase-url=${ifDefined(this.purchaseUrl)}
        ></credit-outlook>`;
      case 'pie':
        return html`<credit-pie
          part="pie"
          exportparts="base: pie-base"
          ${sharedSettings(settings)}
          .selectedOffering=${this.selectedOffering}
          >${this.selectionNote(hasCatalog)}</credit-pie
        >`;
      case 'history':
        return html`<credit-history
          part="history"
          exportparts="base: history-base"
          ${sharedSettings(settings)}
          projection-days=${this.projectionDays}
        ></credit-history>`;
      case 'catalog':
        return html`<feature-catalog
          part="catalog"
          exportparts="base: catalog-base"
          ${sharedSettings(settings)}
          .offering=${this.noOfferingFilter ? null : this.selectedOffering}
        ></feature-catalog>`;
    }
  }

  private onOfferingSelect = (event: CreditOfferingSelectEvent): void => {
    this.selectedOffering = event.detail.offeringId;
    this.shown = undefined;
  };
}
