import { provideResizeObserver } from '@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { TemplateResult } from 'lit';
import type { CatalogRow } from './catalog-query.js';
import { renderRow, rowKey, type RowContext } from './catalog-row.js';
import { FrameResizeObserver } from './frame-resize-observer.js';

/*
 * The virtualized rows of a very large catalog, loaded with `import()` only when a catalog
 * needs it. The rows scroll with the page (no scroller of their own), so find-in-page and the
 * page's scroll bar behave as for a short catalog.
 */

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
