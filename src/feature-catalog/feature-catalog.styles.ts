import { css } from 'lit';

/*
 * Narrow first: every feature is a card, with each value labelled, and the filters wait
 * behind one "Filters" button so the first feature is on the first screen. From 48rem of
 * container width the filters are in a row and the rows line up as a table under column
 * headers. Every row uses the same fixed column template, because a virtualized list
 * positions rows one by one and only equal templates keep the columns aligned. The list
 * flows with the page: no scroll box of its own, nothing sticky.
 */
export const catalogStyles = css`
  :host {
    --_description-lines: var(--credit-catalog-description-lines, 2);
    --_columns: minmax(0, 3fr) minmax(0, 1.4fr) minmax(0, 1.2fr) minmax(11rem, 1fr);
    --_control-size: 36px;
  }

  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  .search-field {
    grid-column: 1 / -1;
  }
  .filters-toggle {
    grid-column: 1 / -1;
    justify-self: start;
    min-block-size: var(--_control-size);
  }
  .filter-count {
    padding-inline: 6px;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.86em;
    font-weight: 600;
  }
  .filter-panel {
    display: none;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    row-gap: var(--_space);
  }
  .filter-panel[data-open] {
    display: grid;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 4px;
    min-inline-size: 0;
    color: var(--_text-muted);
  }
  input,
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 2px);
    min-block-size: var(--_control-size);
    padding-inline: var(--_space);
    inline-size: 100%;
    min-inline-size: 0;
  }
  input:hover,
  select:hover {
    border-color: var(--_accent);
  }

  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    min-block-size: var(--_control-size);
    margin-block-end: var(--_space);
  }
  .count {
    margin: 0;
    margin-inline-end: auto;
    font-variant-numeric: tabular-nums;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding-block: 2px;
    padding-inline: calc(var(--_space) * 1.25) 2px;
    border: 1px solid transparent;
    border-radius: 999px;
    background: var(--_surface-sunken);
    overflow-wrap: anywhere;
  }
  .chip-remove {
    min-block-size: 28px;
    min-inline-size: 28px;
    padding: 0;
    justify-content: center;
    border-radius: 999px;
    border-color: transparent;
    background: transparent;
  }

  .empty {
    margin: 0;
    padding-block: calc(var(--_space) * 3);
    text-align: center;
    color: var(--_text-muted);
  }


  /* Narrow: the column headers stay for assistive technology; each card labels its values. */
  .head {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .row.feature {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    grid-template-areas:
      'feature feature'
      'requirement status'
      'action action';
    gap: var(--_space) calc(var(--_space) * 2);
    inline-size: 100%;
    padding: calc(var(--_space) * 1.5);
    margin-block-end: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .feature-cell {
    grid-area: feature;
  }
  .requirement {
    grid-area: requirement;
    /* The unit comes from the provider: an unbroken long word must not widen the row. */
    overflow-wrap: anywhere;
  }
  .action {
    grid-area: action;
  }
  .cell {
    min-inline-size: 0;
  }
  .cell-label {
    display: block;
    font-size: 0.86em;
    color: var(--_text-muted);
  }
  .name {
    display: block;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .description {
    margin: 2px 0 0;
    color: var(--_text-muted);
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_description-lines);
    line-clamp: var(--_description-lines);
    overflow: hidden;
  }
  .description.open {
    display: block;
    -webkit-line-clamp: none;
    line-clamp: none;
  }
  /* Shown only when the clamp hides text (data-clamped is measured) or the text is open. */
  .more {
    display: none;
    min-block-size: 24px;
    padding-inline: 0;
    margin-block-start: 2px;
  }
  .description[data-clamped] + .more,
  .description.open + .more {
    display: inline-flex;
  }
  .status {
    grid-area: status;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 2px;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    max-inline-size: 100%;
    padding-block: 1px;
    padding-inline: 6px 8px;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-weight: 600;
    font-size: 0.93em;
  }
  .badge[data-status='allocated'] {
    color: var(--_positive);
  }
  .badge[data-status='not-allocated'] {
    color: var(--_text-muted);
  }
  .badge[data-status='pay-as-you-go'] {
    color: var(--_accent);
  }
  .status-icon {
    flex: none;
  }
  .status-icon .check {
    stroke: var(--_surface);
  }
  .allocated {
    font-variant-numeric: tabular-nums;
  }
  .action {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px var(--_space);
  }
  .reason {
    font-size: 0.86em;
    flex-basis: 100%;
  }

  .row.group {
    inline-size: 100%;
    padding-block: var(--_space) 4px;
  }
  .group h3 {
    font-size: 1em;
  }
  .group-toggle {
    inline-size: 100%;
    justify-content: flex-start;
    flex-wrap: wrap;
    padding-inline: 4px;
    border-color: transparent;
    background: transparent;
    font-weight: 600;
    text-align: start;
  }
  .group-name {
    overflow-wrap: anywhere;
  }
  .group-count {
    font-weight: 400;
    color: var(--_text-muted);
  }
  .chevron {
    flex: none;
    transition: transform 120ms ease-out;
  }
  .group-toggle[aria-expanded='false'] .chevron {
    transform: rotate(-90deg);
  }
  .group-toggle[aria-expanded='false'] .chevron:dir(rtl) {
    transform: rotate(90deg);
  }

  .skeleton-field {
    block-size: calc(var(--_control-size) + 1.45em + 4px);
  }
  .skeleton-count {
    inline-size: 10rem;
    block-size: var(--_control-size);
    margin-block-end: var(--_space);
  }
  .skeleton-rows {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .skeleton-row {
    flex: none;
    block-size: 88px;
  }

  /* A phone's card: one column, so a status badge ("Not allocated") is never clipped. */
  @container (max-width: 24rem) {
    .row.feature {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas:
        'feature'
        'requirement'
        'status'
        'action';
    }
  }

  @container (min-width: 48rem) {
    .filters {
      grid-template-columns: minmax(14rem, 2fr) repeat(4, minmax(0, 1fr));
    }
    .search-field {
      grid-column: auto;
    }
    .filters-toggle {
      display: none;
    }
    .filter-panel,
    .filter-panel[data-open] {
      display: contents;
    }
    .head {
      position: static;
      inline-size: auto;
      block-size: auto;
      overflow: visible;
      clip-path: none;
      white-space: normal;
      background: var(--_surface);
    }
    .head-row,
    .row.feature {
      display: grid;
      grid-template-columns: var(--_columns);
      grid-template-areas: 'feature requirement status action';
      column-gap: calc(var(--_space) * 2);
      align-items: start;
      padding-block: calc(var(--_space) * 1.25);
      padding-inline: var(--_space);
      margin: 0;
      border: 0;
      border-block-end: 1px solid var(--_border);
      border-radius: 0;
    }
    .head-row {
      font-weight: 600;
      color: var(--_text-muted);
    }
    .cell-label {
      display: none;
    }
    .row.group {
      padding-block: calc(var(--_space) * 1.5) 0;
      border-block-end: 1px solid var(--_border);
    }
    .skeleton-row {
      block-size: 56px;
    }
  }

  @media (forced-colors: active) {
    .badge,
    .chip {
      border-color: CanvasText;
    }
    .status-icon .check {
      stroke: Canvas;
    }
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }

  /*
   * Print: every row as a table row (the virtualized list renders them all while printing),
   * full descriptions, no filters and no actions; the offering names stay, as plain headings.
   */
  @media print {
    .filters,
    [part~='clear-filters'],
    .chip-remove,
    .more,
    .chevron,
    .head-row > :last-child,
    .action {
      display: none;
    }
    .group-toggle {
      display: flex;
      padding-inline: 0;
    }
    .description {
      display: block;
      -webkit-line-clamp: none;
      line-clamp: none;
    }
    .row {
      break-inside: avoid;
    }
    .row.group {
      break-after: avoid;
    }
    .head {
      position: static;
      inline-size: auto;
      block-size: auto;
      overflow: visible;
      clip-path: none;
      white-space: normal;
    }
    .cell-label {
      display: none;
    }
    .head-row,
    .row.feature {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 1.4fr) minmax(0, 1.2fr);
      grid-template-areas: 'feature requirement status';
      column-gap: calc(var(--_space) * 2);
      padding-block: var(--_space);
      padding-inline: 0;
      margin: 0;
      border: 0;
      border-block-end: 1px solid var(--_border);
      border-radius: 0;
    }
    .head-row {
      font-weight: 600;
      color: var(--_text-muted);
    }
  }
`;
