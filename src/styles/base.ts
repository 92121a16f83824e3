import { css } from 'lit';

/**
 * What every widget shares: the `base` card, buttons, focus ring, state blocks, skeletons,
 * the details dialog, and the forced-colors and reduced-motion rules written on purpose.
 */
export const baseStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    color-scheme: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
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
  td.number,
  th.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  dialog {
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0;
    inline-size: min(960px, calc(100vw - 32px));
    max-block-size: calc(100vh - 64px);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-header,
  .dialog-footer {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
  }
  .dialog-body {
    padding-inline: calc(var(--_space) * 2);
    overflow: auto;
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
