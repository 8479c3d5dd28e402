// The compare page (/compare/?a=…&b=…) in real Chromium against the built site, for every pair of
// plans in content/ while they are few, and each plan with the next beyond (tests/support/pairs.ts;
// derived from the models, never a list of slugs): both texts, every section of
// each plan exactly once, shared wording marked where the two plans share it, links to sections
// that exist; the chooser on a plan page; and what the page says without JavaScript.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasChromium, openPage, useServedSite } from '../support/browser';
import { ALL_PAIRS_UP_TO, pairsToOpen } from '../support/pairs';
import { DIST, readPage } from '../support/site';
import { readModels } from '../../src/lib/model/files';
import { planRecord } from '../../src/lib/search/build';
import { compareSections } from '../../src/lib/compare/plans';
import { alignSections } from '../../src/lib/compare/align';
import { diffSegments, sharedChars } from '../../src/lib/compare/diff';

const ready = hasChromium() && existsSync(`${DIST}/compare/index.html`) && existsSync(`${DIST}/search/plan-list.json`);
if (!ready) console.warn('compare e2e skipped: no Chromium or no built dist/compare — run `npm run build` first');

const models = readModels();
const sectionsOf = new Map(models.map((m) => [m.slug, compareSections(planRecord(m).texts)]));
const pairs = pairsToOpen(models.map((m) => m.slug));

interface SideSeen {
  section: string;
  href: string;
  text: string;
  marks: number;
}
interface RowSeen {
  a: SideSeen | null;
  b: SideSeen | null;
}

describe.skipIf(!ready)('compare page', () => {
  const site = useServedSite(DIST);

  it('there are pairs to compare', () => {
    expect(models.length).toBeGreaterThanOrEqual(2);
    expect(pairs.length).toBe(models.length <= ALL_PAIRS_UP_TO ? (models.length * (models.length - 1)) / 2 : models.length);
  });

  it.each(pairs)('%s / %s: both texts, every section once, shared wording marked, links resolve', async (slugA, slugB) => {
    const opened = await openPage(site.browser, site.server.url);
    try {
      await opened.goto(`/compare/?a=${slugA}&b=${slugB}`);
      await opened.page.waitForSelector('#compare-result[data-state=done]', { timeout: 60_000 });
      const rows: RowSeen[] = await opened.page.$$eval('.compare-row', (els) =>
        els.map((row) => {
          const side = (el: Element | undefined) => {
            const s = el as HTMLElement | undefined;
            if (!s?.dataset.section) return null;
            return {
              section: s.dataset.section,
              href: s.querySelector('h3 a')?.getAttribute('href') ?? '',
              text: s.querySelector('.compare-text')?.textContent ?? '',
              marks: s.querySelectorAll('.compare-text mark').length,
            };
          };
          const sides = row.querySelectorAll(':scope > .compare-side');
          return { a: side(sides[0]), b: side(sides[1]) };
        }),
      );
      const a = sectionsOf.get(slugA)!;
      const b = sectionsOf.get(slugB)!;
      // every section of each plan exactly once, with its whole text
      expect(rows.flatMap((r) => (r.a ? [r.a.section] : []))).toEqual(a.map((s) => s.id));
      expect(rows.flatMap((r) => (r.b ? [r.b.section] : [])).sort()).toEqual(b.map((s) => s.id).sort());
      const byId = (list: typeof a) => new Map(list.map((s) => [s.id, s]));
      const idsA = byId(a);
      const idsB = byId(b);
      for (const r of rows) {
        if (r.a) expect(r.a.text, r.a.section).toBe(idsA.get(r.a.section)!.text);
        if (r.b) expect(r.b.text, r.b.section).toBe(idsB.get(r.b.section)!.text);
      }
      // shared wording is marked on both sides of a pair exactly where the two share some
      const indexA = new Map(a.map((s, i) => [s.id, i]));
      const indexB = new Map(b.map((s, i) => [s.id, i]));
      const expectedPairs = alignSections(a, b);
      const seenPairs = rows.filter((r) => r.a && r.b);
      expect(seenPairs.map((r) => [indexA.get(r.a!.section), indexB.get(r.b!.section)])).toEqual(expectedPairs.map((p) => [p.a, p.b]));
      let sharedTotal = 0;
      for (const r of seenPairs) {
        const shared = sharedChars(diffSegments(r.a!.text, r.b!.text));
        sharedTotal += shared;
        expect(r.a!.marks > 0, `${r.a!.section} / ${r.b!.section}`).toBe(shared > 0);
        expect(r.b!.marks > 0, `${r.a!.section} / ${r.b!.section}`).toBe(shared > 0);
      }
      const markCount = await opened.page.locator('.compare-text mark').count();
      expect(markCount > 0).toBe(sharedTotal > 0);
      // each heading links to its section on the plan's page
      const pages = new Map<string, ReturnType<typeof readPage>>();
      for (const [slug, side] of rows.flatMap((r) => [[slugA, r.a], [slugB, r.b]] as const)) {
        if (!side) continue;
        expect(side.href).toBe(`/plans/${slug}/#${side.section}`);
        const page = pages.get(slug) ?? readPage(`/plans/${slug}/`);
        pages.set(slug, page);
        expect(page.getElementById(side.section), side.href).not.toBeNull();
      }
      // the table at the top names both plans
      const table = await opened.page.textContent('.compare-meta');
      for (const m of models.filter((m) => m.slug === slugA || m.slug === slugB)) expect(table).toContain(m.meta.shortName);
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.foreignRequests).toEqual([]);
    } finally {
      await opened.page.close();
    }
  });

  it('loads only the two plans’ files', async () => {
    const [slugA, slugB] = pairs[0]!;
    const opened = await openPage(site.browser, site.server.url);
    const urls: string[] = [];
    opened.page.on('request', (r) => urls.push(new URL(r.url()).pathname));
    try {
      await opened.goto(`/compare/?a=${slugA}&b=${slugB}`);
      await opened.page.waitForSelector('#compare-result[data-state=done]', { timeout: 60_000 });
      const planFiles = urls.filter((u) => /^\/(search\/plans|data\/plans|search\/chunks)\//.test(u) || u === '/search/plan-list.json');
      expect(planFiles.sort()).toEqual([`/data/plans/${slugA}.json`, `/data/plans/${slugB}.json`, `/search/plans/${slugA}.jsonz`, `/search/plans/${slugB}.jsonz`].sort());
    } finally {
      await opened.page.close();
    }
  });

  it('a plan page’s link opens the compare page with this plan as a and a chooser for b, which leads to the comparison', async () => {
    const [first, second] = models;
    const opened = await openPage(site.browser, site.server.url);
    try {
      await opened.goto(`/plans/${first!.slug}/`);
      await Promise.all([opened.page.waitForURL(/\/compare\//), opened.page.click('.compare-with a')]);
      expect(new URL(opened.page.url()).searchParams.get('a')).toBe(first!.slug);
      // A name that is unique among the plans (else the compare page lists the candidates).
      await opened.page.fill('#compare-b', second!.slug);
      await Promise.all([opened.page.waitForURL(/[?&]b=[^&]/), opened.page.click('#compare-form button[type=submit]')]);
      await opened.page.waitForSelector('#compare-result[data-state=done]', { timeout: 60_000 });
      expect(new URL(opened.page.url()).searchParams.get('b')).toBe(second!.slug);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.page.close();
    }
  });

  it('a name typed for b fits one plan: it is resolved and the address gets its slug; several: they are listed', async () => {
    const [first, second] = models;
    const sameName = models.filter((m) => m.meta.shortName === second!.meta.shortName);
    const opened = await openPage(site.browser, site.server.url);
    try {
      await opened.goto(`/compare/?a=${first!.slug}&b=${encodeURIComponent(second!.meta.shortName)}`);
      if (sameName.length === 1) {
        await opened.page.waitForSelector('#compare-result[data-state=done]', { timeout: 60_000 });
        expect(new URL(opened.page.url()).searchParams.get('b')).toBe(second!.slug);
      } else {
        await opened.page.waitForSelector('#choices-b button');
        expect(await opened.page.locator('#choices-b button').count()).toBe(sameName.length);
      }
      // without a and b, two choosers; typing lists matching plans as buttons, choosing fills the slug
      await opened.goto('/compare/');
      await opened.page.fill('#compare-a', first!.meta.shortName);
      await opened.page.waitForSelector('#choices-a button');
      await opened.page.locator('#choices-a button', { hasText: first!.meta.shortName }).first().click();
      expect(await opened.page.inputValue('#compare-a')).toMatch(/^[a-z0-9-]+$/);
      expect(await opened.page.textContent('#compare-status')).toContain('请选择');
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.page.close();
    }
  });

  it('without JavaScript the page says what it does and links to the group and project comparisons', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const [slugA, slugB] = pairs[0]!;
      await page.goto(`${site.server.url}/compare/?a=${slugA}&b=${slugB}`);
      const text = await page.locator('main').innerText();
      expect(text).toContain('逐节');
      expect(text).toContain('需要启用 JavaScript');
      expect(await page.locator('main a[href="/groups/"]').count()).toBeGreaterThan(0);
      expect(await page.locator('main a[href="/projects/"]').count()).toBeGreaterThan(0);
      // and the plan page's link to it, a plain link
      await page.goto(`${site.server.url}/plans/${slugA}/`);
      expect(await page.locator('.compare-with a').getAttribute('href')).toBe(`/compare/?a=${slugA}&b=`);
    } finally {
      await context.close();
    }
  });
});
