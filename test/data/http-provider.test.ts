import { expect } from '@open-wc/testing';
import { CreditProviderError } from '../../src/data/errors.js';
import { HttpCreditProvider } from '../../src/data/http-provider.js';
import {
  defineRoute,
  defineSections,
  fixtureServer,
  requestsTo,
  uniqueBase,
  type FixtureServer,
} from '../helpers/fixture-server.js';
import { testData } from '../helpers/providers.js';

/** The error a promise rejects with, or a failure when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<CreditProviderError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(CreditProviderError);
    return error as CreditProviderError;
  }
  throw new Error('the request succeeded');
}

const signal = () => new AbortController().signal;

describe('HttpCreditProvider against a real HTTP server', () => {
  let server: FixtureServer;
  before(async () => {
    server = await fixtureServer();
  });

  it('reads every section of the REST contract', async () => {
    const base = uniqueBase('ok');
    const data = testData();
    await defineSections(server, base, {
      summary: data.summary,
      grants: data.grants,
      allocations: data.allocations,
      features: data.features,
      history: data.history.slice(0, 3),
    });
    const provider = new HttpCreditProvider({ baseUrl: server.url + base });
    expect(await provider.getSummary({ signal: signal() })).to.deep.equal(data.summary);
    expect(await provider.getGrants({ signal: signal() })).to.deep.equal(data.grants);
    expect(await provider.getAllocations({ signal: signal() })).to.deep.equal(data.allocations);
    expect(await provider.getFeatures({ signal: signal() })).to.deep.equal(data.features);
    expect(await provider.getHistory({ signal: signal(), from: '2025-11-27', to: '2026-11-26' })).to.deep.equal(
      data.history.slice(0, 3),
    );
  });

  it('asks for history with the period as from and to, and sends Accept and custom headers', async () => {
    const base = uniqueBase('query');
    await defineRoute(server, `${base}/history`, { body: '[]' });
    const provider = new HttpCreditProvider({
      baseUrl: `${server.url}${base}/`,
      headers: () => ({ authorization: 'Bearer t0ken' }),
    });
    await provider.getHistory({ signal: signal(), from: '2025-11-27', to: '2026-11-26' });
    const [request] = await requestsTo(server, base);
    expect(request!.path).to.equal(`${base}/history`);
    expect(request!.query).to.equal('?from=2025-11-27&to=2026-11-26');
    // Problem details (RFC 9457) are what the contract's errors are sent as.
    expect(request!.headers.accept).to.equal('application/json, application/problem+json');
    expect(request!.headers.authorization).to.equal('Bearer t0ken');
  });

  it("sends the host's own Accept header as given", async () => {
    const base = uniqueBase('accept');
    await defineRoute(server, `${base}/summary`, { body: JSON.stringify(testData().summary) });
    const provider = new HttpCreditProvider({ baseUrl: server.url + base, headers: { Accept: 'application/vnd.credits.v2+json' } });
    await provider.getSummary({ signal: signal() });
    const [request] = await requestsTo(server, base);
    expect(request!.headers.accept).to.equal('application/vnd.credits.v2+json');
  });

  it('keeps the query of the base URL on every request, merged with its own, and drops a fragment', async () => {
    const base = uniqueBase('tenant');
    await defineSections(server, base, { summary: testData().summary, history: [] });
    const provider = new HttpCreditProvider({ baseUrl: `${server.url}${base}/?tenant=7&region=eu#section` });
    await provider.getSummary({ signal: signal() });
    await provider.getHistory({ signal: signal(), from: '2025-11-27', to: '2026-11-26' });
    const requests = await requestsTo(server, base);
    expect(requests.map((request) => `${request.path}${request.query}`)).to.deep.equal([
      `${base}/summary?tenant=7&region=eu`,
      `${base}/history?tenant=7&region=eu&from=2025-11-27&to=2026-11-26`,
    ]);
  });

  it('refuses a base URL that is blank, not a URL, or not http(s)', () => {
    for (const baseUrl of [' ', '\u00a0\u200b', '\t\n']) {
      expect(() => new HttpCreditProvider({ baseUrl }), JSON.stringify(baseUrl)).to.throw(TypeError, /needs a baseUrl/);
    }
    expect(() => new HttpCreditProvider({ baseUrl: 'http://[oops/api' })).to.throw(TypeError, /baseUrl must be a URL, such as "\/api\/credits" \(got the text "http:\/\/\[oops\/api"\)/);
    expect(() => new HttpCreditProvider({ baseUrl: 'javascript:alert(1)' })).to.throw(TypeError, /baseUrl must be an http or https URL/);
  });

  it('refuses a timeout or size limit a request cannot keep, naming the option', () => {
    const baseUrl = '/api/credits';
    for (const [timeoutMs, got] of [[NaN, 'not-a-number'], [-1, '-1'], [0, '0'], [Infinity, 'an infinite number'], [3_000_000_000, '3000000000']] as const) {
      expect(() => new HttpCreditProvider({ baseUrl, timeoutMs }), String(timeoutMs)).to.throw(
        RangeError,
        `HttpCreditProvider timeoutMs must be a whole number of milliseconds from 1 to 2147483647 (got ${got})`,
      );
    }
    for (const maxBytes of [NaN, 0, -5, 1.5, Infinity]) {
      expect(() => new HttpCreditProvider({ baseUrl, maxBytes }), String(maxBytes)).to.throw(RangeError, /^HttpCreditProvider maxBytes must be a whole number of bytes/);
    }
  });

  it('turns a 404 into an error that names the URL and the status', async () => {
    const base = uniqueBase('missing');
    const provider = new HttpCreditProvider({ baseUrl: server.url + base });
    const error = await rejection(provider.getSummary({ signal: signal() }));
    expect(error.failure).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.message).to.equal(
      `GET ${server.url}${base}/summary failed with HTTP 404 Not Found: no such resource: check the provider's base URL`,
    );
  });

  it('turns a 500 into a server error', async () => {
    const base = uniqueBase('boom');
    await defineRoute(server, `${base}/grants`, { status: 500, body: '{"title":"boom"}' });
    const error = await rejection(new HttpCreditProvider({ baseUrl: server.url + base }).getGrants({ signal: signal() }));
    expect(error.status).to.equal(500);
    expect(error.message).to.match(/failed with HTTP 500 Internal Server Error: the server failed$/);
  });

  it('gives up after timeoutMs when the server is slow', async () => {
    const base = uniqueBase('slow');
    await defineRoute(server, `${base}/summary`, { body: '{}', delayMs: 5000 });
    const provider = new HttpCreditProvider({ baseUrl: server.url + base, timeoutMs: 150 });
    const error = await rejection(provider.getSummary({ signal: signal() }));
    expect(error.failure).to.equal('timeout');
    expect(error.message).to.equal(`GET ${server.url}${base}/summary did not answer within 0.15 s`);
  });

  it('reports malformed JSON as a parse error', async () => {
    const base = uniqueBase('malformed');
    await defineRoute(server, `${base}/features`, { body: '[{"id": "a",' });
    const error = await rejection(new HttpCreditProvider({ baseUrl: server.url + base }).getFeatures({ signal: signal() }));
    expect(error.failure).to.equal('parse');
    expect(error.message).to.match(/features answered with malformed JSON \(.+\)$/);
  });

  it('rejects a body that is not JSON by its content type', async () => {
    const base = uniqueBase('html');
    await defineRoute(server, `${base}/summary`, { body: '<html></html>', headers: { 'content-type': 'text/html' } });
    const error = await rejection(new HttpCreditProvider({ baseUrl: server.url + base }).getSummary({ signal: signal() }));
    expect(error.failure).to.equal('content-type');
    expect(error.message).to.equal(`GET ${server.url}${base}/summary answered with content type text/html, not JSON`);
  });

  it('reports an aborted request as aborted, not as a failure of the server', async () => {
    const base = uniqueBase('aborted');
    await defineRoute(server, `${base}/summary`, { body: '{}', delayMs: 5000 });
    const controller = new AbortController();
    const pending = new HttpCreditProvider({ baseUrl: server.url + base }).getSummary({ signal: controller.signal });
    controller.abort();
    const error = await rejection(pending);
    expect(error.failure).to.equal('aborted');
  });

  it('passes on Retry-After of a 503', async () => {
    const base = uniqueBase('unavailable');
    await defineRoute(server, `${base}/summary`, { status: 503, headers: { 'retry-after': '120' }, body: '{}' });
    const error = await rejection(new HttpCreditProvider({ baseUrl: server.url + base }).getSummary({ signal: signal() }));
    expect(error.retryAfter).to.equal(120);
    expect(error.message).to.match(/HTTP 503 Service Unavailable: the service is unavailable; retry after 120 s$/);
  });

  it('says so when the server cannot be reached', async () => {
    const error = await rejection(new HttpCreditProvider({ baseUrl: server.refusedUrl }).getSummary({ signal: signal() }));
    expect(error.failure).to.equal('network');
    expect(error.message).to.match(new RegExp(`^GET ${server.refusedUrl}/summary could not reach the server`));
  });

  it('explains 401 and 403 in words', async () => {
    const base = uniqueBase('auth');
    await defineRoute(server, `${base}/summary`, { status: 401, body: '{}' });
    await defineRoute(server, `${base}/grants`, { status: 403, body: '{}' });
    const provider = new HttpCreditProvider({ baseUrl: server.url + base });
    expect((await rejection(provider.getSummary({ signal: signal() }))).message).to.match(/not signed in, or the session has expired$/);
    expect((await rejection(provider.getGrants({ signal: signal() }))).message).to.match(/this account may not read credit data$/);
  });

  it('reads the title and detail of application/problem+json error bodies into the message', async () => {
    const base = uniqueBase('problem');
    await defineRoute(server, `${base}/summary`, {
      status: 403,
      headers: { 'content-type': 'application/problem+json' },
      body: JSON.stringify({ type: 'https://errors.example/tenant', title: 'Tenant suspended', detail: 'Tenant 7 is suspended until the invoice is paid.', status: 403 }),
    });
    const error = await rejection(new HttpCreditProvider({ baseUrl: server.url + base }).getSummary({ signal: signal() }));
    expect(error.message).to.equal(
      `GET ${server.url}${base}/summary failed with HTTP 403 Forbidden: this account may not read credit data (the server says: Tenant suspended: Tenant 7 is suspended until the invoice is paid.)`,
    );
    expect([error.code, error.status]).to.deep.equal(['auth', 403]);
  });

  it('gives each failure the code a host acts on', async () => {
    const base = uniqueBase('codes');
    await defineRoute(server, `${base}/summary`, { status: 401, body: '{}' });
    await defineRoute(server, `${base}/grants`, { status: 502, body: '{}' });
    await defineRoute(server, `${base}/allocations`, { body: '{"oops"' });
    await defineRoute(server, `${base}/features`, { body: '<p>', headers: { 'content-type': 'text/html' } });
    const provider = new HttpCreditProvider({ baseUrl: server.url + base });
    const codes = await Promise.all(
      [provider.getSummary({ signal: signal() }), provider.getGrants({ signal: signal() }), provider.getAllocations({ signal: signal() }), provider.getFeatures({ signal: signal() })].map(
        async (answer) => (await rejection(answer)).code,
      ),
    );
    expect(codes).to.deep.equal(['auth', 'http', 'invalid-data', 'invalid-data']);
    expect((await rejection(new HttpCreditProvider({ baseUrl: server.refusedUrl }).getSummary({ signal: signal() }))).code).to.equal('network');
  });

  it('ignores a Retry-After no one should wait for', async () => {
    const base = uniqueBase('retry-after');
    await defineRoute(server, `${base}/summary`, { status: 503, headers: { 'retry-after': '99999999999999999999' }, body: '{}' });
    const error = await rejection(new HttpCreditProvider({ baseUrl: server.url + base }).getSummary({ signal: signal() }));
    expect(error.retryAfter).to.equal(undefined);
    expect(error.message).to.match(/HTTP 503 Service Unavailable: the service is unavailable$/);
  });

  describe('answers too large to read', () => {
    it('refuses a body whose Content-Length is over maxBytes, before reading it', async () => {
      const base = uniqueBase('too-long');
      await defineRoute(server, `${base}/features`, { size: 5_000 });
      const error = await rejection(new HttpCreditProvider({ baseUrl: server.url + base, maxBytes: 4_096 }).getFeatures({ signal: signal() }));
      expect(error.failure).to.equal('too-large');
      expect(error.code).to.equal('invalid-data');
      expect(error.message).to.equal(
        `GET ${server.url}${base}/features answered with 5000 bytes, more than the limit of 4096 bytes (maxBytes): too large to read`,
      );
    });

    it('stops reading a body without a Content-Length once it passes maxBytes', async () => {
      const base = uniqueBase('too-long-chunked');
      await defineRoute(server, `${base}/features`, { size: 300_000, chunked: true });
      const error = await rejection(new HttpCreditProvider({ baseUrl: server.url + base, maxBytes: 100_000 }).getFeatures({ signal: signal() }));
      expect(error.message).to.equal(
        `GET ${server.url}${base}/features answered with more than the limit of 100000 bytes (maxBytes): too large to read`,
      );
    });

    it('reads a body of exactly maxBytes', async () => {
      const base = uniqueBase('just-fits');
      await defineRoute(server, `${base}/features`, { size: 4_096, chunked: true });
      const body = await new HttpCreditProvider({ baseUrl: server.url + base, maxBytes: 4_096 }).getFeatures({ signal: signal() });
      expect(JSON.stringify(body)).to.have.length(4_096);
    });

    it('refuses an 11 MB answer by default, without parsing it', async () => {
      const base = uniqueBase('eleven-mb');
      await defineRoute(server, `${base}/features`, { size: 11 * 1024 * 1024, chunked: true });
      const provider = new HttpCreditProvider({ baseUrl: server.url + base });
      expect(provider.maxBytes).to.equal(10 * 1024 * 1024);
      const error = await rejection(provider.getFeatures({ signal: signal() }));
      expect(error.message).to.match(/answered with more than the limit of 10485760 bytes \(maxBytes\): too large to read$/);
    });
  });

  it('refuses to be built without a base URL', () => {
    expect(() => new HttpCreditProvider({ baseUrl: ' ' })).to.throw(TypeError, /needs a baseUrl/);
  });
});
