import type { CreditDataProvider } from '../src/data/types.js';

/** A provider that never answers: the loading stories (the cache gives up after 30 s). */
export function neverAnswering(): CreditDataProvider {
  const never = () => new Promise<never>(() => {});
  return { getSummary: never, getGrants: never, getAllocations: never, getHistory: never, getFeatures: never };
}
