// A real HTTP server on 127.0.0.1 for the HTTP provider's tests. Tests define each route's
// answer (status, headers, body, delay) over HTTP, then point the provider at it, so what is
// tested is the provider's real fetch, timeouts and parsing, not a stub.
import { createServer } from 'node:http';

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-expose-headers': 'retry-after',
};

/** One Server-Sent Event carrying `data` (each line of it a `data:` line). */
function sseEvent(data) {
  return `${String(data)
    .split('\n')
    .map((line) => `data: ${line}`)
    .join('\n')}\n\n`;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

/** A port that was just free and is closed again: connecting to it is refused. */
async function freePort() {
  const probe = createServer();
  const port = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts the server; resolves to `{ url, refusedUrl, close }`. */
export async function startFixtureServer() {
  /**
   * `cut` drops the connection: `connection` before any response, `body` after the headers
   * and part of the body (a server or proxy dying mid-answer). `sse` makes the route a
   * Server-Sent Events stream that sends those events' data on connect and stays open.
   * `size` makes the body a JSON list of one string padded to that many bytes, and `chunked`
   * sends the body in pieces without a Content-Length (for the limits on large answers).
   * @type {Map<string, {status?: number, headers?: Record<string,string>, body?: string, delayMs?: number, cut?: 'connection' | 'body', sse?: string[], size?: number, chunked?: boolean}>}
   */
  const routes = new Map();
  /** The open event streams of each path, for `/__sse/*` to count, feed and end. */
  const streams = new Map();
  const streamsOf = (path) => streams.get(path) ?? new Set();
  /** Servers started on an outage's port to end it, closed with the main server. */
  const restored = [];
  /**
   * `at`: when the request arrived (ms since the epoch), for tests of retry pacing.
   * @type {{path: string, query: string, headers: Record<string, string|string[]|undefined>, at: number}[]}
   */
  let log = [];

  const handle = async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS).end();
      return;
    }
    if (url.pathname === '/__route' && req.method === 'POST') {
      const { path, ...answer } = JSON.parse(await readBody(req));
      routes.set(path, answer);
      res.writeHead(204, CORS).end();
      return;
    }
    if (url.pathname === '/__log') {
      const prefix = url.searchParams.get('prefix') ?? '';
      res.writeHead(200, { ...CORS, 'content-type': 'application/json' });
      res.end(JSON.stringify(log.filter((entry) => entry.path.startsWith(prefix))));
      return;
    }
    // An outage: an address that refuses connections until `/__outage/restore` starts this
    // same server on it, so a test can see Retry recover once the server is back.
    if (url.pathname === '/__outage' && req.method === 'POST') {
      const port = await freePort();
      res.writeHead(200, { ...CORS, 'content-type': 'application/json' });
      res.end(JSON.stringify({ url: `http://127.0.0.1:${port}`, port }));
      return;
    }
    if (url.pathname === '/__outage/restore' && req.method === 'POST') {
      const { port } = JSON.parse(await readBody(req));
      const revived = createServer(handle);
      await new Promise((resolve) => revived.listen(port, '127.0.0.1', resolve));
      restored.push(revived);
      res.writeHead(204, CORS).end();
      return;
    }
    if (url.pathname === '/__sse/open') {
      res.writeHead(200, { ...CORS, 'content-type': 'application/json' });
      res.end(JSON.stringify({ open: streamsOf(url.searchParams.get('path')).size }));
      return;
    }
    if (url.pathname === '/__sse/send' && req.method === 'POST') {
      const { path, data } = JSON.parse(await readBody(req));
      for (const stream of streamsOf(path)) stream.write(sseEvent(data));
      res.writeHead(204, CORS).end();
      return;
    }
    if (url.pathname === '/__sse/end' && req.method === 'POST') {
      const { path } = JSON.parse(await readBody(req));
      for (const stream of streamsOf(path)) stream.end();
      res.writeHead(204, CORS).end();
      return;
    }
    if (url.pathname === '/__reset') {
      routes.clear();
      log = [];
      res.writeHead(204, CORS).end();
      return;
    }

    log.push({ path: url.pathname, query: url.search, headers: req.headers, at: Date.now() });
    const answer = routes.get(url.pathname);
    if (!answer) {
      res.writeHead(404, { ...CORS, 'content-type': 'application/problem+json' });
      res.end(JSON.stringify({ title: 'Not Found', status: 404 }));
      return;
    }
    if (answer.sse) {
      openStream(url.pathname, answer.sse, res);
      return;
    }
    if (answer.cut === 'connection') {
      req.socket.destroy();
      return;
    }
    if (answer.delayMs) {
      const timer = setTimeout(send, answer.delayMs);
      // A client that gives up must not keep a timer (and the response) alive.
      req.on('close', () => {
        if (!res.writableEnded) clearTimeout(timer);
      });
    } else {
      send();
    }
    function send() {
      if (res.destroyed) return;
      const body = answer.size ? `["${'x'.repeat(Math.max(0, answer.size - 4))}"]` : (answer.body ?? '');
      res.writeHead(answer.status ?? 200, {
        ...CORS,
        'content-type': 'application/json',
        ...(answer.size && !answer.chunked ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
        ...answer.headers,
      });
      if (answer.cut === 'body') {
        // The client gets the headers and half the body; the socket dies a moment later, so
        // the break lands while the body is read, not before the response arrives.
        res.flushHeaders();
        res.write(body.slice(0, Math.ceil(body.length / 2)), () => setTimeout(() => res.destroy(), 100));
        return;
      }
      if (answer.chunked) {
        for (let at = 0; at < body.length; at += 64 * 1024) res.write(body.slice(at, at + 64 * 1024));
        res.end();
        return;
      }
      res.end(body);
    }
  };

  function openStream(path, events, res) {
    res.writeHead(200, { ...CORS, 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    res.write(': open\n\n');
    for (const data of events) res.write(sseEvent(data));
    const open = streamsOf(path);
    streams.set(path, open.add(res));
    res.on('close', () => open.delete(res));
  }

  const server = createServer(handle);
  const port = await listen(server);
  const refusedPort = await freePort();

  return {
    url: `http://127.0.0.1:${port}`,
    refusedUrl: `http://127.0.0.1:${refusedPort}`,
    close: () =>
      Promise.all(
        [server, ...restored].map(
          (each) =>
            new Promise((resolve) => {
              each.closeAllConnections();
              each.close(resolve);
            }),
        ),
      ),
  };
}
