import { expect } from '@open-wc/testing';
import { webUrl } from '../../src/base/web-url.js';

describe('webUrl: the one rule for links from data and attributes', () => {
  const base = 'https://portal.example.com/credits/index.html';

  it('keeps an absolute https URL, normalised', () => {
    expect(webUrl('HTTPS://Console.Example.com/app/x', base)).to.equal('https://console.example.com/app/x');
  });

  it('resolves a relative URL against the base', () => {
    expect(webUrl('../apps/sandbox?tab=usage', base)).to.equal('https://portal.example.com/apps/sandbox?tab=usage');
  });

  it('resolves against the document by default', () => {
    expect(webUrl('/buy')).to.equal(new URL('/buy', document.baseURI).href);
  });

  it('never lets javascript: through, whatever the case or surrounding whitespace', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', '\tjava\nscript:alert(1)', 'JAVASCRIPT:void(0)']) {
      expect(webUrl(url, base), url).to.equal(undefined);
    }
  });

  it('rejects other schemes', () => {
    for (const url of ['data:text/html,<b>x</b>', 'ftp://example.com/x', 'mailto:a@example.com', 'file:///etc/passwd']) {
      expect(webUrl(url, base), url).to.equal(undefined);
    }
  });

  it('is no URL for nothing, blank text or an unparsable URL', () => {
    for (const url of [undefined, null, '', '   ', 'http://[oops/app']) expect(webUrl(url, base), String(url)).to.equal(undefined);
  });
});
