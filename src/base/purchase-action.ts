import { html, type TemplateResult } from 'lit';
import { CreditPurchaseRequestEvent, type CreditPurchaseReason } from '../events/purchase-request.js';
import { webUrl } from './web-url.js';

/** What Buy credits offers: where it leads, why, and how urgently. */
export interface PurchaseOffer {
  href: string;
  reason: CreditPurchaseReason;
  /** Credits missing now or at the coming low point, else 0. */
  shortfall: number;
  /** Drawn as the primary action: the balance is negative or a shortfall is coming. */
  prominent: boolean;
}

/**
 * The offer for a `purchase-url` (none without a usable http(s) URL). `balance` is the
 * balance now; `shortfallAhead` the credits missing at the coming low point (0 if none).
 */
export function purchaseOffer(
  purchaseUrl: string | undefined,
  balance: number,
  shortfallAhead: number,
  allowedOrigins?: readonly string[],
): PurchaseOffer | undefined {
  const href = webUrl(purchaseUrl, document.baseURI, allowedOrigins);
  if (href === undefined) return undefined;
  if (balance < 0) return { href, reason: 'negative-balance', shortfall: -balance, prominent: true };
  if (shortfallAhead > 0) return { href, reason: 'shortfall-ahead', shortfall: shortfallAhead, prominent: true };
  return { href, reason: 'user', shortfall: 0, prominent: false };
}

/**
 * Buy credits: a link (it navigates, so a new tab and the browser's link menu work) drawn as
 * a button. A plain click fires the cancelable `credit-purchase-request` from `host` first;
 * cancelling it keeps the page where it is so the host can open its own purchase flow.
 * Modifier clicks are left to the browser, as for any link.
 */
export function purchaseButton(host: EventTarget, label: string, offer: PurchaseOffer): TemplateResult {
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const request = new CreditPurchaseRequestEvent({ reason: offer.reason, shortfall: offer.shortfall });
    host.dispatchEvent(request);
    if (request.defaultPrevented) event.preventDefault();
  };
  return html`<a
    class="button purchase ${offer.prominent ? 'primary' : ''}"
    part="purchase-button"
    href=${offer.href}
    data-reason=${offer.reason}
    @click=${onClick}
    >${label}</a
  >`;
}
