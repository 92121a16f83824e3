import { createContext } from '@lit/context';
import type { CreditDataCache } from './cache.js';

/**
 * The shared cache `<credit-provider>` gives its descendants. The key comes from
 * `Symbol.for`, so two copies of the kit on one page still find each other's provider.
 */
export const creditDataContext = createContext<CreditDataCache | undefined>(
  Symbol.for('credit-widgets/data-cache'),
);
