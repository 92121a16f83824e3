import { css } from 'lit';

export const dashboardStyles = css`
  :host {
    --_gap: var(--credit-dashboard-gap, 16px);
  }
  /* The dashboard is a layout, not a card: only its sections are cards. */
  [part~='base'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    padding: 0;
    border: none;
    background: none;
    box-shadow: none;
  }
  .slot-header::slotted(*) {
    grid-column: 1 / -1;
  }
  /* Pie beside history from a tablet's width, as the console lays them out. */
  @container (min-width: 760px) {
    [part~='base'] {
      grid-template-columns: repeat(12, minmax(0, 1fr));
    }
    .full {
      grid-column: 1 / -1;
    }
    .pair-narrow {
      grid-column: span 5;
    }
    .pair-wide {
      grid-column: span 7;
    }
  }
  @container (min-width: 1200px) {
    .pair-narrow {
      grid-column: span 4;
    }
    .pair-wide {
      grid-column: span 8;
    }
  }
  .section > * {
    block-size: 100%;
  }
`;
