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
 * every way the backend or the network can fail becomes plain words for the user and a
 * technical message that says what happened and where (under Details, and reported through
 * `credit-data-error` with its code and HTTP status); once the server is fixed, Retry shows
 * the data.
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

const failure = (summary: CreditSummaryElement) => shadow(summary).querySelector('.state.error');
const plainWords = (summary: CreditSummaryElement) => failure(summary)?.querySelector('.message')?.textContent?.trim();
const technical = (summary: CreditSummaryElement) => failure(summary)?.querySelector('[part~="error-details"] .technical')?.textContent?.trim();
const balance = (summary: CreditSummaryElement) =>
  textOf(shadow(summary).querySelector('[part~="figure-balance"] [part~="value"]') ?? shadow(summary));

/** What the user reads for each kind of failure. */
const PLAIN: Record<CreditDataErrorDetail['code'], string> = {
  network: 'Could not reach the credit service.',
  timeout: 'The credit service did not answer in time.',
  http: 'The credit service could not answer.',
  auth: 'Sign in again to see your credits.',
  'invalid-data': 'The credit service sent data the page cannot use.',
  provider: 'The credit data could not be loaded.',
};

/**
 * The widget shows the plain words of `code` with Retry, the technical message matching
 * `expected` under Details, and reports it once with its code and status; `fix()` then Retry
 * recovers.
 */
async function expectFailureThenRecovery(
  { summary, errors }: Mounted,
  expected: RegExp,
  fix: () => Promise<void>,
  code: CreditDataErrorDetail['code'],
  status?: number,
): Promise<void> {
  await waitUntil(() => technical(summary), 'no error was shown', { timeout: 5000 });
  const message = technical(summary)!;
  expect(message).to.match(expected);
  expect(plainWords(summary)).to.equal(PLAIN[code]);
  const reported = status === undefined ? { section: 'summary', message, code } : { section: 'summary', message, code, status };
  expect(errors.filter((error) => error.section === 'summary')).to.deep.equal([reported]);
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

  const statuses: [string, RouteAnswer, string, CreditDataErrorDetail['code'], number?][] = [
    ['401', { status: 401, body: '{}' }, 'failed with HTTP 401 Unauthorized: not signed in, or the session has expired$', 'auth', 401],
    ['403', { status: 403, body: '{}' }, 'failed with HTTP 403 Forbidden: this account may not read credit data$', 'auth', 403],
    ['404', { status: 404, body: '{}' }, "failed with HTTP 404 Not Found: no such resource: check the provider's base URL$", 'http', 404],
    ['500', { status: 500, body: '{}' }, 'failed with HTTP 500 Internal Server Error: the server failed$', 'http', 500],
    [
      '503 with Retry-After',
      { status: 503, headers: { 'retry-after': '120' }, body: '{}' },
      'failed with HTTP 503 Service Unavailable: the service is unavailable; retry after 120 s$',
      'http',
      503,
    ],
    [
      '502 with problem details',
      { status: 502, headers: { 'content-type': 'application/problem+json' }, body: JSON.stringify({ title: 'Upstream down', detail: 'The billing service did not answer.' }) },
      'failed with HTTP 502 Bad Gateway: the server failed \\(the server says: Upstream down: The billing service did not answer\\.\\)$',
      'http',
      502,
    ],
    ['invalid JSON', { body: '{"totalValid": 1,' }, 'answered with malformed JSON \\(.+\\)$', 'invalid-data', 200],
    ['a wrong content type', { body: '<html>Sign in</html>', headers: { 'content-type': 'text/html' } }, 'answered with content type text/html, not JSON$', 'invalid-data', 200],
    ['a connection dropped before any answer', { cut: 'connection' }, 'could not reach the server \\(.+\\)$', 'network'],
    [
      'a connection cut halfway through the body',
      { body: JSON.stringify(DATA.summary), cut: 'body' },
      'was cut off while its answer was read \\(.+\\)$',
      'network',
    ],
  ];
  for (const [name, fault, expected, code, status] of statuses) {
    it(`${name}: plain words with Retry, the technical message reported, and Retry recovers once fixed`, async () => {
      const route = await failing(name.replace(/\W+/g, '-'), fault);
      await expectFailureThenRecovery(await mount(route.url), new RegExp(`^${route.what} ${expected}`), route.fix, code, status);
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
      'network',
    );
  });

  it('a server that never answers: a timeout with Retry, and Retry recovers once it answers', async () => {
    const route = await failing('slow', { ...GOOD, delayMs: 10_000 });
    // The HTTP provider's own timeout fires first: its message names the URL it waited for.
    await expectFailureThenRecovery(await mount(route.url, 300), new RegExp(`^${route.what} did not answer within 0\\.3 s$`), route.fix, 'timeout');
  });

  it('a full outage: one Retry brings back every section of the widget', async () => {
    const down = await outage(server);
    const base = uniqueBase('full-outage');
    await defineSections(server, base, { summary: DATA.summary, grants: DATA.grants });
    const { summary } = await mount(`${down.url}${base}`);
    await waitUntil(() => technical(summary), 'no error was shown', { timeout: 5000 });
    await down.restore();
    shadow(summary).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await waitUntil(() => balance(summary) === BALANCE, 'Retry did not bring the figures back', { timeout: 5000 });
    await waitUntil(() => shadow(summary).querySelector('[part~="breakdown-legend"]'), 'the breakdown needed a second Retry', { timeout: 5000 });
    expect(shadow(summary).querySelector('[role="alert"]')).to.equal(null);
  });

  it('a request the page abandons (the widget leaves) is aborted quietly: no error, no report', async () => {
    const route = await failing('abandoned', { ...GOOD, delayMs: 10_000 });
    const { summary, errors } = await mount(route.url);
    const base = new URL(route.url).pathname;
    await waitUntil(async () => (await requestsTo(server, `${base}/summary`)).length === 1, 'the request was not made');
    summary.remove();
    await settle();
    expect(errors).to.deep.equal([]);
    expect(failure(summary)).to.equal(null);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
