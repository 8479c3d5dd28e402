// Citations on the built site: every plan page shows GB/T 7714—2015 and APA text made from its
// downloadable CSL-JSON record; the CSL-JSON and BibTeX files parse back with Citation.js; and in
// Chromium, choosing a section puts its address into the citations and the copy button copies them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { formatCitations, type Citations } from '../../src/lib/cite/format';
import type { CslItem } from '../../src/lib/cite/item';
import { hasChromium, useServedSite } from '../support/browser';
import { DIST, hasBuild, readPage } from '../support/site';
import { loadPlans } from '../support/plans';

const plans = loadPlans();

describe.skipIf(!hasBuild())('citation files and blocks in dist/', () => {
  it.each(plans.map((p) => [p.id, p] as const))('%s: page text, CSL-JSON and BibTeX agree with the metadata', (slug, plan) => {
    const jsonFile = join(DIST, 'plans', slug, 'cite.json');
    const bibFile = join(DIST, 'plans', slug, 'cite.bib');
    expect(existsSync(jsonFile) && existsSync(bibFile)).toBe(true);
    const [item] = JSON.parse(readFileSync(jsonFile, 'utf8')) as CslItem[];
    expect(item!.title).toBe(plan.data.title);
    expect(new URL(item!.URL).pathname).toBe(`/plans/${slug}/`);
    const bib = new Cite(readFileSync(bibFile, 'utf8')).data[0] as { title: string; URL: string };
    expect([bib.title, bib.URL]).toEqual([item!.title, item!.URL]);

    // What the page shows is the library's output for that record.
    const expected: Citations = formatCitations(item!);
    const shown = readPage(`/plans/${slug}/`).querySelectorAll('details.cite .cite-text').map((p) => p.textContent);
    expect(shown).toEqual([expected.gbt7714, expected.apa]);
    const links = readPage(`/plans/${slug}/`).querySelectorAll('details.cite a').map((a) => a.getAttribute('href'));
    expect(links).toEqual([`/plans/${slug}/cite.json`, `/plans/${slug}/cite.bib`]);
  });
});

describe.skipIf(!hasBuild() || !hasChromium())('citations in Chromium', () => {
  const site = useServedSite(DIST);

  it('puts a chosen section\'s address into the citations, and copies them', async () => {
    const plan = plans[0]!;
    const section = readPage(`/plans/${plan.id}/`).querySelector('article.plan-text h2[id], article.plan-text h3[id]')!.getAttribute('id')!;
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/plans/${plan.id}/`);
    const texts = page.locator('details.cite .cite-text');
    const pageUrl = await texts.first().getAttribute('data-cite-url');
    await page.locator('details.cite summary').click();
    expect(await texts.first().textContent()).toContain(`${pageUrl}.`);

    await page.evaluate((id) => (location.hash = id), section);
    await expect.poll(() => texts.first().textContent()).toContain(`${pageUrl}#${section}.`);
    expect(await texts.nth(1).textContent()).toContain(`${pageUrl}#${section}`);

    await page.locator('details.cite button.copy-cite').first().click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await texts.first().textContent());

    await page.evaluate(() => (location.hash = 'cite'));
    await expect.poll(() => texts.first().textContent()).toContain(`${pageUrl}.`);
    await context.close();
  });
});
