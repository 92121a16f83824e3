import { executeServerCommand } from '@web/test-runner-commands';

/** The test-only HTTP server on 127.0.0.1 (test/server/fixture-server.mjs). */
export interface FixtureServer {
  url: string;
  /** An address where nothing listens: connecting is refused. */
  refusedUrl: string;
}

export interface RouteAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  delayMs?: number;
  /** Drop the connection: before any response, or after the headers and half the body. */
  cut?: 'connection' | 'body';
  /** Answer as a Server-Sent Events stream: send these events' data on connect, then stay open. */
  sse?: string[];
  /** The body is a JSON list of one string, padded to this many bytes. */
  size?: number;
  /** Send the body in pieces, without a Content-Length. */
  chunked?: boolean;
}

export async function fixtureServer(): Promise<FixtureServer> {
  const server = await executeServerCommand<FixtureServer, undefined>('fixture-server');
  if (!server) throw new Error('the fixture-server command is not available');
  return server;
}

/** Makes the server answer GET `path` with `answer`. */
export async function defineRoute(server: FixtureServer, path: string, answer: RouteAnswer): Promise<void> {
  const response = await fetch(`${server.url}/__route`, { method: 'POST', body: JSON.stringify({ path, ...answer }) });
  if (!response.ok) throw new Error(`could not define ${path}`);
}

/** Makes the server answer every section under `base` with JSON of `data`. */
export async function defineSections(server: FixtureServer, base: string, data: Record<string, unknown>): Promise<void> {
  for (const [section, value] of Object.entries(data)) {
    await defineRoute(server, `${base}/${section}`, { body: JSON.stringify(value) });
  }
}

/** An address that refuses connections until `restore()` starts the fixture server on it. */
export interface Outage {
  url: string;
  restore(): Promise<void>;
}

export async function outage(server: FixtureServer): Promise<Outage> {
  const response = await fetch(`${server.url}/__outage`, { method: 'POST' });
  const { url, port } = (await response.json()) as { url: string; port: number };
  return {
    url,
    restore: async () => {
      const restored = await fetch(`${server.url}/__outage/restore`, { method: 'POST', body: JSON.stringify({ port }) });
      if (!restored.ok) throw new Error(`could not restore ${url}`);
    },
  };
}

export interface LoggedRequest {
  path: string;
  query: string;
  headers: Record<string, string | string[] | undefined>;
  /** When the server received it, ms since the epoch (the server's clock). */
  at: number;
}

/** The requests the server received whose path starts with `prefix`. */
export async function requestsTo(server: FixtureServer, prefix: string): Promise<LoggedRequest[]> {
  const response = await fetch(`${server.url}/__log?prefix=${encodeURIComponent(prefix)}`);
  return response.json();
}

let counter = 0;
/** A path prefix no other test uses, so tests never see each other's routes. */
export function uniqueBase(name: string): string {
  return `/t${++counter}-${Math.random().toString(36).slice(2, 8)}-${name}`;
}

/** How many event streams on `path` (an `sse` route) are open now. */
export async function openStreams(server: FixtureServer, path: string): Promise<number> {
  const response = await fetch(`${server.url}/__sse/open?path=${encodeURIComponent(path)}`);
  return ((await response.json()) as { open: number }).open;
}

/** Sends one event with `data` on every open stream of `path`. */
export async function sendEvent(server: FixtureServer, path: string, data: string): Promise<void> {
  const response = await fetch(`${server.url}/__sse/send`, { method: 'POST', body: JSON.stringify({ path, data }) });
  if (!response.ok) throw new Error(`could not send an event on ${path}`);
}

/** Ends every open stream of `path` from the server's side, as a restarting server would. */
export async function endStreams(server: FixtureServer, path: string): Promise<void> {
  const response = await fetch(`${server.url}/__sse/end`, { method: 'POST', body: JSON.stringify({ path }) });
  if (!response.ok) throw new Error(`could not end the streams of ${path}`);
}
