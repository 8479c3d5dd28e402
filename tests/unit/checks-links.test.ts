import { describe, expect, it } from 'vitest';
import { findBrokenLinks, urlPathOf } from '../../src/lib/checks/links';

const site = 'https://atlas.example.org';
const pages = [
  { path: '/', html: '<a href="/plans/a/">a</a><a href="/plans/a/#youth">y</a><a href="/plans/a/#nope">n</a><a href="/missing/">m</a><link rel="stylesheet" href="/_astro/x.css"><a href="https://other.org/">o</a><a href="https://atlas.example.org/plans/a/#youth">abs</a>' },
  { path: '/plans/a/', html: '<h2 id="youth">青少年</h2><a href="#youth">#</a><a href="#gone">#</a><script src="/_astro/missing.js"></script><form action="/search/"></form>' },
];

describe('findBrokenLinks', () => {
  it('finds missing pages, ids and files, and passes the rest', () => {
    expect(findBrokenLinks(pages, new Set(['/_astro/x.css']), site)).toEqual([
      { page: '/', href: '/plans/a/#nope', reason: 'no id "nope" in /plans/a/' },
      { page: '/', href: '/missing/', reason: 'no page or file at /missing/' },
      { page: '/plans/a/', href: '#gone', reason: 'no id "gone" in /plans/a/' },
      { page: '/plans/a/', href: '/_astro/missing.js', reason: 'no page or file at /_astro/missing.js' },
      { page: '/plans/a/', href: '/search/', reason: 'no page or file at /search/' },
    ]);
  });
  it('maps files to URL paths', () => {
    expect(urlPathOf('plans/a/index.html')).toBe('/plans/a/');
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf('404.html')).toBe('/404.html');
  });
});
