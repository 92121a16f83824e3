/*
 * credit-widgets/providers: the data providers, the contract's types and the validation,
 * without registering any element or carrying the demo data. For a host that builds its
 * provider in code that loads before (or without) the widgets.
 */
export type * from './data/types.js';
export { CREDIT_SECTIONS, GRANT_SOURCES } from './data/types.js';
export { StaticCreditProvider, type StaticCreditProviderOptions } from './data/static-provider.js';
export { DEFAULT_MAX_BYTES, HttpCreditProvider, type HttpCreditProviderOptions } from './data/http-provider.js';
export {
  compareCredits,
  MAX_CREDITS,
  roundCredits,
  shareOf,
  subtractCredits,
  sumCredits,
} from './data/credits.js';
export { creditOutlook, type Outlook, type OutlookChange, type OutlookRisk } from './data/outlook.js';
export { CreditProviderError, CreditValidationError, type DataErrorCode, type ProviderFailure } from './data/errors.js';
export {
  validateAllocations,
  validateFeatures,
  validateGrants,
  validateHistory,
  validateSummary,
} from './data/validate.js';
