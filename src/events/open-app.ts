export interface CreditOpenAppDetail {
  featureId: string;
  /** The http(s) URL the link leads to. */
  url: string;
}

/**
 * The user activated Go to app. Cancel it (`preventDefault()`) to stop the link's navigation,
 * for example to let the host's router take over.
 */
export class CreditOpenAppEvent extends Event {
  static readonly eventName = 'credit-open-app';
  readonly detail: Readonly<CreditOpenAppDetail>;
  constructor(detail: CreditOpenAppDetail) {
    super(CreditOpenAppEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = Object.freeze({ ...detail });
  }
}
