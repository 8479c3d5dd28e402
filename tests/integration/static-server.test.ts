// The local server (`npm start`, and every e2e test and bench) against hostile requests: each gets
// a status a static host would give, none ends the process or leaks a file it must not serve, and
// the server still answers afterwards. Raw `net` sockets, because http.request / fetch would
// normalise exactly the bytes under test (NUL, `//`, `/./`, bad encodings, methods).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../src/lib/static-server';

// Markers that must never appear in a response body.
const HEADERS_MARKER = 'HEADERS-FILE-MARKER-7f3a';
const OUTSIDE_MARKER = 'OUTSIDE-ROOT-MARKER-91c2';
const DOTFILE_MARKER = 'DOTFILE-MARKER-5be0';
const INDEX_TEXT = 'fixture home page';

interface RawResponse {
  /** 0 when the server closed the connection without a status line, -1 when it never answered. */
  status: number;
  head: string;
  body: string;
}

/** Sends bytes as they are and reads until the server closes (every request says Connection: close). */
function raw(url: URL, bytes: string | Buffer): Promise<RawResponse> {
  return new Promise((done) => {
    const socket = connect(Number(url.port), url.hostname);
    const chunks: Buffer[] = [];
    let timedOut = false;
    socket.setTimeout(10_000, () => {
      timedOut = true;
      socket.destroy();
    });
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', () => undefined); // a reset after the answer is fine: what was read counts
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const head = split === -1 ? text : text.slice(0, split);
      const status = timedOut ? -1 : Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
      done({ status, head, body: split === -1 ? '' : text.slice(split + 4) });
    });
    socket.write(bytes);
  });
}

const get = (path: string, headers: string[] = [], method = 'GET'): string =>
  [`${method} ${path} HTTP/1.1`, 'Host: localhost', 'Connection: close', ...headers, '', ''].join('\r\n');

const headerOf = (head: string, name: string): string | undefined =>
  new RegExp(`^${name}: *(.*)$`, 'im').exec(head)?.[1]?.trim();

interface Case {
  name: string;
  request: string | Buffer;
  /** Acceptable statuses; 0 = the server closed the connection without answering. */
  expect: number[];
}

const manyRanges = Array.from({ length: 200 }, (_, i) => `${i * 3}-${i * 3}`).join(',');

const CASES: Case[] = [
  // Findings of issue 10, each reproduced on main before this change.
  { name: 'NUL before .html with gzip', request: get('/index.html%00.html', ['Accept-Encoding: gzip']), expect: [400] },
  { name: 'NUL in a page name', request: get('/a%00.html'), expect: [400] },
  { name: 'inverted range', request: get('/index.html', ['Range: bytes=5-1']), expect: [416] },
  { name: 'huge suffix range', request: get('/index.html', ['Range: bytes=-99999999999999999999']), expect: [206] },
  { name: 'non-numeric range', request: get('/index.html', ['Range: bytes=abc']), expect: [200] },
  { name: '//sub (was an open redirect)', request: get('//sub'), expect: [404, 400] },
  { name: '//host-like path', request: get('//evil.example/'), expect: [404, 400] },
  { name: '/_headers', request: get('/_headers'), expect: [404] },
  { name: '/_headers/', request: get('/_headers/'), expect: [404] },
  { name: '/./_headers', request: get('/./_headers'), expect: [400, 404] },
  { name: '//_headers', request: get('//_headers'), expect: [400, 404] },
  { name: '/%5fheaders', request: get('/%5fheaders'), expect: [404] },
  { name: '/_headers with gzip', request: get('/_headers', ['Accept-Encoding: gzip']), expect: [404] },
  { name: '/sub/../_headers', request: get('/sub/../_headers'), expect: [400, 404] },
  { name: '/%2e/_headers', request: get('/%2e/_headers'), expect: [400, 404] },
  { name: '/_headers%00', request: get('/_headers%00'), expect: [400, 404] },
  { name: '/_redirects', request: get('/_redirects'), expect: [404] },
  { name: 'POST', request: get('/', ['Content-Length: 0'], 'POST'), expect: [405] },
  { name: 'PUT', request: get('/index.html', ['Content-Length: 3'], 'PUT') + 'abc', expect: [405] },
  { name: 'DELETE', request: get('/index.html', [], 'DELETE'), expect: [405] },
  { name: 'PATCH', request: get('/', [], 'PATCH'), expect: [405] },
  { name: 'OPTIONS', request: get('/', [], 'OPTIONS'), expect: [405] },
  { name: 'OPTIONS *', request: get('*', [], 'OPTIONS'), expect: [400, 405] },
  { name: 'TRACE', request: get('/', [], 'TRACE'), expect: [405] },
  { name: 'unknown method', request: get('/', [], 'BREW'), expect: [400, 405] },
  { name: 'CONNECT', request: 'CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n', expect: [0, 400, 405] },
  // Traversal and encodings.
  { name: '../ outside the root', request: get('/../outside.txt'), expect: [400, 404] },
  { name: '%2e%2e/ outside the root', request: get('/%2e%2e/outside.txt'), expect: [400, 404] },
  { name: '%2E%2E%2F encoded', request: get('/%2E%2E%2Foutside.txt'), expect: [400, 404] },
  { name: 'sub/..%2f..%2f', request: get('/sub/..%2f..%2foutside.txt'), expect: [400, 404] },
  { name: '..%5c backslash', request: get('/..%5coutside.txt'), expect: [400, 404] },
  { name: 'raw backslash', request: get('/sub\\..\\..\\outside.txt'), expect: [400, 404] },
  { name: '/\\host', request: get('/\\evil.example/'), expect: [400, 404] },
  { name: 'double-encoded dots', request: get('/%252e%252e/outside.txt'), expect: [400, 404] },
  { name: 'overlong UTF-8 dot', request: get('/%c0%ae%c0%ae/outside.txt'), expect: [400, 404] },
  { name: 'malformed %zz', request: get('/%zz'), expect: [400] },
  { name: 'lone %', request: get('/index%'), expect: [400] },
  { name: 'truncated UTF-8', request: get('/%e4%b8'), expect: [400] },
  { name: 'encoded control char', request: get('/a%0d%0aSet-Cookie:x'), expect: [400] },
  { name: 'dot-file', request: get('/.secret'), expect: [404] },
  { name: 'dot-file in a directory', request: get('/sub/.secret'), expect: [404] },
  { name: 'encoded dot-file', request: get('/%2esecret'), expect: [404] },
  { name: 'symlink to a file outside', request: get('/link.txt'), expect: [404] },
  { name: 'absolute-form target', request: get('http://evil.example/'), expect: [400] },
  { name: 'file with trailing slash', request: get('/sub/index.html/'), expect: [404] },
  { name: 'Chinese path', request: get('/%E7%A7%91%E6%99%AE/'), expect: [404] },
  { name: 'raw non-ASCII bytes', request: Buffer.from('GET /\xe7\xa7\x91 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 'latin1'), expect: [400, 404] },
  { name: 'space in path', request: 'GET /a b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', expect: [400] },
  // Size limits.
  { name: '10,000-character path', request: get(`/${'a'.repeat(10_000)}`), expect: [400, 404, 414] },
  { name: '10,000-character segment list', request: get(`/${'a/'.repeat(5_000)}`), expect: [400, 404, 414] },
  { name: '300-character segment', request: get(`/${'b'.repeat(300)}.html`), expect: [404] },
  { name: 'header overflow', request: get('/', [`X-Big: ${'x'.repeat(70_000)}`]), expect: [0, 400, 431] },
  { name: 'many headers', request: get('/', Array.from({ length: 3000 }, (_, i) => `X-H${i}: v`)), expect: [0, 200, 400, 431] },
  // Ranges.
  { name: '200 ranges', request: get('/index.html', [`Range: bytes=${manyRanges}`]), expect: [200] },
  { name: 'range 0-0', request: get('/index.html', ['Range: bytes=0-0']), expect: [206] },
  { name: 'start past the end', request: get('/index.html', ['Range: bytes=99999999999999999999-']), expect: [416] },
  { name: 'huge end', request: get('/index.html', ['Range: bytes=0-99999999999999999999']), expect: [206] },
  { name: 'two disjoint ranges', request: get('/index.html', ['Range: bytes=0-1,5-6']), expect: [200] },
  { name: 'other range unit', request: get('/index.html', ['Range: items=0-1']), expect: [200] },
  { name: 'range without =', request: get('/index.html', ['Range: bytes']), expect: [200] },
  { name: 'negative start', request: get('/index.html', ['Range: bytes=--1']), expect: [200] },
  { name: 'range on a missing file', request: get('/nope.html', ['Range: bytes=0-1']), expect: [404] },
  { name: 'range with stale If-Range', request: get('/index.html', ['Range: bytes=0-1', 'If-Range: "x"']), expect: [200] },
  { name: 'range on HEAD', request: get('/index.html', ['Range: bytes=5-1'], 'HEAD'), expect: [200] },
  { name: 'range with gzip', request: get('/app.js', ['Range: bytes=0-3', 'Accept-Encoding: gzip']), expect: [206] },
  // Protocol oddities.
  { name: 'HTTP/1.0 without Host', request: 'GET / HTTP/1.0\r\n\r\n', expect: [200] },
  { name: 'HTTP/1.1 without Host', request: 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n', expect: [400] },
  { name: 'HTTP/2 preface', request: 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', expect: [0, 400] },
  { name: 'garbage bytes', request: Buffer.from([0, 1, 2, 3, 13, 10, 13, 10]), expect: [0, 400] },
  { name: 'bare LF line ends', request: 'GET / HTTP/1.1\nHost: x\nConnection: close\n\n', expect: [0, 200, 400] },
  { name: 'CL and TE together', request: get('/', ['Content-Length: 4', 'Transfer-Encoding: chunked']) + '0\r\n\r\n', expect: [0, 400] },
  { name: 'gzip;q=0', request: get('/index.html', ['Accept-Encoding: gzip;q=0']), expect: [200] },
];

describe('static server under hostile requests', () => {
  let base: string;
  let server: StaticServer;
  let url: URL;

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'static-server-'));
    const site = join(base, 'site');
    mkdirSync(join(site, 'sub'), { recursive: true });
    writeFileSync(join(site, 'index.html'), `<!doctype html><title>Home</title><p>${INDEX_TEXT}</p>`);
    writeFileSync(join(site, 'sub', 'index.html'), '<!doctype html><title>Sub</title><p>sub page</p>');
    writeFileSync(join(site, '404.html'), '<!doctype html><title>Not here</title>');
    writeFileSync(join(site, 'app.js'), 'console.log("app");\n'.repeat(20));
    writeFileSync(join(site, '_headers'), `# ${HEADERS_MARKER}\n/*\n  X-Fixture: yes\n`);
    writeFileSync(join(site, '_redirects'), `# ${HEADERS_MARKER}\n/a /b 301\n`);
    writeFileSync(join(site, '.secret'), DOTFILE_MARKER);
    writeFileSync(join(site, 'sub', '.secret'), DOTFILE_MARKER);
    writeFileSync(join(base, 'outside.txt'), OUTSIDE_MARKER);
    symlinkSync(join(base, 'outside.txt'), join(site, 'link.txt'));
    server = await startStaticServer(site, 0);
    url = new URL(server.url);
  });

  afterAll(async () => {
    await server?.close();
    if (base) rmSync(base, { recursive: true, force: true });
  });

  it('answers every hostile request with an expected status and leaks nothing', async () => {
    const wrong: string[] = [];
    for (const c of CASES) {
      const res = await raw(url, c.request);
      if (!c.expect.includes(res.status)) wrong.push(`${c.name}: ${res.status}, expected ${c.expect.join('/')}`);
      for (const marker of [HEADERS_MARKER, OUTSIDE_MARKER, DOTFILE_MARKER]) {
        if (res.body.includes(marker) || res.head.includes(marker)) wrong.push(`${c.name}: leaks ${marker}`);
      }
      const location = headerOf(res.head, 'Location');
      if (location !== undefined && !/^\/(?![/\\])/.test(location)) wrong.push(`${c.name}: Location ${location}`);
    }
    expect(wrong).toEqual([]);
  });

  it('still serves the site afterwards', async () => {
    const res = await raw(url, get('/'));
    expect(res.status).toBe(200);
    expect(res.body).toContain(INDEX_TEXT);
    expect(headerOf(res.head, 'X-Fixture')).toBe('yes');
  });

  it('redirects a directory to its trailing slash on the same origin, keeping the query', async () => {
    const res = await raw(url, get('/sub?x=//evil.example'));
    expect(res.status).toBe(301);
    expect(headerOf(res.head, 'Location')).toBe('/sub/?x=//evil.example');
  });

  it('answers methods it refuses with Allow', async () => {
    const res = await raw(url, get('/', ['Content-Length: 0'], 'POST'));
    expect(headerOf(res.head, 'Allow')).toBe('GET, HEAD');
  });

  it('answers ranges per RFC 9110', async () => {
    const size = Buffer.byteLength(`<!doctype html><title>Home</title><p>${INDEX_TEXT}</p>`);
    const inverted = await raw(url, get('/index.html', ['Range: bytes=5-1']));
    expect(headerOf(inverted.head, 'Content-Range')).toBe(`bytes */${size}`);
    const first = await raw(url, get('/index.html', ['Range: bytes=0-0']));
    expect([headerOf(first.head, 'Content-Range'), first.body]).toEqual([`bytes 0-0/${size}`, '<']);
    const suffix = await raw(url, get('/index.html', ['Range: bytes=-99999999999999999999']));
    expect(headerOf(suffix.head, 'Content-Range')).toBe(`bytes 0-${size - 1}/${size}`);
    const many = await raw(url, get('/index.html', [`Range: bytes=${manyRanges}`]));
    expect(many.body).toContain(INDEX_TEXT);
  });

  it('gzips text when asked, and applies _headers to 404s', async () => {
    const gz = await raw(url, get('/app.js', ['Accept-Encoding: gzip, br']));
    expect(headerOf(gz.head, 'Content-Encoding')).toBe('gzip');
    const missing = await raw(url, get('/missing/page'));
    expect([missing.status, headerOf(missing.head, 'X-Fixture')]).toEqual([404, 'yes']);
  });
});

describe('serve CLI with a taken port', () => {
  let blocker: Server;
  let port: number;

  beforeAll(async () => {
    blocker = createServer();
    await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', ok));
    port = (blocker.address() as AddressInfo).port;
  });

  afterAll(() => new Promise<void>((ok) => blocker.close(() => ok())));

  it('says in one line which option to use, before building, and exits 1', async () => {
    // --build: the port must be checked before the build starts (a build would print to stdout).
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/serve.ts', '--build', 'dist', '--port', String(port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), 40_000);
    const code = await new Promise<number | null>((done) => child.on('close', done));
    clearTimeout(timer);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(new RegExp(`^Port ${port} is in use: npm start -- --port \\d+$`))]);
    const suggested = Number(/--port (\d+)$/.exec(stderr.trimEnd())?.[1]);
    expect(suggested).not.toBe(port);
    expect(code).toBe(1);
  }, 60_000);
});
