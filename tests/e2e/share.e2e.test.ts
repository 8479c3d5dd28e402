// Following and sharing, as built: /feed.xml is valid Atom with one entry per dated plan whose links
// resolve in dist/; every page carries Open Graph and Twitter-card tags whose image exists (a plan's
// own, 1200 × 630, on its page); the manifest and its icons exist and are served with their types.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datePlans } from '../../src/lib/share/feed';
import { lastCommitDates, uncommittedFileDates } from '../../src/lib/share/git-dates';
import { feedPlan } from '../../src/lib/share/plan-share';
import { loadPlans } from '../support/plans';
import { startStaticServer, type StaticServer } from '../support/server';
import { DIST, allPages, hasBuild, readPage } from '../support/site';

const plans = loadPlans();
/** dist/ file of a URL of the site, whatever its origin. */
const fileOf = (url: string): string => {
  const path = new URL(url).pathname;
  return join(DIST, path.endsWith('/') ? `${path}index.html` : path);
};

describe.skipIf(!hasBuild())('feed, social tags and manifest in dist/', () => {
  it('/feed.xml is valid Atom with one entry per dated plan, links resolving in dist/', () => {
    const xml = readFileSync(join(DIST, 'feed.xml'), 'utf8');
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'entry' || n === 'link' }).parse(xml).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    for (const el of ['id', 'title', 'updated', 'author']) expect(feed[el], el).toBeDefined();
    const feedPlans = plans.map((p) => feedPlan(p.id, p.data));
    const commits = lastCommitDates(process.cwd(), ['content/sources', 'content/corrections']);
    const { dated } = datePlans(feedPlans, commits.dates, uncommittedFileDates(process.cwd(), feedPlans.flatMap((p) => p.files), commits.dates, commits.error));
    const entries = (feed.entry ?? []) as { id: string; title: string; updated: string; summary: unknown; link: { '@_href': string }[] }[];
    expect(entries.map((e) => e.id).sort()).toEqual(dated.map((d) => new URL(`/plans/${d.slug}/`, entries[0]?.id ?? 'https://x').href).sort());
    const times = entries.map((e) => Date.parse(e.updated));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const e of entries) {
      expect(existsSync(fileOf(e.link[0]!['@_href'])), e.id).toBe(true);
      expect(e.summary).toBeDefined();
    }
  });

  it('gives every page og:image (existing, absolute), og:site_name, og:locale and twitter:card; plan pages their own image as articles', () => {
    const pages = allPages();
    for (const path of pages) {
      const page = readPage(path);
      const meta = (key: string) => page.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
      const image = meta('og:image');
      expect(image, path).toMatch(/^https?:\/\//);
      expect(existsSync(fileOf(image!)), `${path}: ${image}`).toBe(true);
      for (const key of ['og:image:width', 'og:image:height', 'og:image:alt', 'og:site_name', 'og:locale', 'twitter:card']) expect(meta(key), `${path} ${key}`).toBeTruthy();
      expect(page.querySelector('link[rel="manifest"]')?.getAttribute('href'), path).toBe('/manifest.webmanifest');
      const plan = /^\/plans\/([^/]+)\/$/.exec(path)?.[1];
      if (plan) {
        expect(meta('og:type')).toBe('article');
        expect(new URL(image!).pathname).toBe(`/plans/${plan}/social.png`);
      }
    }
  });

  it('draws one 1200 × 630 palette PNG per plan', async () => {
    for (const plan of plans) {
      const png = join(DIST, 'plans', plan.id, 'social.png');
      const meta = await sharp(png).metadata();
      expect([meta.width, meta.height, meta.isPalette], plan.id).toEqual([1200, 630, true]);
    }
  });

  it('links the feed visibly from the home page and from every head', () => {
    expect(readPage('/').querySelector('main a[href="/feed.xml"]')).not.toBeNull();
    expect(readPage('/').querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href')).toBe('/feed.xml');
  });

  it('has a manifest whose icons exist at their sizes', async () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as { name: string; icons: { src: string; sizes: string; type: string }[] };
    expect(manifest.name).toBe('全民科学素质行动方案对照');
    for (const icon of manifest.icons) {
      const file = join(DIST, icon.src);
      expect(existsSync(file), icon.src).toBe(true);
      if (icon.type === 'image/png') {
        const meta = await sharp(file).metadata();
        expect(`${meta.width}x${meta.height}`).toBe(icon.sizes);
      }
    }
  });
});

describe.skipIf(!hasBuild())('served types', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(DIST, 0);
  });
  afterAll(() => server?.close());

  it.each([
    ['/manifest.webmanifest', 'application/manifest+json'],
    ['/feed.xml', 'application/atom+xml'],
    ['/social.png', 'image/png'],
  ])('%s is served as %s', async (path, type) => {
    const res = await fetch(`${server.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(type);
  });
});
