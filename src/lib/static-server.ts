// Static server for the built site, close enough to a static host (Netlify / Cloudflare Pages) that
// browser tests see the same status codes and headers, and hardened so that no request can stop it:
// `npm start`, the e2e tests and the benches all serve through startStaticServer().
//
// Libraries, and why:
// - sirv serves the 200 responses (content type, Last-Modified, streaming). Its own path lookup is
//   not trusted: every request path is checked and resolved here first (parseRequestTarget,
//   resolveFile) and sirv is handed the exact file; sirv's Range code is never reached (it crashes
//   on `bytes=5-1` and mis-reads `bytes=0-0`), so Range is answered here.
// - range-parser (jshttp; what Express's `send` uses) parses Range. 1.3.0: 2.x needs Node 22.
// - @netlify/headers-parser parses `_headers` and gives each rule Netlify's own path matcher, so a
//   rule matches here exactly as on the host. 9.0.3: 10.x needs Node ≥ 22.12, the project runs 20.
// - Compression: the `compression` middleware was considered and not taken: it compresses every
//   response again (level 9 on each request costs the 2-core CI machine during Lighthouse runs) and
//   adds brotli when the browser offers it, which would change the transfer sizes that bench:pages
//   compares with its budgets (measured as gzip). sirv's precompressed mode needs .gz files written
//   by the build, which the host does not need. So: gzip level 9 once per file version, cached.
import { createReadStream, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join, resolve, sep } from 'node:path';
import { parseAllHeaders } from '@netlify/headers-parser';
import { lookup as mimeLookup } from 'mrmime';
import parseRange from 'range-parser';
import sirv from 'sirv';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface HeaderRule {
  /** The rule's path as written (`/*`, `/plans/:slug/`). */
  for: string;
  /** Netlify's matcher for it: case-insensitive, optional trailing slash, `*` splat, `:name` segment. */
  pattern: RegExp;
  headers: [name: string, value: string][];
}

// mrmime knows nothing about these; pagefind fetches them as binary.
const EXTRA_TYPES: Record<string, string> = {
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.jsonz': 'application/octet-stream',
};

// Text the hosts compress on the fly; Pagefind's own files are already compressed.
const COMPRESSIBLE: Record<string, string> = {
  '.html': 'text/html;charset=utf-8',
  '.css': 'text/css;charset=utf-8',
  '.js': 'text/javascript;charset=utf-8',
  '.mjs': 'text/javascript;charset=utf-8',
  '.json': 'application/json;charset=utf-8',
  '.csv': 'text/csv;charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml;charset=utf-8',
  '.txt': 'text/plain;charset=utf-8',
  '.bib': 'application/x-bibtex;charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

// Host config files at the root, never served by the real hosts.
const HOST_FILES = new Set(['_headers', '_redirects']);

/** Longer request paths than this are refused (414); no file the build writes comes near it. */
export const MAX_PATH_LENGTH = 1024;

/** A static host answers only these; everything else gets 405 with this list in `Allow`. */
const ALLOWED_METHODS = 'GET, HEAD';

const extOf = (file: string): string => {
  const slash = file.lastIndexOf('/');
  const dot = file.lastIndexOf('.');
  return dot > slash ? file.slice(dot).toLowerCase() : '';
};

/** A Content-Type set by a `_headers` rule wins, as on the hosts (/feed.xml is Atom, not plain XML). */
const typeFor = (res: ServerResponse, file: string): string => String(res.getHeader('content-type') ?? contentType(file));

function contentType(file: string): string {
  const ext = extOf(file);
  const known = EXTRA_TYPES[ext] ?? COMPRESSIBLE[ext];
  if (known) return known;
  const type = mimeLookup(file);
  return type ? (type === 'text/html' ? `${type};charset=utf-8` : type) : 'application/octet-stream';
}

export type RequestTarget =
  | { pathname: string; segments: string[]; query: string }
  | { status: 400 | 414; reason: string }
  /** pathname: the decoded path, for matching `_headers` rules on the 404 page as the host does. */
  | { status: 404; reason: string; pathname: string };

/**
 * Checks a request target and decodes its path, refusing what a static host refuses. Only
 * origin-form (`/path?query`) is served. Encoded separators (%2F, %5C), NUL and other control
 * characters, malformed percent-encoding and `.`/`..` segments (clients remove those before
 * sending: RFC 3986 §5.2.4) are 400; an empty segment (`//x`), a dot-file or a host config file
 * names no page, so 404. The result is canonical: one `/` between segments, each decoded once.
 */
export function parseRequestTarget(url: string | undefined): RequestTarget {
  const raw = url ?? '';
  if (!raw.startsWith('/')) return { status: 400, reason: 'not origin-form' };
  const q = raw.indexOf('?');
  const rawPath = q === -1 ? raw : raw.slice(0, q);
  const query = q === -1 ? '' : raw.slice(q);
  if (rawPath.length > MAX_PATH_LENGTH) return { status: 414, reason: 'path too long' };
  if (/[\\#]/.test(rawPath)) return { status: 400, reason: 'backslash or # in path' };
  if (/%(?![0-9a-f]{2})/i.test(rawPath)) return { status: 400, reason: 'malformed percent-encoding' };
  if (/%(?:2f|5c|00)/i.test(rawPath)) return { status: 400, reason: 'encoded separator or NUL' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { status: 400, reason: 'percent-encoding is not UTF-8' };
  }
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return { status: 400, reason: 'control character' };
  const segments = decoded.slice(1).split('/');
  // The last segment may be empty: that is the trailing slash of a directory.
  for (const [i, segment] of segments.entries()) {
    if (segment === '.' || segment === '..') return { status: 400, reason: 'dot segment' };
    if (segment === '' && i < segments.length - 1) return { status: 404, reason: 'empty segment', pathname: decoded };
    // Dot-files (.git, .env) are never part of the site; the build writes no .well-known either.
    if (segment.startsWith('.')) return { status: 404, reason: 'dot-file', pathname: decoded };
  }
  if (HOST_FILES.has(segments[0] ?? '')) return { status: 404, reason: 'host config file', pathname: decoded };
  return { pathname: decoded, segments, query };
}

/** Parses a `_headers` file (Netlify / Cloudflare Pages format) with Netlify's own parser. */
export async function loadHeaderRules(file: string): Promise<{ rules: HeaderRule[]; errors: string[] }> {
  const { headers, errors } = await parseAllHeaders({ headersFiles: [file], configHeaders: [], minimal: false });
  const rules = headers.map((h) => ({
    for: h.for,
    pattern: 'forRegExp' in h ? h.forRegExp : new RegExp('(?!)'),
    headers: Object.entries(h.values),
  }));
  return { rules, errors: errors.map((e) => e.message.replace(/\s+/g, ' ')) };
}

function applyRules(res: ServerResponse, rules: HeaderRule[], pathname: string): void {
  const merged = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      // Both hosts join repeated headers with ", " rather than overriding.
      const prev = merged.get(key);
      merged.set(key, prev ? `${prev}, ${value}` : value);
    }
  }
  for (const [name, value] of merged) res.setHeader(name, value);
}

/** A stat that treats every failure (missing, ENAMETOOLONG, ENOTDIR, EACCES) as "no such file". */
function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** `gzip` offered with a q-value above 0 (`gzip;q=0` refuses it). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  return String(header ?? '')
    .split(',')
    .some((part) => {
      const [name, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
      if (name !== 'gzip') return false;
      const q = params.find((p) => p.startsWith('q='));
      return q === undefined || Number(q.slice(2)) > 0;
    });
}

type RangeDecision = { kind: 'full' } | { kind: 'unsatisfiable' } | { kind: 'partial'; start: number; end: number };

/**
 * Range per RFC 9110 §14. Only for GET (a HEAD or other method ignores it). Decisions:
 * - If-Range that is not this file's Last-Modified date: the file changed, send it whole.
 * - Malformed (`bytes=abc`), another unit, or several ranges that stay apart after merging
 *   overlaps: ignore Range and send 200 with the whole file, as nginx does with a spec it cannot
 *   use; the server MAY ignore Range (§14.2), and no multipart/byteranges is needed by the site.
 * - Nothing satisfiable (`bytes=5-1`, a start past the end, any range of an empty file): 416 with
 *   `Content-Range: bytes *\/size`.
 * - A suffix longer than the file (`bytes=-99999999999999999999`) means the whole file (§14.1.3),
 *   sent as 206 0-(size-1); range-parser would call it unsatisfiable, so it is clamped first.
 */
export function decideRange(header: string | undefined, ifRange: string | undefined, size: number, lastModified: string): RangeDecision {
  if (header === undefined) return { kind: 'full' };
  if (ifRange !== undefined && ifRange !== lastModified) return { kind: 'full' };
  const clamped = header.replace(/([=,]\s*)-(\d+)/g, (_m, lead: string, n: string) =>
    `${lead}-${Number(n) > size ? size : n}`,
  );
  const ranges = parseRange(size, clamped, { combine: true });
  if (ranges === -2 || (Array.isArray(ranges) && (ranges.type !== 'bytes' || ranges.length !== 1))) {
    return { kind: 'full' };
  }
  if (ranges === -1) return { kind: 'unsatisfiable' };
  const [only] = ranges;
  return only ? { kind: 'partial', start: only.start, end: only.end } : { kind: 'unsatisfiable' };
}

function plain(res: ServerResponse, status: number, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain;charset=utf-8', ...extra });
  res.end(`${status} ${STATUS_CODES[status] ?? ''}\n`);
}

/** Sends a stream; a read error (file removed by a rebuild mid-request) is a 500, not a crash. */
function pipeFile(res: ServerResponse, file: string, opts: { start?: number; end?: number } = {}): void {
  const stream = createReadStream(file, opts);
  stream.on('error', (err) => failed(res, err, file));
  stream.pipe(res);
}

function failed(res: ServerResponse, err: unknown, what: string): void {
  console.error(`static-server: 500 for ${what}: ${err instanceof Error ? err.message : String(err)}`);
  if (!res.headersSent) plain(res, 500, { Connection: 'close' });
  else res.destroy();
}

export async function startStaticServer(dir: string, port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  const root = realpathSync(resolve(dir));
  const headersFile = join(root, '_headers');
  const notFoundPage = join(root, '404.html');

  // Re-parsed when the file changes, so a rebuild while serving is picked up.
  let cachedRules: { key: string; rules: HeaderRule[] } | undefined;
  const rules = async (): Promise<HeaderRule[]> => {
    const stat = statOrUndefined(headersFile);
    const key = stat ? `${stat.mtimeMs}:${stat.size}` : 'none';
    if (cachedRules?.key !== key) {
      const loaded = stat ? await loadHeaderRules(headersFile) : { rules: [], errors: [] };
      for (const error of loaded.errors) console.error(`static-server: _headers: ${error}`);
      cachedRules = { key, rules: loaded.rules };
    }
    return cachedRules.rules;
  };

  /** The file a request path names, inside root: a file, dir/index.html, or name.html. */
  const resolveFile = (segments: string[]): { file: string; stat: Stats } | { redirect: true } | undefined => {
    const base = join(root, ...segments);
    const candidates: string[] = [];
    if (segments.at(-1) === '') candidates.push(join(base, 'index.html'));
    else {
      const stat = statOrUndefined(base);
      if (stat?.isFile()) candidates.push(base);
      // Like the real hosts, /dir → /dir/ so relative links in dir/index.html resolve the same.
      else if (stat?.isDirectory() && statOrUndefined(join(base, 'index.html'))?.isFile()) return { redirect: true };
      else candidates.push(`${base}.html`);
    }
    for (const file of candidates) {
      const stat = statOrUndefined(file);
      if (!stat?.isFile()) continue;
      // A symlink inside dist that points outside it is not served.
      let real: string;
      try {
        real = realpathSync(file);
      } catch {
        continue;
      }
      if (real.startsWith(root + sep)) return { file: real, stat };
    }
    return undefined;
  };

  const notFound = async (res: ServerResponse, pathname: string): Promise<void> => {
    res.statusCode = 404;
    applyRules(res, await rules(), pathname);
    if (statOrUndefined(notFoundPage)?.isFile()) {
      res.setHeader('Content-Type', 'text/html;charset=utf-8');
      pipeFile(res, notFoundPage);
    } else {
      res.setHeader('Content-Type', 'text/plain;charset=utf-8');
      res.end('404 Not Found');
    }
  };

  // dev: true = stat the disk per request instead of caching the file list at startup.
  const serve = sirv(root, {
    dev: true,
    etag: false,
    extensions: [],
    setHeaders(res, pathname) {
      const type = EXTRA_TYPES[extOf(pathname)];
      if (type) res.setHeader('Content-Type', type);
    },
  });

  // gzip like a static host does, so that transfer sizes measured through this server are real.
  const gzipCache = new Map<string, { mtime: number; body: Buffer }>();
  const gzipped = (file: string, stat: Stats): Buffer => {
    let cached = gzipCache.get(file);
    if (!cached || cached.mtime !== stat.mtimeMs) {
      cached = { mtime: stat.mtimeMs, body: gzipSync(readFileSync(file), { level: 9 }) };
      gzipCache.set(file, cached);
    }
    return cached.body;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // OPTIONS gets 405 too: the site makes only same-origin requests, so no browser ever sends a
    // CORS preflight here, and 405 with `Allow` already answers what OPTIONS asks.
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, { Allow: ALLOWED_METHODS });
    const target = parseRequestTarget(req.url);
    if ('status' in target) {
      return target.status === 404 ? notFound(res, target.pathname) : plain(res, target.status);
    }
    const { pathname, segments, query } = target;
    const found = resolveFile(segments);
    if (!found) return notFound(res, pathname);
    if ('redirect' in found) {
      // Built from the decoded segments, never from the raw target: always `/x…/`, so the
      // Location stays on this origin (no `//host`, no `/\host`).
      const location = `/${segments.map(encodeURIComponent).join('/')}/${query}`;
      res.writeHead(301, { Location: location });
      return void res.end();
    }
    const { file, stat } = found;
    applyRules(res, await rules(), pathname);
    const compressible = COMPRESSIBLE[extOf(file)] !== undefined;
    if (compressible) res.setHeader('Vary', 'Accept-Encoding');

    const lastModified = stat.mtime.toUTCString();
    const range = decideRange(
      req.method === 'GET' ? req.headers.range : undefined,
      [req.headers['if-range']].flat()[0],
      stat.size,
      lastModified,
    );
    if (range.kind === 'unsatisfiable') {
      res.writeHead(416, { 'Content-Range': `bytes */${stat.size}` });
      return void res.end();
    }
    if (range.kind === 'partial') {
      res.writeHead(206, {
        'Content-Type': typeFor(res, file),
        'Content-Range': `bytes ${range.start}-${range.end}/${stat.size}`,
        'Content-Length': range.end - range.start + 1,
        'Accept-Ranges': 'bytes',
        'Last-Modified': lastModified,
      });
      return pipeFile(res, file, { start: range.start, end: range.end });
    }
    if (compressible && acceptsGzip(req.headers['accept-encoding'])) {
      const body = gzipped(file, stat);
      res.writeHead(200, {
        'Content-Type': typeFor(res, file),
        'Content-Encoding': 'gzip',
        'Content-Length': body.length,
        'Last-Modified': lastModified,
      });
      return void res.end(req.method === 'HEAD' ? undefined : body);
    }
    // sirv streams the file it is handed; its own Range code must not see the header.
    delete req.headers.range;
    req.url = `/${file.slice(root.length + 1).split(sep).map(encodeURIComponent).join('/')}`;
    // sirv pipes without an error listener: add one, or a file removed mid-request ends the process.
    res.once('pipe', (src) => src.on('error', (err: Error) => failed(res, err, file)));
    serve(req, res, () => void notFound(res, pathname).catch((err: unknown) => failed(res, err, pathname)));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => failed(res, err, `${req.method} ${req.url}`));
  });
  // Requests Node's parser refuses (header overflow, bad request line) get a status and a closed
  // socket instead of an 'error' event that nobody handles.
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    if (err.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const status =
      err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  // After listening, a server error (not a request's) is logged; the server goes on.
  server.on('error', (err) => console.error(`static-server: ${err.message}`));
  const { port: bound } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${bound}`,
    close: () =>
      new Promise<void>((ok, fail) => {
        // Keep-alive sockets from the browser would otherwise hold close() open.
        server.closeAllConnections();
        server.close((err) => (err ? fail(err) : ok()));
      }),
  };
}
