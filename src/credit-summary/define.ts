import { CreditSummaryElement } from './credit-summary.js';

// Guarded: a host page may load two copies of the kit.
if (!customElements.get('credit-summary')) customElements.define('credit-summary', CreditSummaryElement);

declare global {
  interface HTMLElementTagNameMap {
    'credit-summary': CreditSummaryElement;
  }
}

export { CreditSummaryElement };
