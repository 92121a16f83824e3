import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/credit-provider/define.js';
import '../../src/credit-summary/define.js';
import type { CreditProviderElement } from '../../src/credit-provider/credit-provider.js';
import type { CreditSummaryElement } from '../../src/credit-summary/credit-summary.js';
import type { CreditDataErrorDetail } from '../../src/events/data-error.js';
import { formatCredits } from '../../src/i18n/format.js';
import { shadow, textOf } from '../helpers/dom.js';
import {
  defineRoute,
  defineSections,
  fixtureServer,
  outage,
  requestsTo,
  uniqueBase,
  type FixtureServer,
  type RouteAnswer,
} from '../helpers/fixture-server.js';
import { settle, testData } from '../helpers/providers.js';
import { pageFaults } from './scan.js';

/*
 * Attribute-only embedding (`<credit-provider src>`) against a real HTTP server on 127.0.0.1:
 * every way the backend or the network can fail becomes a message that says what happened
 * and where, shown with Retry and reported through `credit-data-error`; once the server is
 * fixed, Retry shows the data.
 */

const DATA = testData();
const BALANCE = formatCredits('en-US', DATA.summary.totalValid - DATA.summary.allocated);
const GOOD: RouteAnswer = { body: JSON.stringify(DATA.summary) };

interface Mounted {
  summary: CreditSummaryElement;
  errors: CreditDataErrorDetail[];
}

async function mount(src: string, timeoutMs = 30_000): Promise<Mounted> {
  const errors: CreditDataErrorDetail[] = [];
  const host = await fixture<CreditProviderElement>(html`<credit-provider
    src=${src}
    timeout-ms=${timeoutMs}
    @credit-data-error=${(event: CustomEvent<CreditDataErrorDetail>) => errors.push(event.detail)}
  >
    <credit-summary locale="en-US"></credit-summary>
  </credit-provider>`);
  return { summary: host.querySelector('credit-summary')!, errors };
}

const message = (summary: CreditSummaryElement) => shadow(summary).querySelector('[part~="error"] .message')?.textContent?.trim();
const balance = (summary: CreditSummaryElement) =>
  textOf(shadow(summary).querySelector('[part~="figure-balance"] [part~="value"]') ?? shadow(summary));

/** The widget shows a message matching `expected` with Retry and reports it; `fix()` then Retry recovers. */
async function expectFailureThenRecovery({ summary, errors }: Mounted, expected: RegExp, fix: () => Promise<void>): Promise<void> {
  await waitUntil(() => message(summary), 'no error was shown', { timeout: 5000 });
  const shown = message(summary)!;
  expect(shown).to.match(expected);
  expect(errors.filter((error) => error.section === 'summary')).to.deep.equal([{ section: 'summary', message: shown }]);
  await fix();
  shadow(summary).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
  await waitUntil(() => balance(summary) === BALANCE, `Retry did not recover: "${textOf(shadow(summary)).slice(0, 200)}"`, { timeout: 5000 });
}

const faults = pageFaults();

describe('HTTP faults through <credit-provider src>', () => {
  let server: FixtureServer;
  before(async () => {
    server = await fixtureServer();
  });
  beforeEach(() => faults.start());
  afterEach(() => {
    faults.stop();
    expect(faults.faults, 'uncaught errors').to.deep.equal([]);
  });

  /** A base URL whose /summary answers `fault` (until fixed) and whose /grants is fine. */
  async function failing(name: string, fault: RouteAnswer) {
    const base = uniqueBase(name);
    await defineSections(server, base, { grants: DATA.grants });
    await defineRoute(server, `${base}/summary`, fault);
    const url = `${server.url}${base}`;
    return { url, fix: () => defineRoute(server, `${base}/summary`, GOOD), what: escape(`GET ${url}/summary`) };
  }

  const statuses: [string, RouteAnswer, string][] = [
    ['401', { status: 401, body: '{}' }, 'failed with HTTP 401 Unauthorized: not signed in, or the session has expired$'],
    ['403', { status: 403, body: '{}' }, 'failed with HTTP 403 Forbidden: this account may not read credit data$'],
    ['404', { status: 404, body: '{}' }, "failed with HTTP 404 Not Found: no such resource: check the provider's base URL$"],
    ['500', { status: 500, body: '{}' }, 'failed with HTTP 500 Internal Server Error: the server failed$'],
    [
      '503 with Retry-After',
      { status: 503, headers: { 'retry-after': '120' }, body: '{}' },
      'failed with HTTP 503 Service Unavailable: the service is unavailable; retry after 120 s$',
    ],
    ['invalid JSON', { body: '{"totalValid": 1,' }, 'answered with malformed JSON \\(.+\\)$'],
    ['a wrong content type', { body: '<html>Sign in</html>', headers: { 'content-type': 'text/html' } }, 'answered with content type text/html, not JSON$'],
    ['a connection dropped before any answer', { cut: 'connection' }, 'could not reach the server \\(.+\\)$'],
    [
      'a connection cut halfway through the body',
      { body: JSON.stringify(DATA.summary), cut: 'body' },
      'was cut off while its answer was read \\(.+\\)$',
    ],
  ];
  for (const [name, fault, expected] of statuses) {
    it(`${name}: a clear message with Retry, reported, and Retry recovers once fixed`, async () => {
      const route = await failing(name.replace(/\W+/g, '-'), fault);
      await expectFailureThenRecovery(await mount(route.url), new RegExp(`^${route.what} ${expected}`), route.fix);
    });
  }

  it('a refused connection: a clear message with Retry, and Retry recovers once the server is back', async () => {
    const down = await outage(server);
    const base = uniqueBase('outage');
    await defineSections(server, base, { summary: DATA.summary, grants: DATA.grants });
    const url = `${down.url}${base}`;
    await expectFailureThenRecovery(
      await mount(url),
      new RegExp(`^${escape(`GET ${url}/summary`)} could not reach the server \\(.+\\)$`),
      down.restore,
    );
  });

  it('a server that never answers: a timeout with Retry, and Retry recovers once it answers', async () => {
    const route = await failing('slow', { ...GOOD, delayMs: 10_000 });
    await expectFailureThenRecovery(
      await mount(route.url, 300),
      /^The data provider did not answer summary within 0\.3 s\.$/,
      route.fix,
    );
  });

  it('a request the page abandons (the widget leaves) is aborted quietly: no error, no report', async () => {
    const route = await failing('abandoned', { ...GOOD, delayMs: 10_000 });
    const { summary, errors } = await mount(route.url);
    const base = new URL(route.url).pathname;
    await waitUntil(async () => (await requestsTo(server, `${base}/summary`)).length === 1, 'the request was not made');
    summary.remove();
    await settle();
    expect(errors).to.deep.equal([]);
    expect(message(summary)).to.equal(undefined);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
