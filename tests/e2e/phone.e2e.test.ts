// A phone (360 px) and dark mode, in Chromium on the built site: the one-line header, the matrix's
// cards, the heat map's touch behaviour, and a colour scale that reads the same in both schemes.
// (Overflow and chart text size on every page type are checked by check:site, src/lib/checks/layout.ts.)
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageTypes } from '../../src/lib/checks/page-types';
import { composite, contrastRatio, parseRgb } from '../../src/lib/color';
import { hasChromium, launchBrowser } from '../support/browser';
import { startStaticServer, type StaticServer } from '../support/server';
import { allPages, hasBuild } from '../support/site';
import { loadPlans } from '../support/plans';
import { buildMatrix } from '../../src/lib/matrix/build';
import { MAX_PLAN_COLUMNS } from '../../src/lib/matrix/overview';
import { subsetPages } from '../../src/lib/matrix/province-pages';

const PHONE = { width: 360, height: 740 };
const plans = loadPlans();
/**
 * A matrix page that sets plans side by side: /matrix/ while it lists every plan (up to
 * MAX_PLAN_COLUMNS), beyond that the first page of the province with the most plans (/matrix/ is
 * then the province overview), so the test holds for any number of plans.
 */
const plansPage = (() => {
  if (plans.length <= MAX_PLAN_COLUMNS) return { path: '/matrix/', plans };
  const widest = subsetPages(plans).filter((p) => p.facet === 'province' && p.page === 1).sort((a, b) => b.plans.length - a.plans.length)[0]!;
  return { path: `/matrix/province/${encodeURIComponent(widest.value)}/`, plans: widest.plans };
})();
const columns = buildMatrix(plansPage.plans, 'groups').columns;

describe.skipIf(!hasBuild() || !hasChromium())('on a phone, and in dark mode', () => {
  let server: StaticServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const phone = async (options: { hasTouch?: boolean; colorScheme?: 'light' | 'dark' } = {}) => {
    const context = await browser.newContext({ viewport: PHONE, isMobile: options.hasTouch, ...options });
    contexts.push(context);
    return context.newPage();
  };
  beforeAll(async () => {
    server = await startStaticServer('dist', 0);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  it('folds the header to one line on every page type, and /search/ shows one search box', async () => {
    const page = await phone();
    for (const type of pageTypes(allPages()).types) {
      await page.goto(server.url + type.path);
      const header = await page.locator('.site-header').boundingBox();
      const lineHeight = await page.locator('.brand').evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
      // One line of the name plus the header's padding: under two lines.
      expect(header!.height, type.path).toBeLessThan(2 * lineHeight + 12);
      // The header's search box folds into an icon; /search/ shows its own box, once. (The compare
      // page's plan choosers are search fields of its own form, not the site search.)
      const searchPage = type.name.endsWith('search');
      expect(await page.locator('.site-header input[type=search]:visible').count(), type.path).toBe(0);
      if (searchPage) expect(await page.locator('input[type=search]:visible').count(), type.path).toBe(1);
      if (!searchPage) expect(await page.locator(`.site-header a[href="${type.name.startsWith('en-') ? '/en' : ''}/search/"]:visible`).count(), type.path).toBe(1);
      // Every navigation link is one tap away, in the 栏目 menu.
      await page.locator('.nav-menu summary').click();
      expect(await page.locator('.nav-menu a:visible').count(), type.path).toBe(await page.locator('.nav-wide a').count());
    }
    // On a wide screen /search/ still has only its own box.
    const wide = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await wide.goto(`${server.url}/search/`);
    expect(await wide.locator('input[type=search]:visible').count()).toBe(1);
    await wide.close();
  });

  it('shows every plan’s matrix cell within the screen, under the plan’s name', async () => {
    const page = await phone();
    await page.goto(server.url + plansPage.path);
    await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
    const cells = await page.$$eval('table.matrix td[data-col]', (tds) =>
      tds.map((td) => {
        const r = td.getBoundingClientRect();
        return { col: td.getAttribute('data-col')!, left: r.left, right: r.right, label: getComputedStyle(td, '::before').content };
      }),
    );
    expect(cells.length).toBeGreaterThan(0);
    expect(new Set(cells.map((c) => c.col))).toEqual(new Set(columns.map((c) => c.slug)));
    for (const c of cells) {
      expect(c.left, c.col).toBeGreaterThanOrEqual(0);
      expect(c.right, c.col).toBeLessThanOrEqual(PHONE.width);
      expect(c.label, c.col).toContain(columns.find((col) => col.slug === c.col)!.shortName);
    }
    // The heat map, drawn plans-down, fits the screen too.
    const svg = await page.locator('#heatmap .chart-canvas svg').boundingBox();
    expect(svg!.x + svg!.width).toBeLessThanOrEqual(PHONE.width);
  });

  it('heat map by touch: the first tap shows the details, a second tap on the same cell opens it', async () => {
    const page = await phone({ hasTouch: true });
    await page.goto(server.url + plansPage.path);
    await page.waitForSelector('#heatmap svg a.cell');
    const cells = page.locator('#heatmap svg a.cell');
    const [first, second] = [cells.nth(0), cells.nth(1)];
    const label = await first.getAttribute('aria-label');
    const href = await first.getAttribute('href');
    await first.tap();
    expect(await page.locator('#heatmap .heat-details').textContent()).toBe(label);
    expect(new URL(page.url()).pathname).toBe(plansPage.path);
    // Another cell's first tap moves the details there; still no navigation.
    await second.tap();
    expect(await page.locator('#heatmap .heat-details').textContent()).toBe(await second.getAttribute('aria-label'));
    await first.tap();
    expect(new URL(page.url()).pathname).toBe(plansPage.path);
    await Promise.all([page.waitForURL((u) => u.pathname + u.hash === href), first.tap()]);
    // The caption speaks of touch.
    await page.goto(server.url + plansPage.path);
    expect(await page.locator('#heatmap-caption').textContent()).toMatch(/轻触/);
  });

  it('colours larger values further from the background in light and dark, as the caption and legend say', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(server.url + plansPage.path);
      await page.waitForSelector('#heatmap .heat-legend rect.swatch');
      const bg = parseRgb(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor));
      const read = (selector: string) =>
        page.$$eval(selector, (rects) =>
          rects.map((r) => ({ fill: getComputedStyle(r).fill, opacity: Number(r.getAttribute('fill-opacity')), value: Number(r.getAttribute('data-value') ?? r.parentElement?.textContent) })),
        );
      const contrast = (x: { fill: string; opacity: number }) => contrastRatio(composite(parseRgb(x.fill), x.opacity, bg), bg);
      const swatches = await read('#heatmap .heat-legend rect.swatch');
      expect(swatches.length).toBeGreaterThan(1);
      for (let i = 1; i < swatches.length; i++) expect(contrast(swatches[i]!), `${colorScheme} swatch ${i}`).toBeGreaterThan(contrast(swatches[i - 1]!));
      const cells = (await read('#heatmap svg a.cell rect')).sort((a, b) => a.value - b.value);
      for (let i = 1; i < cells.length; i++) expect(contrast(cells[i]!) + 1e-9, `${colorScheme} ${cells[i]!.value}`).toBeGreaterThanOrEqual(contrast(cells[i - 1]!));
      // The wording holds in both schemes: no "darker"/"lighter" claim.
      const caption = (await page.locator('#heatmap-caption').textContent()) ?? '';
      expect(caption).not.toMatch(/越深|越浅|越暗|越亮/);
      expect(caption).toMatch(/反差/);
    }
  });
});
