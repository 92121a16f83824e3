import { html } from 'lit';

/*
 * Symbols drawn as SVG, not typed as text (⚠, ✓): few UI fonts have those glyphs, so the first
 * time one showed, the browser looked through every installed font for one that had it (5 to
 * 10 ms of a single layout: the summary's update to a negative balance spent most of its
 * frame there), and each system drew it its own way. Sized 1em and painted in currentColor,
 * they sit in the text as the glyphs did, forced colours and print included.
 */

/** A warning triangle (its exclamation mark cut out), for a negative balance and ending grants. */
export const warningIcon = html`<svg class="icon" aria-hidden="true" viewBox="0 0 16 16" width="1em" height="1em">
  <path fill="currentColor" fill-rule="evenodd" d="M8 1.2 15.4 14.4H.6ZM7.1 5.6h1.8l-.3 4.9H7.4Zm0 5.9h1.8v1.7H7.1Z" />
</svg>`;

/** A check mark, for a pressed toggle button. */
export const checkIcon = html`<svg class="icon" aria-hidden="true" viewBox="0 0 16 16" width="1em" height="1em">
  <path d="M3 8.6l3.2 3.1L13 4.9" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;
