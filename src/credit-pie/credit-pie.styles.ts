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
  /*
   * Never sticky: stacked above its legend a sticky donut slid over the offering names while
   * the page scrolled. The centre is laid over the ring, so the donut is its containing block.
   */
  .donut {
    container: donut / inline-size;
    position: relative;
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
    /* The drawing scales with its box; its seams and outline stay this many pixels wide. */
    vector-effect: non-scaling-stroke;
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
    vector-effect: non-scaling-stroke;
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
  /*
   * Over the hole (the ring is the donut's square top) once the hole fits the text; under a
   * smaller ring, beneath it. The slices beneath keep the pointer.
   */
  @container donut (inline-size >= 190px) {
    .centre {
      position: absolute;
      inset-block-start: 0;
      inset-inline: 0;
      aspect-ratio: 1;
      justify-content: center;
      margin: 0;
      /* Keeps the text within the hole's chord, not just its diameter. */
      padding-inline: 25%;
      pointer-events: none;
    }
  }
  .centre-total {
    font-size: clamp(1.1em, 11cqi, 1.6em);
    font-weight: 650;
    line-height: 1.15;
    font-variant-numeric: tabular-nums;
  }
  /*
   * Lines break between words, never inside one: Japanese has no spaces, so keep-all keeps
   * its words whole and the translation marks where a line may break (a zero-width space).
   * Only a word wider than the hole itself may still break, rather than overflow the ring.
   */
  .centre-label,
  .centre-share {
    font-size: 0.8em;
    line-height: 1.25;
    color: var(--_text-muted);
    word-break: keep-all;
    overflow-wrap: anywhere;
    text-wrap: balance;
  }
  .share-skeleton {
    display: inline-block;
    inline-size: 6em;
    block-size: 1em;
  }

  /*
   * The readout under the ring: the highlighted offering, in a box that keeps its size when
   * empty, so neither the centre figures nor the legend are ever covered or moved by it.
   */
  .readout {
    --_readout-line: 1.3em;
    block-size: calc(var(--_readout-line) * 3 + 14px);
    margin-block-start: var(--_space);
    font-size: 0.86em;
    line-height: var(--_readout-line);
  }
  .tooltip {
    display: flex;
    flex-direction: column;
    padding-block: 6px;
    padding-inline: var(--_space);
    border-inline-start: 4px solid var(--_colour, var(--_border, #d5dbe1));
    border-radius: 4px;
    background: var(--_surface-sunken);
  }
  /* One line each, so the box never grows: the full text stays in the DOM for assistive technology. */
  .tooltip > * {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .tooltip > span {
    color: var(--_text-muted);
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
    display: block;
    inline-size: 12px;
    block-size: 12px;
  }
  .swatch-fill {
    fill: var(--_colour);
  }
  /* The patterns show only in forced colours (below). */
  .paper {
    fill: Canvas;
  }
  .ink {
    fill: none;
    stroke: CanvasText;
    stroke-width: 1.3px;
  }
  .ink-fill {
    fill: CanvasText;
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

  /*
   * Forced colours: each slice and its legend swatch show the same pattern (series N uses
   * pattern N), drawn in system colours, so they stay matched when every colour is the same.
   */
  @media (forced-colors: active) {
    .ring svg,
    .swatch {
      forced-color-adjust: none;
    }
    .slice[data-series='1'],
    .swatch[data-series='1'] .swatch-fill {
      fill: url(#credit-pattern-1);
    }
    .slice[data-series='2'],
    .swatch[data-series='2'] .swatch-fill {
      fill: url(#credit-pattern-2);
    }
    .slice[data-series='3'],
    .swatch[data-series='3'] .swatch-fill {
      fill: url(#credit-pattern-3);
    }
    .slice[data-series='4'],
    .swatch[data-series='4'] .swatch-fill {
      fill: url(#credit-pattern-4);
    }
    .slice[data-series='5'],
    .swatch[data-series='5'] .swatch-fill {
      fill: url(#credit-pattern-5);
    }
    .slice[data-series='6'],
    .swatch[data-series='6'] .swatch-fill {
      fill: url(#credit-pattern-6);
    }
    .slice[data-series='7'],
    .swatch[data-series='7'] .swatch-fill {
      fill: url(#credit-pattern-7);
    }
    .slice[data-series='8'],
    .swatch[data-series='8'] .swatch-fill {
      fill: url(#credit-pattern-8);
    }
    .slice[data-series='9'],
    .swatch[data-series='9'] .swatch-fill {
      fill: url(#credit-pattern-9);
    }
    .slice[data-series='10'],
    .swatch[data-series='10'] .swatch-fill {
      fill: url(#credit-pattern-10);
    }
    .slice[data-series='11'],
    .swatch[data-series='11'] .swatch-fill {
      fill: url(#credit-pattern-11);
    }
    .slice[data-series='12'],
    .swatch[data-series='12'] .swatch-fill {
      fill: url(#credit-pattern-12);
    }
    .slice {
      stroke: CanvasText;
      stroke-width: 1px;
    }
    .slice.active {
      stroke: Highlight;
      stroke-width: 3px;
    }
    svg.has-active .slice:not(.active) {
      opacity: 1;
    }
    .selected-outline {
      stroke: CanvasText;
      stroke-width: 3px;
    }
    .swatch-fill {
      stroke: CanvasText;
      stroke-width: 1px;
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
      border-inline-start-width: 4px;
    }
  }

  /* Print: the donut beside or above the legend, the legend as plain rows, no readout. */
  @media print {
    .chart {
      break-inside: avoid;
    }
    .legend-item {
      display: grid;
      border-color: transparent;
      background: none;
    }
    .readout {
      display: none;
    }
  }
`;
