import './trusted-types-check.js';
import { consume } from '@lit/context';
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cacheFor, type CreditDataCache } from '../data/cache.js';
import { creditDataContext } from '../data/context.js';
import { canonicalTimeZone, DEFAULT_TIME_ZONE } from '../data/days.js';
import type { CreditDataProvider } from '../data/types.js';
import { describe, providerProblem } from '../data/validate.js';
import { onLangChange, resolveLocale } from '../i18n/locale.js';
import { onStringsRegistered, resolveStrings, sharedStrings, stringsVersion, type StringTable } from '../i18n/strings.js';
import { memo } from './memo.js';
import { sectionsLoading, sectionsUnchanged } from './section-controller.js';
import { parseOrigins } from './web-url.js';

/** How the settings are named in what `settingsProblem` says. */
const PROVIDER = 'The provider property';
const ORIGINS = 'The allowed-origins attribute';

/**
 * What every widget shares: where its data comes from (its own `provider`, else the nearest
 * `<credit-provider>`), the locale it formats with, the time zone its days are judged in, the
 * origins its links may lead to, and its UI strings. Subclasses render
 * `lang=${this.resolvedLocale}` on their `base` part, so assistive technology reads numbers
 * and words in the language they are written in.
 */
export abstract class CreditElement<Strings extends StringTable = typeof sharedStrings> extends LitElement {
  /** A data provider for this element alone; without it the nearest `<credit-provider>`'s is used. */
  @property({ attribute: false }) provider?: CreditDataProvider;

  /** BCP 47 locale for numbers, dates and strings; else the nearest `lang`, the document's, the browser's. */
  @property({ reflect: true }) locale?: string;

  /**
   * The IANA time zone (`Europe/Berlin`, `America/New_York`) the as-of time is shown in and
   * every day-based figure is judged in: the as-of day, grant status, "ends within N days",
   * "total valid on", the history's last day. One zone for all of them, so they always agree.
   * Default `UTC`, whatever the reader's own zone.
   */
  @property({ attribute: 'time-zone' }) timeZone = DEFAULT_TIME_ZONE;

  /**
   * Where this element's links (Go to app, Buy credits) may lead: origins separated by spaces,
   * such as `https://apps.example.com https://shop.example.com`. A link to any other origin is
   * shown as unavailable. Unset, any http(s) URL may be a link; set but empty, none may.
   */
  @property({ attribute: 'allowed-origins' }) allowedOrigins?: string;

  /** Overrides for any of this element's UI strings. */
  @property({ attribute: false }) strings?: Partial<Strings>;

  @consume({ context: creditDataContext, subscribe: true })
  @state()
  protected contextCache?: CreditDataCache;

  /** The English defaults of this element's strings (shared ones included). */
  protected abstract readonly defaultStrings: Strings;

  private stopListening: (() => void)[] = [];

  /** The allowed-origins list read once per value: every link and every section asks for it. */
  private readonly origins = memo((value: string) => parseOrigins(value, ORIGINS));

  /** The cache this element reads: its own provider's, else its `<credit-provider>`'s. */
  get dataCache(): CreditDataCache | undefined {
    if (this.provider === undefined || this.provider === null) return this.contextCache;
    return providerProblem(this.provider, PROVIDER) ? undefined : cacheFor(this.provider);
  }

  /** The locale in use now (see `locale`). */
  get resolvedLocale(): string {
    return this.localeOfRender ?? resolveLocale(this, this.locale);
  }

  /**
   * The locale resolved once for the render under way: a render reads it many times (`t`,
   * every formatter), and each read walks up the tree and canonicalises each `lang` it finds.
   */
  private localeOfRender: string | undefined;

  /** The time zone in use now, by its canonical IANA name; `UTC` while `time-zone` names none (the element then shows why, see settingsProblem). */
  get resolvedTimeZone(): string {
    return canonicalTimeZone(this.timeZone) ?? DEFAULT_TIME_ZONE;
  }

  /** The origins links may lead to (see `allowed-origins`); undefined for any. */
  get resolvedAllowedOrigins(): readonly string[] | undefined {
    if (this.allowedOrigins === undefined || this.allowedOrigins === null) return undefined;
    // A list that cannot be read allows nothing: the element shows why (settingsProblem).
    const list = typeof this.allowedOrigins === 'string' ? this.origins(this.allowedOrigins) : undefined;
    return list && 'origins' in list ? list.origins : [];
  }

  /**
   * What is wrong with this element's settings (or its `<credit-provider>`'s), naming the
   * property or attribute, or undefined. While there is something, every section shows it
   * instead of data and asks for nothing: a provider that is a string, or a time zone that
   * does not exist, would otherwise break the element or show days in a zone nobody asked for.
   */
  get settingsProblem(): string | undefined {
    if (this.provider !== undefined && this.provider !== null) {
      const problem = providerProblem(this.provider, PROVIDER);
      if (problem) return problem;
    }
    if (!canonicalTimeZone(this.timeZone)) {
      return `The time-zone attribute must name an IANA time zone, such as UTC or Europe/Berlin (got ${describe(this.timeZone)})`;
    }
    if (this.allowedOrigins !== undefined && this.allowedOrigins !== null) {
      if (typeof this.allowedOrigins !== 'string') return `${ORIGINS} must be text: origins separated by spaces (got ${describe(this.allowedOrigins)})`;
      const list = this.origins(this.allowedOrigins);
      if ('problem' in list) return list.problem;
    }
    // A <credit-provider> set up wrongly says so through the cache it provides.
    return this.dataCache?.settingsProblem;
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

  /** An update was asked for without naming a property (a section answered, a resize, a language). */
  private unnamedRequest = false;

  override requestUpdate(...request: Parameters<LitElement['requestUpdate']>): void {
    if (request[0] === undefined) this.unnamedRequest = true;
    this.wake?.();
    super.requestUpdate(...request);
  }

  /**
   * Set by elements that draw for the size of a box their skeleton puts on screen (the pie's
   * ring, the history's plot): their first render is that skeleton, so the box can be measured
   * before the drawing, and only later renders wait for answers (see `scheduleUpdate`).
   */
  protected readonly rendersSkeletonFirst: boolean = false;

  /** Ends a wait for answers (see `answersOrNextFrame`). */
  private wake: (() => void) | undefined;

  /**
   * While a section is being asked for, an update waits until none is, or until the next frame
   * starts, whichever comes first. Answers that come at once (a provider answering from memory,
   * the summary before the history's period is known) then make one render, with the content,
   * instead of a skeleton and a render per answer that the same frame would have replaced; and
   * an answer that takes longer still finds the skeleton on screen when that frame paints.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waits = this.hasUpdated || !this.rendersSkeletonFirst;
    if (!waits || !sectionsLoading(this)) return super.scheduleUpdate();
    return this.answersOrNextFrame().then(() => super.scheduleUpdate());
  }

  private async answersOrNextFrame(): Promise<void> {
    let frameStarted = false;
    const frame = requestAnimationFrame(() => {
      frameStarted = true;
      this.wake?.();
    });
    // Each answer asks for an update (requestUpdate), which wakes this loop to look again.
    while (!frameStarted && sectionsLoading(this)) await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = undefined;
    cancelAnimationFrame(frame);
  }

  /**
   * A new provider (or cache) alone changes nothing on screen until it answers: each section
   * keeps showing what it showed (see SectionController), so that render is skipped and the
   * element renders once, with the new answers. Anything else asked for renders as usual.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    const onlyTheSource = changed.size > 0 && [...changed.keys()].every((key) => key === 'provider' || key === 'contextCache');
    if (this.hasUpdated && !this.unnamedRequest && onlyTheSource && sectionsUnchanged(this)) return false;
    return super.shouldUpdate(changed);
  }

  protected override update(changed: PropertyValues): void {
    // Requests made before this point (in willUpdate, say: a first measurement) are served by
    // this render; those made from here on ask for the next one.
    this.unnamedRequest = false;
    this.localeOfRender = resolveLocale(this, this.locale);
    try {
      super.update(changed);
    } finally {
      this.localeOfRender = undefined;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const rerender = () => this.requestUpdate();
    this.stopListening = [onLangChange(rerender), onStringsRegistered(rerender)];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening.forEach((stop) => stop());
    this.stopListening = [];
    // Lit's context consumer asks again on the next connect, but keeps the old value when no
    // provider answers: moved out of its <credit-provider>, the element would go on reading
    // (and, through its sections, subscribing to) the old provider. Forgetting it here means
    // only a provider around the new place is used; one there answers during that connect.
    this.contextCache = undefined;
  }
}
