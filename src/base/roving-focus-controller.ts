import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingFocusOptions {
  /** The focusable items, in order (read at each key press, so they may change between renders). */
  items: () => readonly HTMLElement[];
  /** The id an item stands for (e.g. a data attribute); undefined for an element that is no item. */
  idOf: (item: HTMLElement) => string | undefined;
  /** Whether the list reads right to left: ArrowLeft then moves forward. */
  isRtl: () => boolean;
}

/**
 * Roving tabindex for a list of items identified by string ids: the list is one tab stop
 * (the template gives `tabindex=0` to `tabStop(...)` alone, -1 to the others), and the arrow
 * keys, Home and End move the focus among the items, stopping at the ends. Bind `onKeydown`,
 * `onFocusIn` and `onFocusOut` on the element around the items; `focused` says which item
 * has the focus, re-rendering the host when that changes.
 */
export class RovingFocusController implements ReactiveController {
  private focusedId: string | undefined;
  /** The last focused item: Tab comes back to it. */
  private lastFocused: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  /** The id of the item with the focus, undefined while the focus is outside the list. */
  get focused(): string | undefined {
    return this.focusedId;
  }

  /** The item Tab reaches among `ids`: the last focused, else `preferred` (e.g. the selected), else the first. */
  tabStop(ids: readonly string[], preferred?: string | null): string | undefined {
    for (const id of [this.lastFocused, preferred]) if (id && ids.includes(id)) return id;
    return ids[0];
  }

  /** Not every browser fires focusout when the focused item leaves the document with its host. */
  hostDisconnected(): void {
    this.setFocused(undefined);
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    const items = this.options.items();
    const index = items.indexOf(event.target as HTMLElement);
    if (index < 0) return;
    const rtl = this.options.isRtl();
    const targets: Record<string, number> = {
      ArrowDown: index + 1,
      [rtl ? 'ArrowLeft' : 'ArrowRight']: index + 1,
      ArrowUp: index - 1,
      [rtl ? 'ArrowRight' : 'ArrowLeft']: index - 1,
      Home: 0,
      End: items.length - 1,
    };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    items[Math.min(items.length - 1, Math.max(0, target))]!.focus();
  };

  readonly onFocusIn = (event: FocusEvent): void => {
    const id = this.options.idOf(event.target as HTMLElement);
    if (id === undefined) return;
    this.setFocused(id);
  };

  /** Bound on the element around the items: focus moving between items keeps `focused`. */
  readonly onFocusOut = (event: FocusEvent): void => {
    const list = event.currentTarget as Element;
    if (!list.contains(event.relatedTarget as Node | null)) this.setFocused(undefined);
  };

  /** The focus leaving the list (undefined) keeps the last focused item. */
  private setFocused(id: string | undefined): void {
    const lastFocused = id ?? this.lastFocused;
    if (id === this.focusedId && lastFocused === this.lastFocused) return;
    this.focusedId = id;
    this.lastFocused = lastFocused;
    this.host.requestUpdate();
  }
}
