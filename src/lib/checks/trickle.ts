/**
 * Pages delivered slowly, so that the layout check sees what a reader on a slow line (or a slow
 * phone, whose parser yields mid-document) sees: the browser paints each part of the HTML as it
 * arrives, and anything painted early that moves when the rest arrives is a layout shift — a table
 * whose columns widen when a later row brings longer text, a header line that grows when its
 * search box arrives. Loaded at full speed on a quiet machine the page is painted once, complete,
 * and such shifts show only by chance (CI saw /en/ at 0.155 once; locally never at full speed).
 *
 * A proxy in front of the static server: HTML documents are fetched whole (uncompressed) and
 * written in chunks with a pause after each; everything else passes through untouched. Hand-written
 * (Node's http): `http-proxy` was considered, but it streams bodies as they come and offers no
 * pacing; the pacing is the point.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * How an HTML document is cut. The first screen is built from the first tens of kilobytes (head
 * with the inlined stylesheet, header, the start of main): cut finely there, so each element's
 * arrival gets a paint of its own; after it, coarser cuts still let a long table arrive in parts.
 */
export const TRICKLE = {
  fineBytes: 1024,
  fineUpTo: 32 * 1024,
  coarseBytes: 16 * 1024,
  /** Longer than a frame (16 ms) with room for a loaded machine: the browser paints in between. */
  pauseMs: 30,
} as const;

/** The sizes of the chunks a body of `length` bytes is written in (they sum to `length`). */
export function trickleChunks(length: number, plan: { fineBytes: number; fineUpTo: number; coarseBytes: number } = TRICKLE): number[] {
  const sizes: number[] = [];
  let sent = 0;
  while (sent < length) {
    const size = Math.min(sent < plan.fineUpTo ? plan.fineBytes : plan.coarseBytes, length - sent);
    sizes.push(size);
    sent += size;
  }
  return sizes;
}

const isHtml = (res: IncomingMessage) => /^text\/html\b/i.test(String(res.headers['content-type'] ?? ''));

/** A proxy to `upstream` (an http://host:port origin) that trickles HTML documents. */
export async function startTrickleProxy(upstream: string): Promise<{ url: string; close: () => Promise<void> }> {
  const target = new URL(upstream);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const headers = { ...req.headers, host: target.host };
    // Uncompressed, so the chunks are cuts of the document itself and not of a gzip stream.
    delete headers['accept-encoding'];
    const upstreamReq = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers }, (up) => {
      if (!isHtml(up) || req.method !== 'GET') {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
        return;
      }
      const parts: Buffer[] = [];
      up.on('data', (b: Buffer) => parts.push(b));
      up.on('end', async () => {
        const body = Buffer.concat(parts);
        const { 'content-length': _length, 'transfer-encoding': _encoding, ...rest } = up.headers;
        res.writeHead(up.statusCode ?? 200, { ...rest, 'content-length': body.length });
        let offset = 0;
        for (const size of trickleChunks(body.length)) {
          if (res.destroyed) return;
          res.write(body.subarray(offset, offset + size));
          offset += size;
          if (offset < body.length) await sleep(TRICKLE.pauseMs);
        }
        res.end();
      });
    });
    upstreamReq.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstreamReq);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
