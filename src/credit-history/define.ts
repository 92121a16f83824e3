import { CreditHistoryElement } from './credit-history.js';

// Guarded: a host page may load two copies of the kit.
if (!customElements.get('credit-history')) customElements.define('credit-history', CreditHistoryElement);

declare global {
  interface HTMLElementTagNameMap {
    'credit-history': CreditHistoryElement;
  }
}

export { CreditHistoryElement };
