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
  /*
   * The pie beside the history only where the pie's card is wide enough for its legend beside
   * the donut (about 600 px): below that the donut's legend would stack under it, the card would
   * be twice the history's height and leave a hole beside it. Cards in a row stretch to the
   * row's height (each element fills its cell; the history's chart grows into the room).
   */
  @container (min-width: 1200px) {
    [part~='base'] {
      grid-template-columns: repeat(12, minmax(0, 1fr));
    }
    .full {
      grid-column: 1 / -1;
    }
    .pair-narrow,
    .pair-wide {
      grid-column: span 6;
    }
  }
  @container (min-width: 1600px) {
    .pair-narrow {
      grid-column: span 5;
    }
    .pair-wide {
      grid-column: span 7;
    }
  }
  .section {
    display: grid;
    min-inline-size: 0;
    /*
     * Each section is contained: an update lays it out and paints it apart from the others,
     * and one far from the screen (the catalog on a phone) not at all until it scrolls near,
     * keeping its last size meanwhile (at first, the estimate below). Find-in-page, focus and
     * assistive technology still reach it. Its paint is clipped to its box, pushed out past
     * the card's shadow.
     */
    content-visibility: auto;
    contain-intrinsic-size: auto 480px;
    overflow-clip-margin: 8px;
  }
  .section[data-section='catalog'] {
    contain-intrinsic-size: auto 2400px;
  }

  /* Under the donut: what choosing an offering did, and the ways on. */
  .selection-note {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 2px var(--_space);
    margin: calc(var(--_space) * 1.5) 0 0;
    padding-block: 4px;
    padding-inline: var(--_space);
    border-inline-start: 3px solid var(--_accent);
    border-radius: 4px;
    background: var(--_surface-sunken);
  }
  .selection-note:empty {
    margin: 0;
    padding: 0;
    border: 0;
  }
  .note-text {
    margin-inline-end: auto;
  }
  .selection-note button {
    min-block-size: 28px;
  }

  @media print {
    [part~='base'] {
      display: block;
      break-inside: auto;
    }
    .section {
      display: block;
      margin-block-end: var(--_gap);
      content-visibility: visible;
    }
    .selection-note {
      display: none;
    }
  }
`;
