import { nothing, type ElementPart } from 'lit';
import { AsyncDirective, directive, PartType, type PartInfo } from 'lit/async-directive.js';
import { FrameResizeObserver } from './frame-resize-observer.js';

/*
 * Marks a line-clamped text with `data-clamped` while the clamp actually hides something, so
 * its "Show more" toggle appears only when there is more to show. Whether text overflows
 * depends on the rendered width, so it is measured, and measured again on every resize.
 * One observer serves every clamped text on the page; rows the virtualizer removes stop
 * being observed, so scrolling through 10,000 features leaks nothing. The marks are set a
 * frame after the measure (FrameResizeObserver): showing "Show more" resizes the row, which
 * inside the observer's callback would be reported as a ResizeObserver loop.
 */

let observer: ResizeObserver | undefined;

function clampObserver(): ResizeObserver {
  observer ??= new FrameResizeObserver((entries) => {
    for (const { target } of entries) {
      // One pixel of slack: fractional line heights round differently in the two measures.
      target.toggleAttribute('data-clamped', target.scrollHeight > target.clientHeight + 1);
    }
  });
  return observer;
}

class ClampWatchDirective extends AsyncDirective {
  private element: Element | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('clampWatch() belongs on an element');
  }

  render() {
    return nothing;
  }

  override update(part: ElementPart) {
    if (part.element !== this.element) {
      if (this.element) clampObserver().unobserve(this.element);
      this.element = part.element;
      clampObserver().observe(part.element);
    }
    return nothing;
  }

  protected override disconnected(): void {
    if (this.element) clampObserver().unobserve(this.element);
  }

  protected override reconnected(): void {
    if (this.element) clampObserver().observe(this.element);
  }
}

/** Use on the clamped element: `<p class="description" ${clampWatch()}>`. */
export const clampWatch = directive(ClampWatchDirective);
