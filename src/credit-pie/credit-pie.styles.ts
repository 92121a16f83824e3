import { css } from 'lit';

export const pieStyles = css`
  :host {
    --_pie-size: var(--credit-pie-size, 220px);
  }

  /* The View details button arrives with the data: the row keeps its height meanwhile. */
  .header {
    min-block-size: 32px;
  }

  /* Donut and legend side by side when both fit, else stacked. */
  .chart {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: center;
    gap: calc(var(--_space) * 2) calc(var(--_space) * 3);
  }
  /* Sticky: beside a long legend the donut stays in view while the page scrolls. */
  .donut {
    container: donut / inline-size;
    position: sticky;
    inset-block-start: var(--_space);
    flex: 0 1 var(--_pie-size);
    min-inline-size: 0;
    max-inline-size: var(--_pie-size);
  }
  .ring {
    position: relative;
    aspect-ratio: 1;
  }
  .ring svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }

  [data-series='1'] { --_colour: var(--_series-1); }
  [data-series='2'] { --_colour: var(--_series-2); }
  [data-series='3'] { --_colour: var(--_series-3); }
  [data-series='4'] { --_colour: var(--_series-4); }
  [data-series='5'] { --_colour: var(--_series-5); }
  [data-series='6'] { --_colour: var(--_series-6); }
  [data-series='7'] { --_colour: var(--_series-7); }
  [data-series='8'] { --_colour: var(--_series-8); }
  [data-series='9'] { --_colour: var(--_series-9); }
  [data-series='10'] { --_colour: var(--_series-10); }
  [data-series='11'] { --_colour: var(--_series-11); }
  [data-series='12'] { --_colour: var(--_series-12); }

  /* A surface-coloured seam between slices: neighbours of similar hue stay apart. */
  .slice {
    fill: var(--_colour);
    stroke: var(--_surface);
    stroke-width: 1.5px;
    stroke-linejoin: round;
    transition: opacity 150ms ease-out;
  }
  /* The highlighted slice also grows (its path), so dimming is not the only cue. */
  svg.has-active .slice:not(.active) {
    opacity: 0.35;
  }
  .selected-outline {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2px;
    stroke-linejoin: round;
    pointer-events: none;
  }

  .centre {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 2px;
    margin-block-start: var(--_space);
    text-align: center;
  }
  /* Over the hole; the slices beneath keep receiving the pointer. */
  .centre-inside .centre {
    position: absolute;
    inset: 0;
    justify-content: center;
    margin: 0;
    /* Keeps the text within the hole's chord, not just its diameter. */
    padding-inline: 25%;
    pointer-events: none;
  }
  .centre-total {
    font-size: clamp(1.1em, 11cqi, 1.6em);
    font-weight: 650;
    line-height: 1.15;
    font-variant-numeric: tabular-nums;
  }
  .centre-label,
  .centre-share {
    font-size: 0.8em;
    line-height: 1.25;
    color: var(--_text-muted);
  }
  .share-skeleton {
    display: inline-block;
    inline-size: 6em;
    block-size: 1em;
  }

  /*
   * The free space of the row is split x : (1 − x) on the tooltip's two sides, so the
   * tooltip follows the anchor's x (exactly at the middle, nearer the centre elsewhere) and
   * always stays within the donut. Physical sides: SVG points do not mirror in RTL.
   */
  .tooltip-row {
    --_tooltip-x: 0.5;
    position: absolute;
    z-index: 1;
    left: 0;
    right: 0;
    display: flex;
    transform: translateY(-50%);
    direction: ltr;
    pointer-events: none;
  }
  .tooltip-row::before,
  .tooltip-row::after {
    content: '';
  }
  .tooltip-row::before {
    flex-grow: var(--_tooltip-x);
  }
  .tooltip-row::after {
    flex-grow: calc(1 - var(--_tooltip-x));
  }
  .tooltip {
    display: flex;
    flex-direction: column;
    inline-size: max-content;
    max-inline-size: min(14em, 100%);
    padding-block: 6px;
    padding-inline: var(--_space);
    border-radius: 4px;
    background: var(--_text);
    color: var(--_surface);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
    font-size: 0.86em;
    line-height: 1.3;
  }

  /* Each text takes its direction from its own words: English strings in an RTL page, or
     Arabic ones in an LTR page, keep their "%" and numbers in place. */
  .centre > span,
  .tooltip > *,
  .legend-head > span,
  .name,
  .notice > span,
  .as-of,
  .empty {
    unicode-bidi: plaintext;
    text-align: match-parent;
  }

  /* Columns: swatch, name, credits, share; every row shares them through subgrid. */
  .legend {
    flex: 1 1 15rem;
    min-inline-size: 0;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto auto;
    column-gap: var(--_space);
  }
  .legend-head,
  .legend ul,
  .legend li,
  .legend-item,
  .group-head {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: center;
  }
  .legend ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend-head {
    padding-inline: calc(var(--_space) + 2px);
    padding-block-end: 4px;
    border-block-end: 1px solid var(--_border);
    margin-block-end: 4px;
    font-size: 0.79em;
    color: var(--_text-muted);
  }
  /* Aligned as grid items, not as text: their text may run the other way (see above). */
  .legend-head > span,
  .name {
    justify-self: start;
  }
  .legend-head > .number {
    justify-self: end;
  }
  .legend-item,
  .group-head {
    min-block-size: 32px;
    padding-block: 4px;
    padding-inline: var(--_space);
    border: 2px solid transparent;
    border-radius: calc(var(--_radius) - 2px);
    text-align: start;
  }
  /* gap: normal takes the legend's column gap instead of the base button's. */
  .legend-item {
    inline-size: 100%;
    gap: normal;
    background: none;
  }
  .legend-item:hover,
  .legend-item.active,
  .group-head.active {
    border-color: var(--_border);
    background: var(--_surface-sunken);
  }
  /* Selected: a strong border and bold text, not only a colour. */
  .legend-item[aria-pressed='true'],
  .legend-item[aria-pressed='true']:hover {
    border-color: var(--_text);
    font-weight: 600;
  }
  .group ul .name {
    padding-inline-start: calc(var(--_space) * 1.5);
  }
  .swatch {
    inline-size: 12px;
    block-size: 12px;
    border-radius: 3px;
    background: var(--_colour);
  }
  .name {
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .values {
    display: contents;
  }
  .credits,
  .share {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .share {
    color: var(--_text-muted);
  }

  /* Narrow: the figures go under the name instead of beside it. */
  @container (inline-size < 300px) {
    .legend {
      grid-template-columns: auto minmax(0, 1fr);
    }
    .legend-head {
      display: none;
    }
    .values {
      grid-column: 2;
      display: flex;
      flex-wrap: wrap;
      column-gap: var(--_space);
    }
    .group ul .values {
      padding-inline-start: calc(var(--_space) * 1.5);
    }
  }

  .empty {
    margin: 0;
    color: var(--_text-muted);
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-block-start: calc(var(--_space) * 1.5);
    overflow-wrap: anywhere;
  }
  .as-of {
    min-block-size: 1lh;
    margin-block: calc(var(--_space) * 1.5) 0;
    font-size: 0.86em;
  }

  .ring-skeleton {
    inline-size: 100%;
    block-size: 100%;
    border-radius: 50%;
    mask: radial-gradient(circle closest-side, transparent 57%, #000 58%);
  }
  .legend-skeleton {
    flex: 1 1 15rem;
    display: flex;
    flex-direction: column;
    gap: 12px;
  }
  .legend-skeleton .skeleton {
    block-size: 20px;
  }

  .dialog-body .offering-row th,
  .dialog-body .offering-row td {
    color: var(--_text);
    font-weight: 600;
    background: var(--_surface-sunken);
  }
  .dialog-body .feature-row th {
    padding-inline-start: calc(var(--_space) * 3);
    font-weight: 400;
    color: var(--_text);
  }
  .dialog-body tfoot th,
  .dialog-body tfoot td {
    color: var(--_text);
    font-weight: 600;
    border-block-end: none;
  }

  @media (forced-colors: active) {
    .slice {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1px;
    }
    .slice.active {
      fill: Highlight;
    }
    svg.has-active .slice:not(.active) {
      opacity: 1;
    }
    .selected-outline {
      stroke: CanvasText;
      stroke-width: 3px;
    }
    .swatch {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .legend-item.active,
    .group-head.active {
      border-color: Highlight;
    }
    .legend-item[aria-pressed='true'] {
      border-color: CanvasText;
    }
    .tooltip {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
