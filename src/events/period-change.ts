export interface CreditPeriodChangeDetail {
  /** First day shown, `YYYY-MM-DD`. */
  from: string;
  /** Last day shown, `YYYY-MM-DD`. */
  to: string;
}

/** The user picked another history period; `from` and `to` are already updated. */
export class CreditPeriodChangeEvent extends Event {
  static readonly eventName = 'credit-period-change';
  readonly detail: Readonly<CreditPeriodChangeDetail>;
  constructor(detail: CreditPeriodChangeDetail) {
    super(CreditPeriodChangeEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = Object.freeze({ ...detail });
  }
}
