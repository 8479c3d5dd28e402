// Quantified targets as text (src/lib/matrix/targets.ts), the national reference figures
// (src/lib/national-outline.ts) and the literacy chart's text alternative: properties over the
// plans in content/ and a fixture plan, and the rules' own cases at their boundaries.
import { describe, expect, it } from 'vitest';
import { buildTargets } from '../../src/lib/matrix/build';
import { LITERACY_MEASURE, NATIONAL_LITERACY, SUFFIX_COMPARATORS, literacyAxisTop, targetRecords, targetValueText, unchartedPlans } from '../../src/lib/matrix/targets';
import { targetsCsv } from '../../src/lib/matrix/serialize';
import { summary, type LiteracyRow } from '../../src/scripts/literacy-chart';
import { scriptMessages } from '../../src/lib/i18n/script-messages';
import { MESSAGES } from '../../src/lib/i18n/messages';
import { fixturePlan, loadPlans } from '../support/plans';
import { parse as parseCsv } from 'csv-parse/sync';

const plans = loadPlans();
const withFixture = [...plans, fixturePlan()];

describe('targetValueText', () => {
  it('writes a suffix comparator after the figure and any other before it, as the plans do', () => {
    expect(targetValueText({ value: 400, unit: '万人次', comparator: '以上' })).toBe('400万人次以上');
    expect(targetValueText({ value: 5000, unit: '人', comparator: '不少于' })).toBe('不少于5000人');
    expect(targetValueText({ value: 1500, unit: '个', comparator: null })).toBe('1500个');
    for (const c of SUFFIX_COMPARATORS) expect(targetValueText({ value: 3, unit: '个', comparator: c })).toBe(`3个${c}`);
    expect(targetValueText({ value: 2.5, unit: '%', comparator: '超过' })).toBe('超过2.5%');
  });
  it('gives, for every target of every plan, a text holding its number with its unit, and its comparator at one end', () => {
    for (const p of withFixture)
      for (const t of p.data.targets) {
        const text = targetValueText(t);
        expect(text, p.id).toContain(`${t.value}${t.unit}`);
        if (t.comparator) expect(text.startsWith(t.comparator) || text.endsWith(t.comparator), `${p.id}: ${text}`).toBe(true);
        else expect(text).toBe(`${t.value}${t.unit}`);
      }
  });
});

describe('targetRecords', () => {
  it('lists each plan’s literacy target, baseline and other targets, once each, in that order', () => {
    for (const p of withFixture) {
      const r = targetRecords(p);
      const d = p.data;
      expect(r).toHaveLength(d.targets.length + (d.literacyTarget ? 1 : 0) + (d.literacyBaseline ? 1 : 0));
      expect(r.filter((x) => x.kind === 'literacy').map((x) => x.value)).toEqual(d.literacyTarget ? [d.literacyTarget.percent] : []);
      expect(r.filter((x) => x.kind === 'literacy_baseline').map((x) => x.value)).toEqual(d.literacyBaseline ? [d.literacyBaseline.percent] : []);
      expect(r.filter((x) => x.kind === 'other').map((x) => [x.measure, x.value, x.unit, x.year, x.anchor])).toEqual(d.targets.map((t) => [t.measure, t.value, t.unit, t.year, t.anchor]));
      for (const x of r.filter((y) => y.kind !== 'other')) expect([x.measure, x.unit]).toEqual([LITERACY_MEASURE, '%']);
      const kinds = r.map((x) => x.kind);
      expect(kinds).toEqual([...kinds].sort((a, b) => ['literacy', 'literacy_baseline', 'other'].indexOf(a) - ['literacy', 'literacy_baseline', 'other'].indexOf(b)));
    }
  });
  it('are what targets.csv writes, row for row, with the value text the matrix shows', () => {
    const rows = parseCsv(targetsCsv(withFixture, 'https://example.test').slice(1), { columns: true }) as Record<string, string>[];
    const expected = withFixture.flatMap((p) => targetRecords(p).map((t, i) => ({ p, t, i })));
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, k) => {
      const { p, t, i } = expected[k]!;
      expect(row).toMatchObject({ plan_slug: p.id, target: String(i + 1), kind: t.kind, measure: t.measure, value: String(t.value), unit: t.unit, year: t.year === null ? '' : String(t.year), value_text: targetValueText(t), sentence: t.sentence, anchor: t.anchor });
      expect(row.url).toBe(`https://example.test/plans/${p.id}/#${t.anchor}`);
    });
  });
});

describe('unchartedPlans', () => {
  it('are exactly the plans stating neither a literacy target nor a baseline, in order', () => {
    const rows = buildTargets(withFixture);
    expect(unchartedPlans(rows).map((c) => c.slug)).toEqual(withFixture.filter((p) => !p.data.literacyTarget && !p.data.literacyBaseline).map((p) => p.id));
  });
  it('names a plan with a baseline only as charted (the chart draws its dot)', () => {
    const base = fixturePlan();
    const onlyBaseline = { ...base, data: { ...base.data, literacyTarget: null, literacyBaseline: { year: 2020, percent: 10, sentence: '2020年比例为10%。', anchor: 's1-p1' } } };
    const none = { ...base, id: 'none-2021-2025', data: { ...base.data, literacyTarget: null, literacyBaseline: null } };
    expect(unchartedPlans(buildTargets([onlyBaseline, none])).map((c) => c.slug)).toEqual(['none-2021-2025']);
  });
});

describe('the national reference figures', () => {
  it('cite the outline by its document number, with its 2025 and 2035 targets', () => {
    expect(NATIONAL_LITERACY.documentNumber).toBe('国发〔2021〕9号');
    expect(NATIONAL_LITERACY.figures.map((f) => f.year)).toEqual([2025, 2035]);
    // Cited by title and number only: no unverified address is published.
    expect(NATIONAL_LITERACY).not.toHaveProperty('url');
  });
  it('set the axis top when no plan figure is higher, and give way to one that is', () => {
    const highest = Math.max(...NATIONAL_LITERACY.figures.map((f) => f.percent));
    expect(literacyAxisTop([])).toBe(highest);
    expect(literacyAxisTop([highest - 1])).toBe(highest);
    expect(literacyAxisTop([highest])).toBe(highest);
    expect(literacyAxisTop([highest + 0.5])).toBe(highest + 0.5);
    expect(literacyAxisTop([3], [])).toBe(3);
  });
  it('are in the chart’s text alternative, in both languages, after the plans', () => {
    const rows: LiteracyRow[] = [{ slug: 'a', label: '甲市', target: 16, targetYear: 2025, comparator: '达到', baseline: null, baselineYear: null }];
    for (const lang of ['zh', 'en'] as const) {
      const sm = scriptMessages(lang);
      const text = summary(rows, sm);
      for (const f of NATIONAL_LITERACY.figures) expect(text).toContain(sm.literacy(f.year, f.comparator, f.percent));
      expect(text.indexOf('甲市')).toBe(0);
    }
    expect(summary(rows, scriptMessages('zh'), [])).not.toContain('国家纲要');
  });
  it('are worded in the caption in both languages', () => {
    for (const m of Object.values(MESSAGES)) {
      const figures = NATIONAL_LITERACY.figures.map((f) => m.matrix.nationalFigure(f.year, f.comparator, f.percent)).join(m.matrix.figureSep);
      const cite = m.matrix.literacyReference(figures);
      for (const f of NATIONAL_LITERACY.figures) expect(cite).toContain(`${f.percent}%`);
    }
  });
});
