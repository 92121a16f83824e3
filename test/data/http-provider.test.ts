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
    expect(request!.headers.accept).to.equal('application/json');
    expect(request!.headers.authorization).to.equal('Bearer t0ken');
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

  it('refuses to be built without a base URL', () => {
    expect(() => new HttpCreditProvider({ baseUrl: ' ' })).to.throw(TypeError, /needs a baseUrl/);
  });
});
