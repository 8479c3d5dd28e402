import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/lib/fold';
import { parseManifest, ANCHORS_MANIFEST } from '../../src/lib/importer/anchors';
import { applyCorrections, parseCorrections } from '../../src/lib/importer/corrections';
import { decode, toLines } from '../../src/lib/importer/decode';
import { collectInputs } from '../../src/lib/importer/run';
import { stripBoilerplate } from '../../src/lib/importer/strip';
import { GROUP_KEYS } from '../../src/lib/taxonomy';
import { articleText, hasBuild, readPage } from '../support/site';

const { inputs } = collectInputs(process.cwd());

/** The source as published, minus the furniture the strip stage removed by its named rules. */
function sourceMinusFurniture(input: (typeof inputs)[number]): string {
  const text = decode(input.bytes, input.file).text;
  const corrections = input.corrections ? parseCorrections(input.corrections.text, input.corrections.file) : [];
  const corrected = applyCorrections(text, corrections, input.file).text;
  const stripped = stripBoilerplate(toLines(corrected));
  // Every removal is named by a rule: nothing is dropped for not being understood.
  for (const f of stripped.furniture) expect(f.rule).toMatch(/^[a-z-]+$/);
  return stripped.lines.map((l) => l.text).join('\n');
}

describe.skipIf(!hasBuild())('plan pages (built site)', () => {
  it('has a page for every source', () => {
    expect(inputs.map((i) => i.slug).sort()).toEqual(['baoshan-2021-2025', 'ezhou-2021-2025', 'guangzhou-nansha-2022-2025', 'shenzhen-2022-2025', 'zhejiang-2021-2025']);
    for (const { slug } of inputs) expect(readPage(`/plans/${slug}/`).querySelector('h1')?.textContent).toMatch(/实施方案/);
  });

  for (const input of inputs) {
    it(`${input.slug}: the page body is the source minus furniture — no sentence lost, none added`, () => {
      const expected = foldText(sourceMinusFurniture(input));
      const actual = foldText(articleText(readPage(`/plans/${input.slug}/`)));
      expect(expected.length).toBeGreaterThan(3000);
      if (actual !== expected) {
        // Point at the first difference, which is far more useful than two 30,000-character strings.
        let i = 0;
        while (i < actual.length && actual[i] === expected[i]) i++;
        expect(actual.slice(Math.max(0, i - 40), i + 60)).toBe(expected.slice(Math.max(0, i - 40), i + 60));
      }
      expect(actual.length).toBe(expected.length);
    });
  }

  it('every plan page has #youth #workers #elderly #officials, and all but Shenzhen #farmers', () => {
    for (const { slug } of inputs) {
      const page = readPage(`/plans/${slug}/`);
      for (const key of GROUP_KEYS) {
        const el = page.getElementById(key);
        if (key === 'farmers' && slug.startsWith('shenzhen')) expect(el, `${slug}#${key}`).toBeNull();
        else expect(el?.tagName, `${slug}#${key}`).toMatch(/^H[2-6]$/);
      }
    }
  });

  it('every id in the anchors manifest exists in the built pages', () => {
    const manifest = parseManifest(readFileSync(ANCHORS_MANIFEST, 'utf8'));
    for (const [slug, ids] of Object.entries(manifest)) {
      const page = readPage(`/plans/${slug}/`);
      const missing = ids.filter((id) => !page.getElementById(id));
      expect(missing, `${slug}: ids recorded in ${ANCHORS_MANIFEST} but gone from the page`).toEqual([]);
    }
  });

  it('every heading and paragraph has a copy-link that is a plain link to its own id', () => {
    for (const { slug } of inputs) {
      const page = readPage(`/plans/${slug}/`);
      const blocks = page.querySelectorAll('article.plan-text :is(h2, h3, h4, h5, h6, p)');
      expect(blocks.length).toBeGreaterThan(20);
      for (const el of blocks) {
        const anchor = el.querySelector(':scope > a.anchor');
        expect(anchor?.getAttribute('href'), `${slug} ${el.tagName} ${el.id}`).toBe(`#${el.id}`);
      }
    }
  });

  it('shows the metadata block with the policy-library fields, absent facts as absent', () => {
    const text = (slug: string) => readPage(`/plans/${slug}/`).querySelector('dl.meta')!.textContent;
    const shenzhen = text('shenzhen-2022-2025');
    for (const s of ['发文机关深圳市人民政府', '发文字号深府函〔2022〕14号', '成文日期2022年1月28日', '发布日期2022年2月14日', '实施期限2022—2025年']) expect(shenzhen.replace(/\s/g, '')).toContain(s);
    expect(text('guangzhou-nansha-2022-2025').replace(/\s/g, '')).toContain('发布日期未载明');
  });

  it('lists the corrections (校勘记) with original, replacement and reason', () => {
    const rows = readPage('/plans/baoshan-2021-2025/').querySelectorAll('#corrections tbody tr');
    expect(rows.length).toBe(8);
    expect(rows[0]!.textContent).toContain('(20212025)');
    expect(rows[0]!.textContent).toContain('(2021—2025年)');
  });

  it('renders the Nansha annex as tables and keeps the Ezhou annex as text', () => {
    const nansha = readPage('/plans/guangzhou-nansha-2022-2025/');
    const tables = nansha.querySelectorAll('article.plan-text table');
    expect(tables.length).toBe(6);
    expect(tables[0]!.querySelectorAll('th').map((th) => th.textContent.trim())).toEqual(['项目', '要点', '牵头单位', '配合单位']);
    expect(readPage('/plans/ezhou-2021-2025/').querySelectorAll('article.plan-text table')).toHaveLength(0);
  });

  it('titles are the plans’ own titles', () => {
    const titles = Object.fromEntries(inputs.map(({ slug }) => [slug, readPage(`/plans/${slug}/`).querySelector('h1')!.textContent]));
    expect(titles).toEqual({
      'baoshan-2021-2025': '保山市全民科学素质行动实施方案（2021—2025年）',
      'ezhou-2021-2025': '鄂州市全民科学素质行动规划纲要实施方案（2021—2025年）',
      'guangzhou-nansha-2022-2025': '广州市南沙区全民科学素质行动规划纲要实施方案（2022-2025年）',
      'shenzhen-2022-2025': '深圳市全民科学素质行动规划纲要实施方案（2022-2025年）',
      'zhejiang-2021-2025': '浙江省全民科学素质行动规划纲要实施方案（2021—2025年）',
    });
  });
});
