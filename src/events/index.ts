import { CreditAllocationRequestEvent } from './allocation-request.js';
import { CreditDataErrorEvent } from './data-error.js';
import { CreditDetailsRequestEvent } from './details-request.js';
import { CreditOfferingSelectEvent } from './offering-select.js';
import { CreditOpenAppEvent } from './open-app.js';
import { CreditPeriodChangeEvent } from './period-change.js';
import { CreditPurchaseRequestEvent } from './purchase-request.js';

export * from './allocation-request.js';
export * from './data-error.js';
export * from './details-request.js';
export * from './offering-select.js';
export * from './open-app.js';
export * from './period-change.js';
export * from './purchase-request.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-allocation-request': CreditAllocationRequestEvent;
    'credit-open-app': CreditOpenAppEvent;
    'credit-details-request': CreditDetailsRequestEvent;
    'credit-data-error': CreditDataErrorEvent;
    'credit-offering-select': CreditOfferingSelectEvent;
    'credit-purchase-request': CreditPurchaseRequestEvent;
    'credit-period-change': CreditPeriodChangeEvent;
  }
}
