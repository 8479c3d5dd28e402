// The pure parts of the local server: request-target checks, Range decisions, Accept-Encoding.
// The server itself, on sockets, is in tests/integration/static-server.test.ts.
import { describe, expect, it } from 'vitest';
import { acceptsGzip, decideRange, MAX_PATH_LENGTH, parseRequestTarget } from '../../src/lib/static-server';

const status = (url: string): number | 'ok' => {
  const t = parseRequestTarget(url);
  return 'status' in t ? t.status : 'ok';
};

describe('parseRequestTarget', () => {
  it('decodes a path once and keeps the query apart', () => {
    expect(parseRequestTarget('/matrix/province/%E6%B9%96%E5%8C%97/?q=%25')).toEqual({
      pathname: '/matrix/province/湖北/',
      segments: ['matrix', 'province', '湖北', ''],
      query: '?q=%25',
    });
    // %2525 is the name `%25`, not `%`.
    expect(parseRequestTarget('/%2525')).toMatchObject({ pathname: '/%25' });
  });

  it('refuses what a static host refuses', () => {
    const cases: [string, number][] = [
      ['http://evil.example/', 400],
      ['*', 400],
      ['', 400],
      ['/a%00.html', 400],
      ['/a%2Fb', 400],
      ['/a%5cb', 400],
      ['/a\\b', 400],
      ['/%zz', 400],
      ['/%', 400],
      ['/%e4%b8', 400],
      ['/a%0a', 400],
      ['/../x', 400],
      ['/%2e%2e/x', 400],
      ['/a/./b', 400],
      [`/${'a'.repeat(MAX_PATH_LENGTH)}`, 414],
      ['//matrix', 404],
      ['/a//b', 404],
      ['/.env', 404],
      ['/sub/.git/config', 404],
      ['/_headers', 404],
      ['/_headers/', 404],
      ['/_redirects', 404],
    ];
    expect(cases.map(([url]) => [url, status(url)])).toEqual(cases);
  });

  it('gives every 404 its decoded path, for the _headers rules of the 404 page', () => {
    expect(parseRequestTarget('//_headers')).toMatchObject({ status: 404, pathname: '//_headers' });
  });
});

describe('decideRange', () => {
  const LM = 'Thu, 01 Jan 2026 00:00:00 GMT';
  const decide = (range: string | undefined, size = 100, ifRange?: string) => decideRange(range, ifRange, size, LM);

  it('serves one satisfiable range, clamped to the file', () => {
    expect(decide('bytes=0-0')).toEqual({ kind: 'partial', start: 0, end: 0 });
    expect(decide('bytes=90-')).toEqual({ kind: 'partial', start: 90, end: 99 });
    expect(decide('bytes=-10')).toEqual({ kind: 'partial', start: 90, end: 99 });
    expect(decide('bytes=0-99999999999999999999')).toEqual({ kind: 'partial', start: 0, end: 99 });
    // A suffix longer than the file is the whole file (RFC 9110 §14.1.3).
    expect(decide('bytes=-99999999999999999999')).toEqual({ kind: 'partial', start: 0, end: 99 });
    // Overlapping ranges merge into one.
    expect(decide('bytes=0-10,5-20')).toEqual({ kind: 'partial', start: 0, end: 20 });
  });

  it('answers 416 when nothing is satisfiable', () => {
    for (const r of ['bytes=5-1', 'bytes=100-', 'bytes=99999999999999999999-']) expect(decide(r)).toEqual({ kind: 'unsatisfiable' });
    expect(decide('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' });
    expect(decide('bytes=-5', 0)).toEqual({ kind: 'unsatisfiable' });
  });

  it('ignores Range when malformed, multi-range, another unit, or If-Range does not match', () => {
    const many = Array.from({ length: 200 }, (_, i) => `${i * 3}-${i * 3}`).join(',');
    for (const r of [undefined, 'bytes=abc', 'bytes', 'bytes=--1', 'items=0-1', 'bytes=0-1,5-6', `bytes=${many}`]) {
      expect([r, decide(r)]).toEqual([r, { kind: 'full' }]);
    }
    expect(decide('bytes=0-1', 100, '"etag"')).toEqual({ kind: 'full' });
    expect(decide('bytes=0-1', 100, LM)).toEqual({ kind: 'partial', start: 0, end: 1 });
  });
});

describe('acceptsGzip', () => {
  it('reads q-values', () => {
    expect(['gzip', 'br, gzip', 'gzip;q=0.5', 'deflate, GZIP'].map(acceptsGzip)).toEqual([true, true, true, true]);
    expect([undefined, '', 'br', 'gzip;q=0', 'gzip; q=0.000', 'x-gzip'].map(acceptsGzip)).toEqual([false, false, false, false, false, false]);
  });
});
