import { describe, isBlank } from '../data/validate.js';

/**
 * The one rule for every link the kit renders from data or a host attribute (Go to app,
 * Buy credits): the URL is parsed once against `base` (the document's base URL), and only the
 * http and https schemes pass, so `javascript:`, `data:` and the like can never become a
 * link, whatever whitespace or case tricks the text uses. The returned string is the parsed,
 * absolute URL: the link and any event detail carry exactly what was checked, so a spelling
 * the parser reads differently from a person (`\\evil.example/x` is `https://evil.example/x`)
 * cannot slip past the check. Blank text (white space, control and format characters only)
 * is no URL, not a link to the page itself.
 *
 * With `allowedOrigins` (origins such as `https://apps.example.com`, see `parseOrigins`), a URL
 * on any other origin is no URL either.
 */
export function webUrl(
  value: string | null | undefined,
  base: string = document.baseURI,
  allowedOrigins?: readonly string[],
): string | undefined {
  if (typeof value !== 'string' || isBlank(value)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value, base);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (allowedOrigins && !allowedOrigins.includes(parsed.origin)) return undefined;
  return parsed.href;
}

/** An `allowed-origins` list read: the origins, or the entry that is not one. */
export type OriginList = { origins: readonly string[] } | { problem: string };

/**
 * Reads a space-separated list of origins (`https://apps.example.com http://localhost:8080`)
 * into their canonical form (`new URL(entry).origin`, so `HTTPS://Apps.Example.com:443/` is
 * `https://apps.example.com`). An entry that is not an http(s) origin alone (a path, a
 * wildcard, a word) is a problem naming it, so a typo never silently allows or blocks a link.
 */
export function parseOrigins(value: string, name: string): OriginList {
  const origins: string[] = [];
  for (const entry of value.split(/\s+/).filter(Boolean)) {
    let url: URL | undefined;
    try {
      url = new URL(entry);
    } catch {
      url = undefined;
    }
    const bare = url && (url.protocol === 'http:' || url.protocol === 'https:') && url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
    if (!url || !bare) {
      return { problem: `${name} must list origins such as https://apps.example.com, separated by spaces (got ${describe(entry)})` };
    }
    origins.push(url.origin);
  }
  return { origins };
}
