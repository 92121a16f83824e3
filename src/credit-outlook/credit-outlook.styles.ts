import { css } from 'lit';

/*
 * The sentence leads, with Buy credits beside it on wide cards and under it on narrow ones.
 * The table of changes scrolls inside its own region rather than widening the card.
 */
export const outlookStyles = css`
  .lead {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space);
    margin-block: calc(var(--_space) * 1.5) var(--_space);
  }
  .sentence {
    flex: 1 1 28ch;
    margin: 0;
    font-size: 1.07em;
    max-inline-size: 70ch;
  }
  .sentence.warning {
    padding-inline-start: calc(var(--_space) * 1.5);
    border-inline-start: 3px solid var(--_negative);
  }
  .purchase {
    flex: none;
    white-space: nowrap;
  }
  .risks {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: 0;
    list-style: none;
    color: var(--_text-muted);
  }
  .risks .at-risk {
    color: var(--_warning);
    font-weight: 600;
  }
  .table-wrap {
    overflow-x: auto;
  }
  caption {
    text-align: start;
    color: var(--_text-muted);
    padding-block-end: calc(var(--_space) / 2);
  }
  td.number,
  th.number {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  th.date {
    font-weight: normal;
    white-space: nowrap;
  }
  .events {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  td.negative {
    color: var(--_negative);
  }
  .badge {
    display: inline-flex;
    align-items: baseline;
    gap: 2px;
    margin-inline-start: calc(var(--_space) / 2);
    font-size: 0.86em;
    font-weight: 600;
  }
  .as-of {
    margin-block: var(--_space) 0;
  }
  .sentence-skeleton {
    inline-size: min(60ch, 100%);
    block-size: 2.9lh;
  }
  .risks-skeleton {
    inline-size: 24ch;
    block-size: 1lh;
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .rows-skeleton {
    display: grid;
    gap: var(--_space);
  }
  .row-skeleton {
    block-size: 2lh;
  }
  /* Print: the table may run onto the next page (its header repeats there) rather than
     leave most of a page blank; a change is never split. */
  @media print {
    [part~='base'] {
      break-inside: auto;
    }
    tr {
      break-inside: avoid;
    }
    .purchase {
      display: none;
    }
    .table-wrap {
      overflow: visible;
    }
  }
`;
