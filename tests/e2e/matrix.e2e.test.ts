// The matrix, comparison and department pages and the downloads, on the built site (dist/).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../src/lib/matrix/build';
import { buildDepartmentIndex } from '../../src/lib/matrix/departments';
import { NATIONAL_LITERACY, targetValueText } from '../../src/lib/matrix/targets';
import type { SectionRef } from '../../src/lib/schema';
import { GROUPS, GROUP_KEYS, PROJECT_KEYS, type GroupKey } from '../../src/lib/taxonomy';
import { loadPlans } from '../support/plans';
import { hasChromium, openPage, useServedSite } from '../support/browser';
import { DIST, hasBuild, readPage } from '../support/site';

/** The committed plans, as the site reads them: every expectation below is derived from them. */
const plans = loadPlans();
const PLANS = plans.map((p) => p.id).sort();
const bySlug = new Map(plans.map((p) => [p.id, p.data]));
const groupRef = (slug: string, key: GroupKey): SectionRef | null => bySlug.get(slug)!.groups[key] ?? null;
/** Every plan × group pair, with its section or null. */
const groupCells = plans.flatMap((p) => GROUPS.map((g) => ({ slug: p.id, key: g.key, zh: g.zh, ref: p.data.groups[g.key] ?? null, fm: p.data })));
const presentCount = groupCells.filter((c) => c.ref).length;
const absentCount = groupCells.length - presentCount;
const columns = buildMatrix(plans, 'groups').columns;

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
    expect(rows.map((r) => r.querySelector('th[scope=row]')!.querySelector('a')!.text)).toEqual(GROUPS.map((g) => g.zh));
    expect(rows.map((r) => r.querySelector('th[scope=row] .en')!.text)).toEqual(GROUPS.map((g) => g.en));
    expect(groups.querySelector('caption')).not.toBeNull();
  });

  it('links every group section of every plan to a section that exists, and explains every absence', () => {
    expect(groups.querySelectorAll('td[data-present=true]')).toHaveLength(presentCount);
    expect(groups.querySelectorAll('td[data-present=false]')).toHaveLength(absentCount);
    for (const { slug, key, zh, ref, fm } of groupCells) {
      const td = groups.querySelector(`tr[data-row=${key}] td[data-col=${slug}]`)!;
      expect(td.getAttribute('data-present'), `${slug}×${key}`).toBe(String(!!ref));
      if (!ref) {
        expect(td.text, `${slug}×${key}`).toContain('未单列');
        expect(td.text, `${slug}×${key}`).toContain(fm.shortName);
        continue;
      }
      const href = td.querySelector('a.cell-heading')!.getAttribute('href')!;
      expect(href).toBe(`/plans/${slug}/#${ref.anchor}`);
      expectLinkResolves(href);
      // A plan's own wording that is not the taxonomy's is said (e.g. 城市劳动者 counted as 产业工人).
      if (!ref.heading.includes(zh)) expect(td.text, `${slug}×${key}`).toContain(`方案称“${ref.matched}”，计入“${zh}”`);
    }
  });

  it('shows in each cell who leads, or that the plan names no lead', () => {
    for (const { slug, key, ref } of groupCells) {
      if (!ref) continue;
      const deps = groups.querySelector(`tr[data-row=${key}] td[data-col=${slug}] dl.deps`)?.text ?? '';
      if (ref.departments.lead.length) expect(deps, `${slug}×${key}`).toMatch(new RegExp(`牵头\\s*${ref.departments.lead[0]!.replace(/[()（）]/g, '.')}`));
      else if (ref.departments.responsible.length) {
        expect(deps, `${slug}×${key}`).toMatch(/牵头\s*未载明/);
        expect(deps, `${slug}×${key}`).toContain('责任单位');
      }
    }
  });

  it('has the key-project table and the targets table, every link resolving', () => {
    const projects = page.querySelector('table#matrix-projects')!;
    expect(projects.querySelectorAll('tbody tr')).toHaveLength(PROJECT_KEYS.length);
    for (const a of projects.querySelectorAll('td a.cell-heading')) expectLinkResolves(a.getAttribute('href')!);
    const targets = page.querySelector('table#targets')!;
    expect(targets.querySelectorAll('tbody tr[data-col]')).toHaveLength(PLANS.length);
    for (const p of plans) {
      const row = targets.querySelector(`tr[data-col=${p.id}]`)!.text;
      const t = p.data.literacyTarget;
      const b = p.data.literacyBaseline;
      if (t) expect(row, p.id).toContain(`${t.year}年${t.comparator}${t.percent}%`);
      if (b) expect(row, p.id).toContain(`${b.year}年${b.percent}%`);
    }
    for (const a of targets.querySelectorAll('td a')) expectLinkResolves(a.getAttribute('href')!);
  });

  it('shows every quantified target’s value, unit and year in text, not only in a title', () => {
    const targets = page.querySelector('table#targets')!;
    for (const p of plans) {
      const items = targets.querySelectorAll(`tr[data-col=${p.id}] ul.other-targets > li`).map((li) => li.text);
      expect(items, p.id).toHaveLength(p.data.targets.length);
      p.data.targets.forEach((o, i) => expect(items[i], `${p.id}: ${o.measure}`).toBe(`${o.measure}：${targetValueText(o)}${o.year !== null ? `（${o.year}年）` : '（未载明年份）'}`));
    }
    // The national outline's figures: a row of the table (the chart's text alternative) and cited in the caption.
    const national = targets.querySelector('tbody.national tr')!.text;
    for (const f of NATIONAL_LITERACY.figures) expect(national).toContain(`${f.year}年${f.comparator}${f.percent}%`);
    const caption = page.querySelector('#literacy-chart figcaption')!;
    expect(caption.text).toContain(NATIONAL_LITERACY.documentNumber);
    expect(caption.querySelector('cite')?.text).toContain(NATIONAL_LITERACY.title);
    // The plans the chart cannot draw are named under it.
    const undrawn = plans.filter((p) => !p.data.literacyTarget && !p.data.literacyBaseline);
    const note = page.querySelector('#literacy-chart p.uncharted');
    expect(note === null).toBe(undrawn.length === 0);
    for (const p of undrawn) expect(note!.text, p.id).toContain(p.data.shortName);
    for (const p of plans.filter((q) => !undrawn.includes(q))) expect(note?.text ?? '', p.id).not.toContain(p.data.shortName);
  });

  it('links the downloads, and they are well formed', () => {
    for (const f of ['matrix.csv', 'matrix.json', 'plans.json', 'departments.csv', 'targets.csv']) expect(page.querySelector(`a[href="/data/${f}"]`), f).not.toBeNull();
    const csv = readFileSync(join(DIST, 'data/matrix.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.filter((r) => r.kind === 'groups')).toHaveLength(PLANS.length * GROUP_KEYS.length);
    expect(rows.filter((r) => r.kind === 'projects')).toHaveLength(PLANS.length * PROJECT_KEYS.length);
    expect(rows.filter((r) => r.kind === 'groups' && r.present === 'true')).toHaveLength(presentCount);
    expect(JSON.parse(readFileSync(join(DIST, 'data/plans.json'), 'utf8'))).toHaveLength(PLANS.length);
    expect(JSON.parse(readFileSync(join(DIST, 'data/matrix.json'), 'utf8')).plans).toHaveLength(PLANS.length);
    const deps = parseCsv(readFileSync(join(DIST, 'data/departments.csv'), 'utf8').slice(1), { columns: true }) as Record<string, string>[];
    const names = new Set(deps.map((r) => r.department));
    for (const d of buildDepartmentIndex(plans).departments) expect(names.has(d.name), d.name).toBe(true);
  });

  it('ships at most 40 KB of compressed JavaScript, and d3 only on the matrix page', () => {
    const { bytes, files } = pageJsGzip('/matrix/');
    expect(bytes).toBeLessThanOrEqual(40 * 1024);
    const planPage = `/plans/${PLANS[0]}/`;
    const matrixOnly = files.filter((f) => !pageJsGzip(planPage).files.includes(f));
    expect(matrixOnly.length).toBeGreaterThan(0);
    for (const path of ['/groups/elderly/', '/departments/', planPage, '/']) {
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
      for (const slug of PLANS) {
        const block = page.querySelector(`#${slug}`)!;
        const ref = groupRef(slug, key);
        if (!ref) {
          expect(block.text, `${key} ${slug}`).toContain('未单列');
          continue;
        }
        expect(block.querySelectorAll('a').some((a) => a.getAttribute('href') === `/plans/${slug}/#${ref.anchor}`), `${key} ${slug}`).toBe(true);
        if (ref.departments.lead.length) expect(block.querySelector('dl.deps')!.text, `${key} ${slug}`).toContain('牵头');
        if (ref.departments.support.length) expect(block.querySelector('dl.deps')!.text, `${key} ${slug}`).toContain('配合');
        // The section's own text is shown: its heading wording.
        expect(block.text.replace(/\s/g, ''), `${key} ${slug}`).toContain(ref.heading.replace(/\s/g, ''));
      }
    }
  });

  it('has a page per key project and the index pages', () => {
    for (const key of PROJECT_KEYS) expect(readPage(`/projects/${key}/`).querySelectorAll('article.compare-block')).toHaveLength(PLANS.length);
    expect(readPage('/groups/').querySelectorAll('main a[href^="/groups/"]')).toHaveLength(GROUP_KEYS.length);
    expect(readPage('/projects/').querySelectorAll('main a[href^="/projects/"]')).toHaveLength(PROJECT_KEYS.length);
  });

  it('lists every department, each with a page of what it leads or supports, across plans', () => {
    const index = readPage('/departments/');
    const links = new Map(index.querySelectorAll('table.dept-table th a').map((a) => [a.text, a.getAttribute('href')!]));
    const departments = buildDepartmentIndex(plans).departments;
    expect(departments.length).toBeGreaterThan(0);
    for (const d of departments) expect(links.has(d.name), d.name).toBe(true);
    // One department page per role: its entries name the plan and the group or project.
    for (const role of ['lead', 'support', 'responsible'] as const) {
      const d = departments.find((x) => x.occurrences.some((o) => o.role === role));
      if (!d) continue;
      const o = d.occurrences.find((x) => x.role === role)!;
      const label = { lead: '牵头', support: '配合', responsible: '责任单位' }[role];
      const detail = readPage(links.get(d.name)!);
      expect(detail.querySelectorAll('section.dept-entry li').some((li) => new RegExp(`${label}\\s*${o.plan} · ${o.zh}`).test(li.text)), `${d.name} ${role}`).toBe(true);
    }
    // Department links from matrix cells land on a department's page.
    for (const a of readPage('/matrix/').querySelectorAll('dl.deps a')) {
      expect(existsSync(join(DIST, a.getAttribute('href')!, 'index.html')), a.getAttribute('href')!).toBe(true);
    }
  });
});

describe.skipIf(!hasBuild() || !hasChromium())('matrix page in Chromium', () => {
  const site = useServedSite(DIST);

  /** The group table's cells in the page, in DOM (reading) order: the heat map draws from them. */
  const tableCells = (page: Page) =>
    page.$$eval('#matrix-groups tbody tr[data-row]', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td[data-col]')].map((td) => ({ label: td.getAttribute('data-label') ?? '', href: td.getAttribute('data-href') }))),
    );

  it('draws the heat map and the literacy chart with no console errors, in light and dark mode', async () => {
    const fills: string[] = [];
    const withBoth = plans.find((p) => p.data.literacyTarget && p.data.literacyBaseline);
    for (const scheme of ['light', 'dark'] as const) {
      const { page, consoleErrors, foreignRequests, goto } = await openPage(site.browser, site.server.url);
      await page.emulateMedia({ colorScheme: scheme });
      await goto('/matrix/');
      await page.waitForSelector('#heatmap svg .cell');
      expect(await page.locator('#heatmap svg a.cell').count()).toBe(presentCount);
      expect(await page.locator('#heatmap svg .cell-absent').count()).toBe(absentCount);
      expect(await page.locator('#literacy-chart svg rect.bar').count()).toBe(plans.filter((p) => p.data.literacyTarget).length);
      expect(await page.locator('#literacy-chart svg circle.baseline').count()).toBe(plans.filter((p) => p.data.literacyBaseline).length);
      expect(await page.locator('#literacy-chart svg g.reference line').count()).toBe(NATIONAL_LITERACY.figures.length);
      const label = (await page.locator('#literacy-chart svg').getAttribute('aria-label')) ?? '';
      for (const f of NATIONAL_LITERACY.figures) expect(label).toContain(`${f.year}年${f.comparator}${f.percent}%`);
      if (withBoth) {
        const { shortName, literacyTarget: t, literacyBaseline: b } = withBoth.data;
        expect(await page.locator('#literacy-chart svg').getAttribute('aria-label')).toContain(`${shortName}：${t!.year}年${t!.comparator}${t!.percent}%，基线${b!.year}年${b!.percent}%`);
      }
      fills.push(await page.locator('#heatmap svg a.cell rect').first().evaluate((el) => getComputedStyle(el).fill));
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await page.close();
    }
    expect(fills[0]).not.toBe(fills[1]);
  });

  it('works from the keyboard: one tab stop, arrows move, details follow focus, Enter opens the section', async () => {
    const { page, consoleErrors, goto } = await openPage(site.browser, site.server.url);
    await goto('/matrix/');
    await page.waitForSelector('#heatmap svg .cell');
    await page.locator('input[name="heat-measure"][value="measures"]').check();
    await page.locator('input[name="heat-measure"][value="measures"]').focus();
    await page.keyboard.press('Tab');
    // The expected order is the table's: rows of groups, columns of plans, as rendered.
    const grid = await tableCells(page);
    const n = grid[0]!.length;
    const last = grid.length - 1;
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    const details = () => page.locator('#heatmap .heat-details').textContent();
    let [r, c] = [0, 0];
    const expectAt = async () => {
      expect(await focused(), `row ${r} column ${c}`).toBe(grid[r]![c]!.label);
      expect(await details()).toBe(grid[r]![c]!.label);
    };
    await expectAt();
    // Only one cell is in the tab order.
    expect(await page.locator('#heatmap .cell[tabindex="0"]').count()).toBe(1);
    const press = async (key: string, move: () => void) => {
      await page.keyboard.press(key);
      move();
      await expectAt();
    };
    if (n > 1) await press('ArrowRight', () => (c = 1));
    if (last > 0) await press('ArrowDown', () => (r = 1));
    await press('End', () => (c = n - 1));
    if (n > 1) await press('ArrowLeft', () => (c = n - 2));
    if (last > 0) await press('ArrowUp', () => (r = 0));
    await press('Home', () => (c = 0));
    // Enter opens the focused cell's section; move to a present cell first.
    const target = grid.flatMap((row, i) => row.map((cell, j) => ({ ...cell, i, j }))).find((x) => x.href)!;
    for (let k = 0; k < target.i; k++) await press('ArrowDown', () => (r += 1));
    for (let k = 0; k < target.j; k++) await press('ArrowRight', () => (c += 1));
    await Promise.all([page.waitForURL((u) => u.pathname + u.hash === target.href), page.keyboard.press('Enter')]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows details on hover and opens the section on click', async () => {
    const { page, goto } = await openPage(site.browser, site.server.url);
    await goto('/matrix/');
    await page.waitForSelector('#heatmap svg .cell');
    const { slug, key } = groupCells.find((x) => x.ref)!;
    const cell = page.locator(`#heatmap a.cell[data-row="${key}"][data-col="${slug}"]`);
    const label = await page.locator(`#matrix-groups tr[data-row=${key}] td[data-col=${slug}]`).getAttribute('data-label');
    await cell.hover();
    expect(await page.locator('#heatmap .heat-details').textContent()).toBe(label);
    await Promise.all([page.waitForURL((u) => u.pathname + u.hash === `/plans/${slug}/#${groupRef(slug, key)!.anchor}`), cell.click()]);
    await page.close();
  });

  it('filters by level and province in place, keeping the choice in the URL', async () => {
    const { page, goto, consoleErrors } = await openPage(site.browser, site.server.url);
    await goto('/matrix/');
    await page.waitForSelector('#heatmap svg .cell');
    const level = columns[0]!.level;
    const atLevel = columns.filter((col) => col.level === level).length;
    await page.click(`#matrix-filter a[data-filter-level="${level}"]`);
    expect(await page.locator('#matrix-groups thead th[data-col]:visible').count()).toBe(atLevel);
    expect(await page.locator('#heatmap svg .cell').count()).toBe(atLevel * GROUP_KEYS.length);
    expect(page.url()).toContain(`level=${level}`);
    expect(new URL(page.url()).pathname).toBe('/matrix/');
    await page.click('#matrix-filter a[data-filter-level=""]');
    const province = columns.find((col) => col.province)?.province;
    if (province) {
      const inProvince = columns.filter((col) => col.province === province).map((col) => col.slug);
      await page.click(`#matrix-filter a[data-filter-province="${province}"]`);
      expect(await page.locator('#matrix-groups thead th[data-col]:visible').count()).toBe(inProvince.length);
      expect(await page.locator('#targets tbody tr[data-col]:visible').count()).toBe(inProvince.length);
      expect(await page.locator('#literacy-chart svg rect.bar').count()).toBe(plans.filter((p) => inProvince.includes(p.id) && p.data.literacyTarget).length);
      // The choice survives a reload through the URL.
      await page.reload();
      await page.waitForSelector('#heatmap svg .cell');
      expect(await page.locator('#matrix-groups thead th[data-col]:visible').count()).toBe(inProvince.length);
    }
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('is complete without JavaScript: tables present, filter links lead to static subset pages', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/matrix/`);
    expect(await page.locator('#matrix-groups td[data-present=true]').count()).toBe(presentCount);
    expect(await page.locator('#heatmap .no-js').isVisible()).toBe(true);
    const province = columns.find((col) => col.province)?.province;
    if (province) {
      await page.click(`#matrix-filter a[data-filter-province="${province}"]`);
      expect(decodeURI(new URL(page.url()).pathname)).toBe(`/matrix/province/${province}/`);
      expect(await page.locator('#matrix-groups thead th[data-col]').count()).toBe(columns.filter((col) => col.province === province).length);
      expect(await page.locator('h1').textContent()).toBe(`对照矩阵：${province}`);
    }
    const level = columns[0]!.level;
    await page.click(`#matrix-filter a[data-filter-level="${level}"]`);
    expect(new URL(page.url()).pathname).toBe(`/matrix/level/${level}/`);
    expect((await page.locator('#matrix-groups thead th[data-col]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-col')))).sort()).toEqual(
      columns.filter((col) => col.level === level).map((col) => col.slug).sort(),
    );
    await context.close();
  });
});
