import { css } from 'lit';

/** Tick labels are set at this size (px); the layout reserves room for them from it. */
export const TICK_FONT_SIZE = 12;

export const historyStyles = css`
  /*
   * A column whose chart takes the room left: beside a taller card in a dashboard row the
   * chart grows (its box is measured and the plot drawn for it) instead of leaving a hole.
   */
  [part='base'] {
    display: flex;
    flex-direction: column;
  }
  :host {
    --_valid: var(--credit-history-valid-color, var(--_series-1, #1a5fb4));
    --_allocated: var(--credit-history-allocated-color, var(--_series-2, #c45a00));
    --_over: var(--credit-history-over-allocated-color, var(--_negative, #b3261e));
    --_grid: var(--credit-history-grid-color, var(--_border, #d5dbe1));
    --_chart-height: var(--credit-history-chart-height, 240px);
  }

  /*
   * Title and View details share a row as tall as the button, and the period has its own:
   * nothing moves when the button and the period arrive with the data, at any width.
   */
  .header {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-rows: minmax(32px, auto) auto;
    align-items: center;
    row-gap: 0;
  }
  [part='details-button'] {
    grid-area: 1 / 2;
  }
  .period {
    grid-column: 1 / -1;
    margin: 0;
    min-block-size: 1.45em;
  }

  .body {
    flex: 1 1 auto;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
    min-block-size: 1.45em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }
  .swatch {
    inline-size: 28px;
    block-size: 12px;
    flex: none;
    overflow: visible;
  }

  .chart,
  .table-wrap,
  .empty {
    position: relative;
    flex: 1 0 auto;
    block-size: var(--_chart-height);
  }
  .table-view {
    flex: 1 0 auto;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .plot {
    position: absolute;
    inset: 0;
    border-radius: 4px;
    /* Horizontal drags move the crosshair; vertical ones still scroll the page. */
    touch-action: pan-y;
  }
  .plot-svg {
    position: absolute;
    inset: 0;
    overflow: visible;
    /* Coordinates are physical: the layout mirrors them itself for right-to-left. */
    direction: ltr;
  }
  .defs {
    position: absolute;
    inline-size: 0;
    block-size: 0;
  }

  .grid {
    stroke: var(--_grid);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }
  .axis-line {
    stroke: var(--_text-muted);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }
  .tick-label {
    fill: var(--_text-muted);
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }

  .line {
    fill: none;
    stroke-width: 2;
    stroke-linejoin: round;
  }
  .valid {
    stroke: var(--_valid);
  }
  /* Dots, not dashes: round caps on zero-length dashes, so the style survives any colour. */
  .allocated {
    stroke: var(--_allocated);
    stroke-width: 2.5;
    stroke-dasharray: 0 5;
    stroke-linecap: round;
  }
  /* Days whose neighbours have no data: a filled dot (valid) and a ring (allocated). */
  .point-valid {
    fill: var(--_valid);
  }
  .point-allocated {
    fill: none;
    stroke: var(--_allocated);
    stroke-width: 2;
  }

  .hatch-bg {
    fill: var(--_over);
    fill-opacity: 0.12;
  }
  .hatch-line {
    stroke: var(--_over);
    stroke-width: 1.5;
  }
  .over-label {
    fill: var(--_over);
    font-size: 12px;
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 3px;
    stroke-linejoin: round;
  }

  .marker.start {
    fill: var(--_positive);
  }
  .marker.end {
    fill: var(--_text-muted);
  }

  .crosshair {
    stroke: var(--_text);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }
  .dot {
    stroke: var(--_surface);
    stroke-width: 2;
  }
  .dot-valid {
    fill: var(--_valid);
  }
  .dot-allocated {
    fill: var(--_allocated);
  }

  .tooltip {
    position: absolute;
    inset-block-start: var(--_space);
    z-index: 1;
    /* Its own width, not what is left between the crosshair and the edge. */
    inline-size: max-content;
    max-inline-size: min(22em, 60cqi);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 2px);
    background: var(--_surface);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.16);
    font-size: 0.8125rem;
    pointer-events: none;
    transform: translateX(12px);
  }
  /* Past the middle the tooltip opens towards the other side, so it never leaves the chart. */
  .tooltip.flip {
    transform: translateX(calc(-100% - 12px));
  }
  .tooltip dl {
    display: grid;
    grid-template-columns: auto auto;
    gap: 2px var(--_space);
    margin: calc(var(--_space) / 2) 0 0;
  }
  .tooltip dt {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }
  .tooltip dd {
    margin: 0;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .tooltip ul {
    margin: calc(var(--_space) / 2) 0 0;
    padding: 0;
    list-style: none;
  }
  .negative {
    color: var(--_negative);
    font-weight: 600;
  }

  .table-wrap {
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: 4px;
  }
  .table-wrap thead th {
    position: sticky;
    inset-block-start: 0;
    background: var(--_surface);
  }

  .empty {
    display: grid;
    place-items: center;
    padding: calc(var(--_space) * 2);
    border: 1px dashed var(--_border);
    border-radius: 4px;
    color: var(--_text-muted);
    text-align: center;
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    min-block-size: 32px;
  }
  .footer p {
    margin: 0;
  }
  /* The check mark is rendered only when pressed: an empty slot beside the label looked off-centre. */
  button[aria-pressed='true'] {
    background: var(--_surface-sunken);
    border-color: var(--_accent);
  }
  .tooltip dd,
  .tick-label {
    white-space: nowrap;
  }

  .legend-bone {
    display: inline-block;
    inline-size: 9em;
    block-size: 1em;
  }
  .chart-bone {
    block-size: 100%;
  }
  .footer-bone {
    inline-size: 12em;
    block-size: 1em;
  }

  @container (max-width: 420px) {
    .legend,
    .tooltip {
      font-size: 0.75rem;
    }
  }

  /*
   * Print: the plot keeps its viewBox and scales into the chart's box at the page's width, so
   * every day of the period is on paper (it was laid out for the screen's width, which may be
   * wider). The box keeps a height of its own, never its content's: the plot is drawn for the
   * box, so a box sized by the plot would resize itself. The table view prints whole.
   */
  @media print {
    .chart {
      flex: none;
      block-size: var(--_chart-height);
    }
    .plot-svg {
      inline-size: 100%;
      block-size: 100%;
    }
    .tooltip,
    .crosshair-group,
    .period-picker {
      display: none;
    }
    .table-wrap {
      block-size: auto;
      overflow: visible;
    }
  }

  @media (forced-colors: active) {
    svg {
      forced-color-adjust: none;
    }
    .valid,
    .allocated,
    .point-allocated,
    .crosshair,
    .axis-line {
      stroke: CanvasText;
    }
    .point-valid,
    .dot-valid,
    .dot-allocated,
    .marker.start,
    .marker.end,
    .tick-label {
      fill: CanvasText;
    }
    .dot {
      stroke: Canvas;
    }
    .grid {
      stroke: GrayText;
    }
    .hatch-bg {
      fill: Canvas;
    }
    .hatch-line {
      stroke: Highlight;
    }
    .over-label {
      fill: CanvasText;
      stroke: Canvas;
    }
    .tooltip,
    .table-wrap {
      border-color: CanvasText;
    }
    button[aria-pressed='true'] {
      border: 2px solid Highlight;
    }
  }
`;
