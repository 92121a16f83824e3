import { css } from 'lit';

/**
 * The system tokens. Public `--credit-*` custom properties are read once here into private
 * `--_*` ones; every public one ends in a literal fallback. Light and dark come from the
 * `color-scheme` the widget inherits (`light-dark()`): a host page or container that sets
 * `color-scheme: dark` gets the dark theme without any attribute.
 */
export const tokens = css`
  :host {
    --_surface: var(--credit-color-surface, light-dark(#ffffff, #1c2027));
    --_surface-sunken: var(--credit-color-surface-sunken, light-dark(#f4f6f8, #15181d));
    --_text: var(--credit-color-text, light-dark(#1d232b, #e9edf2));
    --_text-muted: var(--credit-color-text-muted, light-dark(#56606c, #a9b3bf));
    --_border: var(--credit-color-border, light-dark(#d5dbe1, #3a414b));
    --_accent: var(--credit-color-accent, light-dark(#1a5fb4, #7db3f5));
    --_on-accent: var(--credit-color-on-accent, light-dark(#ffffff, #0d1117));
    --_negative: var(--credit-color-negative, light-dark(#b3261e, #ff8a80));
    --_warning: var(--credit-color-warning, light-dark(#8a5a00, #f5c26b));
    --_positive: var(--credit-color-positive, light-dark(#1e6b35, #7fd49b));
    --_focus: var(--credit-color-focus, light-dark(#1a5fb4, #9cc7ff));
    --_font: var(--credit-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--credit-font-size, 0.875rem);
    --_radius: var(--credit-radius, 8px);
    --_space: var(--credit-space, 8px);
    --_shadow: var(--credit-shadow, 0 1px 2px rgb(0 0 0 / 0.08));
  }
`;

/**
 * The chart palette: colour-blind-safe hues, each at least 3:1 against the surface of its
 * theme. A host replaces any of them with `--credit-series-N`.
 */
export const seriesTokens = css`
  :host {
    --_series-1: var(--credit-series-1, light-dark(#1a5fb4, #7db3f5));
    --_series-2: var(--credit-series-2, light-dark(#c45a00, #ffa657));
    --_series-3: var(--credit-series-3, light-dark(#137a63, #56d3b0));
    --_series-4: var(--credit-series-4, light-dark(#7a4fc2, #c4a7ff));
    --_series-5: var(--credit-series-5, light-dark(#b8336a, #ff8fbd));
    --_series-6: var(--credit-series-6, light-dark(#7a6400, #e3c94b));
    --_series-7: var(--credit-series-7, light-dark(#0b7285, #66d9e8));
    --_series-8: var(--credit-series-8, light-dark(#a33b2c, #ff9b8a));
    --_series-9: var(--credit-series-9, light-dark(#4d5f73, #b6c4d3));
    --_series-10: var(--credit-series-10, light-dark(#8e3fa8, #e29df5));
    --_series-11: var(--credit-series-11, light-dark(#2f7a1f, #98e07f));
    --_series-12: var(--credit-series-12, light-dark(#6e5241, #d9b59d));
  }
`;
