import { CreditPieElement } from './credit-pie.js';

// Guarded: a host page may load two copies of the kit.
if (!customElements.get('credit-pie')) customElements.define('credit-pie', CreditPieElement);

declare global {
  interface HTMLElementTagNameMap {
    'credit-pie': CreditPieElement;
  }
}

export { CreditPieElement };
