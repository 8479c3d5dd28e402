// Which plan implements which, on the built site: /documents/, each document's page and the plan
// pages' 贯彻文件 and 下级方案 rows. Every expectation is derived from the committed plans.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildLineage } from '../../src/lib/lineage/build';
import { documentKey } from '../../src/lib/lineage/documents';
import { documentHref } from '../../src/lib/lineage/pages';
import { loadPlans } from '../support/plans';
import { hasChromium, useServedSite } from '../support/browser';
import { DIST, allPages, hasBuild, readPage } from '../support/site';

const plans = loadPlans().map((p) => ({ slug: p.id, meta: p.data }));
const lineage = buildLineage(plans);
const LIMIT = 200 * 1024;

/** Whether a site-internal href resolves to a built page (and, with a fragment, to an element with that id). */
function resolves(href: string): boolean {
  const url = new URL(href, 'https://x.test/');
  const file = url.pathname.endsWith('/') ? join(DIST, decodeURIComponent(url.pathname), 'index.html') : join(DIST, decodeURIComponent(url.pathname));
  if (!existsSync(file)) return false;
  return !url.hash || readPage(decodeURIComponent(url.pathname)).querySelector(`[id="${url.hash.slice(1)}"]`) !== null;
}

describe.skipIf(!hasBuild())('lineage pages (built HTML)', () => {
  const pages = allPages().filter((p) => p.startsWith('/documents/'));

  it('has the index and one page per cited document, and no page for anything else', () => {
    expect(pages).toContain('/documents/');
    const documentPages = pages.filter((p) => /^\/documents\/[^/]+\/$/.test(p));
    expect(documentPages.sort()).toEqual(lineage.documents.map(documentHref).sort());
  });

  it('the index lists every cited document with the number of plans that cite it', () => {
    const index = readPage('/documents/');
    for (const d of lineage.documents) {
      const row = index.querySelectorAll('tr').find((tr) => tr.querySelector(`a[href="${documentHref(d)}"]`));
      expect(row, d.key).toBeDefined();
      expect(row!.querySelectorAll('td').at(-1)!.text.trim()).toBe(String(d.citedBy.length));
    }
  });

  it('every implements entry appears on its document page, as the plan writes it, with a link to the plan', () => {
    for (const p of plans) {
      for (const c of p.meta.implements) {
        const doc = lineage.documents.find((d) => d.key === documentKey(c.documentNumber))!;
        const page = readPage(documentHref(doc));
        const row = page.querySelectorAll('ul.document-forms li').find((tr) => tr.querySelector(`a[href="/plans/${p.slug}/"]`));
        expect(row, `${p.slug} ${c.documentNumber}`).toBeDefined();
        expect(row!.text).toContain(c.documentNumber);
        if (c.title) expect(row!.text).toContain(c.title);
        expect(page.querySelector('ul.citing-plans')!.querySelector(`a[href="/plans/${p.slug}/"]`), p.slug).not.toBeNull();
      }
    }
  });

  it('each plan page shows its parents (a plan of the site linked, any other document’s page) and children', () => {
    for (const p of plans) {
      // The 贯彻文件 and 下级方案 rows of the plan's metadata list.
      const section = readPage(`/plans/${p.slug}/`).querySelector('dl.meta')!;
      expect(section, p.slug).not.toBeNull();
      const hrefs = section.querySelectorAll('a').map((a) => a.getAttribute('href')!);
      for (const parent of lineage.parentsOf(p.slug)) {
        expect(hrefs).toContain(parent.document.plan ? `/plans/${parent.document.plan}/` : documentHref(parent.document));
        expect(section.text).toContain(parent.documentNumber);
      }
      for (const child of lineage.childrenOf(p.slug)) expect(hrefs).toContain(`/plans/${child}/`);
    }
  });

  it('every link on the lineage pages and sections resolves', () => {
    const hrefs = new Set<string>();
    for (const path of pages) for (const a of readPage(path).querySelectorAll('main a[href^="/"]')) hrefs.add(a.getAttribute('href')!);
    for (const p of plans) for (const a of readPage(`/plans/${p.slug}/`).querySelectorAll('dd.lineage a[href]')) hrefs.add(a.getAttribute('href')!);
    expect(hrefs.size).toBeGreaterThan(0);
    for (const href of hrefs) expect(resolves(href), href).toBe(true);
  });

  it('each lineage page stays under 200 KB compressed', () => {
    for (const path of pages) expect(gzipSync(readFileSync(join(DIST, path, 'index.html'))).length, path).toBeLessThan(LIMIT);
  });
});

describe.skipIf(!hasBuild() || !hasChromium())('lineage pages in Chromium', () => {
  const site = useServedSite('dist');

  it('from a plan page to its parent document and back to the plan, on a 360 px phone without JavaScript, nothing wider than the screen', async () => {
    const citing = plans.find((p) => lineage.parentsOf(p.slug).length > 0)!;
    const parent = lineage.parentsOf(citing.slug)[0]!;
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await tab.goto(`${site.server.url}/plans/${citing.slug}/`);
    const target = parent.document.plan ? `/plans/${parent.document.plan}/` : documentHref(parent.document);
    await tab.locator(`dd.lineage a[href="${target}"]`).first().click();
    expect(new URL(tab.url()).pathname).toBe(target);
    if (!parent.document.plan) {
      for (const path of [target, '/documents/']) {
        await tab.goto(site.server.url + path);
        const wide = await tab.evaluate(() => document.documentElement.scrollWidth);
        expect(wide, path).toBeLessThanOrEqual(360);
      }
      await tab.goto(site.server.url + target);
      await tab.locator(`ul.citing-plans a[href="/plans/${citing.slug}/"]`).click();
      expect(new URL(tab.url()).pathname).toBe(`/plans/${citing.slug}/`);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
