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

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

/** Starts the server; resolves to `{ url, refusedUrl, close }`. */
export async function startFixtureServer() {
  /** @type {Map<string, {status?: number, headers?: Record<string,string>, body?: string, delayMs?: number}>} */
  const routes = new Map();
  /** @type {{path: string, query: string, headers: Record<string, string|string[]|undefined>}[]} */
  let log = [];

  const server = createServer(async (req, res) => {
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
    if (url.pathname === '/__reset') {
      routes.clear();
      log = [];
      res.writeHead(204, CORS).end();
      return;
    }

    log.push({ path: url.pathname, query: url.search, headers: req.headers });
    const answer = routes.get(url.pathname);
    if (!answer) {
      res.writeHead(404, { ...CORS, 'content-type': 'application/problem+json' });
      res.end(JSON.stringify({ title: 'Not Found', status: 404 }));
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
      res.writeHead(answer.status ?? 200, {
        ...CORS,
        'content-type': 'application/json',
        ...answer.headers,
      });
      res.end(answer.body ?? '');
    }
  });

  const port = await listen(server);
  // A port that was just free and is closed again: connecting to it is refused.
  const probe = createServer();
  const refusedPort = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));

  return {
    url: `http://127.0.0.1:${port}`,
    refusedUrl: `http://127.0.0.1:${refusedPort}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}
