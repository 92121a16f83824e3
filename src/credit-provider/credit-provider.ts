import { provide } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cacheFor, type CreditDataCache } from '../data/cache.js';
import { creditDataContext } from '../data/context.js';
import { HttpCreditProvider } from '../data/http-provider.js';
import { DEFAULT_TIMEOUT_MS } from '../data/timeout.js';
import type { CreditDataProvider, CreditSection } from '../data/types.js';

/**
 * Gives every descendant widget one data provider and a shared cache of its answers, so
 * each section is requested once however many widgets show it.
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

  /** Any `CreditDataProvider`; takes precedence over `src`. */
  @property({ attribute: false }) provider?: CreditDataProvider;

  /** Milliseconds a provider may take to answer before widgets show a timeout error (the HTTP provider on `src` included). */
  @property({ type: Number, attribute: 'timeout-ms' }) timeoutMs = DEFAULT_TIMEOUT_MS;

  @provide({ context: creditDataContext })
  @state()
  protected cache?: CreditDataCache;

  private srcProvider?: { src: string; timeoutMs: number; provider: CreditDataProvider };
  private demoProvider?: CreditDataProvider;
  private demoLoading = false;

  /** The provider in use: `provider`, else the HTTP provider on `src`, else demo data. */
  get activeProvider(): CreditDataProvider | undefined {
    if (this.provider) return this.provider;
    if (this.src) {
      const { src, timeoutMs } = this;
      if (this.srcProvider?.src !== src || this.srcProvider.timeoutMs !== timeoutMs) {
        this.srcProvider = { src, timeoutMs, provider: new HttpCreditProvider({ baseUrl: src, timeoutMs }) };
      }
      return this.srcProvider.provider;
    }
    return this.demo ? this.demoProvider : undefined;
  }

  /** Asks the provider again for the given sections (all when none given). */
  refresh(sections?: CreditSection[]): void {
    this.cache?.refresh(sections);
  }

  protected override willUpdate(): void {
    if (this.demo && !this.demoProvider && !this.demoLoading) void this.loadDemo();
    const provider = this.activeProvider;
    const cache = provider ? cacheFor(provider) : undefined;
    if (cache) cache.timeoutMs = this.timeoutMs;
    if (cache !== this.cache) this.cache = cache;
  }

  protected override render() {
    return html`<slot></slot>`;
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
