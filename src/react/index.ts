/*
 * credit-widgets/react: a React component for every element, made with @lit/react so React
 * sets properties (`provider`, `strings`) as properties and hears the kit's events through
 * typed `on…` props. Importing this module registers the elements.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { CreditDashboardElement } from '../credit-dashboard/define.js';
import { CreditHistoryElement } from '../credit-history/define.js';
import { CreditPieElement } from '../credit-pie/define.js';
import type { CreditOfferingSelectEvent } from '../events/offering-select.js';
import { CreditProviderElement } from '../credit-provider/define.js';
import { CreditSummaryElement } from '../credit-summary/define.js';
import { CreditOutlookElement } from '../credit-outlook/define.js';
import type {
  CreditAllocationRequestEvent,
  CreditDataErrorEvent,
  CreditDetailsRequestEvent,
  CreditOpenAppEvent,
  CreditPeriodChangeEvent,
  CreditPurchaseRequestEvent,
} from '../events/index.js';
import { FeatureCatalogElement } from '../feature-catalog/define.js';

const onAllocationRequest = 'credit-allocation-request' as EventName<CreditAllocationRequestEvent>;
const onOpenApp = 'credit-open-app' as EventName<CreditOpenAppEvent>;
const onDetailsRequest = 'credit-details-request' as EventName<CreditDetailsRequestEvent>;
const onDataError = 'credit-data-error' as EventName<CreditDataErrorEvent>;
const onOfferingSelect = 'credit-offering-select' as EventName<CreditOfferingSelectEvent>;
const onPurchaseRequest = 'credit-purchase-request' as EventName<CreditPurchaseRequestEvent>;
const onPeriodChange = 'credit-period-change' as EventName<CreditPeriodChangeEvent>;

// Every event bubbles and is composed, so an element holding widgets (the provider, the
// dashboard) hears all of theirs: the host can handle them in one place.
const allEvents = {
  onAllocationRequest,
  onOpenApp,
  onDetailsRequest,
  onDataError,
  onOfferingSelect,
  onPurchaseRequest,
  onPeriodChange,
};

export const CreditProvider = createComponent({
  react: React,
  tagName: 'credit-provider',
  elementClass: CreditProviderElement,
  events: allEvents,
  displayName: 'CreditProvider',
});

export const CreditDashboard = createComponent({
  react: React,
  tagName: 'credit-dashboard',
  elementClass: CreditDashboardElement,
  events: allEvents,
  displayName: 'CreditDashboard',
});

export const CreditSummary = createComponent({
  react: React,
  tagName: 'credit-summary',
  elementClass: CreditSummaryElement,
  events: { onDetailsRequest, onDataError, onPurchaseRequest },
  displayName: 'CreditSummary',
});

export const CreditOutlook = createComponent({
  react: React,
  tagName: 'credit-outlook',
  elementClass: CreditOutlookElement,
  events: { onPurchaseRequest, onDataError },
  displayName: 'CreditOutlook',
});

export const CreditPie = createComponent({
  react: React,
  tagName: 'credit-pie',
  elementClass: CreditPieElement,
  events: { onOfferingSelect, onDetailsRequest, onDataError },
  displayName: 'CreditPie',
});

export const CreditHistory = createComponent({
  react: React,
  tagName: 'credit-history',
  elementClass: CreditHistoryElement,
  events: { onDetailsRequest, onDataError, onPeriodChange },
  displayName: 'CreditHistory',
});

export const FeatureCatalog = createComponent({
  react: React,
  tagName: 'feature-catalog',
  elementClass: FeatureCatalogElement,
  events: { onAllocationRequest, onOpenApp, onOfferingSelect, onDataError },
  displayName: 'FeatureCatalog',
});
