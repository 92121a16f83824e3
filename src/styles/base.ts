import { css } from 'lit';

/**
 * What every widget shares: the `base` card, buttons, focus ring, state blocks, skeletons,
 * the details dialog, print, and the forced-colors and reduced-motion rules written on purpose.
 */
export const baseStyles = css`
  /*
   * Inherited properties cross the shadow boundary: a host app's #root { text-align: center }
   * or body { line-height: 3 } would reach every heading and cell. Each is reset here; the
   * font and the colours come in through the tokens only (--credit-font-family, --credit-color-*),
   * and direction and language keep following the page on purpose.
   */
  :host {
    display: block;
    container-type: inline-size;
    color-scheme: inherit;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    line-height: normal;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    word-break: normal;
    overflow-wrap: normal;
    hyphens: manual;
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    font-stretch: normal;
    font-kerning: auto;
    font-size-adjust: none;
    font-feature-settings: normal;
    font-variation-settings: normal;
    text-rendering: auto;
    text-underline-offset: auto;
    text-decoration-thickness: auto;
    tab-size: 8;
    cursor: auto;
    visibility: visible;
    list-style: disc outside none;
    quotes: auto;
    caption-side: top;
    border-collapse: separate;
    border-spacing: 0;
    empty-cells: show;
    font-synthesis: weight style;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  /*
   * An SVG symbol in a line of text (see base/icons.ts), centred on it; in a flex row whose
   * items align on their baseline, the text's baseline stays the row's.
   */
  .icon {
    flex: none;
    align-self: center;
    vertical-align: -0.125em;
  }
  [part~='base'] {
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.45;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    padding: calc(var(--_space) * 2);
    min-inline-size: 0;
    /* Fills a host given a height (a dashboard's row), so cards in a row end level. */
    block-size: 100%;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space);
    margin-block-end: calc(var(--_space) * 1.5);
  }
  h2,
  h3 {
    margin: 0;
    font-size: 1.07em;
    font-weight: 600;
  }
  .muted {
    color: var(--_text-muted);
  }
  button,
  .button {
    font: inherit;
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    min-block-size: 32px;
    padding-block: 4px;
    padding-inline: calc(var(--_space) * 1.5);
    border-radius: calc(var(--_radius) - 2px);
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
    text-decoration: none;
  }
  button:hover,
  .button:hover {
    border-color: var(--_accent);
  }
  button.primary,
  .button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  button.link {
    border-color: transparent;
    background: none;
    color: var(--_accent);
    padding-inline: calc(var(--_space) / 2);
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  button:disabled,
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .state {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space);
  }
  .state.error .message {
    color: var(--_negative);
    overflow-wrap: anywhere;
  }
  .skeleton {
    display: block;
    border-radius: 4px;
    background: linear-gradient(90deg, var(--_surface-sunken) 25%, var(--_border) 50%, var(--_surface-sunken) 75%);
    background-size: 200% 100%;
    animation: credit-shimmer 1.4s ease-in-out infinite;
  }
  @keyframes credit-shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    text-align: start;
    padding-block: calc(var(--_space) * 0.75);
    padding-inline: var(--_space);
    border-block-end: 1px solid var(--_border);
    vertical-align: top;
  }
  th {
    font-weight: 600;
    color: var(--_text-muted);
  }
  /* A figure never breaks inside a number, in any locale (fr-FR groups with U+202F). */
  td.number,
  th.number {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }

  /*
   * The dialog is a column: the header (title, Close) and the footer (Download CSV) keep their
   * place and only the body scrolls, however long the table.
   */
  dialog {
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.45;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0;
    inline-size: min(960px, calc(100vw - 32px));
    max-block-size: calc(100dvh - 64px);
    container: dialog / inline-size;
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-header,
  .dialog-footer {
    flex: none;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
  }
  .dialog-header {
    border-block-end: 1px solid var(--_border);
  }
  .dialog-footer {
    border-block-start: 1px solid var(--_border);
  }
  .dialog-body {
    flex: 1 1 auto;
    min-block-size: 0;
    padding-inline: calc(var(--_space) * 2);
    overflow: auto;
    overscroll-behavior: contain;
  }
  /*
   * A phone-wide table (a dialog's, the outlook's): many columns would scroll sideways and hide
   * the last ones (dates, "ends within 90 days", the balance), so under 560 px of its container
   * each row of a .card-rows table becomes a card of label-value lines. The label is the cell's
   * data-label; a cell without one (the row's name or date) is the card's title.
   */
  @container (max-width: 560px) {
    .card-rows table,
    .card-rows caption,
    .card-rows tbody,
    .card-rows tfoot,
    .card-rows tr,
    .card-rows th,
    .card-rows td {
      display: block;
    }
    .card-rows thead,
    .card-rows .column-heads {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    /* A heads row is a row: not the card box the data rows get below. */
    .card-rows .column-heads {
      margin: 0;
      padding: 0;
      border: 0;
    }
    .card-rows tr {
      margin-block: var(--_space);
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) - 2px);
    }
    .card-rows th,
    .card-rows td {
      padding-block: 2px;
      padding-inline: 0;
      border: none;
      text-align: start;
    }
    .card-rows [data-label] {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 var(--_space);
    }
    .card-rows [data-label]::before {
      content: attr(data-label);
      color: var(--_text-muted);
      font-weight: 400;
    }
    .card-rows td:empty {
      display: none;
    }
  }
  .state.loading > div {
    inline-size: 100%;
  }
  /* The grant table of the details dialog (src/details/grant-details.ts). */
  tr[data-status='expired'] > * {
    color: var(--_text-muted);
  }
  .grant-status,
  td.date {
    white-space: nowrap;
  }
  .ending-soon {
    display: block;
    color: var(--_warning);
    font-weight: 600;
  }
  /*
   * Print: the figures, not the controls. Cards print without shadow and, where they fit,
   * on one page; buttons, dialogs and skeleton shimmer stay off paper.
   */
  @media print {
    :host {
      color-scheme: light;
    }
    [part~='base'] {
      box-shadow: none;
      break-inside: avoid;
    }
    button,
    .button {
      display: none;
    }
    dialog {
      display: none !important;
    }
    .skeleton {
      animation: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    .skeleton {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    [part~='base'],
    dialog {
      border-color: CanvasText;
    }
    button,
    .button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .skeleton {
      background: GrayText;
    }
  }
`;
