import { CreditProviderElement } from './credit-provider.js';

// Guarded: a host page may load two copies of the kit.
if (!customElements.get('credit-provider')) customElements.define('credit-provider', CreditProviderElement);

declare global {
  interface HTMLElementTagNameMap {
    'credit-provider': CreditProviderElement;
  }
}

export { CreditProviderElement };
