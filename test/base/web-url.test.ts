import { expect } from '@open-wc/testing';
import { parseOrigins, webUrl } from '../../src/base/web-url.js';

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

  it('is no URL, not a link to the page itself, for text that is only white space, control or format characters', () => {
    // The URL parser strips C0 controls and spaces, so each of these would resolve to `base`.
    for (const url of ['\u0000', '\u0001\u001f', '\t\n\r', '\u00a0', '\u2003', '\u200b', '\ufeff', '\u202e', ' \u00a0\u200b\t']) {
      expect(webUrl(url, base), JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('gives the URL as the parser reads it, so backslash and protocol-relative spellings cannot hide where they lead', () => {
    expect(webUrl('\\\\evil.example/x', base)).to.equal('https://evil.example/x');
    expect(webUrl('/\\evil.example/x', base)).to.equal('https://evil.example/x');
    expect(webUrl('//evil.example/x', base)).to.equal('https://evil.example/x');
  });

  it('with allowed origins, is no URL for any other origin', () => {
    const allowed = ['https://apps.example.com', 'https://portal.example.com'];
    expect(webUrl('https://apps.example.com/sandbox', base, allowed)).to.equal('https://apps.example.com/sandbox');
    expect(webUrl('/buy', base, allowed)).to.equal('https://portal.example.com/buy');
    for (const url of ['https://evil.example/x', '\\\\evil.example/x', '/\\evil.example/x', 'http://apps.example.com/x', 'https://apps.example.com:8443/x', 'https://apps.example.com.evil.example/']) {
      expect(webUrl(url, base, allowed), url).to.equal(undefined);
    }
    expect(webUrl('https://apps.example.com/x', base, [])).to.equal(undefined);
  });
});

describe('parseOrigins: an allowed-origins list', () => {
  it('reads space-separated origins in their canonical form', () => {
    expect(parseOrigins('  HTTPS://Apps.Example.com:443/ \n http://localhost:8080 ', 'The allowed-origins attribute')).to.deep.equal({
      origins: ['https://apps.example.com', 'http://localhost:8080'],
    });
    expect(parseOrigins('', 'The allowed-origins attribute')).to.deep.equal({ origins: [] });
  });

  it('names an entry that is not an http(s) origin alone', () => {
    for (const entry of ['apps.example.com', 'https://apps.example.com/path', '*.example.com', 'javascript:alert(1)', 'https://a.example?x=1', 'https://user@a.example']) {
      expect(parseOrigins(`https://ok.example ${entry}`, 'The allowed-origins attribute'), entry).to.deep.equal({
        problem: `The allowed-origins attribute must list origins such as https://apps.example.com, separated by spaces (got the text ${JSON.stringify(entry)})`,
      });
    }
  });
});
