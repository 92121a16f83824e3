import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cacheFor, type CreditDataCache } from '../data/cache.js';
import { creditDataContext } from '../data/context.js';
import type { CreditDataProvider } from '../data/types.js';
import { onLangChange, resolveLocale } from '../i18n/locale.js';
import { onStringsRegistered, resolveStrings, sharedStrings, stringsVersion, type StringTable } from '../i18n/strings.js';

/**
 * What every widget shares: where its data comes from (its own `provider`, else the nearest
 * `<credit-provider>`), the locale it formats with, and its UI strings. Subclasses render
 * `lang=${this.resolvedLocale}` on their `base` part, so assistive technology reads numbers
 * and words in the language they are written in.
 */
export abstract class CreditElement<Strings extends StringTable = typeof sharedStrings> extends LitElement {
  /** A data provider for this element alone; without it the nearest `<credit-provider>`'s is used. */
  @property({ attribute: false }) provider?: CreditDataProvider;

  /** BCP 47 locale for numbers, dates and strings; else the nearest `lang`, the document's, the browser's. */
  @property({ reflect: true }) locale?: string;

  /** Overrides for any of this element's UI strings. */
  @property({ attribute: false }) strings?: Partial<Strings>;

  @consume({ context: creditDataContext, subscribe: true })
  @state()
  protected contextCache?: CreditDataCache;

  /** The English defaults of this element's strings (shared ones included). */
  protected abstract readonly defaultStrings: Strings;

  private stopListening: (() => void)[] = [];

  /** The cache this element reads: its own provider's, else its `<credit-provider>`'s. */
  get dataCache(): CreditDataCache | undefined {
    return this.provider ? cacheFor(this.provider) : this.contextCache;
  }

  /** The locale in use now (see `locale`). */
  get resolvedLocale(): string {
    return resolveLocale(this, this.locale);
  }

  /** The strings to show, for the locale in use, with this element's overrides. */
  protected get t(): Strings {
    const locale = this.resolvedLocale;
    const cached = this.resolved;
    if (cached?.locale === locale && cached.overrides === this.strings && cached.version === stringsVersion()) {
      return cached.value;
    }
    const value = resolveStrings(this.defaultStrings, locale, this.strings);
    this.resolved = { locale, overrides: this.strings, version: stringsVersion(), value };
    return value;
  }

  /** The last resolved table: a render reads `t` many times, and tables rarely change. */
  private resolved?: { locale: string; overrides: Partial<Strings> | undefined; version: number; value: Strings };

  override connectedCallback(): void {
    super.connectedCallback();
    const rerender = () => this.requestUpdate();
    this.stopListening = [onLangChange(rerender), onStringsRegistered(rerender)];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening.forEach((stop) => stop());
    this.stopListening = [];
  }
}
