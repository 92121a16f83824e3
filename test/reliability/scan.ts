import type { CreditData, CreditDataProvider, CreditSection } from '../../src/data/types.js';

/*
 * What the reliability tests look through: every node a widget renders, inside shadow roots
 * at any depth, and the page-level faults (uncaught errors, unhandled rejections).
 */

/** Tokens that only ever reach the screen through a bug (String(NaN), `${undefined}`, ∞…). */
export const FORBIDDEN = /NaN|undefined|Infinity|null|∞/;

/** `root`'s shadow root and every shadow root below it, in document order. */
export function shadowRoots(root: Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.shadowRoot) {
        found.push(element.shadowRoot);
        visit(element.shadowRoot);
      }
    }
  };
  if (root.shadowRoot) {
    found.push(root.shadowRoot);
    visit(root.shadowRoot);
  }
  visit(root);
  return found;
}

/** Every element under `root`, its shadow content included. */
export function allElements(root: Element): Element[] {
  return [root, ...root.querySelectorAll('*'), ...shadowRoots(root).flatMap((sr) => [...sr.querySelectorAll('*')])];
}

/**
 * Text nodes and attribute values under `root` that hold a forbidden token, each quoted with
 * where it was found. Text nodes are checked one by one: data text split over two nodes can
 * never join into a token that no single node holds.
 */
export function forbiddenTokens(root: Element): string[] {
  const found: string[] = [];
  const trees: (Element | ShadowRoot)[] = [root, ...shadowRoots(root)];
  for (const tree of trees) {
    const walker = document.createTreeWalker(tree, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? '';
      if (FORBIDDEN.test(text)) found.push(`text in <${node.parentElement?.localName}>: ${JSON.stringify(text.trim())}`);
    }
  }
  for (const element of allElements(root)) {
    for (const attribute of element.attributes) {
      if (FORBIDDEN.test(attribute.value)) {
        found.push(`<${element.localName} ${attribute.name}=${JSON.stringify(attribute.value)}>`);
      }
    }
  }
  return found;
}

/**
 * Records uncaught errors and unhandled rejections from `start()` until `stop()`. A
 * "ResizeObserver loop completed with undelivered notifications" report counts too: it
 * reaches hosts' error trackers like any other error, so the kit must not cause one.
 */
export function pageFaults(): { start(): void; stop(): void; readonly faults: string[] } {
  const faults: string[] = [];
  const onError = (event: ErrorEvent) => {
    faults.push(`error: ${event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => faults.push(`unhandled rejection: ${String(event.reason)}`);
  return {
    faults,
    start() {
      faults.length = 0;
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
    },
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * A provider that answers exactly what it is given, untouched (no period filter on history,
 * unlike StaticCreditProvider): hostile data reaches the widgets as a backend would send it.
 */
export function rawProvider(data: Partial<Record<CreditSection, unknown>> | CreditData): CreditDataProvider {
  const answer = (section: CreditSection) => () =>
    Promise.resolve().then(() => structuredClone((data as Record<string, unknown>)[section])) as Promise<never>;
  return {
    getSummary: answer('summary'),
    getGrants: answer('grants'),
    getAllocations: answer('allocations'),
    getHistory: answer('history'),
    getFeatures: answer('features'),
  };
}

/** A path-first validation message: it names the section and the field that broke the contract. */
export const NAMES_A_PATH = /^(summary|grants|allocations|history|features)(\[\d+\])?(\.|\[| )/;
