import '../credit-summary/define.js';
import '../credit-outlook/define.js';
import '../credit-pie/define.js';
import '../credit-history/define.js';
import '../feature-catalog/define.js';
import { CreditDashboardElement } from './credit-dashboard.js';

// Guarded: a host page may load two copies of the kit.
if (!customElements.get('credit-dashboard')) customElements.define('credit-dashboard', CreditDashboardElement);

declare global {
  interface HTMLElementTagNameMap {
    'credit-dashboard': CreditDashboardElement;
  }
}

export { CreditDashboardElement };
