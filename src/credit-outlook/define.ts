import { CreditOutlookElement } from './credit-outlook.js';

// Guarded: a host page may load two copies of the kit.
if (!customElements.get('credit-outlook')) customElements.define('credit-outlook', CreditOutlookElement);

declare global {
  interface HTMLElementTagNameMap {
    'credit-outlook': CreditOutlookElement;
  }
}

export { CreditOutlookElement };
