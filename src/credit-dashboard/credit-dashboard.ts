import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CreditElement } from '../base/credit-element.js';
import type { CreditOfferingSelectEvent } from '../events/offering-select.js';
import { baseStyles } from '../styles/base.js';
import { tokens } from '../styles/tokens.js';
import { placeSections, type DashboardSection } from './credit-dashboard.layout.js';
import { dashboardStrings, type DashboardStrings } from './credit-dashboard.strings.js';
import { dashboardStyles } from './credit-dashboard.styles.js';

/**
 * The whole Annual credits tab: the summary, the outlook of what happens next, the allocated
 * credits donut beside the history, and the catalog of every feature, reading one provider so each section is requested once.
 * Choosing an offering in the donut's legend filters the catalog to it.
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
 * @fires {CreditOfferingSelectEvent} credit-offering-select - An offering was chosen (or cleared) in the donut or the catalog.
 *
 * @csspart base - The grid holding the sections.
 * @csspart summary - The `<credit-summary>` element.
 * @csspart outlook - The `<credit-outlook>` element.
 * @csspart pie - The `<credit-pie>` element.
 * @csspart history - The `<credit-history>` element.
 * @csspart catalog - The `<feature-catalog>` element.
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

  /** Where Buy credits leads, in the summary and the outlook (http/https only). */
  @property({ attribute: 'purchase-url' }) purchaseUrl?: string;

  /** The offering chosen in the donut (and filtering the catalog), if any. */
  @state() private selectedOffering: string | null = null;

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
      ${sections.map(({ section, span }) => html`<div class="section ${span}">${this.renderSection(section)}</div>`)}
    </div>`;
  }

  private renderSection(section: DashboardSection): TemplateResult {
    const locale = ifDefined(this.locale);
    // Host overrides cover every element's strings; each element picks its own keys.
    const strings = this.strings as never;
    switch (section) {
      case 'summary':
        return html`<credit-summary
          part="summary"
          exportparts="base: summary-base"
          .provider=${this.provider}
          .strings=${strings}
          locale=${locale}
          purchase-url=${ifDefined(this.purchaseUrl)}
        ></credit-summary>`;
      case 'outlook':
        return html`<credit-outlook
          part="outlook"
          exportparts="base: outlook-base"
          .provider=${this.provider}
          .strings=${strings}
          locale=${locale}
          purchase-url=${ifDefined(this.purchaseUrl)}
        ></credit-outlook>`;
      case 'pie':
        return html`<credit-pie
          part="pie"
          exportparts="base: pie-base"
          .provider=${this.provider}
          .strings=${strings}
          locale=${locale}
          .selectedOffering=${this.selectedOffering}
        ></credit-pie>`;
      case 'history':
        return html`<credit-history
          part="history"
          exportparts="base: history-base"
          .provider=${this.provider}
          .strings=${strings}
          locale=${locale}
        ></credit-history>`;
      case 'catalog':
        return html`<feature-catalog
          part="catalog"
          exportparts="base: catalog-base"
          .provider=${this.provider}
          .strings=${strings}
          locale=${locale}
          .offering=${this.noOfferingFilter ? null : this.selectedOffering}
        ></feature-catalog>`;
    }
  }

  private onOfferingSelect = (event: CreditOfferingSelectEvent): void => {
    this.selectedOffering = event.detail.offeringId;
  };
}
