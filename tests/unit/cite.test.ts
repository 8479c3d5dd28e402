// Citations: the CSL-JSON record, GB/T 7714—2015 and APA text, and the CSL-JSON and BibTeX files,
// each parsed back by Citation.js and checked against the plan's metadata — for the fixture plan and
// every committed plan.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { buildDate } from '../../src/lib/build-date';
import { bibtexFile, cslJsonFile, formatCitations } from '../../src/lib/cite/format';
import { cslDate, planCitationItem } from '../../src/lib/cite/item';
import { cslXml } from '../../src/lib/cite/styles';
import { fixturePlan, loadPlans } from '../support/plans';

const URL_OF = (slug: string) => `https://atlas.test/plans/${slug}/`;
const ACCESSED = '2026-11-26';
const PLANS = [...loadPlans(), fixturePlan()];

/** "2022-03-01" → "2022-03-01"; GB/T writes dates as ISO dates. */
const isoOf = (parts: number[]) => parts.map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');

describe('build date', () => {
  it('is the China Standard Time calendar date of SOURCE_DATE_EPOCH or of the clock', () => {
    // 2026-11-25 16:00 UTC is already 2026-11-26 in China.
    expect(buildDate({ SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 25, 16) / 1000) })).toBe('2026-11-26');
    expect(buildDate({ SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 25, 15, 59, 59) / 1000) })).toBe('2026-11-25');
    expect(buildDate({}, new Date(Date.UTC(2026, 0, 1, 0)))).toBe('2026-01-01');
    expect(() => buildDate({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH/);
  });
});

describe('CSL record', () => {
  it('leaves absent facts absent: no author without an issuer, no date without either date', () => {
    const item = planCitationItem('x', { title: '某方案', issuer: null, documentNumber: null, publishedDate: null, signedDate: null }, URL_OF('x'), ACCESSED);
    expect(item).not.toHaveProperty('author');
    expect(item).not.toHaveProperty('issued');
    expect(item).not.toHaveProperty('number');
    const { gbt7714, apa } = formatCitations(item);
    expect(gbt7714).toBe(`某方案[EB/OL]. [${ACCESSED}]. ${URL_OF('x')}.`);
    expect(apa).toContain('n.d.');
  });
  it('dates it by publication, or by signing when that is all that is known', () => {
    const meta = { title: 'T', issuer: 'I', documentNumber: null };
    expect(planCitationItem('x', { ...meta, publishedDate: '2022-04-24', signedDate: '2022-03-14' }, 'u', ACCESSED).issued).toEqual(cslDate('2022-04-24'));
    expect(planCitationItem('x', { ...meta, publishedDate: null, signedDate: '2022-03-14' }, 'u', ACCESSED).issued).toEqual(cslDate('2022-03-14'));
    expect(() => cslDate('2022-3-1')).toThrow();
  });
  it('writes the style trees back as namespaced XML with escaped text', () => {
    expect(cslXml({ n: 'style', a: { version: '1.0' }, c: [{ n: 'term', c: ['a<b&"c"'] }] })).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><term>a&lt;b&amp;&quot;c&quot;</term></style>',
    );
  });
});

describe.each(PLANS.map((p) => [p.id, p] as const))('citations of %s', (slug, plan) => {
  const meta = plan.data;
  const item = planCitationItem(slug, meta, URL_OF(slug), ACCESSED);
  const issued = meta.publishedDate ?? meta.signedDate;

  it('GB/T 7714—2015: issuer. title: number[EB/OL]. (date)[access date]. URL.', () => {
    const expected =
      `${meta.issuer ? `${meta.issuer}. ` : ''}${meta.title}${meta.documentNumber ? `: ${meta.documentNumber}` : ''}[EB/OL]. ` +
      `${issued ? `(${issued})` : ''}[${ACCESSED}]. ${URL_OF(slug)}.`;
    expect(formatCitations(item).gbt7714).toBe(expected);
  });

  it('APA names the issuer, year, title, document number and URL', () => {
    const { apa } = formatCitations(item);
    if (meta.issuer) expect(apa.startsWith(`${meta.issuer}. `)).toBe(true);
    expect(apa).toContain(issued ? `(${issued.slice(0, 4)}` : '(n.d.)');
    expect(apa).toContain(meta.title);
    if (meta.documentNumber) expect(apa).toContain(`(${meta.documentNumber})`);
    expect(apa.endsWith(URL_OF(slug))).toBe(true);
  });

  it('CSL-JSON and BibTeX files parse back to the metadata', () => {
    const csl = new Cite(JSON.parse(cslJsonFile(item))).data[0] as Record<string, unknown>;
    expect(csl.title).toBe(meta.title);
    expect(csl.URL).toBe(URL_OF(slug));
    expect(csl.number ?? null).toBe(meta.documentNumber);
    expect((csl.author as { literal: string }[] | undefined)?.[0]?.literal ?? null).toBe(meta.issuer);
    expect(isoOf((csl.issued as { 'date-parts': number[][] } | undefined)?.['date-parts']?.[0] ?? [])).toBe(issued ?? '');

    const bib = new Cite(bibtexFile(item)).data[0] as Record<string, unknown>;
    // The key is the slug as BibTeX keys allow it (Citation.js drops the hyphens).
    expect(bib['citation-key']).toBe(slug.replace(/[^A-Za-z0-9]/g, ''));
    expect(bib.title).toBe(meta.title);
    expect(bib.URL).toBe(URL_OF(slug));
    // BibTeX keeps one corporate author as a single name ({{…}}), read back as a family name.
    const author = (bib.author as { family?: string; literal?: string }[] | undefined)?.[0];
    expect(author?.literal ?? author?.family ?? null).toBe(meta.issuer);
    expect((bib.issued as { 'date-parts': number[][] } | undefined)?.['date-parts']?.[0]?.[0] ?? null).toBe(issued ? Number(issued.slice(0, 4)) : null);
  });
});
