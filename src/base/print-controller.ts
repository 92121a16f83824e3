import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed, from `beforeprint` to `afterprint`, for a widget that
 * renders differently on paper (every row of a long list, a table header that repeats on each
 * page). The host renders again on each change; the update runs in the microtasks after the
 * event, before the browser lays the page out for print.
 */
export class PrintController implements ReactiveController {
  printing = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Called when printing ends, before the host renders for the screen again. */
    private readonly onAfterPrint?: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.before);
    window.addEventListener('afterprint', this.after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.before);
    window.removeEventListener('afterprint', this.after);
  }

  private readonly before = (): void => {
    this.printing = true;
    this.host.requestUpdate();
  };

  private readonly after = (): void => {
    this.printing = false;
    this.onAfterPrint?.();
    this.host.requestUpdate();
  };
}
