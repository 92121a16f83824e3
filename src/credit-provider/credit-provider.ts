import '../base/trusted-types-check.js';
import { provide } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cacheFor, unusableCache, type CreditDataCache } from '../data/cache.js';
import { creditDataContext } from '../data/context.js';
import { DEFAULT_TIMEOUT_MS, parseTimeoutMs } from '../data/timeout.js';
import type { CreditDataProvider, CreditSection } from '../data/types.js';
import { describe, isBlank, providerProblem } from '../data/validate.js';
import { LazyHttpProvider } from './lazy-http-provider.js';

/** A provider as set up from the element's settings, or what is wrong with them. */
type Choice = { provider: CreditDataProvider | undefined; timeoutMs: number } | { problem: string };

/**
 * Gives every descendant widget one data provider and a shared cache of its answers, so
 * each section is requested once however many widgets show it.
 *
 * Settings that are wrong (a `provider` that is no provider, a `timeout-ms` that is no
 * timeout, a `src` that is no URL) never break the page: every widget inside shows what is
 * wrong, naming the attribute or property.
 *
 * @summary Provides credit data to the widgets inside it. Renders nothing of its own.
 *
 * @slot - The widgets (and any other content) that read from this provider.
 */
export class CreditProviderElement extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /**
   * Base URL of a REST API implementing `openapi/credit-api.yaml`; the built-in HTTP
   * provider is used on it. Ignored when `provider` is set.
   */
  @property({ reflect: true }) src?: string;

  /** Serve the built-in demo data (`demoCreditData()`), for trying the kit out. Ignored when `provider` or `src` is set. */
  @property({ type: Boolean, reflect: true }) demo = false;

  /**
   * BCP 47 locale for every widget inside that sets none of its own (they then use the
   * nearest `lang`, the document's, the browser's). It is a widget's default, not an override.
   */
  @property({ reflect: true }) locale?: string;

  /** Any `CreditDataProvider`; takes precedence over `src`. */
  @property({ attribute: false }) provider?: CreditDataProvider;

  /**
   * Milliseconds a provider may take to answer before widgets show a timeout error (the HTTP
   * provider on `src` included): a whole number from 1 to 2147483647. Default 30000.
   */
  @property({ attribute: 'timeout-ms', converter: { fromAttribute: (value) => value ?? undefined } })
  timeoutMs: number | string | undefined = DEFAULT_TIMEOUT_MS;

  @provide({ context: creditDataContext })
  @state()
  protected cache?: CreditDataCache;

  private srcProvider?: { src: string; timeoutMs: number; provider: CreditDataProvider };
  private demoProvider?: CreditDataProvider;
  private demoLoading = false;

  /** The provider in use: `provider`, else the HTTP provider on `src`, else demo data (none while the settings are wrong). */
  get activeProvider(): CreditDataProvider | undefined {
    const choice = this.choose();
    return 'provider' in choice ? choice.provider : undefined;
  }

  /** Asks the provider again for the given sections (all when none given). */
  refresh(sections?: CreditSection[]): void {
    this.cache?.refresh(sections);
  }

  protected override willUpdate(): void {
    if (this.demo && !this.demoProvider && !this.demoLoading) void this.loadDemo();
    const choice = this.choose();
    let cache: CreditDataCache | undefined;
    if ('problem' in choice) cache = unusableCache(choice.problem);
    else if (choice.provider) {
      cache = cacheFor(choice.provider);
      cache.timeoutMs = choice.timeoutMs;
    }
    if (cache !== this.cache) this.cache = cache;
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  private choose(): Choice {
    const timeout = parseTimeoutMs(this.timeoutMs, 'The timeout-ms attribute of <credit-provider>');
    if ('problem' in timeout) return timeout;
    const timeoutMs = timeout.ms;
    if (this.provider !== undefined && this.provider !== null) {
      const problem = providerProblem(this.provider, 'The provider property of <credit-provider>');
      return problem ? { problem } : { provider: this.provider, timeoutMs };
    }
    if (typeof this.src === 'string' && !isBlank(this.src)) {
      const src = this.src;
      if (this.srcProvider?.src !== src || this.srcProvider.timeoutMs !== timeoutMs) {
        let provider: CreditDataProvider;
        try {
          provider = new LazyHttpProvider(src, timeoutMs);
        } catch {
          return { problem: `The src attribute of <credit-provider> must be the http or https URL of the credit API, such as /api/credits (got ${describe(src)})` };
        }
        this.srcProvider = { src, timeoutMs, provider };
      }
      return { provider: this.srcProvider.provider, timeoutMs };
    }
    return { provider: this.demo ? this.demoProvider : undefined, timeoutMs };
  }

  /** Demo data is loaded on demand, so hosts with their own provider never download it. */
  private async loadDemo(): Promise<void> {
    this.demoLoading = true;
    const [{ demoCreditData }, { StaticCreditProvider }] = await Promise.all([
      import('../data/demo-data.js'),
      import('../data/static-provider.js'),
    ]);
    this.demoProvider = new StaticCreditProvider(demoCreditData());
    this.demoLoading = false;
    this.requestUpdate();
  }
}
