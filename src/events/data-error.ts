import type { CreditSection } from '../data/types.js';

export interface CreditDataErrorDetail {
  section: CreditSection;
  message: string;
}

/** A section a widget needs failed to load or to validate; the widget shows it with Retry. */
export class CreditDataErrorEvent extends Event {
  static readonly eventName = 'credit-data-error';
  readonly detail: Readonly<CreditDataErrorDetail>;
  constructor(detail: CreditDataErrorDetail) {
    super(CreditDataErrorEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = Object.freeze({ ...detail });
  }
}
