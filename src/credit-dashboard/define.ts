import '../credit-summary/define.js';
import '../credit-pie/define.js';
import '../credit-history/define.js';
import '../feature-catalog/define.js';
import { CreditDashboard } from './credit-dashboard.js';

// Guarded: a host page may load two copies of the kit.
if (!customElements.get('credit-dashboard')) customElements.define('credit-dashboard', CreditDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'credit-dashboard': CreditDashboard;
  }
}

export { CreditDashboard };
