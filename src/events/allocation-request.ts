export interface CreditAllocationRequestDetail {
  action: 'set-up' | 'manage';
  featureId: string;
  offeringId: string;
  /** Credits allocated to the feature when the user pressed the button. */
  allocated: number;
  /** Unique per press: an idempotency key for the host's allocation call. */
  requestId: string;
}

/**
 * The user pressed Set up allocation or Manage allocation. The kit changes no data itself:
 * the host allocates, then its provider reports the change and the widgets update.
 */
export class CreditAllocationRequestEvent extends Event {
  static readonly eventName = 'credit-allocation-request';
  readonly detail: Readonly<CreditAllocationRequestDetail>;
  constructor(detail: CreditAllocationRequestDetail) {
    super(CreditAllocationRequestEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = Object.freeze({ ...detail });
  }
}

/** A fresh idempotency key for each press. */
export function newRequestId(): string {
  return crypto.randomUUID();
}
