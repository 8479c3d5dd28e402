// The matrix, comparison and department pages and the downloads, on the built site (dist/).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUP_KEYS, PROJECT_KEYS } from '../../src/lib/taxonomy';
import { hasChromium, launchBrowser, openPage } from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/server.ts';
import { DIST, hasBuild, readPage } from '../support/site';

const PLANS = ['baoshan-2021-2025', 'ezhou-2021-2025', 'guangzhou-nansha-2022-2025', 'shenzhen-2022-2025', 'zhejiang-2021-2025'];

/** Whether /plans/<slug>/ has an element with this id. */
const idsOf = new Map<string, Set<string>>();
function planHasId(slug: string, id: string): boolean {
  if (!idsOf.has(slug)) idsOf.set(slug, new Set(readPage(`/plans/${slug}/`).querySelectorAll('[id]').map((e) => e.id)));
  return idsOf.get(slug)!.has(id);
}
function expectLinkResolves(href: string) {
  const m = /^\/plans\/([a-z0-9-]+)\/#([a-z0-9-]+)$/.exec(href);
  expect(m, href).not.toBeNull();
  expect(planHasId(m![1]!, m![2]!), href).toBe(true);
}

/** Total gzip size of the scripts a page loads (module scripts and their static imports). */
function pageJsGzip(path: string): { bytes: number; files: string[] } {
  const seen = new Set<string>();
  const queue = readPage(path)
    .querySelectorAll('script[src]')
    .map((s) => s.getAttribute('src')!);
  while (queue.length) {
    const src = queue.shift()!;
    if (seen.has(src)) continue;
    seen.add(src);
    const code = readFileSync(join(DIST, src), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js|\/_astro\/[^"']+\.js)["']/g)) queue.push(m[1]!.startsWith('./') ? `/_astro/${m[1]!.slice(2)}` : m[1]!);
  }
  const bytes = [...seen].reduce((n, src) => n + gzipSync(readFileSync(join(DIST, src)), { level: 9 }).length, 0);
  return { bytes, files: [...seen] };
}

describe.skipIf(!hasBuild())('matrix page (built HTML)', () => {
  const page = readPage('/matrix/');
  const groups = page.querySelector('table#matrix-groups')!;

  it('is a real table with column headers for plans and row headers for the five groups', () => {
    expect(groups).not.toBeNull();
    const cols = groups.querySelectorAll('thead th[scope=col]');
    expect(cols.map((c) => c.getAttribute('data-col')).sort()).toEqual(PLANS);
    const rows = groups.querySelectorAll('tbody tr');
    expect(rows.map((r) => r.querySelector('th[scope=row]')!.querySelector('a')!.text)).toEqual(['青少年', '农民', '产业工人', '老年人', '领导干部和公务员']);
    expect(rows[0]!.querySelector('th[scope=row] .en')!.text).toBe('Youth');
    expect(groups.querySelector('caption')).not.toBeNull();
  });

  it('has 24 cells linking to sections that exist on the plan pages, and one explained absence', () => {
    const present = groups.querySelectorAll('td[data-present=true]');
    expect(present).toHaveLength(24);
    for (const td of present) {
      const href = td.querySelector('a.cell-heading')!.getAttribute('href')!;
      expect(href).toBe(`/plans/${td.getAttribute('data-col')}/#${td.parentNode!.getAttribute('data-row')}`);
      expectLinkResolves(href);
    }
    const absent = groups.querySelectorAll('td[data-present=false]');
    expect(absent.map((td) => `${td.getAttribute('data-col')}×${td.parentNode!.getAttribute('data-row')}`)).toEqual(['shenzhen-2022-2025×farmers']);
    expect(absent[0]!.text).toContain('未单列');
    expect(absent[0]!.text).toContain('城市劳动者');
  });

  it('says in the Shenzhen workers cell that 城市劳动者 counts as workers, and shows lead departments', () => {
    const workers = groups.querySelector('tr[data-row=workers] td[data-col=shenzhen-2022-2025]')!;
    expect(workers.text).toContain('方案称“城市劳动者”，计入“产业工人”');
    const elderly = groups.querySelector('tr[data-row=elderly] td[data-col=shenzhen-2022-2025]')!;
    expect(elderly.querySelector('dl.deps')!.text).toMatch(/牵头\s*市卫生健康委、市科协/);
    const ezhou = groups.querySelector('tr[data-row=youth] td[data-col=ezhou-2021-2025]')!;
    expect(ezhou.querySelector('dl.deps')!.text).toMatch(/牵头\s*未载明/);
    expect(ezhou.querySelector('dl.deps')!.text).toContain('责任单位');
  });

  it('has the key-project table and the targets table, every link resolving', () => {
    const projects = page.querySelector('table#matrix-projects')!;
    expect(projects.querySelectorAll('tbody tr')).toHaveLength(PROJECT_KEYS.length);
    for (const a of projects.querySelectorAll('td a.cell-heading')) expectLinkResolves(a.getAttribute('href')!);
    const targets = page.querySelector('table#targets')!;
    expect(targets.querySelectorAll('tbody tr')).toHaveLength(PLANS.length);
    expect(targets.querySelector('tr[data-col=shenzhen-2022-2025]')!.text).toContain('2025年超过25%');
    expect(targets.querySelector('tr[data-col=shenzhen-2022-2025]')!.text).toContain('2020年21.1%');
    for (const a of targets.querySelectorAll('td a')) expectLinkResolves(a.getAttribute('href')!);
  });

  it('links the downloads, and they are well formed', () => {
    for (const f of ['matrix.csv', 'matrix.json', 'plans.json', 'departments.csv']) expect(page.querySelector(`a[href="/data/${f}"]`), f).not.toBeNull();
    const csv = readFileSync(join(DIST, 'data/matrix.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.filter((r) => r.kind === 'groups')).toHaveLength(PLANS.length * GROUP_KEYS.length);
    expect(rows.filter((r) => r.kind === 'projects')).toHaveLength(PLANS.length * PROJECT_KEYS.length);
    expect(JSON.parse(readFileSync(join(DIST, 'data/plans.json'), 'utf8'))).toHaveLength(PLANS.length);
    expect(JSON.parse(readFileSync(join(DIST, 'data/matrix.json'), 'utf8')).plans).toHaveLength(PLANS.length);
    const deps = readFileSync(join(DIST, 'data/departments.csv'), 'utf8');
    expect(deps.charCodeAt(0)).toBe(0xfeff);
    expect(deps).toContain('市卫生健康委');
  });

  it('ships at most 40 KB of compressed JavaScript, and d3 only on the matrix page', () => {
    const { bytes, files } = pageJsGzip('/matrix/');
    expect(bytes).toBeLessThanOrEqual(40 * 1024);
    const matrixOnly = files.filter((f) => !pageJsGzip('/plans/shenzhen-2022-2025/').files.includes(f));
    expect(matrixOnly.length).toBeGreaterThan(0);
    for (const path of ['/groups/elderly/', '/departments/', '/plans/shenzhen-2022-2025/', '/']) {
      for (const f of pageJsGzip(path).files) expect(matrixOnly, `${path} loads ${f}`).not.toContain(f);
    }
    const all = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.js'));
    expect(all.length).toBeGreaterThan(0);
  });
});

describe.skipIf(!hasBuild())('comparison and department pages (built HTML)', () => {
  it('has a page per group with a block per plan, id = slug, kept out of search', () => {
    for (const key of GROUP_KEYS) {
      const page = readPage(`/groups/${key}/`);
      const blocks = page.querySelectorAll('article.compare-block');
      expect(blocks.map((b) => b.id).sort()).toEqual(PLANS);
      for (const b of blocks) expect(b.hasAttribute('data-pagefind-ignore')).toBe(true);
    }
    const elderly = readPage('/groups/elderly/').querySelector('#shenzhen-2022-2025')!;
    expect(elderly.querySelector('dl.deps')!.text).toMatch(/牵头\s*市卫生健康委、市科协/);
    expect(elderly.querySelector('dl.deps')!.text).toContain('配合');
    expect(elderly.querySelectorAll('a').some((a) => a.getAttribute('href') === '/plans/shenzhen-2022-2025/#elderly')).toBe(true);
    expect(elderly.text).toContain('牵头部门：市卫生健康委、市科协');
    const farmers = readPage('/groups/farmers/').querySelector('#shenzhen-2022-2025')!;
    expect(farmers.text).toContain('未单列');
  });

  it('has a page per key project and the index pages', () => {
    for (const key of PROJECT_KEYS) expect(readPage(`/projects/${key}/`).querySelectorAll('article.compare-block')).toHaveLength(PLANS.length);
    expect(readPage('/groups/').querySelectorAll('main a[href^="/groups/"]')).toHaveLength(GROUP_KEYS.length);
    expect(readPage('/projects/').querySelectorAll('main a[href^="/projects/"]')).toHaveLength(PROJECT_KEYS.length);
  });

  it('lists every department, each with a page of what it leads or supports, across plans', () => {
    const index = readPage('/departments/');
    const link = index.querySelectorAll('table.dept-table th a').find((a) => a.text === '市卫生健康委')!;
    expect(link).toBeDefined();
    const detail = readPage(link.getAttribute('href')!);
    expect(detail.querySelectorAll('section.dept-entry li').some((li) => /牵头\s*深圳 · 老年人/.test(li.text))).toBe(true);
    // Department links from matrix cells land on a department's page.
    for (const a of readPage('/matrix/').querySelectorAll('dl.deps a')) {
      expect(existsSync(join(DIST, a.getAttribute('href')!, 'index.html')), a.getAttribute('href')!).toBe(true);
    }
  });
});

describe.skipIf(!hasBuild() || !hasChromium())('matrix page in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startStaticServer(DIST);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws the heat map and the literacy chart with no console errors, in light and dark mode', async () => {
    const fills: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const { page, consoleErrors, foreignRequests, goto } = await openPage(browser, server.url);
      await page.emulateMedia({ colorScheme: scheme });
      await goto('/matrix/');
      await page.waitForSelector('#heatmap svg .cell');
      expect(await page.locator('#heatmap svg a.cell').count()).toBe(24);
      expect(await page.locator('#heatmap svg .cell-absent').count()).toBe(1);
      expect(await page.locator('#literacy-chart svg rect.bar').count()).toBe(4);
      expect(await page.locator('#literacy-chart svg circle.baseline').count()).toBe(1);
      expect(await page.locator('#literacy-chart svg').getAttribute('aria-label')).toContain('深圳：2025年超过25%，基线2020年21.1%');
      fills.push(await page.locator('#heatmap svg a.cell rect').first().evaluate((el) => getComputedStyle(el).fill));
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await page.close();
    }
    expect(fills[0]).not.toBe(fills[1]);
  });

  it('works from the keyboard: one tab stop, arrows move, details follow focus, Enter opens the section', async () => {
    const { page, consoleErrors, goto } = await openPage(browser, server.url);
    await goto('/matrix/');
    await page.waitForSelector('#heatmap svg .cell');
    await page.locator('input[name="heat-measure"][value="measures"]').check();
    await page.locator('input[name="heat-measure"][value="measures"]').focus();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    const details = () => page.locator('#heatmap .heat-details').textContent();
    expect(await focused()).toMatch(/^浙江 · 青少年：/);
    expect(await details()).toBe(await focused());
    // Only one cell is in the tab order.
    expect(await page.locator('#heatmap .cell[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toMatch(/^保山 · 青少年：/);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toMatch(/^保山 · 农民：/);
    await page.keyboard.press('End');
    expect(await focused()).toMatch(/^南沙 · 农民：/);
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toMatch(/^深圳 · 农民：.*未单列/);
    expect(await details()).toContain('未单列');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toMatch(/^深圳 · 青少年：/);
    await Promise.all([page.waitForURL(/\/plans\/shenzhen-2022-2025\/#youth$/), page.keyboard.press('Enter')]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows details on hover and opens the section on click', async () => {
    const { page, goto } = await openPage(browser, server.url);
    await goto('/matrix/');
    const cell = page.locator('#heatmap a.cell[data-row="elderly"][data-col="zhejiang-2021-2025"]');
    await cell.hover();
    expect(await page.locator('#heatmap .heat-details').textContent()).toMatch(/^浙江 · 老年人：/);
    await Promise.all([page.waitForURL(/\/plans\/zhejiang-2021-2025\/#elderly$/), cell.click()]);
    await page.close();
  });

  it('filters by level and province in place, keeping the choice in the URL', async () => {
    const { page, goto, consoleErrors } = await openPage(browser, server.url);
    await goto('/matrix/');
    await page.waitForSelector('#heatmap svg .cell');
    await page.click('#matrix-filter a[data-filter-level="district"]');
    expect(await page.locator('#matrix-groups thead th[data-col]:visible').count()).toBe(1);
    expect(await page.locator('#heatmap svg .cell').count()).toBe(5);
    expect(page.url()).toContain('level=district');
    expect(new URL(page.url()).pathname).toBe('/matrix/');
    await page.click('#matrix-filter a[data-filter-level=""]');
    await page.click('#matrix-filter a[data-filter-province="广东省"]');
    expect(await page.locator('#matrix-groups thead th[data-col]:visible').count()).toBe(2);
    expect(await page.locator('#targets tbody tr:visible').count()).toBe(2);
    expect(await page.locator('#literacy-chart svg rect.bar').count()).toBe(1);
    // The choice survives a reload through the URL.
    await page.reload();
    await page.waitForSelector('#heatmap svg .cell');
    expect(await page.locator('#matrix-groups thead th[data-col]:visible').count()).toBe(2);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('is complete without JavaScript: tables present, filter links lead to static subset pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/matrix/`);
    expect(await page.locator('#matrix-groups td[data-present=true]').count()).toBe(24);
    expect(await page.locator('#heatmap .no-js').isVisible()).toBe(true);
    await page.click('#matrix-filter a[data-filter-province="广东省"]');
    expect(decodeURI(new URL(page.url()).pathname)).toBe('/matrix/province/广东省/');
    expect(await page.locator('#matrix-groups thead th[data-col]').count()).toBe(2);
    expect(await page.locator('h1').textContent()).toBe('对照矩阵：广东省');
    await page.click('#matrix-filter a[data-filter-level="province"]');
    expect(new URL(page.url()).pathname).toBe('/matrix/level/province/');
    expect(await page.locator('#matrix-groups thead th[data-col]').allTextContents()).toEqual([expect.stringContaining('浙江')]);
    await context.close();
  });
});
