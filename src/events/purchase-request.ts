/** Why Buy credits was offered: the balance is below zero, it will be, or the user just chose to. */
export type CreditPurchaseReason = 'negative-balance' | 'shortfall-ahead' | 'user';

export interface CreditPurchaseRequestDetail {
  reason: CreditPurchaseReason;
  /** Credits missing now (negative balance) or at the coming low point (shortfall ahead), else 0. */
  shortfall: number;
}

/**
 * The user pressed Buy credits. Unless cancelled (`preventDefault()`), the browser follows
 * the element's `purchase-url`; cancel it to open the host's own purchase flow instead.
 */
export class CreditPurchaseRequestEvent extends Event {
  static readonly eventName = 'credit-purchase-request';
  readonly detail: Readonly<CreditPurchaseRequestDetail>;
  constructor(detail: CreditPurchaseRequestDetail) {
    super(CreditPurchaseRequestEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = Object.freeze({ ...detail });
  }
}
