/**
 * The locale a widget formats with: its own `locale` attribute, else the nearest `lang` (or
 * the `locale` attribute of an enclosing `<credit-provider>`), crossing shadow roots, else the
 * document's, else the browser's. Invalid tags fall
 * through to the next source, so a typo never breaks formatting.
 */
export function resolveLocale(element: Element, own?: string | null): string {
  const candidates: (string | null | undefined)[] = [own];
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      if (node.localName === 'credit-provider' && node.hasAttribute('locale')) candidates.push(node.getAttribute('locale'));
      if (node.hasAttribute('lang')) candidates.push(node.getAttribute('lang'));
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  candidates.push(document.documentElement.lang, navigator.language, 'en-US');
  for (const candidate of candidates) {
    const canonical = canonicalLocale(candidate);
    if (canonical) return canonical;
  }
  return 'en-US';
}

function canonicalLocale(tag: string | null | undefined): string | undefined {
  if (!tag || !tag.trim()) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/**
 * Whether the element lays out right to left: its directionality, from its own or the nearest
 * `dir` attribute across shadow roots, as `:dir()` matches it. Not `getComputedStyle`: inside
 * the widgets' containers (`container-type`), reading a computed style lays out the page first,
 * and a render that asked would force one layout per widget before the frame's own.
 */
export function isRtl(element: Element): boolean {
  return element.matches(':dir(rtl)');
}

type LangListener = () => void;
const langListeners = new Set<LangListener>();
let langObserver: MutationObserver | undefined;

/**
 * Calls `listener` when any `lang` attribute in the document changes, so widgets that took
 * their locale from an ancestor follow it. One observer serves every widget.
 */
export function onLangChange(listener: LangListener): () => void {
  langListeners.add(listener);
  if (!langObserver) {
    langObserver = new MutationObserver(() => langListeners.forEach((l) => l()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'locale'], subtree: true });
  }
  return () => {
    langListeners.delete(listener);
    if (langListeners.size === 0) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  };
}
