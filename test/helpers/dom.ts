import { waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';

/** The element's shadow root (fails loudly when there is none). */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
}

/** Resolves when the element shows neither a loading state nor a pending update. */
export async function ready(element: LitElement): Promise<void> {
  await waitUntil(
    () => !shadow(element).querySelector('[aria-busy="true"]'),
    `${element.localName} stayed in its loading state`,
  );
  await element.updateComplete;
}

/** The visible text of a node and its shadow content, whitespace folded. */
export function textOf(node: Element | ShadowRoot): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}
