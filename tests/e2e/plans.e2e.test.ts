// The plan pages of the built site, for every plan in content/: expectations come from the sources
// and the committed frontmatter, so adding a plan adds checks and breaks none.
import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { ANCHORS_MANIFEST, parseManifest } from '../../src/lib/importer/anchors';
import { ABSENT, formatDate, formatPeriod } from '../../src/lib/site/format';
import { GROUP_KEYS } from '../../src/lib/taxonomy';
import { correctedSource, importedPlans, sectionsOf } from '../support/content';
import { addedProse, hanCount, missingProse, sentencesOf } from '../support/fidelity';
import { articleText, hasBuild, readPage } from '../support/site';

const { plans } = await importedPlans();

/** Each heading, paragraph and table cell of the article, without its copy-link control. */
function blockTexts(page: HTMLElement): string[] {
  const article = parse(page.querySelector('article.plan-text')!.toString());
  for (const a of article.querySelectorAll('a.anchor')) a.remove();
  return article.querySelectorAll(':is(h2, h3, h4, h5, h6, p, th, td)').map((el) => el.textContent);
}

describe.skipIf(!hasBuild())('plan pages (built site)', () => {
  it('has a page for every source, titled with the plan’s own title', () => {
    expect(plans.length).toBeGreaterThan(0);
    for (const { slug, fm } of plans) expect(readPage(`/plans/${slug}/`).querySelector('h1')?.textContent, slug).toBe(fm.title);
  });

  describe.each(plans.map((p) => [p.slug, p] as const))('%s', (slug, p) => {
    const page = () => readPage(`/plans/${slug}/`);

    it('the page body is the source’s text: no prose sentence lost, none added (independent of the strip stage)', () => {
      const source = correctedSource(p.input);
      expect(hanCount(source)).toBeGreaterThan(0);
      expect(missingProse(source, articleText(page()))).toEqual([]);
      expect(addedProse(source, sentencesOf(blockTexts(page())))).toEqual([]);
    });

    it('has a heading for exactly the group and project sections the frontmatter records', () => {
      const doc = page();
      for (const { kind, key, section } of sectionsOf(p.fm)) expect(doc.getElementById(section.anchor)?.tagName, `${kind} ${key}`).toMatch(/^H[2-6]$/);
      for (const key of GROUP_KEYS) if (!p.fm.groups[key]) expect(doc.getElementById(key), `#${key}`).toBeNull();
    });

    it('every heading and paragraph has a copy-link that is a plain link to its own id', () => {
      const blocks = page().querySelectorAll('article.plan-text :is(h2, h3, h4, h5, h6, p)');
      expect(blocks.length).toBe(p.out.blocks.filter((b) => b.kind !== 'table').length);
      for (const el of blocks) expect(el.querySelector(':scope > a.anchor')?.getAttribute('href'), `${el.tagName} ${el.id}`).toBe(`#${el.id}`);
    });

    it('shows the metadata block with the policy-library fields, absent facts as absent', () => {
      const meta = page().querySelector('dl.meta')!;
      const fields = new Map<string, string>();
      const dts = meta.querySelectorAll('dt');
      const dds = meta.querySelectorAll('dd');
      dts.forEach((dt, i) => fields.set(dt.textContent.trim(), dds[i]!.textContent.trim()));
      const shown = (v: string | null) => v ?? ABSENT;
      expect(fields.get('发文机关')).toBe(shown(p.fm.issuer));
      expect(fields.get('发文字号')).toBe(shown(p.fm.documentNumber));
      expect(fields.get('成文日期')).toBe(shown(formatDate(p.fm.signedDate)));
      expect(fields.get('发布日期')).toBe(shown(formatDate(p.fm.publishedDate)));
      expect(fields.get('实施期限')).toBe(shown(formatPeriod(p.fm.period)));
      for (const v of [p.fm.signedDate, p.fm.publishedDate]) if (v) expect(formatDate(v)).toMatch(new RegExp(`^${Number(v.slice(0, 4))}年${Number(v.slice(5, 7))}月${Number(v.slice(8))}日$`));
    });

    it('lists its corrections (校勘记) with original, replacement and reason', () => {
      const rows = page().querySelectorAll('#corrections tbody tr');
      expect(rows).toHaveLength(p.fm.corrections.length);
      rows.forEach((row, i) => {
        const cells = row.querySelectorAll('td').map((td) => td.textContent);
        const c = p.fm.corrections[i]!;
        expect(cells.slice(0, 3)).toEqual([c.original, c.replacement, c.reason]);
      });
    });

    it('renders each table of the text as a table with its header', () => {
      const tables = page().querySelectorAll('article.plan-text table');
      const expected = p.out.blocks.filter((b) => b.kind === 'table');
      expect(tables).toHaveLength(expected.length);
      tables.forEach((t, i) => {
        const b = expected[i]!;
        if (b.kind !== 'table') return;
        const header = b.header.length ? b.header : (b.rows[0] ?? []);
        expect(t.querySelectorAll('thead th').map((th) => th.textContent.trim())).toEqual(header.map((h) => h.trim()));
      });
    });
  });

  it('every id in the anchors manifest exists in the built pages', () => {
    const manifest = parseManifest(readFileSync(ANCHORS_MANIFEST, 'utf8'));
    for (const [slug, ids] of Object.entries(manifest)) {
      const page = readPage(`/plans/${slug}/`);
      const missing = ids.filter((id) => !page.getElementById(id));
      expect(missing, `${slug}: ids recorded in ${ANCHORS_MANIFEST} but gone from the page`).toEqual([]);
    }
  });
});
