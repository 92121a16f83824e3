/** `credits`: purchases and converted entitlements; `allocations`: credits per feature. */
export type CreditDetailsView = 'credits' | 'allocations';

export interface CreditDetailsRequestDetail {
  view: CreditDetailsView;
}

/**
 * The user pressed View details. Cancel it (`preventDefault()`) to show the host's own
 * details instead of the built-in dialog.
 */
export class CreditDetailsRequestEvent extends Event {
  static readonly eventName = 'credit-details-request';
  readonly detail: Readonly<CreditDetailsRequestDetail>;
  constructor(detail: CreditDetailsRequestDetail) {
    super(CreditDetailsRequestEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = Object.freeze({ ...detail });
  }
}
