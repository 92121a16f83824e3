/*
 * credit-widgets: the public API. Importing this module registers every element (through
 * each `<tag>/define.ts`); import `credit-widgets/<tag>` to register just one. The demo data
 * is not here (`credit-widgets/demo`), so a host with its own provider never ships it.
 */
import './credit-provider/define.js';
import './credit-summary/define.js';
import './credit-outlook/define.js';
import './credit-pie/define.js';
import './credit-history/define.js';
import './feature-catalog/define.js';
import './credit-dashboard/define.js';

export { CreditProviderElement } from './credit-provider/credit-provider.js';
export { CreditSummaryElement } from './credit-summary/credit-summary.js';
export { CreditOutlookElement } from './credit-outlook/credit-outlook.js';
export { CreditPieElement } from './credit-pie/credit-pie.js';
export { CreditHistoryElement } from './credit-history/credit-history.js';
export { FeatureCatalogElement } from './feature-catalog/feature-catalog.js';
export { CreditDashboardElement } from './credit-dashboard/credit-dashboard.js';

export * from './providers.js';
export { CreditDataCache, cacheFor, type SectionKey, type SectionState } from './data/cache.js';
export { creditDataContext } from './data/context.js';
export * from './events/index.js';
export { registerCreditStrings, type StringTable } from './i18n/strings.js';
