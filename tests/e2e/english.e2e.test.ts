// The English interface as built: every /en/ page has its Chinese counterpart and says so both ways
// (hreflang alternates, the language switch); no Chinese interface text remains outside plan text
// and names (lang="zh…"), before and after the scripts run; an English page's links stay in English
// wherever an English page exists; and search works from the English page on the Chinese texts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { chineseOutsideZh } from '../../src/lib/checks/language';
import { alternates, basePath, isTranslated } from '../../src/lib/i18n/locales';
import { loadPlans } from '../support/plans';
import { hasChromium, openPage, useServedSite } from '../support/browser';
import { DIST, allPages, hasBuild, readPage } from '../support/site';

const builtPath = (path: string) => existsSync(path.endsWith('/') ? join(DIST, decodeURIComponent(path), 'index.html') : join(DIST, decodeURIComponent(path)));
const pathOf = (href: string) => decodeURIComponent(new URL(href, 'https://x.test/').pathname);

describe.skipIf(!hasBuild())('English pages (built HTML)', () => {
  const all = allPages();
  const english = all.filter((p) => p.startsWith('/en/'));
  const translatedChinese = all.filter((p) => !p.startsWith('/en/') && isTranslated(p));

  it('exist for exactly the Chinese pages that have an English version', () => {
    expect(english.length).toBeGreaterThan(0);
    expect(english.map(basePath).sort()).toEqual(translatedChinese.sort());
  });

  it('are in English (lang="en") with no Chinese outside plan text and names, title included', () => {
    const leaks: string[] = [];
    for (const path of english) {
      const page = readPage(path);
      expect(page.querySelector('html')!.getAttribute('lang'), path).toBe('en');
      const title = page.querySelector('title')!.text;
      if (/[\u3400-\u9fff]/.test(title.replace(/“[^”]*”/g, ''))) leaks.push(`${path} title: ${title}`);
      for (const l of chineseOutsideZh(page.querySelector('body')!, 'en')) leaks.push(`${path} ${l.where}: ${l.text}`);
    }
    expect(leaks).toEqual([]);
  });

  it('name their other-language version both ways, and the language switch leads there', () => {
    for (const path of english) {
      const zhPath = basePath(path);
      for (const [self, other, otherLang] of [[path, zhPath, 'zh-Hans'], [zhPath, path, 'en']] as const) {
        const page = readPage(self);
        const hreflangs = page.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), pathOf(l.getAttribute('href')!)]);
        expect(hreflangs, self).toEqual(alternates(self).map((a) => [a.locale, a.path]));
        expect(pathOf(page.querySelector('a.lang-switch')!.getAttribute('href')!), self).toBe(other);
        expect(page.querySelector('a.lang-switch')?.getAttribute('lang'), self).toBe(otherLang);
      }
    }
  });

  it('link to English pages wherever one exists (the switch apart), and every link resolves', () => {
    const wrong: string[] = [];
    for (const path of english) {
      for (const a of readPage(path).querySelectorAll('a[href^="/"]')) {
        if (a.classList.contains('lang-switch')) continue;
        const href = a.getAttribute('href')!;
        const target = pathOf(href);
        if (!target.startsWith('/en/') && isTranslated(target)) wrong.push(`${path} → ${href}`);
        if (!builtPath(target) && !target.startsWith('/data/')) wrong.push(`${path} → ${href} (not built)`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('show each plan’s English title where its YAML gives one, and its region in English', () => {
    const home = readPage('/en/');
    for (const plan of loadPlans()) {
      const row = home.querySelectorAll('tbody tr').find((tr) => tr.querySelector(`th a[href="/plans/${plan.id}/"]`));
      if (!row) continue; // the home page lists provinces once there are too many plans
      if (plan.data.titleEn) expect(row.querySelector('th')!.text).toContain(plan.data.titleEn);
      expect(row.querySelector('td')!.text).not.toMatch(/^[\u3400-\u9fff]/);
    }
  });
});

describe.skipIf(!hasBuild() || !hasChromium())('English pages in Chromium', () => {
  const site = useServedSite('dist');

  it('draw the matrix charts and filter in English: no Chinese outside plan text once the scripts have run', async () => {
    const { page, consoleErrors, foreignRequests, goto } = await openPage(site.browser, site.server.url);
    await goto('/en/matrix/');
    await page.waitForSelector('#heatmap svg');
    const first = page.locator('#matrix-filter a[data-filter-level]:not([data-filter-level=""])').first();
    await first.click();
    await expect.poll(() => page.locator('#matrix-filter .filter-count').textContent()).toMatch(/^Showing \d+ of \d+ plans?$/);
    const html = await page.content();
    expect(chineseOutsideZh(parse(html).querySelector('body')!, 'en').map((l) => `${l.where}: ${l.text}`)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('searches the Chinese texts from /en/search/ and reports in English', async () => {
    const { page, consoleErrors, goto } = await openPage(site.browser, site.server.url);
    await goto('/en/search/?q=%E7%A7%91%E6%99%AE');
    await expect.poll(() => page.locator('[data-testid="search-count"]').textContent(), { timeout: 20_000 }).toMatch(/^[\d,]+ sections? in [\d,]+ plans? contain “科普”\.$/);
    const first = page.locator('[data-testid="search-results"] a[href^="/plans/"]').first();
    expect(await first.getAttribute('href')).toMatch(/^\/plans\/[^/]+\/#[^/]+$/);
    const html = await page.content();
    expect(chineseOutsideZh(parse(html).querySelector('body')!, 'en').map((l) => `${l.where}: ${l.text}`)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
