import { waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';

/** The element's shadow root (fails loudly when there is none). */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
}

/** Resolves when the element shows neither a loading state nor a pending update. */
export async function ready(element: LitElement): Promise<void> {
  // A provider just set is not rendered yet: the no-provider note has no loading state either.
  await element.updateComplete;
  await waitUntil(
    () => !shadow(element).querySelector('[aria-busy="true"]'),
    `${element.localName} stayed in its loading state`,
  );
  await element.updateComplete;
}

/**
 * Resolves once the details dialog is open and shows its content: it opens at once, saying it
 * is loading, while the module that lays out its table loads (on a loaded machine, seconds).
 */
export async function dialogShown(dialog: HTMLDialogElement): Promise<HTMLDialogElement> {
  await waitUntil(
    () => dialog.open && dialog.querySelector('.dialog-body') !== null && dialog.querySelector('[part~="loading"]') === null,
    'the details dialog did not open with its content',
    { timeout: 5000 },
  );
  return dialog;
}

/** The visible text of a node and its shadow content, whitespace folded. */
export function textOf(node: Element | ShadowRoot): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}
