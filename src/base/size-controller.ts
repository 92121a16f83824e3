import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface BoxSize {
  width: number;
  height: number;
}

export interface SizeControllerOptions {
  /** How a fractional pixel size becomes whole (default `Math.floor`: never wider than the box). */
  round?: (pixels: number) => number;
}

/**
 * The content-box size of one element in the host's shadow tree, in whole pixels, kept
 * current by a ResizeObserver (in the manner of `@lit-labs/observers`' ResizeController).
 * Bind it with `${ref(this.box.observe)}` on the box that sizes the drawing; the element it
 * sits on may come and go between renders (a skeleton, then the chart).
 *
 * The observer reports a box only after the first layout, so an element whose data is at
 * hand before then would lay out and render once for a size of 0 and again for the real
 * one. `measure()` reads the box synchronously for that first render instead.
 */
export class SizeController implements ReactiveController {
  private current: BoxSize = { width: 0, height: 0 };
  private observer: ResizeObserver | undefined;
  private element: Element | undefined;
  private readonly round: (pixels: number) => number;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: SizeControllerOptions = {},
  ) {
    this.round = options.round ?? Math.floor;
    host.addController(this);
  }

  /** The box's size; 0 × 0 until it has been measured. */
  get size(): BoxSize {
    return this.current;
  }

  /** Whether the box has been measured with a width yet. */
  get measured(): boolean {
    return this.current.width > 0;
  }

  /** Reads the box now, when it is known and not measured yet: call it before a first layout. */
  measure(): void {
    if (this.measured || !this.element) return;
    const style = getComputedStyle(this.element);
    this.set(parseFloat(style.width) || 0, parseFloat(style.height) || 0);
  }

  /** The ref callback (the ref directive also passes undefined when the box goes away). */
  readonly observe = (element: Element | undefined): void => {
    if (element === this.element) return;
    if (this.element) this.observer?.unobserve(this.element);
    this.element = element;
    if (element) this.observerFor().observe(element);
  };

  hostConnected(): void {
    if (this.element) this.observerFor().observe(this.element);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private observerFor(): ResizeObserver {
    this.observer ??= new ResizeObserver((entries) => {
      const box = entries.at(-1)?.contentBoxSize[0];
      if (box) this.set(box.inlineSize, box.blockSize);
    });
    return this.observer;
  }

  private set(width: number, height: number): void {
    const next = { width: Math.max(0, this.round(width)), height: Math.max(0, this.round(height)) };
    if (next.width === this.current.width && next.height === this.current.height) return;
    this.current = next;
    this.host.requestUpdate();
  }
}
