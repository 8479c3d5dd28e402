// Shared wording in the built site: the notes on every plan page, the /reuse/ heat map, and the
// 深圳 / 南沙 pair view in Chromium. Expectations come from the plan models in content/ (the same
// detector run on them in site order), never hard-coded counts.
import { describe, expect, it } from 'vitest';
import { readModels } from '../../src/lib/model/files';
import { REGION_LEVELS } from '../../src/lib/schema';
import { findReuse } from '../../src/lib/reuse/detect';
import { bodyCoverage, pairAmounts, pairPassages, partners, partnersSetOut, sharedNotes } from '../../src/lib/reuse/view';
import { compareUrl } from '../../src/lib/compare/plans';
import { hasChromium, openPage, useServedSite } from '../support/browser';
import { DIST, hasBuild, readPage } from '../support/site';

// Site order (src/lib/site/plans.ts comparePlans): the detector's input order, as the build has it.
const models = readModels().sort(
  (a, b) =>
    REGION_LEVELS.indexOf(a.meta.region.level) - REGION_LEVELS.indexOf(b.meta.region.level) ||
    a.meta.region.name.localeCompare(b.meta.region.name, 'zh-Hans-CN') ||
    a.slug.localeCompare(b.slug),
);
const reuse = findReuse(models);
const find = (name: string) => models.findIndex((m) => m.meta.region.name.includes(name));
const shenzhen = find('深圳');
const nansha = find('南沙');
const totals = models.map((_, i) => bodyCoverage(reuse, i).total);
const amounts = pairAmounts(reuse);
/** The partners plan p's page sets out, by the rule the page uses. */
const setOutOf = (p: number) => {
  const list = partners(amounts, totals, p);
  return { list, setOut: list.slice(0, partnersSetOut(list, totals[p]!)).map((x) => x.plan) };
};

describe.skipIf(!hasBuild())('shared wording (built site)', () => {
  it('puts a note after every block that shares wording, and after no other', () => {
    models.forEach((m, p) => {
      const notes = sharedNotes(reuse, p);
      const page = readPage(`/plans/${m.slug}/`);
      const noted = page.querySelectorAll('article.plan-text details.sn').map((d) => d.previousElementSibling?.id ?? d.previousElementSibling?.querySelector('[id]')?.id);
      expect(new Set(noted), m.slug).toEqual(new Set(notes.keys()));
      for (const d of page.querySelectorAll('article.plan-text details.sn')) {
        expect(d.getAttribute('data-pagefind-ignore')).not.toBeNull();
        for (const a of d.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^\/plans\/[a-z0-9-]+\/#.+$/);
      }
    });
  });

  it('sets out on each plan’s page the partners the rule allows, and links every partner to the two plans side by side', () => {
    models.forEach((m, p) => {
      const { list, setOut } = setOutOf(p);
      const page = readPage(`/reuse/${m.slug}/`);
      const sections = page.querySelectorAll('main section[id^="with-"]').map((s) => s.id);
      expect(sections, m.slug).toEqual(setOut.map((q) => `with-${models[q]!.slug}`));
      const compareLinks = page.querySelectorAll('table.reuse-grid tbody a[href^="/compare/"]').map((a) => a.getAttribute('href'));
      expect(compareLinks, m.slug).toEqual(list.map((x) => compareUrl(m.slug, models[x.plan]!.slug)));
    });
  });
});

describe.skipIf(!hasBuild() || !hasChromium() || shenzhen < 0 || nansha < 0)('shared wording in Chromium', () => {
  const site = useServedSite(DIST);

  it('the 深圳 / 南沙 pair view shows their shared passages with the differences marked', async (ctx) => {
    // With plans added that share more with 深圳, 南沙 may be left to the side-by-side view (checked above).
    if (!setOutOf(shenzhen).setOut.includes(nansha)) return ctx.skip();
    const expected = pairPassages(reuse, shenzhen, nansha);
    expect(expected.length).toBeGreaterThan(0);
    const { page, consoleErrors, goto } = await openPage(site.browser, site.server.url);
    await goto(`/reuse/${models[shenzhen]!.slug}/`);
    const section = page.locator(`#with-${models[nansha]!.slug}`);
    await expect(section.count()).resolves.toBe(1);
    expect(await section.locator('.passage').count()).toBe(expected.length);
    // Every passage reads as this plan prints it once the other plan's words (del) are set aside.
    const shown = await section.locator('.passage .aligned').evaluateAll((ps) => ps.map((p) => [...p.childNodes].filter((n) => n.nodeName !== 'DEL').map((n) => n.textContent).join('')));
    expect(shown).toEqual(expected.map((x) => x.ours));
    const marked = expected.filter((x) => x.parts.some((d) => d.kind !== 'same')).length;
    expect(marked).toBeGreaterThan(0);
    expect(await section.locator('.passage:has(ins, del)').count()).toBe(marked);
    // Each passage links to its paragraph in both plans.
    const links = await section.locator('.passage .where a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expected.flatMap((x) => [`/plans/${models[shenzhen]!.slug}/#${x.block}`, `/plans/${models[nansha]!.slug}/#${x.otherBlock}`]));
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('a plan page’s note opens without JavaScript and leads to the passage in the other plan', async () => {
    const notes = sharedNotes(reuse, shenzhen);
    const [block, note] = [...notes.entries()][0]!;
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/plans/${models[shenzhen]!.slug}/`);
    const details = page.locator(`#${block} + details.sn`);
    await details.locator('summary').click();
    const link = details.locator('a').first();
    await expect(link.isVisible()).resolves.toBe(true);
    await link.click();
    await page.waitForURL(`**/plans/${note.links[0]!.slug}/#${note.links[0]!.block}`);
    await expect(page.locator(`[id="${note.links[0]!.block}"]`).count()).resolves.toBe(1);
    await context.close();
  });

  it('draws the heat map from its table: a cell for every pair sharing wording', async () => {
    const amounts = pairAmounts(reuse);
    const pairs = amounts.reduce((s, m) => s + [...m.values()].filter((v) => v > 0).length, 0);
    const { page, consoleErrors, goto } = await openPage(site.browser, site.server.url);
    await goto('/reuse/');
    await page.waitForSelector('#heatmap svg .cell');
    expect(await page.locator('#heatmap svg a.cell').count()).toBe(pairs);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
