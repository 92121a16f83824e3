/**
 * The one rule for every link the kit renders from data or a host attribute (Go to app,
 * Buy credits): the URL is parsed against `base` (the document's base URL), and only the
 * http and https schemes pass, so `javascript:`, `data:` and the like can never become a
 * link, whatever whitespace or case tricks the text uses. The returned string is the parsed,
 * absolute URL, so the browser follows exactly what was checked. Blank text is no URL.
 */
export function webUrl(value: string | null | undefined, base: string = document.baseURI): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value, base);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
}
