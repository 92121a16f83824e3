import { css } from 'lit';

/*
 * The figures sit in a row of tiles that wrap as whole tiles: a figure never breaks inside
 * its number (a tile is never narrower than its number, nowrap), so a long figure moves its
 * tile to a line of its own instead. The breakdown moves beside them on wide cards, and the
 * tiles then grow to the breakdown's height, leaving no empty area under them. Skeletons are
 * sized in lh and fixed block sizes so the loading state measures what the content will.
 */
export const summaryStyles = css`
  :host {
    --_value-size: var(--credit-summary-value-size, 1.75em);
  }

  .as-of {
    margin-block: 2px calc(var(--_space) * 2);
    color: var(--_text-muted);
  }

  /* A technical message can be one long URL: it wraps instead of widening the card. */
  [part~='error-details'] {
    max-inline-size: 100%;
    color: var(--_text-muted);
    font-size: 0.86em;
  }
  .technical {
    font-family: inherit;
    overflow-wrap: anywhere;
  }

  .layout {
    display: grid;
    gap: calc(var(--_space) * 2);
  }

  .main {
    display: flex;
    flex-direction: column;
  }
  .figures {
    flex: 1 1 auto;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
  }
  .figure {
    flex: 1 1 100%;
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: 2px;
    max-inline-size: 100%;
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 1.5);
    background: var(--_surface-sunken);
    border-radius: calc(var(--_radius) - 2px);
    border-inline-start: 3px solid var(--_border);
  }
  .figure dt {
    color: var(--_text-muted);
  }
  .figure dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_space);
  }
  /* Shrinks with a narrow card (cqi) so the longest figure still fits a phone's tile. */
  .value {
    font-size: min(var(--_value-size), 8.5cqi);
    font-weight: 600;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .figure.negative {
    border-inline-start-color: var(--_negative);
  }
  .figure.negative .value,
  .badge {
    color: var(--_negative);
  }
  .badge {
    display: inline-flex;
    align-items: baseline;
    gap: 4px;
    padding-inline: 6px;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.86em;
    font-weight: 600;
    white-space: nowrap;
  }
  .note {
    margin: 0;
    margin-block-start: var(--_space);
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 1.5);
    background: var(--_surface-sunken);
    border-inline-start: 3px solid var(--_warning);
    border-radius: calc(var(--_radius) - 2px);
  }
  .note a {
    color: var(--_accent);
    text-underline-offset: 2px;
  }

  .breakdown,
  .breakdown-body {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    min-inline-size: 0;
  }
  .bar {
    display: block;
    inline-size: 100%;
    block-size: 12px;
    border-radius: 6px;
    overflow: hidden;
  }
  .bar:dir(rtl) {
    transform: scaleX(-1);
  }
  .bar rect {
    stroke: var(--_surface);
    stroke-width: 2px;
    vector-effect: non-scaling-stroke;
  }
  .purchased {
    --_source: var(--_series-1);
  }
  .converted {
    --_source: var(--_series-3);
  }
  .other {
    --_source: var(--_series-9);
  }
  .bar rect {
    fill: var(--_source);
  }
  .legend {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: 0;
  }
  /* Top, not baseline: a skeleton has no baseline, and both sides share one line height. */
  .legend-row {
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: var(--_space);
  }
  .legend dt {
    display: flex;
    align-items: baseline;
    gap: var(--_space);
    min-inline-size: 0;
  }
  .swatch {
    flex: none;
    inline-size: 10px;
    block-size: 10px;
    border-radius: 2px;
    background: var(--_source);
  }
  .hint {
    display: block;
    font-size: 0.86em;
    color: var(--_text-muted);
  }
  .legend dd {
    margin: 0;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .share {
    display: inline-block;
    min-inline-size: 3.5em;
    text-align: end;
    color: var(--_text-muted);
  }
  .empty {
    margin: 0;
    color: var(--_text-muted);
  }
  [part~='details-button'] {
    align-self: flex-start;
  }

  .skeleton {
    max-inline-size: 100%;
  }
  .as-of-skeleton,
  .value-skeleton,
  .legend-skeleton {
    block-size: 1lh;
  }
  .as-of-skeleton {
    inline-size: 14em;
  }
  .value-skeleton {
    inline-size: 4.5em;
  }
  .legend-skeleton {
    inline-size: 8em;
  }
  .bar-skeleton {
    block-size: 12px;
  }
  .button-skeleton {
    inline-size: 7em;
    block-size: 32px;
  }

  @container (min-width: 420px) {
    .figure {
      flex-basis: 9rem;
    }
  }
  @container (min-width: 800px) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
  }
  @media print {
    .figure {
      break-inside: avoid;
    }
  }

  @media (forced-colors: active) {
    .figure,
    .note {
      border: 1px solid CanvasText;
    }
    .badge {
      color: CanvasText;
    }
    /* System colours keep the sources apart when author colours are dropped. */
    .bar,
    .swatch {
      forced-color-adjust: none;
    }
    .purchased {
      --_source: CanvasText;
    }
    .converted {
      --_source: GrayText;
    }
    .other {
      --_source: Canvas;
    }
    .swatch {
      border: 1px solid CanvasText;
    }
    .bar {
      outline: 1px solid CanvasText;
    }
  }
`;
