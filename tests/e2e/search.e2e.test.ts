// The search page in real Chromium against the built site (dist/, with its Pagefind index).
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser, openPage, type OpenedPage } from '../support/browser';
import { startStaticServer, type StaticServer } from '../support/server';

const DIST = 'dist';
const ready = existsSync(`${DIST}/search/index.html`) && existsSync(`${DIST}/pagefind/pagefind.js`);
if (!ready) console.warn('search e2e skipped: dist/search or dist/pagefind missing — run `npm run build` first');
if (!hasChromium()) console.warn('search e2e skipped: no Chromium at /usr/bin/chromium (set CHROME_PATH)');

const RESULTS = '[data-testid="search-results"]';

async function waitForResults(page: Page): Promise<number> {
  await page.waitForFunction(
    (sel) => {
      const el = document.querySelector<HTMLElement>(sel);
      return !!el && el.dataset.total !== undefined && !el.hasAttribute('aria-busy');
    },
    RESULTS,
    { timeout: 20_000 },
  );
  return Number(await page.getAttribute(RESULTS, 'data-total'));
}
const links = (page: Page): Promise<string[]> =>
  page.$$eval(`${RESULTS} a`, (as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));

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
    await page.locator('#search-q').pressSequentially('智慧助老', { delay: 30 });
    const total = await waitForResults(page);
    expect(total).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('智慧助老');
    const hrefs = await links(page);
    expect(hrefs).toHaveLength(total);
    for (const h of hrefs) expect(h).toMatch(/^\/plans\/[a-z0-9-]+\/#[a-z][a-z0-9-]*$/);
    expect(await page.textContent('[data-testid="search-status"]')).toContain(String(total));
    // grouped by plan, each with a heading path and a highlighted match
    expect(await page.locator(`${RESULTS} .result-plan`).count()).toBeGreaterThan(1);
    expect(await page.locator(`${RESULTS} .result mark`).first().textContent()).toBe('智慧助老');
  });

  it('opening a search URL shows its results, and each result lands on a section containing the term', async () => {
    const { page, goto } = await open();
    await goto('/search/?q=' + encodeURIComponent('科技特派员'));
    const total = await waitForResults(page);
    expect(total).toBeGreaterThan(0);
    expect(await page.inputValue('#search-q')).toBe('科技特派员');
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
      expect(text, href).toContain('科技特派员');
      const inView = await page.evaluate((sectionId) => {
        const r = document.getElementById(sectionId)?.getBoundingClientRect();
        return !!r && r.top >= -2 && r.top < innerHeight;
      }, id);
      expect(inView, href).toBe(true);
    }
  });

  it('clicking a result navigates to its section', async () => {
    const { page, goto } = await open();
    await goto('/search/?q=' + encodeURIComponent('馆校合作'));
    await waitForResults(page);
    const first = page.locator(`${RESULTS} a`).first();
    const href = await first.getAttribute('href');
    await Promise.all([page.waitForURL((u) => u.pathname.startsWith('/plans/')), first.click()]);
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(href);
  });

  it('filters narrow the results and are kept in the URL', async () => {
    const { page, goto } = await open();
    await goto('/search/?q=' + encodeURIComponent('科普'));
    const all = await waitForResults(page);
    const plan = await page.locator('input[name=plan]').first().getAttribute('value');
    // The filters are folded away until asked for.
    await page.locator('details.search-filters > summary').click();
    await page.locator('input[name=plan]').first().check();
    await page.waitForURL((u) => u.searchParams.get('plan') === plan);
    const narrowed = await waitForResults(page);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    for (const h of await links(page)) expect(h.startsWith(`/plans/${plan}/`)).toBe(true);

    // a shared link with a topic filter: only sections under that plan's elderly section
    await goto('/search/?q=' + encodeURIComponent('科普') + '&topic=group:elderly');
    const elderly = await waitForResults(page);
    expect(elderly).toBeGreaterThan(0);
    expect(elderly).toBeLessThan(all);
    expect(await page.locator('input[name=topic][value="group:elderly"]').isChecked()).toBe(true);

    await goto('/search/?q=' + encodeURIComponent('科普') + '&level=province');
    const province = await waitForResults(page);
    expect(province).toBeLessThan(all);
  });

  it('several terms return sections containing all of them', async () => {
    const { page, goto } = await open();
    await goto('/search/?q=' + encodeURIComponent('智慧助老'));
    await waitForResults(page);
    const one = new Set(await links(page));
    await goto('/search/?q=' + encodeURIComponent('智慧助老 老年人'));
    expect(await waitForResults(page)).toBeGreaterThan(0);
    const both = await links(page);
    expect(both.length).toBeLessThanOrEqual(one.size);
    for (const h of both) expect(one.has(h)).toBe(true);
  });

  it('traditional input finds the simplified text', async () => {
    const { page, goto } = await open();
    await goto('/search/?q=' + encodeURIComponent('银龄科普'));
    await waitForResults(page);
    const simplified = (await links(page)).sort();
    await goto('/search/?q=' + encodeURIComponent('銀齡科普'));
    const total = await waitForResults(page);
    expect(total).toBeGreaterThan(0);
    expect((await links(page)).sort()).toEqual(simplified);
  });

  it('the header box on any page: "/" focuses it and Enter opens the search page', async () => {
    const { page, goto } = await open();
    await goto('/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('短视频');
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
      await page.goto(`${server.url}/search/?q=${encodeURIComponent('科技特派员')}`);
      expect(await waitForResults(page)).toBeGreaterThan(0);
      await page.waitForLoadState('networkidle');
      expect(bytes).toBeLessThan(250 * 1024);
    } finally {
      await context.close();
    }
  });
});
