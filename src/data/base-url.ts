import { describe } from './validate.js';

/** The base URL resolved against the page, its fragment dropped. */
export function baseUrlOf(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl.trim(), globalThis.document?.baseURI ?? globalThis.location?.href);
  } catch {
    throw new TypeError(`HttpCreditProvider's baseUrl must be a URL, such as "/api/credits" (got ${describe(baseUrl)})`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`HttpCreditProvider's baseUrl must be an http or https URL (got ${describe(baseUrl)})`);
  }
  url.hash = '';
  return url;
}
