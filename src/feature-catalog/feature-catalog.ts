import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { CreditElement } from '../base/credit-element.js';
import { memo } from '../base/memo.js';
import { PrintController } from '../base/print-controller.js';
import { sectionBlock } from '../base/states.js';
import { CreditOfferingSelectEvent } from '../events/offering-select.js';
import { SectionController } from '../base/section-controller.js';
import type { CreditFeature } from '../data/types.js';
import { CreditAllocationRequestEvent, newRequestId } from '../events/allocation-request.js';
import { CreditOpenAppEvent } from '../events/open-app.js';
import { collator } from '../i18n/format.js';
import { numberFormat } from '../i18n/format.js';
import { fill } from '../i18n/strings.js';
import { baseStyles } from '../styles/base.js';
import { tokens } from '../styles/tokens.js';
import { renderRow, rowKey, type RowContext } from './catalog-row.js';
import { countLabel } from './catalog-text.js';
import {
  activeFilterCount,
  catalogRows,
  filterCatalog,
  indexCatalog,
  isFiltered,
  offeringsOf,
  sortCatalog,
  type BillingFilter,
  type CatalogEntry,
  type CatalogFilter,
  type CatalogRow,
  type CatalogSort,
  type Offering,
  type StatusFilter,
} from './catalog-query.js';
import { catalogStrings, type CatalogStrings } from './feature-catalog.strings.js';
import { catalogStyles } from './feature-catalog.styles.js';

/**
 * Up to this many rows every row is in the DOM: find-in-page, printing, reading order and a
 * full-page screenshot see the whole catalog. Above it the rows are virtualized against the
 * page's scroll, and only then is the virtualizer's code loaded.
 */
export const VIRTUALIZE_ABOVE = 400;

type VirtualModule = typeof import('./catalog-virtual.js');
let virtualModule: Promise<VirtualModule> | undefined;

/**
 * Every feature of the platform with its credit requirement, allocation status and action,
 * grouped by offering. Users search (name and description, ignoring case and accents),
 * filter by status, offering and billing (behind one "Filters" control on narrow containers),
 * and sort. The list flows with the page: up to a few hundred rows every row is rendered (so
 * find-in-page and print see them all); beyond that only the rows near the viewport are, so
 * catalogs of tens of thousands of features stay smooth. Reads the `features` section.
 *
 * The catalog never changes data: Set up allocation and Manage allocation ask the host
 * (`credit-allocation-request`), which allocates and lets its provider report the change.
 * Go to app is a real link (http and https only; a relative URL resolves against the page)
 * whose navigation the host may take over by cancelling `credit-open-app`. Clicks with a
 * modifier key (open in a new tab or window) are left to the browser and fire nothing.
 *
 * @summary All available features with their credit requirement, allocation status and action.
 *
 * @fires {CreditAllocationRequestEvent} credit-allocation-request - The user pressed Set up allocation or Manage allocation (`{ action, featureId, offeringId, allocated, requestId }`; `requestId` is new for every press).
 * @fires {CreditOpenAppEvent} credit-open-app - The user activated Go to app (`{ featureId, url }`). Cancel it to stop the navigation, e.g. to let a router take over.
 * @fires {CreditOfferingSelectEvent} credit-offering-select - The user changed the offering filter (`{ offeringId }`, null for all offerings), through the offering select, the filter chip or Clear filters.
 * @fires {CreditDataErrorEvent} credit-data-error - The `features` section failed to load or validate (`{ section, message }`).
 *
 * @csspart base - The card around everything.
 * @csspart title - The card's heading.
 * @csspart filters - The search box, filters and sort.
 * @csspart filters-toggle - The "Filters" button of narrow containers (it says how many filters are active).
 * @csspart search - The search input.
 * @csspart count - The "12 of 48 features" line (a polite live region).
 * @csspart offering-chip - The "Filtered to …" chip shown while `offering` is set; its button is `offering-chip-remove`.
 * @csspart clear-filters - The Clear filters button.
 * @csspart table - The list of rows (a table on wide containers, cards on narrow ones).
 * @csspart group - An offering's header row; its button is `group-toggle`.
 * @csspart row - A feature's row (or card).
 * @csspart name - A feature's name.
 * @csspart description - A feature's description (clamped until the user shows more).
 * @csspart status - A feature's status badge.
 * @csspart action - A feature's action; also `set-up`, `manage` or `go-to-app`.
 * @csspart empty - The message of an empty catalog or of a search without results.
 * @csspart loading - The loading block (a skeleton of the final size).
 * @csspart error - The error block; its button is `retry-button`.
 *
 * @cssprop [--credit-catalog-description-lines=2] - Lines of description shown before "Show more".
 * @cssprop [--credit-color-positive=light-dark(#1e6b35, #7fd49b)] - The Allocated status.
 * @cssprop [--credit-color-accent=light-dark(#1a5fb4, #7db3f5)] - The Pay-as-you-go status, primary buttons and links.
 * @cssprop [--credit-color-text-muted=light-dark(#56606c, #a9b3bf)] - The Not allocated status and secondary text.
 */
export class FeatureCatalogElement extends CreditElement<CatalogStrings> {
  static override styles = [tokens, baseStyles, catalogStyles];

  /**
   * Show only this offering's features (an `offeringId`), with a removable "Filtered to …"
   * chip; null, empty or absent shows every offering. A dashboard sets it when the user picks an
   * offering in the donut. Setting it fires nothing; the user changing it fires
   * `credit-offering-select`.
   */
  @property({ reflect: true }) offering?: string | null;

  protected readonly defaultStrings = catalogStrings;

  private readonly features = new SectionController(this, 'features');

  @state() private search = '';
  @state() private status: StatusFilter = 'all';
  @state() private billing: BillingFilter = 'all';
  @state() private sort: CatalogSort = 'name-asc';
  /** Offerings whose group the user collapsed (replaced, never mutated, so memos notice). */
  @state() private collapsed: ReadonlySet<string> = new Set();
  /** Features whose full description the user opened. */
  @state() private openDescriptions: ReadonlySet<string> = new Set();
  /** Whether the narrow layout's filter panel is open. */
  @state() private filtersOpen = false;
  /** The virtualizer's module, once a catalog above VIRTUALIZE_ABOVE rows has loaded it. */
  @state() private virtual: VirtualModule | undefined;
  /**
   * While the page prints, every row is rendered, virtualized or not. Afterwards, back to the
   * virtualized list the way it first comes: the first rows, then the virtualizer on them.
   * Started on all the printed rows it would observe and position each one first: seconds
   * for 10,000.
   */
  private readonly print = new PrintController(this, () => (this.virtual = undefined));

  // Each step recomputes only when its own inputs change: a keystroke filters the already
  // sorted entries instead of sorting 10,000 features again.
  private readonly index = memo(indexCatalog);
  private readonly offerings = memo(offeringsOf);
  private readonly sorted = memo((entries: readonly CatalogEntry[], sort: CatalogSort, locale: string) =>
    sortCatalog(entries, sort, collator(locale, { sensitivity: 'base', numeric: true }).compare),
  );
  private readonly filtered = memo(
    (sorted: readonly CatalogEntry[], search: string, status: StatusFilter, offeringId: string | null, billing: BillingFilter) =>
      filterCatalog(sorted, { search, status, offeringId, billing }),
  );
  private readonly rows = memo(catalogRows);

  /**
   * What the list shows now: how many features (after search and filters) and the name of the
   * offering it is filtered to; undefined before the features are loaded. A dashboard says it
   * beside the donut when an offering is chosen there.
   */
  get shown(): { count: number; offeringName: string | undefined } | undefined {
    const features = this.features.value;
    if (!features) return undefined;
    const filter = this.filter;
    const sorted = this.sorted(this.index(features), this.sort, this.resolvedLocale);
    const count = this.filtered(sorted, filter.search, filter.status, filter.offeringId, filter.billing).length;
    const offering = this.offerings(features).find((o) => o.id === filter.offeringId);
    return { count, offeringName: offering?.name ?? filter.offeringId ?? undefined };
  }

  /** Moves focus to the catalog's heading (a dashboard's "Show" leads here). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus(options);
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const block = sectionBlock(t, [{ state: this.features.state, retry: () => this.features.retry() }], skeleton);
    const features = this.features.value;
    return html`<section part="base" lang=${this.resolvedLocale} aria-labelledby="title">
      <div class="header"><h2 id="title" part="title" tabindex="-1">${t.catalogTitle}</h2></div>
      ${block ?? (features && features.length > 0 ? this.catalog(t, features) : html`<p class="empty" part="empty">${t.catalogEmpty}</p>`)}
    </section>`;
  }

  private get filter(): CatalogFilter {
    return { search: this.search, status: this.status, offeringId: this.offering || null, billing: this.billing };
  }

  private catalog(t: CatalogStrings, features: CreditFeature[]): TemplateResult {
    const locale = this.resolvedLocale;
    const filter = this.filter;
    const entries = this.index(features);
    const offerings = this.offerings(features);
    const matches = this.filtered(
      this.sorted(entries, this.sort, locale),
      filter.search,
      filter.status,
      filter.offeringId,
      filter.billing,
    );
    const rows = this.rows(matches, offerings, this.collapsed);
    return html`${this.controls(t, offerings)}
      <div class="summary">
        <p class="count" part="count" role="status" aria-live="polite" aria-atomic="true">
          ${countLabel(t, locale, matches.length, features.length)}
        </p>
        ${this.offeringChip(t, offerings)}
        ${isFiltered(filter)
          ? html`<button type="button" class="link" part="clear-filters" @click=${this.clearFilters}>${t.catalogClearFilters}</button>`
          : nothing}
      </div>
      ${rows.length > 0 ? this.table(t, rows) : html`<p class="empty" part="empty">${t.catalogNoMatch}</p>`}`;
  }

  private controls(t: CatalogStrings, offerings: readonly Offering[]): TemplateResult {
    const offeringId = this.offering || '';
    // An offering id the data does not know still shows as selected (its results are empty).
    const unknown = offeringId !== '' && !offerings.some((o) => o.id === offeringId);
    const active = activeFilterCount(this.filter);
    return html`<div class="filters" part="filters">
      <label class="field search-field">
        <span>${t.catalogSearchLabel}</span>
        <input type="search" part="search" autocomplete="off" spellcheck="false" .value=${live(this.search)} @input=${this.onSearch} />
      </label>
      <button
        type="button"
        class="filters-toggle"
        part="filters-toggle"
        aria-expanded=${this.filtersOpen ? 'true' : 'false'}
        aria-controls="filter-panel"
        @click=${this.toggleFilters}
      >
        ${t.catalogFilters} ${active > 0
          ? html`<span class="filter-count">${fill(t.catalogFiltersActive, { count: numberFormat(this.resolvedLocale).format(active) })}</span>`
          : nothing}
      </button>
      <div id="filter-panel" class="filter-panel" ?data-open=${this.filtersOpen}>
      ${select('status', t.catalogStatusLabel, this.status, this.onStatus, [
        ['all', t.catalogStatusAll],
        ['allocated', t.catalogStatusAllocated],
        ['not-allocated', t.catalogStatusNotAllocated],
        ['pay-as-you-go', t.catalogStatusPayAsYouGo],
      ] satisfies [StatusFilter, string][])}
      ${select('offering', t.catalogOfferingLabel, offeringId, this.onOffering, [
        ['', t.catalogOfferingAll],
        ...offerings.map((o): [string, string] => [o.id, o.name]),
        ...(unknown ? [[offeringId, offeringId] as [string, string]] : []),
      ])}
      ${select('billing', t.catalogBillingLabel, this.billing, this.onBilling, [
        ['all', t.catalogBillingAll],
        ['credits', t.catalogBillingCredits],
        ['pay-as-you-go', t.catalogBillingPayAsYouGo],
      ] satisfies [BillingFilter, string][])}
      ${select('sort', t.catalogSortLabel, this.sort, this.onSort, [
        ['name-asc', t.catalogSortNameAsc],
        ['name-desc', t.catalogSortNameDesc],
        ['requirement-asc', t.catalogSortRequirementAsc],
        ['requirement-desc', t.catalogSortRequirementDesc],
        ['allocated-desc', t.catalogSortAllocatedDesc],
        ['allocated-asc', t.catalogSortAllocatedAsc],
      ] satisfies [CatalogSort, string][])}
      </div>
    </div>`;
  }

  private offeringChip(t: CatalogStrings, offerings: readonly Offering[]): TemplateResult | typeof nothing {
    if (!this.offering) return nothing;
    const name = offerings.find((o) => o.id === this.offering)?.name ?? this.offering;
    return html`<span class="chip" part="offering-chip">
      <span>${fill(t.catalogFilteredTo, { offering: name })}</span>
      <button
        type="button"
        class="chip-remove"
        part="offering-chip-remove"
        aria-label=${fill(t.catalogRemoveFilter, { offering: name })}
        @click=${this.removeOfferingFilter}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
          <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
      </button>
    </span>`;
  }

  private table(t: CatalogStrings, rows: CatalogRow[]): TemplateResult {
    const context: RowContext = {
      t,
      locale: this.resolvedLocale,
      baseUrl: document.baseURI,
      openDescriptions: this.openDescriptions,
      toggleGroup: this.toggleGroup,
      toggleDescription: this.toggleDescription,
      requestAllocation: this.requestAllocation,
      openApp: this.openApp,
    };
    return html`<div class="table" part="table" role="table" aria-labelledby="title" aria-rowcount=${rows.length + 1}>
      <div role="rowgroup" class="head">
        <div role="row" class="row head-row" aria-rowindex="1">
          <span role="columnheader">${t.catalogColumnFeature}</span>
          <span role="columnheader">${t.catalogColumnRequirement}</span>
          <span role="columnheader">${t.catalogColumnStatus}</span>
          <span role="columnheader">${t.catalogColumnAction}</span>
        </div>
      </div>
      <div role="rowgroup" class="body">${this.body(rows, context)}</div>
    </div>`;
  }

  /** Every row, or the virtualized list above VIRTUALIZE_ABOVE (all rows again while printing). */
  private body(rows: CatalogRow[], context: RowContext): unknown {
    if (rows.length > VIRTUALIZE_ABOVE && !this.print.printing) {
      if (this.virtual) return this.virtual.virtualRows(rows, context);
      this.loadVirtualizer();
      // Until the module arrives, the first screenfuls: the page is never empty meanwhile.
      rows = rows.slice(0, VIRTUALIZE_ABOVE);
    }
    return repeat(rows, rowKey, (row, index) => renderRow(row, index, context));
  }

  private loadVirtualizer(): void {
    virtualModule ??= import('./catalog-virtual.js');
    // Failed (the network): the first rows stay, and the next render asks again.
    void virtualModule.then(
      (module) => (this.virtual = module),
      () => (virtualModule = undefined),
    );
  }

  private toggleFilters = (): void => {
    this.filtersOpen = !this.filtersOpen;
  };

  private onSearch = (event: Event): void => {
    this.search = (event.target as HTMLInputElement).value;
  };

  private onStatus = (value: string): void => {
    this.status = value as StatusFilter;
  };

  private onBilling = (value: string): void => {
    this.billing = value as BillingFilter;
  };

  private onSort = (value: string): void => {
    this.sort = value as CatalogSort;
  };

  private onOffering = (value: string): void => {
    this.selectOffering(value || null);
  };

  private removeOfferingFilter = (): void => {
    this.selectOffering(null);
    // The chip is gone: keep focus near it, on the control that sets the same filter.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLSelectElement>('select[name="offering"]')?.focus());
  };

  private clearFilters = (): void => {
    this.search = '';
    this.status = 'all';
    this.billing = 'all';
    if (this.offering) this.selectOffering(null);
    // The button disappears with the filters: give focus to where the next search starts.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus());
  };

  private selectOffering(offeringId: string | null): void {
    this.offering = offeringId;
    this.dispatchEvent(new CreditOfferingSelectEvent({ offeringId }));
  }

  private toggleGroup = (offeringId: string): void => {
    this.collapsed = toggled(this.collapsed, offeringId);
  };

  private toggleDescription = (featureId: string): void => {
    this.openDescriptions = toggled(this.openDescriptions, featureId);
  };

  private requestAllocation = (feature: CreditFeature, action: 'set-up' | 'manage'): void => {
    this.dispatchEvent(
      new CreditAllocationRequestEvent({
        action,
        featureId: feature.id,
        offeringId: feature.offeringId,
        allocated: feature.allocated,
        requestId: newRequestId(),
      }),
    );
  };

  private openApp = (event: MouseEvent, feature: CreditFeature, href: string): void => {
    // A modified click opens a new tab or window: that is the browser's, not the host router's.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const request = new CreditOpenAppEvent({ featureId: feature.id, url: href });
    this.dispatchEvent(request);
    if (request.defaultPrevented) event.preventDefault();
  };
}

function select<V extends string>(
  name: string,
  label: string,
  value: V,
  onChange: (value: string) => void,
  options: readonly (readonly [V, string])[],
): TemplateResult {
  // Options carry `selected` themselves: a `.value` binding on the select would be set before
  // options rendered from data exist.
  return html`<label class="field">
    <span>${label}</span>
    <select name=${name} @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}>
      ${options.map(([optionValue, text]) => html`<option value=${optionValue} ?selected=${optionValue === value}>${text}</option>`)}
    </select>
  </label>`;
}

function toggled(set: ReadonlySet<string>, key: string): ReadonlySet<string> {
  const next = new Set(set);
  if (!next.delete(key)) next.add(key);
  return next;
}

/** The loading skeleton: filters, the count and the list, in the boxes the content will take. */
const skeleton = html`<div class="filters">
    <span class="skeleton skeleton-field search-field"></span>
    ${[1, 2, 3, 4].map(() => html`<span class="skeleton skeleton-field"></span>`)}
  </div>
  <span class="skeleton skeleton-count"></span>
  <div class="skeleton-rows">${Array.from({ length: 8 }, () => html`<span class="skeleton skeleton-row"></span>`)}</div>`;
