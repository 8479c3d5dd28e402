// The search page in real Chromium against the built site (dist/, with its Pagefind index).
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser, openPage, type OpenedPage } from '../support/browser';
import { startStaticServer, type StaticServer } from '../support/server';
import * as OpenCC from 'opencc-js';
import { buildMatrix } from '../../src/lib/matrix/build';
import { GROUP_KEYS } from '../../src/lib/taxonomy';
import { commonTerms, importedPlans, sectionExtent } from '../support/content';
import { loadPlans } from '../support/plans';
import { EMPTY_QUERY_MESSAGE, MAX_RESULT_LINKS, RESULTS_PER_PAGE } from '../../src/lib/search/results';

const imported = await importedPlans();

/*
 * Query terms come from the plans' own text (tests/support/content.ts), never from what five
 * particular plans say, so these tests hold for any set of plans.
 */
const s2t = OpenCC.Converter({ from: 'cn', to: 't' });
const fours = await commonTerms(4);
/** A rare term in more than one plan: few results (each one is visited), grouped under several plans. */
const byRarity = fours.filter((t) => t.plans.length >= Math.min(2, imported.plans.length)).sort((a, b) => a.blocks - b.blocks || (a.term < b.term ? -1 : 1));
const SPECIFIC = byRarity[0]!;
/** Another term of a paragraph that holds SPECIFIC: both occur in one section. */
const SECOND = [...(SPECIFIC.sample.match(/\p{Script=Han}{3}/gu) ?? [])].find((t) => !SPECIFIC.term.includes(t) && !t.includes(SPECIFIC.term)) ?? SPECIFIC.term.slice(0, 2);
/** A term whose traditional form differs. */
const CONVERTIBLE = byRarity.find((t) => s2t(t.term) !== t.term)!.term;
/** The most widespread two-character term: many results, to be narrowed by filters. */
const twos = await commonTerms(2);
const BROAD = twos[0]!.term;
/** A group whose section, in some plan, contains BROAD; and whether BROAD also occurs outside every such section. */
const TOPIC = (() => {
  for (const key of GROUP_KEYS) {
    for (const p of imported.plans) {
      const ref = p.fm.groups[key];
      if (ref && sectionExtent(p.out.blocks, ref.anchor).some((b) => b.kind === 'paragraph' && b.text.includes(BROAD))) return `group:${key}`;
    }
  }
  return null;
})();
/**
 * A bracketed number in some plan's text, as in a document number (国发〔2021〕9号), and the same
 * typed with another bracket of the family that fold() treats as one ([ for 〔, 〔 for [).
 */
const BRACKETED = (() => {
  const pattern = /\p{Script=Han}{1,4}[〔【〖［[]\p{Nd}{4}[〕】〗］\]]\p{Nd}*/u;
  for (const p of imported.plans)
    for (const b of p.out.blocks) {
      const term = b.kind === 'paragraph' ? b.text.match(pattern)?.[0] : undefined;
      if (term) return { term, retyped: term.replace(/[〔【〖［[]/u, (c) => (c === '[' ? '〔' : '[')).replace(/[〕】〗］\]]/u, (c) => (c === ']' ? '〕' : ']')) };
    }
  return null;
})();
if (!BRACKETED) console.warn('search e2e: no plan has a bracketed number (such as 〔2021〕); the bracket-folding test is skipped');
const columns = buildMatrix(loadPlans(), 'groups').columns;
/** A region level that some plan has and another plan does not. */
const LEVEL = columns.find((c) => columns.some((d) => d.level !== c.level))?.level ?? null;

const DIST = 'dist';
const ready = existsSync(`${DIST}/search/index.html`) && existsSync(`${DIST}/pagefind/pagefind.js`);
if (!ready) console.warn('search e2e skipped: dist/search or dist/pagefind missing — run `npm run build` first');
if (!hasChromium()) console.warn('search e2e skipped: no Chromium at /usr/bin/chromium (set CHROME_PATH)');

const RESULTS = '[data-testid="search-results"]';
const COUNT = '[data-testid="search-count"]';
const MORE = '[data-testid="search-more"]';

/** Waits for the count of matching sections and the first page of results; returns the count. */
async function waitForResults(page: Page): Promise<number> {
  await page.waitForFunction(
    ([results, count]) => {
      const el = document.querySelector<HTMLElement>(count);
      return !!el && el.dataset.total !== undefined && !document.querySelector(results)?.hasAttribute('aria-busy');
    },
    [RESULTS, COUNT] as const,
    { timeout: 20_000 },
  );
  return Number(await page.getAttribute(COUNT, 'data-total'));
}
const links = (page: Page): Promise<string[]> =>
  page.$$eval(`${RESULTS} a`, (as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
/** Every result link, pressing "more" until it is gone; and the most links the page held at once. */
async function allLinks(page: Page): Promise<{ hrefs: string[]; most: number }> {
  const seen: string[] = [];
  let most = 0;
  for (;;) {
    const now = await links(page);
    most = Math.max(most, now.length);
    for (const h of now) if (!seen.includes(h)) seen.push(h);
    const more = page.locator(MORE);
    if (!(await more.count())) return { hrefs: seen, most };
    const last = now.at(-1);
    await more.click();
    await page.waitForFunction(
      ([sel, prev]) => {
        const all = document.querySelectorAll(`${sel} a`);
        return all[all.length - 1]?.getAttribute('href') !== prev && !document.querySelector(sel)?.hasAttribute('aria-busy');
      },
      [RESULTS, last ?? ''] as const,
    );
  }
}

describe.skipIf(!ready || !hasChromium())('search page', () => {
  let server: StaticServer;
  let browser: Browser;
  const opened: OpenedPage[] = [];
  const open = async (): Promise<OpenedPage> => {
    const p = await openPage(browser, server.url);
    opened.push(p);
    return p;
  };

  beforeAll(async () => {
    server = await startStaticServer(DIST, 0);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const p of opened) {
      expect(p.foreignRequests, 'requests outside the site').toEqual([]);
      expect(p.consoleErrors, 'console errors').toEqual([]);
    }
    await browser?.close();
    await server?.close();
  });

  it('typing a query shows results and updates the URL', async () => {
    const { page, goto } = await open();
    await goto('/search/');
    await page.fill('#search-q', '');
    await page.locator('#search-q').pressSequentially(SPECIFIC.term, { delay: 30 });
    const total = await waitForResults(page);
    expect(total).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe(SPECIFIC.term);
    const hrefs = await links(page);
    expect(hrefs).toHaveLength(Math.min(total, RESULTS_PER_PAGE));
    for (const h of hrefs) expect(h).toMatch(/^\/plans\/[a-z0-9-]+\/#[a-z][a-z0-9-]*$/);
    expect(await page.textContent(COUNT)).toContain(String(total));
    // grouped by plan, each with a heading path and a highlighted match
    expect(await page.locator(`${RESULTS} .result-plan`).count()).toBeGreaterThanOrEqual(SPECIFIC.plans.length);
    expect(await page.locator(`${RESULTS} .result mark`).first().textContent()).toBe(SPECIFIC.term);
  });

  it('opening a search URL shows its results, and each result lands on a section containing the term', async () => {
    const { page, goto } = await open();
    await goto('/search/?q=' + encodeURIComponent(SPECIFIC.term));
    const total = await waitForResults(page);
    expect(total).toBeGreaterThan(0);
    expect(await page.inputValue('#search-q')).toBe(SPECIFIC.term);
    const hrefs = await links(page);
    for (const href of hrefs) {
      await goto(href);
      const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
      const text = await page.evaluate((sectionId) => {
        const start = document.getElementById(sectionId);
        if (!start) return null;
        let out = start.textContent ?? '';
        for (let n = start.nextElementSibling; n && !/^H[2-6]$/.test(n.tagName); n = n.nextElementSibling) out += n.textContent ?? '';
        return out.replace(/\s+/g, '');
      }, id);
      expect(text, href).toContain(SPECIFIC.term);
      const inView = await page.evaluate((sectionId) => {
        const r = document.getElementById(sectionId)?.getBoundingClientRect();
        return !!r && r.top >= -2 && r.top < innerHeight;
      }, id);
      expect(inView, href).toBe(true);
    }
  });

  it('clicking a result navigates to its section', async () => {
    const { page, goto } = await open();
    await goto('/search/?q=' + encodeURIComponent(SPECIFIC.term));
    await waitForResults(page);
    const first = page.locator(`${RESULTS} a`).first();
    const href = await first.getAttribute('href');
    await Promise.all([page.waitForURL((u) => u.pathname.startsWith('/plans/')), first.click()]);
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(href);
  });

  it('filters narrow the results and are kept in the URL', async () => {
    const { page, goto } = await open();
    await goto('/search/?q=' + encodeURIComponent(BROAD));
    const all = await waitForResults(page);
    // The filters are folded away until asked for; a plan is found by typing its name.
    const target = columns[0]!;
    const plan = target.slug;
    await page.locator('details.search-filters > summary').click();
    await page.locator('[data-testid="plan-picker"]').fill(target.shortName);
    await page.locator(`input[data-choice="${plan}"]`).check();
    await page.waitForURL((u) => u.searchParams.get('plan') === plan);
    expect(await page.locator(`input[name=plan][value="${plan}"]`).isChecked()).toBe(true);
    const narrowed = await waitForResults(page);
    expect(narrowed).toBeGreaterThan(0);
    if (twos[0]!.plans.length > 1) expect(narrowed).toBeLessThan(all);
    for (const h of await links(page)) expect(h.startsWith(`/plans/${plan}/`)).toBe(true);

    // a shared link with a topic filter: only sections under that group's sections
    if (TOPIC) {
      await goto('/search/?q=' + encodeURIComponent(BROAD) + `&topic=${TOPIC}`);
      const topical = await waitForResults(page);
      expect(topical).toBeGreaterThan(0);
      expect(topical).toBeLessThanOrEqual(all);
      expect(await page.locator(`input[name=topic][value="${TOPIC}"]`).isChecked()).toBe(true);
    }

    if (LEVEL) {
      await goto('/search/?q=' + encodeURIComponent(BROAD) + `&level=${LEVEL}`);
      const atLevel = await waitForResults(page);
      expect(atLevel).toBeLessThanOrEqual(all);
      const atLevelPlans = new Set(columns.filter((c) => c.level === LEVEL).map((c) => c.slug));
      for (const h of await links(page)) expect(atLevelPlans.has(h.split('/')[2]!), h).toBe(true);
    }
  });

  it('several terms return sections containing all of them', async () => {
    const { page, goto } = await open();
    await goto('/search/?q=' + encodeURIComponent(SPECIFIC.term));
    await waitForResults(page);
    const one = new Set((await allLinks(page)).hrefs);
    await goto('/search/?q=' + encodeURIComponent(`${SPECIFIC.term} ${SECOND}`));
    expect(await waitForResults(page)).toBeGreaterThan(0);
    const both = (await allLinks(page)).hrefs;
    expect(both.length).toBeLessThanOrEqual(one.size);
    for (const h of both) expect(one.has(h)).toBe(true);
  });

  it('traditional input finds the simplified text', async () => {
    const { page, goto } = await open();
    await goto('/search/?q=' + encodeURIComponent(CONVERTIBLE));
    await waitForResults(page);
    const simplified = (await allLinks(page)).hrefs.sort();
    await goto('/search/?q=' + encodeURIComponent(s2t(CONVERTIBLE)));
    const total = await waitForResults(page);
    expect(total).toBeGreaterThan(0);
    expect((await allLinks(page)).hrefs.sort()).toEqual(simplified);
  });

  it.skipIf(!BRACKETED)('a document number typed with other brackets finds the same sections, and marks the original text', async () => {
    const { term, retyped } = BRACKETED!;
    expect(retyped).not.toBe(term);
    const { page, goto } = await open();
    await goto('/search/?q=' + encodeURIComponent(term));
    expect(await waitForResults(page)).toBeGreaterThan(0);
    const original = (await allLinks(page)).hrefs.sort();
    await goto('/search/?q=' + encodeURIComponent(retyped));
    expect(await waitForResults(page)).toBe(original.length);
    expect(await page.locator(`${RESULTS} .result mark`).first().textContent()).toBe(term);
    expect((await allLinks(page)).hrefs.sort()).toEqual(original);
  });

  it('a query with nothing to look for (spaces, quotes) says so, with no count and no results; the bare page says nothing', async () => {
    const { page, goto } = await open();
    const settled = async (): Promise<{ status: string; total: string | null; count: string; links: number }> => {
      await page.waitForFunction(([sel, msg]) => document.querySelector(sel)?.textContent === msg, ['[data-testid="search-status"]', EMPTY_QUERY_MESSAGE] as const, { timeout: 10_000 });
      return {
        status: (await page.textContent('[data-testid="search-status"]')) ?? '',
        total: await page.getAttribute(COUNT, 'data-total'),
        count: (await page.textContent(COUNT)) ?? '',
        links: (await links(page)).length,
      };
    };
    const prompted = { status: EMPTY_QUERY_MESSAGE, total: null, count: '', links: 0 };
    for (const q of ['   ', '\u3000', '""', '']) {
      await goto('/search/?q=' + encodeURIComponent(q));
      expect(await settled(), JSON.stringify(q)).toEqual(prompted);
    }
    // typed: spaces after a real query clear its results
    await goto('/search/?q=' + encodeURIComponent(SPECIFIC.term));
    await waitForResults(page);
    await page.fill('#search-q', '   ');
    expect(await settled()).toEqual(prompted);
    expect(await page.locator(MORE).count()).toBe(0);
    // the page opened without a query: no prompt
    await goto('/search/');
    await page.waitForLoadState('load');
    expect(await page.textContent('[data-testid="search-status"]')).toBe('');
    expect(await page.getAttribute(COUNT, 'data-total')).toBeNull();
  });

  it('a broad term: the exact count at once, results a page at a time, every one reachable, never too many links at once', async () => {
    const { page, goto } = await open();
    await goto('/search/?q=' + encodeURIComponent(BROAD));
    const total = await waitForResults(page);
    expect(await links(page)).toHaveLength(Math.min(total, RESULTS_PER_PAGE));
    expect(await page.locator(MORE).count()).toBe(total > RESULTS_PER_PAGE ? 1 : 0);
    const { hrefs, most } = await allLinks(page);
    expect(hrefs).toHaveLength(total);
    expect(new Set(hrefs).size).toBe(total);
    expect(most).toBeLessThanOrEqual(MAX_RESULT_LINKS);
  });

  it('the header box on any page: "/" focuses it and Enter opens the search page', async () => {
    const { page, goto } = await open();
    await goto('/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type(SPECIFIC.term);
    await Promise.all([page.waitForURL((u) => u.pathname === '/search/'), page.keyboard.press('Enter')]);
    expect(await waitForResults(page)).toBeGreaterThan(0);
  });

  it('a typical query transfers well under 300 KB, library included (cold cache)', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      let bytes = 0;
      cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(SPECIFIC.term)}`);
      expect(await waitForResults(page)).toBeGreaterThan(0);
      await page.waitForLoadState('networkidle');
      expect(bytes).toBeLessThan(250 * 1024);
    } finally {
      await context.close();
    }
  });
});
