import { provideResizeObserver } from '@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { TemplateResult } from 'lit';
import type { CatalogRow } from './catalog-query.js';
import { renderRow, rowKey, type RowContext } from './catalog-row.js';

/*
 * The virtualized rows of a very large catalog, loaded with `import()` only when a catalog
 * needs it. The rows scroll with the page (no scroller of their own), so find-in-page and the
 * page's scroll bar behave as for a short catalog.
 */

/**
 * A ResizeObserver that hands its entries over in the next animation frame. The virtualizer
 * re-measures and moves rows inside its observer callbacks; Chromium reports that as
 * "ResizeObserver loop completed with undelivered notifications" to window.onerror, one event
 * per page view in every host's error tracker. Measuring one frame later breaks the loop: the
 * rows move outside the observer's delivery, and are measured again next frame.
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

let provided = false;

/** The rows as a virtualized list against the page's scroll; keyed, so focus survives filtering. */
export function virtualRows(rows: CatalogRow[], context: RowContext): unknown {
  // Set before the first virtualizer exists; done here, not at import, so no bundler drops it.
  if (!provided) provideResizeObserver(FrameResizeObserver);
  provided = true;
  return virtualize({
    items: rows,
    keyFunction: rowKey,
    renderItem: (row, index): TemplateResult => renderRow(row, index, context),
  });
}
