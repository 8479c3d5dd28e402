// The site's address (SITE_URL, src/lib/site/address.ts) as built: every absolute URL the build
// writes for the site uses the configured origin — canonical links, sitemap, robots.txt, the
// copy-link and print addresses, the url columns of the data downloads — and no other origin
// (the placeholder default among them) appears. The suite builds for a non-default origin
// (tests/support/build-site.ts), so a URL written from the default instead shows up here.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { DATA_PACKAGE_SPEC } from '../../src/lib/data/package';
import { describe, expect, inject, it } from 'vitest';
import { DEFAULT_SITE_URL } from '../../src/lib/site/address';
import { DIST, allPages, hasBuild, readPage } from '../support/site';

const origin = inject('siteUrl');
const ABSOLUTE = /https?:\/\/[^\s"'<>()\\,]+/g;

/** Files of the build that carry addresses: pages, sitemaps, robots.txt, data, headers (not the JS libraries). */
function textFiles(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return textFiles(path);
    // Pagefind's own stylesheets are a library's, like the scripts (bug-tracker links, SVG namespaces).
    if (e.name.endsWith('.css') && dir.endsWith('pagefind')) return [];
    return /\.(html|xml|txt|csv|json|css)$/.test(e.name) || e.name === '_headers' ? [path] : [];
  });
}

/** Addresses that come from the plans themselves (a plan's source URL, a URL in its text): data, not the site's. */
function contentUrls(): Set<string> {
  const out = new Set<string>();
  for (const dir of ['content/plans', 'content/sources']) {
    for (const f of readdirSync(dir)) for (const m of readFileSync(join(dir, f), 'utf8').matchAll(ABSOLUTE)) out.add(m[0]);
  }
  return out;
}

describe.skipIf(!hasBuild())('the site address in dist/', () => {
  it('uses the configured origin for every absolute URL of the site, and no other origin', () => {
    const fromContent = contentUrls();
    const foreign: string[] = [];
    let own = 0;
    for (const file of textFiles()) {
      // XML namespaces (sitemap, SVG) are names, not addresses.
      // XML namespaces name no place, and a data: URI (the favicon) is content, not a request.
      // A JSON Schema's "$schema" names its dialect, likewise; the /data/ page cites the Data Package specification.
      const text = readFileSync(file, 'utf8')
        .replace(/\sxmlns(:\w+)?="[^"]*"/g, '')
        .replace(/"data:[^"]*"/g, '""')
        .replace(/"\$schema":\s*"[^"]*"/g, '')
        .replaceAll(DATA_PACKAGE_SPEC, '');
      for (const [url] of text.matchAll(ABSOLUTE)) {
        if (url === origin || url.startsWith(`${origin}/`)) own++;
        else if (![...fromContent].some((c) => c.startsWith(url) || url.startsWith(c))) foreign.push(`${file}: ${url}`);
      }
    }
    expect(foreign).toEqual([]);
    expect(own).toBeGreaterThan(0);
    if (origin !== DEFAULT_SITE_URL) {
      const placeholder = new URL(DEFAULT_SITE_URL).host;
      expect(textFiles().filter((f) => readFileSync(f, 'utf8').includes(placeholder))).toEqual([]);
    }
  });

  it('gives every page with a canonical link one to itself at the configured origin, og:url alike', () => {
    let canonical = 0;
    for (const path of allPages()) {
      const page = readPage(path);
      const href = page.querySelector('link[rel="canonical"]')?.getAttribute('href');
      if (href === undefined) continue; // a page not to be indexed (404, search) has none
      canonical++;
      expect(href, path).toBe(new URL(path, origin).href);
      expect(page.querySelector('meta[property="og:url"]')?.getAttribute('content'), path).toBe(href);
    }
    expect(canonical).toBeGreaterThan(0);
  });

  it('points robots.txt at the sitemap, and the sitemap at pages, of the configured origin', () => {
    const sitemap = /^Sitemap: (\S+)$/m.exec(readFileSync(join(DIST, 'robots.txt'), 'utf8'))?.[1];
    expect(sitemap).toBe(`${origin}/sitemap-index.xml`);
    const locs = readdirSync(DIST)
      .filter((f) => /^sitemap.*\.xml$/.test(f))
      .flatMap((f) => [...readFileSync(join(DIST, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    expect(locs.length).toBeGreaterThan(0);
    for (const loc of locs) expect(loc.startsWith(`${origin}/`), loc).toBe(true);
  });

  it('writes the url columns of the data downloads with the configured origin', () => {
    const urlColumns = (file: string): string[] => {
      const text = readFileSync(file, 'utf8');
      if (file.endsWith('.csv')) {
        const rows = parseCsv(text.replace(/^\ufeff/, ''), { columns: true }) as Record<string, string>[];
        return rows.flatMap((r) => Object.entries(r).filter(([k, v]) => /(^|_)url$/.test(k) && v !== '').map(([, v]) => v));
      }
      const out: string[] = [];
      JSON.parse(text, (key, value: unknown) => {
        if (/^(url|dataUrl)$/.test(key) && typeof value === 'string' && value !== '') out.push(value);
        return value;
      });
      return out;
    };
    // A plan's own addresses (its official original, where its file was obtained) are data, not the site's.
    const fromContent = contentUrls();
    const urls = textFiles(join(DIST, 'data')).filter((f) => /\.(csv|json)$/.test(f)).flatMap(urlColumns).filter((u) => !fromContent.has(u));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith(`${origin}/`), url).toBe(true);
  });
});
