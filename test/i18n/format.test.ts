import { expect, fixture, html } from '@open-wc/testing';
import { clampText, formatCredits, formatDateTime, formatDay, formatPercent } from '../../src/i18n/format.js';
import { resolveLocale } from '../../src/i18n/locale.js';
import { fill, registerCreditStrings, resolveStrings } from '../../src/i18n/strings.js';
import { addDays } from '../../src/data/days.js';

/** Intl puts narrow and no-break spaces in some locales; tests compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('locale formatting', () => {
  it('formats credits in en-US and de-DE', () => {
    expect(formatCredits('en-US', 1234567)).to.equal('1,234,567');
    expect(formatCredits('de-DE', 1234567)).to.equal('1.234.567');
    expect(formatCredits('en-US', -109600)).to.equal('-109,600');
    expect(formatCredits('de-DE', 2.5)).to.equal('2,5');
  });

  it('formats percentages with the locale spacing', () => {
    expect(formatPercent('en-US', 1.142)).to.equal('114%');
    expect(plain(formatPercent('de-DE', 0.4567, 1))).to.equal('45,7 %');
  });

  it('formats a calendar day without shifting it by the time zone', () => {
    expect(formatDay('en-US', '2026-11-26')).to.equal('Nov 26, 2026');
    expect(formatDay('de-DE', '2026-01-01')).to.equal('01.01.2026');
  });

  it('formats credits exactly to the hundredth, never as -0 or float residue', () => {
    expect(formatCredits('en-US', 2.675)).to.equal('2.68');
    expect(formatCredits('en-US', 1.005)).to.equal('1.01');
    expect(formatCredits('en-US', 0.1 + 0.2)).to.equal('0.3');
    expect(formatCredits('en-US', -0)).to.equal('0');
    expect(formatCredits('en-US', 0.3 - (0.1 + 0.2))).to.equal('0');
    expect(formatCredits('en-US', -0.004)).to.equal('0');
    expect(formatCredits('en-US', 70_368_744_177_663.99)).to.equal('70,368,744,177,663.99');
  });

  it('formats the as-of time in the zone given, naming it; UTC by default, never the reader\'s zone', () => {
    const iso = '2026-11-26T10:30:00Z';
    expect(formatDateTime('en-US', iso)).to.equal('Nov 26, 2026, 10:30 AM UTC');
    expect(formatDateTime('en-US', iso, 'Pacific/Kiritimati')).to.equal('Nov 27, 2026, 12:30 AM GMT+14');
    expect(plain(formatDateTime('de-DE', iso, 'Europe/Berlin'))).to.equal('26. Nov. 2026, 11:30 MEZ');
  });

  it('clamps long text for display without splitting a character', () => {
    expect(clampText('Endpoint Sensor', 100)).to.equal('Endpoint Sensor');
    expect(clampText('Endpoint Sensor', 8)).to.equal('Endpoint…');
    // A family emoji is one character of eleven code units; an accent stays on its letter.
    expect(clampText('👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦', 2)).to.equal('👩‍👩‍👧‍👦👩‍👩‍👧‍👦…');
    expect(clampText('e\u0301e\u0301e\u0301', 2)).to.equal('e\u0301e\u0301…');
    expect(clampText('x'.repeat(50 * 1024 * 1024), 300)).to.equal(`${'x'.repeat(300)}…`);
  });

  it('adds days across month and leap-year ends', () => {
    expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
    expect(addDays('2026-11-26', -364)).to.equal('2025-11-27');
  });
});

describe('locale resolution', () => {
  it('prefers the element\'s own locale', async () => {
    const el = await fixture(html`<div lang="fr"><span></span></div>`);
    expect(resolveLocale(el.firstElementChild!, 'de-DE')).to.equal('de-DE');
  });

  it('takes the nearest lang, through shadow roots', async () => {
    const host = await fixture(html`<section lang="ja-JP"><div></div></section>`);
    const inner = document.createElement('span');
    host.firstElementChild!.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLocale(inner)).to.equal('ja-JP');
  });

  it('skips an invalid tag and falls back to the next source', async () => {
    const el = await fixture(html`<div lang="de-AT"><span></span></div>`);
    expect(resolveLocale(el.firstElementChild!, 'not a locale!')).to.equal('de-AT');
  });
});

describe('UI strings', () => {
  const defaults = { hello: 'Hello {name}', bye: 'Bye' };

  it('fills placeholders and leaves unknown ones as written', () => {
    expect(fill('{count} of {total} features', { count: 12, total: 48 })).to.equal('12 of 48 features');
    expect(fill('{missing} here', {})).to.equal('{missing} here');
  });

  it('layers registered translations under element overrides', () => {
    registerCreditStrings('xx', { hello: 'Hallo {name}', bye: 'Tschüss' });
    registerCreditStrings('xx-YY', { bye: 'Servus' });
    expect(resolveStrings(defaults, 'xx-YY')).to.deep.equal({ hello: 'Hallo {name}', bye: 'Servus' });
    expect(resolveStrings(defaults, 'xx', { bye: 'Ciao' })).to.deep.equal({ hello: 'Hallo {name}', bye: 'Ciao' });
    expect(resolveStrings(defaults, 'en-US')).to.deep.equal(defaults);
  });
});
