/*
 * credit-widgets/providers: the data providers, the contract's types and the validation,
 * without registering any element or carrying the demo data. For a host that builds its
 * provider in code that loads before (or without) the widgets.
 */
export type * from './data/types.js';
export { CREDIT_SECTIONS, GRANT_SOURCES } from './data/types.js';
export { StaticCreditProvider, type StaticCreditProviderOptions } from './data/static-provider.js';
export { HttpCreditProvider, type HttpCreditProviderOptions } from './data/http-provider.js';
export { CreditProviderError, CreditValidationError, type ProviderFailure } from './data/errors.js';
export {
  validateAllocations,
  validateFeatures,
  validateGrants,
  validateHistory,
  validateSummary,
} from './data/validate.js';
