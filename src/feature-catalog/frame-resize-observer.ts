/**
 * A ResizeObserver that hands its entries over in the next animation frame. A callback that
 * changes the layout it observes (the virtualizer moving rows, a clamp revealing "Show more")
 * makes Chromium report "ResizeObserver loop completed with undelivered notifications" to
 * window.onerror: one event per page view in every host's error tracker. Acting one frame
 * later breaks the loop: the change happens outside the observer's delivery, and whatever it
 * resized is reported in the next frame.
 */
export class FrameResizeObserver implements ResizeObserver {
  private readonly observer: ResizeObserver;
  private pending: ResizeObserverEntry[] = [];
  private frame = 0;

  constructor(callback: ResizeObserverCallback) {
    this.observer = new ResizeObserver((entries) => {
      this.pending.push(...entries);
      this.frame ||= requestAnimationFrame(() => {
        this.frame = 0;
        const delivered = this.pending;
        this.pending = [];
        callback(delivered, this);
      });
    });
  }

  observe(target: Element, options?: ResizeObserverOptions): void {
    this.observer.observe(target, options);
  }

  unobserve(target: Element): void {
    this.observer.unobserve(target);
  }

  disconnect(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pending = [];
    this.observer.disconnect();
  }
}
