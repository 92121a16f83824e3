import { html, nothing, svg, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { CreditFeature } from '../data/types.js';
import { clampWatch } from './clamp-watch.js';
import { groupCountLabel, requirementLabel } from './catalog-text.js';
import { creditAmount } from '../i18n/phrases.js';
import { fill } from '../i18n/strings.js';
import {
  appLink,
  featureAction,
  requirementText,
  type CatalogRow,
  type FeatureRow,
  type FeatureStatus,
  type GroupRow,
} from './catalog-query.js';
import type { CatalogStrings } from './feature-catalog.strings.js';

/** What a row needs from the catalog: strings, locale, open descriptions and the handlers. */
export interface RowContext {
  readonly t: CatalogStrings;
  readonly locale: string;
  /** The URL relative app links resolve against (the document's base URL). */
  readonly baseUrl: string;
  /** Ids of the features whose full description is shown. */
  readonly openDescriptions: ReadonlySet<string>;
  toggleGroup(offeringId: string): void;
  toggleDescription(featureId: string): void;
  requestAllocation(feature: CreditFeature, action: 'set-up' | 'manage'): void;
  openApp(event: MouseEvent, feature: CreditFeature, href: string): void;
}

const COLUMN_COUNT = 4;

/** Keys keep a row's DOM (and the focus inside it) across filtering and collapsing. */
export function rowKey(row: CatalogRow): string {
  return row.kind === 'group' ? `group:${row.offering.id}` : `feature:${row.entry.feature.id}`;
}

/** One row of the list; `index` is its place in the list (the header row is 1). */
export function renderRow(row: CatalogRow, index: number, context: RowContext): TemplateResult {
  return row.kind === 'group' ? groupRow(row, index, context) : featureRow(row, index, context);
}

function groupRow(row: GroupRow, index: number, { t, locale, toggleGroup }: RowContext): TemplateResult {
  return html`<div role="row" class="row group" part="group" aria-rowindex=${index + 2}>
    <div role="cell" class="cell" aria-colspan=${COLUMN_COUNT}>
      <h3>
        <button
          type="button"
          class="group-toggle"
          part="group-toggle"
          aria-expanded=${row.expanded ? 'true' : 'false'}
          @click=${() => toggleGroup(row.offering.id)}
        >
          ${chevron}
          <span class="group-name">${row.offering.name}</span>
          <span class="group-count">${groupCountLabel(t, locale, row.count)}</span>
        </button>
      </h3>
    </div>
  </div>`;
}

function featureRow({ entry }: FeatureRow, index: number, context: RowContext): TemplateResult {
  const { t, locale, openDescriptions, toggleDescription } = context;
  const { feature, status } = entry;
  const id = `feature-${index}`;
  const open = openDescriptions.has(feature.id);
  return html`<div role="row" class="row feature" part="row" aria-rowindex=${index + 2} data-status=${status}>
    <div role="cell" class="cell feature-cell">
      <span class="name" part="name" id="${id}-name">${feature.name}</span>
      ${feature.description
        ? html`<p class=${classMap({ description: true, open })} part="description" id="${id}-description" ${clampWatch()}>
              ${feature.description}
            </p>
            <button
              type="button"
              class="link more"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls="${id}-description"
              aria-describedby="${id}-name"
              @click=${() => toggleDescription(feature.id)}
            >
              ${open ? t.catalogShowLess : t.catalogShowMore}
            </button>`
        : nothing}
    </div>
    <div role="cell" class="cell requirement">
      <span class="cell-label" aria-hidden="true">${t.catalogColumnRequirement}</span>
      <span>${requirementLabel(t, locale, requirementText(feature))}</span>
    </div>
    <div role="cell" class="cell status">
      <span class="cell-label" aria-hidden="true">${t.catalogColumnStatus}</span>
      <span class="badge" part="status" data-status=${status}>${statusIcons[status]}${statusLabel(t, status)}</span>
      ${status === 'allocated'
        ? html`<span class="allocated muted">${creditAmount(t, locale, feature.allocated)}</span>`
        : nothing}
    </div>
    <div role="cell" class="cell action">${actionFor(feature, status, `${id}-name`, context)}</div>
  </div>`;
}

function statusLabel(t: CatalogStrings, status: FeatureStatus): string {
  if (status === 'allocated') return t.catalogStatusAllocated;
  return status === 'not-allocated' ? t.catalogStatusNotAllocated : t.catalogStatusPayAsYouGo;
}

/**
 * The row's action. Its visible text is the same on every row, so its accessible name also
 * carries the feature ("Manage allocation for Endpoint Sensor"): a screen reader's list of
 * buttons is then a list of distinct actions. The name starts with the visible text, so
 * speech users can say what they see.
 */
function actionFor(feature: CreditFeature, status: FeatureStatus, nameId: string, context: RowContext): TemplateResult {
  const { t } = context;
  const action = featureAction(status);
  const named = (template: string) => fill(template, { feature: feature.name });
  if (action !== 'go-to-app') {
    return html`<button
      type="button"
      class=${action === 'set-up' ? 'primary' : ''}
      part="action ${action}"
      aria-label=${named(action === 'set-up' ? t.catalogSetUpFor : t.catalogManageFor)}
      @click=${() => context.requestAllocation(feature, action)}
    >
      ${action === 'set-up' ? t.catalogSetUp : t.catalogManage}
    </button>`;
  }
  const link = appLink(feature.appUrl, context.baseUrl);
  if ('href' in link) {
    return html`<a
      class="button"
      part="action go-to-app"
      href=${link.href}
      aria-label=${named(t.catalogGoToAppFor)}
      @click=${(event: MouseEvent) => context.openApp(event, feature, link.href)}
      >${t.catalogGoToApp}</a
    >`;
  }
  // Still focusable (aria-disabled, not disabled), so keyboard and screen-reader users meet the reason too.
  const reasonId = `${nameId}-reason`;
  return html`<button type="button" part="action go-to-app" aria-disabled="true" aria-label=${named(t.catalogGoToAppFor)} aria-describedby=${reasonId}>
      ${t.catalogGoToApp}
    </button>
    <span class="reason muted" id=${reasonId}>${link.unavailable === 'missing' ? t.catalogAppUrlMissing : t.catalogAppUrlNotWeb}</span>`;
}

const chevron = html`<svg class="chevron" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
  <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;

/** A distinct shape per status, so the status never rests on colour alone (its text says it too). */
const statusIcons: Record<FeatureStatus, TemplateResult> = {
  allocated: icon(svg`<circle cx="8" cy="8" r="7" fill="currentColor" /><path class="check" d="M4.5 8.2l2.3 2.3 4.7-4.8" fill="none" stroke-width="1.8" />`),
  'not-allocated': icon(svg`<circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.6" stroke-dasharray="2.6 2" />`),
  'pay-as-you-go': icon(svg`<path d="M2 12a6 6 0 0 1 12 0" fill="none" stroke="currentColor" stroke-width="1.8" /><path d="M8 12l3-4" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />`),
};

function icon(content: TemplateResult): TemplateResult {
  return html`<svg class="status-icon" aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">${content}</svg>`;
}
