export interface CreditOfferingSelectDetail {
  /** The offering the user selected, or null when they cleared the selection. */
  offeringId: string | null;
}

/**
 * The user activated an offering in `<credit-pie>`'s legend: it is now the selected one, or
 * the selection was cleared by activating the selected offering again. A dashboard can use
 * it to filter other widgets. Setting `selectedOffering` never fires it.
 */
export class CreditOfferingSelectEvent extends Event {
  static readonly eventName = 'credit-offering-select';
  readonly detail: Readonly<CreditOfferingSelectDetail>;
  constructor(detail: CreditOfferingSelectDetail) {
    super(CreditOfferingSelectEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = Object.freeze({ ...detail });
  }
}
