import type { DataErrorCode } from '../data/errors.js';
import type { CreditSection } from '../data/types.js';

export type { DataErrorCode };

export interface CreditDataErrorDetail {
  section: CreditSection;
  /** The technical text, for logs: the URL, the HTTP status, the field that broke the contract. */
  message: string;
  /** What kind of failure it was (`'auth'`: HTTP 401 or 403, the user must sign in again). */
  code: DataErrorCode;
  /** The HTTP status, when the server answered with one. */
  status?: number;
}

/**
 * A section a widget needs failed to load or to validate; the widget shows it in plain words
 * with Retry. Each widget that needs the section fires it from itself, once per failure.
 */
export class CreditDataErrorEvent extends Event {
  static readonly eventName = 'credit-data-error';
  readonly detail: Readonly<CreditDataErrorDetail>;
  constructor(detail: CreditDataErrorDetail) {
    super(CreditDataErrorEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = Object.freeze({ ...detail });
  }
}
