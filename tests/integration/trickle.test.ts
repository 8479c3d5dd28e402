// The trickle proxy in front of a server: HTML documents arrive in pieces with pauses between them
// and whole; other files and other statuses pass through unchanged.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRICKLE, startTrickleProxy } from '../../src/lib/checks/trickle';

const html = `<!doctype html><title>t</title>${'<p>段落</p>'.repeat(600)}`;
const json = JSON.stringify({ x: 'y'.repeat(5000) });
let upstream: Server;
let proxy: Awaited<ReturnType<typeof startTrickleProxy>>;

beforeAll(async () => {
  upstream = createServer((req, res) => {
    if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html;charset=utf-8', 'content-encoding': req.headers['accept-encoding'] ? 'unexpected' : 'identity' }).end(html);
    else if (req.url === '/data.json') res.writeHead(200, { 'content-type': 'application/json' }).end(json);
    else res.writeHead(404, { 'content-type': 'text/html' }).end('<p>404</p>');
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  proxy = await startTrickleProxy(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}`);
});
afterAll(async () => {
  await proxy.close();
  await new Promise((resolve) => upstream.close(resolve));
});

/** Reads a response, noting when each piece arrived. */
async function read(path: string) {
  const res = await fetch(proxy.url + path);
  const arrivals: number[] = [];
  const parts: Uint8Array[] = [];
  const start = Date.now();
  for await (const part of res.body as unknown as AsyncIterable<Uint8Array>) {
    arrivals.push(Date.now() - start);
    parts.push(part);
  }
  return { res, text: Buffer.concat(parts).toString('utf8'), arrivals };
}

describe('startTrickleProxy', () => {
  it('delivers an HTML document whole, uncompressed, in pieces spread over time', async () => {
    const { res, text, arrivals } = await read('/');
    expect(text).toBe(html);
    expect(res.headers.get('content-encoding')).toBe('identity');
    const pieces = Math.ceil(Buffer.byteLength(html) / TRICKLE.fineBytes);
    expect(arrivals.length).toBeGreaterThan(1);
    // Each pause is at least pauseMs; allow timers to fire a little early.
    expect(arrivals.at(-1)!).toBeGreaterThanOrEqual((pieces - 1) * TRICKLE.pauseMs * 0.9);
  });

  it('passes other files and statuses through as they are', async () => {
    const data = await read('/data.json');
    expect(data.text).toBe(json);
    expect(data.res.headers.get('content-type')).toBe('application/json');
    const missing = await read('/nothing');
    expect(missing.res.status).toBe(404);
    expect(missing.text).toBe('<p>404</p>');
  });
});
