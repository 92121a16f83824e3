import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { daysBetween } from '../data/days.js';
import { isRtl } from '../i18n/locale.js';
import type { DaySlot, HistoryLayout } from './credit-history.layout.js';
import { keyMove, moveDay, type Period } from './credit-history.period.js';

/** What the crosshair reads from its element, when a handler runs. */
export interface CrosshairSource {
  /** The chart's layout as drawn, undefined while there is none. */
  layout(): HistoryLayout | undefined;
  period(): Period | undefined;
  /** The day in one sentence, for the live region. */
  describe(layout: HistoryLayout, slot: DaySlot): string;
}

/**
 * The history plot's crosshair: the day it is on and what the live region says. It shows
 * while the pointer is over the plot or the plot has focus; keys move it and announce the
 * day. Bind the handlers (arrow functions) on the focusable plot.
 */
export class CrosshairController implements ReactiveController {
  private activeDay: string | undefined;
  private spoken = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: CrosshairSource,
  ) {
    host.addController(this);
  }

  /** What the live region says: the crosshair's day, after a key moved it. */
  get announcement(): string {
    return this.spoken;
  }

  /** The crosshair's day in `layout`, undefined while it is hidden. */
  activeSlot(layout: HistoryLayout): DaySlot | undefined {
    return this.activeDay === undefined ? undefined : slotOn(layout, this.activeDay);
  }

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const layout = this.source.layout();
    const period = this.source.period();
    const move = keyMove(event.key, isRtl(this.host));
    if (!layout || !period || !move || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const day = moveDay(this.activeDay ?? period.to, move, period);
    const slot = slotOn(layout, day);
    this.set(day, slot ? this.source.describe(layout, slot) : this.spoken);
  };

  /** Focus starts the crosshair on the latest day of history with data (not a projected one). */
  readonly onFocus = (): void => {
    if (this.activeDay !== undefined) return;
    const slots = this.source.layout()?.slots ?? [];
    this.set(slots.findLast((slot) => slot.point && !slot.projected)?.day ?? this.source.period()?.to);
  };

  readonly onBlur = (): void => {
    this.set(undefined, '');
  };

  readonly onPointerMove = (event: PointerEvent): void => {
    const layout = this.source.layout();
    if (!layout) return;
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    this.set(layout.slots[layout.indexAt(event.clientX - box.left)]?.day);
  };

  /** A focused plot keeps its crosshair for the keyboard. */
  readonly onPointerLeave = (event: PointerEvent): void => {
    if (this.host.shadowRoot?.activeElement !== event.currentTarget) this.set(undefined);
  };

  /** A plot taken out of the page (or moved) loses focus and pointer without always hearing of it. */
  hostDisconnected(): void {
    this.set(undefined, '');
  }

  /** Re-renders only on a change, as a `@state` would: pointer moves within a day cost nothing. */
  private set(day: string | undefined, announcement = this.spoken): void {
    if (day === this.activeDay && announcement === this.spoken) return;
    this.activeDay = day;
    this.spoken = announcement;
    this.host.requestUpdate();
  }
}

function slotOn(layout: HistoryLayout, day: string): DaySlot | undefined {
  return layout.slots[daysBetween(layout.slots[0]!.day, day)];
}
