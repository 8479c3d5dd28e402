// Static server for the built site, close enough to a static host (Netlify /
// Cloudflare Pages) that browser tests see the same status codes and headers.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve, sep } from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

interface HeaderRule {
  pattern: RegExp;
  headers: [name: string, value: string][];
}

// sirv (via mrmime) knows nothing about these; pagefind fetches them as binary.
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
};

// Host config files, never served by real static hosts.
const HIDDEN = new Set(['/_headers', '/_redirects']);

/** `/*` → splat, `:name` → one segment; anything else literal. */
function patternToRegExp(pattern: string): RegExp {
  const src = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) =>
      part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${src}$`);
}

/** Parses the `_headers` format: unindented path line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      // Absolute-URL rules (https://host/path) target other hostnames; skip them.
      current = line.startsWith('/') ? { pattern: patternToRegExp(line), headers: [] } : undefined;
      if (current) rules.push(current);
      continue;
    }
    const colon = line.indexOf(':');
    if (current && colon > 0) current.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
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

function pathnameOf(url: string | undefined): string {
  const path = (url ?? '/').split('?')[0] ?? '/';
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

export async function startStaticServer(dir: string, port = 0): Promise<StaticServer> {
  const root = resolve(dir);
  const headersFile = join(root, '_headers');
  const notFoundPage = join(root, '404.html');

  // Re-read per request: cheap, and a rebuild while serving is picked up.
  const rules = (): HeaderRule[] => (existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : []);

  const notFound = (res: ServerResponse, pathname: string): void => {
    res.statusCode = 404;
    applyRules(res, rules(), pathname);
    if (existsSync(notFoundPage)) {
      res.setHeader('Content-Type', 'text/html;charset=utf-8');
      createReadStream(notFoundPage).pipe(res);
    } else {
      res.setHeader('Content-Type', 'text/plain;charset=utf-8');
      res.end('404 Not Found');
    }
  };

  // dev: true = stat the disk per request instead of caching the file list at startup.
  const serve = sirv(root, {
    dev: true,
    etag: false,
    setHeaders(res, pathname) {
      const ext = pathname.slice(pathname.lastIndexOf('.')).toLowerCase();
      const type = EXTRA_TYPES[ext];
      if (type) res.setHeader('Content-Type', type);
      applyRules(res, rules(), pathname);
    },
  });

  // gzip like a static host does, so that transfer sizes measured through this server are real.
  const gzipCache = new Map<string, { mtime: number; body: Buffer }>();
  const sendGzipped = (req: IncomingMessage, res: ServerResponse, pathname: string): boolean => {
    if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return false;
    const file = join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    const type = COMPRESSIBLE[file.slice(file.lastIndexOf('.')).toLowerCase()];
    if (!type || !file.startsWith(root + sep)) return false;
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile()) return false;
    const mtime = stat.mtimeMs;
    let cached = gzipCache.get(file);
    if (!cached || cached.mtime !== mtime) {
      cached = { mtime, body: gzipSync(readFileSync(file), { level: 9 }) };
      gzipCache.set(file, cached);
    }
    res.statusCode = 200;
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Content-Length', cached.body.length);
    applyRules(res, rules(), pathname);
    res.end(req.method === 'HEAD' ? undefined : cached.body);
    return true;
  };

  const server = createServer((req, res) => {
    const pathname = pathnameOf(req.url);
    if (HIDDEN.has(pathname)) return notFound(res, pathname);
    // Like the real hosts, /dir → /dir/ so relative links in dir/index.html resolve the same.
    const dirIndex = join(root, pathname, 'index.html');
    if (!pathname.endsWith('/') && dirIndex.startsWith(root + sep) && existsSync(dirIndex)) {
      const query = /\?.*$/.exec(req.url ?? '')?.[0] ?? '';
      res.writeHead(301, { Location: `${encodeURI(pathname)}/${query}` });
      return res.end();
    }
    if (sendGzipped(req, res, pathname)) return;
    serve(req, res, () => notFound(res, pathname));
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((ok, fail) => {
        // Keep-alive sockets from the browser would otherwise hold close() open.
        server.closeAllConnections();
        server.close((err) => (err ? fail(err) : ok()));
      }),
  };
}
