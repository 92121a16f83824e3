import { baseUrlOf } from '../data/base-url.js';
import type { HttpCreditProvider } from '../data/http-provider.js';
import type { CreditDataProvider, HistoryRequest, ProviderRequest } from '../data/types.js';

/**
 * `<credit-provider src>`'s HTTP provider, whose code is loaded with the first request: a host
 * that passes a provider of its own never downloads it. The URL is checked at once, as the
 * HTTP provider itself would, so a wrong `src` is reported before anything loads; a failed
 * load is tried again on the next request (Retry).
 */
export class LazyHttpProvider implements CreditDataProvider {
  private loading: Promise<HttpCreditProvider> | undefined;

  constructor(
    readonly baseUrl: string,
    readonly timeoutMs: number,
  ) {
    baseUrlOf(baseUrl);
  }

  getSummary = async (req: ProviderRequest) => (await this.provider()).getSummary(req);
  getGrants = async (req: ProviderRequest) => (await this.provider()).getGrants(req);
  getAllocations = async (req: ProviderRequest) => (await this.provider()).getAllocations(req);
  getHistory = async (req: HistoryRequest) => (await this.provider()).getHistory(req);
  getFeatures = async (req: ProviderRequest) => (await this.provider()).getFeatures(req);

  private provider(): Promise<HttpCreditProvider> {
    this.loading ??= import('../data/http-provider.js').then(
      ({ HttpCreditProvider }) => new HttpCreditProvider({ baseUrl: this.baseUrl, timeoutMs: this.timeoutMs }),
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }
}
