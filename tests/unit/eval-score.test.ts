import { describe, expect, it } from 'vitest';
import { GoldFileError, parseGold, type Gold, type GoldSection } from '../../src/lib/eval/gold';
import {
  canonHeading,
  canonNumber,
  predictedFromFrontmatter,
  prf,
  scorePlan,
  share,
  targetMatches,
  thresholds,
  totalsOf,
  type Predicted,
  type PredictedSection,
} from '../../src/lib/eval/score';

/** Small hand-made plans: one group and one project, so every count below can be checked by eye. */
const section = (over: Partial<GoldSection> = {}): GoldSection => ({
  heading: '实施青少年科学素质提升行动',
  number: '（一）',
  measures: 3,
  numbered: true,
  lead: ['市教育局'],
  support: ['市科协', '团市委'],
  responsible: [],
  ...over,
});

function gold(over: Partial<Gold> = {}): Gold {
  return {
    slug: 'test-2021-2025',
    title: '某市全民科学素质行动规划纲要实施方案（2021—2025年）',
    issuer: '某市人民政府',
    documentNumber: '某政〔2021〕1号',
    signedDate: '2021-11-26',
    publishedDate: null,
    period: { from: 2021, to: 2025 },
    region: { name: '某市', level: 'city', parents: ['某省'] },
    literacyTarget: { year: 2025, percent: 14, comparator: '超过' },
    literacyBaseline: { year: 2020, percent: 9.8 },
    groups: { youth: section(), farmers: null, workers: null, elderly: null, officials: null },
    extraGroups: [],
    projects: {
      resources: section({ heading: '实施科技资源科普化工程', lead: ['市科技局'], support: ['市科协'] }),
      digital: null,
      infrastructure: null,
      grassroots: null,
      emergency: null,
      talent: null,
      industry: null,
      cooperation: null,
    },
    otherTargets: [{ value: 3, unit: '万人', sentenceContains: '注册科技志愿者超过3万人' }],
    ...over,
  };
}

const asPredicted = (s: GoldSection | null): PredictedSection | null =>
  s && { heading: s.heading, number: s.number, measures: s.measures, lead: [...s.lead], support: [...s.support], responsible: [...s.responsible] };

/** The prediction that gets everything of `g` right. */
function perfect(g: Gold): Predicted {
  return {
    title: g.title,
    issuer: g.issuer,
    documentNumber: g.documentNumber,
    signedDate: g.signedDate,
    publishedDate: g.publishedDate,
    period: g.period,
    region: { ...g.region, parents: [...g.region.parents] },
    literacyTarget: g.literacyTarget,
    literacyBaseline: g.literacyBaseline,
    groups: Object.fromEntries(Object.entries(g.groups).map(([k, v]) => [k, asPredicted(v)])) as Predicted['groups'],
    projects: Object.fromEntries(Object.entries(g.projects).map(([k, v]) => [k, asPredicted(v)])) as Predicted['projects'],
    extraGroups: g.extraGroups.map((s) => asPredicted(s)!),
    targets: g.otherTargets.map((t) => ({ value: t.value, unit: t.unit, sentence: `到2025年，全市${t.sentenceContains}。` })),
  };
}

const failing = (p: Predicted, g = gold()) => thresholds(totalsOf([scorePlan(g, p)])).filter((r) => !r.pass).map((r) => r.name);

describe('scorePlan', () => {
  it('scores a perfect prediction as all right and passes every threshold', () => {
    const s = scorePlan(gold(), perfect(gold()));
    expect(s.metadata.every((c) => c.ok)).toBe(true);
    expect(s.metadata).toHaveLength(14);
    // 5 groups + 8 projects + "no extra groups"
    expect(s.presence.filter((c) => c.ok)).toHaveLength(14);
    expect(s.headings).toHaveLength(4);
    expect(s.measures).toHaveLength(2);
    expect(s.departments).toMatchObject({ tp: 5, predicted: 5, expected: 5, rolesRight: 5, missing: [], extra: [], wrongRole: [] });
    expect(s.targets).toMatchObject({ tp: 1, predicted: 1, expected: 1, missed: [], extra: [] });
    expect(failing(perfect(gold()))).toEqual([]);
  });

  it('counts a unit with the wrong role as matched for F1 but wrong for roles', () => {
    const p = perfect(gold());
    p.groups.youth = { ...p.groups.youth!, lead: ['市教育局', '市科协'], support: ['团市委'] };
    const s = scorePlan(gold(), p);
    expect(s.departments).toMatchObject({ tp: 5, predicted: 5, expected: 5, rolesRight: 4 });
    expect(s.departments.wrongRole).toEqual([{ section: 'groups.youth', unit: '市科协', expected: 'support', got: 'lead' }]);
    // F1 is perfect, roles 4/5 = 80% < 95%.
    expect(failing(p)).toEqual(['department roles']);
  });

  it('reads a unit listed both as lead and as support as lead (the gold convention)', () => {
    const p = perfect(gold());
    p.groups.youth = { ...p.groups.youth!, support: ['市科协', '团市委', '市教育局'] };
    expect(scorePlan(gold(), p).departments).toMatchObject({ tp: 5, predicted: 5, rolesRight: 5 });
  });

  it('treats responsible as a role of its own', () => {
    const p = perfect(gold());
    p.projects.resources = { ...p.projects.resources!, lead: [], support: [], responsible: ['市科技局', '市科协'] };
    expect(scorePlan(gold(), p).departments).toMatchObject({ tp: 5, rolesRight: 3 });
  });

  it('compares unit names after trimming and punctuation folding, never fuzzily', () => {
    const g = gold({ groups: { ...gold().groups, youth: section({ support: ['市委党校（市行政学院）', '团市委'] }) } });
    const p = perfect(g);
    p.groups.youth = { ...p.groups.youth!, support: [' 市委党校(市行政学院) ', '团委'] };
    const s = scorePlan(g, p);
    expect(s.departments.missing.map((m) => m.unit)).toEqual(['团市委']);
    expect(s.departments.extra.map((m) => m.unit)).toEqual(['团委']);
  });

  it('counts a section present in the prediction but absent in gold against presence and precision only', () => {
    const p = perfect(gold());
    p.projects.emergency = { heading: '加强应急科普。', number: '3.', measures: 2, lead: [], support: [], responsible: ['市应急管理局'] };
    const s = scorePlan(gold(), p);
    expect(s.presence.filter((c) => !c.ok)).toEqual([{ field: 'projects.emergency', expected: 'absent', got: 'present (3． 加强应急科普)', ok: false }]);
    expect(s.headings).toHaveLength(4);
    expect(s.measures).toHaveLength(2);
    expect(s.departments).toMatchObject({ tp: 5, predicted: 6, expected: 5 });
  });

  it('counts a gold section the prediction misses against presence, heading, measures and recall', () => {
    const p = perfect(gold());
    p.groups.youth = null;
    const s = scorePlan(gold(), p);
    expect(s.presence.filter((c) => !c.ok).map((c) => c.field)).toEqual(['groups.youth']);
    expect(s.headings.filter((c) => !c.ok).map((c) => c.got)).toEqual(['absent', 'absent']);
    expect(s.measures.filter((c) => !c.ok)).toHaveLength(1);
    expect(s.departments).toMatchObject({ tp: 2, predicted: 2, expected: 5 });
  });

  it('pairs extra groups by heading and scores them like the keyed sections', () => {
    const extra = section({ heading: '实施妇女科学素质提升行动', number: '（六）', lead: ['市妇联'], support: [] });
    const g = gold({ extraGroups: [extra] });
    expect(scorePlan(g, perfect(g)).presence.every((c) => c.ok)).toBe(true);
    const none = { ...perfect(g), extraGroups: [] };
    const s = scorePlan(g, none);
    expect(s.presence.filter((c) => !c.ok).map((c) => c.field)).toEqual(['extraGroups[实施妇女科学素质提升行动]']);
    expect(s.departments.missing).toEqual([{ section: 'extraGroups[实施妇女科学素质提升行动]', unit: '市妇联', role: 'lead' }]);
  });

  it('compares headings without trailing punctuation and numbers folded to full width', () => {
    expect(canonHeading('实施城市劳动者科学素质提升行动。')).toBe('实施城市劳动者科学素质提升行动');
    expect(canonNumber('(三)')).toBe('（三）');
    expect(canonNumber('1.')).toBe(canonNumber('1．'));
    const p = perfect(gold());
    p.groups.youth = { ...p.groups.youth!, heading: '实施青少年科学素质提升行动。', number: '(一)' };
    expect(scorePlan(gold(), p).headings.every((c) => c.ok)).toBe(true);
    p.groups.youth = { ...p.groups.youth, heading: '青少年科学素质提升行动' };
    expect(scorePlan(gold(), p).headings.filter((c) => !c.ok).map((c) => c.field)).toEqual(['groups.youth.heading']);
  });

  it('scores metadata field by field: parents as a set, null against null is right', () => {
    const p = perfect(gold());
    p.region = { name: '某市', level: 'city', parents: [] };
    p.publishedDate = '2021-12-03';
    const wrong = scorePlan(gold(), p).metadata.filter((c) => !c.ok);
    expect(wrong.map((c) => c.field)).toEqual(['publishedDate', 'region.parents']);
    expect(wrong[0]).toMatchObject({ expected: 'null', got: '2021-12-03' });

    const g = gold({ region: { name: '某区', level: 'district', parents: ['某省', '某市'] }, literacyTarget: null });
    const q = perfect(g);
    q.region = { name: '某区', level: 'district', parents: ['某市', '某省'] };
    expect(scorePlan(g, q).metadata.every((c) => c.ok)).toBe(true);
    q.literacyTarget = { year: 2035, percent: 25, comparator: '达到' };
    expect(scorePlan(g, q).metadata.filter((c) => !c.ok).map((c) => c.field)).toEqual(['literacyTarget.year', 'literacyTarget.percent', 'literacyTarget.comparator']);
  });
});

describe('targets', () => {
  const t = { value: 3, unit: '万人', sentenceContains: '注册科技志愿者超过3万人' };
  it('match on value, unit and the gold substring (either way round)', () => {
    expect(targetMatches(t, { value: 3, unit: '万人', sentence: '到2025年，全市注册科技志愿者超过3万人。' })).toBe(true);
    expect(targetMatches(t, { value: 3, unit: '万人', sentence: '志愿者超过3万人' })).toBe(true);
    expect(targetMatches(t, { value: 30000, unit: '人', sentence: '到2025年，全市注册科技志愿者超过3万人。' })).toBe(false);
    expect(targetMatches(t, { value: 3, unit: '万人', sentence: '建成科普基地3万人' })).toBe(false);
  });
  it('match each prediction at most once', () => {
    const g = gold({ otherTargets: [t, t] });
    const p = { ...perfect(gold()), targets: [{ value: 3, unit: '万人', sentence: '注册科技志愿者超过3万人。' }] };
    expect(scorePlan(g, p).targets).toMatchObject({ tp: 1, predicted: 1, expected: 2 });
  });
  it('leave literacy percentages out of the prediction', () => {
    const sentence = '到2025年，全市公民具备科学素质的比例超过14%。';
    const fm = {
      literacyTarget: { year: 2025, percent: 14, comparator: '超过', sentence, anchor: 'a' },
      targets: [
        { sentence, value: 14, unit: '%', measure: '公民具备科学素质的比例' },
        { sentence: '注册科技志愿者超过3万人。', value: 3, unit: '万人', measure: '注册科技志愿者' },
      ],
    };
    expect(predictedFromFrontmatter(fm).targets).toEqual([{ value: 3, unit: '万人', sentence: '注册科技志愿者超过3万人。' }]);
  });
  it('score empty against empty as perfect, and nothing found where something was expected as 0', () => {
    expect(prf({ tp: 0, predicted: 0, expected: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(prf({ tp: 0, predicted: 0, expected: 2 })).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(prf({ tp: 0, predicted: 2, expected: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
    const p = { ...perfect(gold()), targets: [] };
    expect(failing(p)).toEqual(['targets F1']);
    const none = gold({ otherTargets: [] });
    expect(failing({ ...perfect(none), targets: [] }, none)).toEqual([]);
  });
});

describe('thresholds', () => {
  /** A plan with `n` groups-and-projects sections present, `wrong` of them with a wrong measure count. */
  function withMeasures(n: number, wrong: number) {
    const scores = Array.from({ length: n }, (_, i) => {
      const g = gold();
      const p = perfect(g);
      if (i < wrong) p.groups.youth = { ...p.groups.youth!, measures: 99 };
      return scorePlan(g, p);
    });
    return thresholds(totalsOf(scores)).find((r) => r.name === 'measure counts')!;
  }
  it('pass measure counts at exactly 95% and fail just below', () => {
    // 10 plans × 2 sections = 20 counts: 19/20 = 95% passes, 18/20 = 90% fails; 39/40 = 97.5%.
    expect(withMeasures(10, 1).pass).toBe(true);
    expect(withMeasures(10, 2).pass).toBe(false);
    expect(withMeasures(20, 1).pass).toBe(true);
  });
  it('pass departments F1 at exactly 0.95', () => {
    expect(prf({ tp: 19, predicted: 20, expected: 20 }).f1).toBe(0.95);
    const t = totalsOf([]);
    t.departments = { tp: 19, predicted: 20, expected: 20, rolesRight: 19 };
    t.targets = { tp: 9, predicted: 10, expected: 10 };
    expect(thresholds(t).map((r) => [r.name, r.pass])).toEqual([
      ['metadata', true],
      ['presence', true],
      ['headings', true],
      ['measure counts', true],
      ['departments F1', true],
      ['department roles', true],
      ['targets F1', true],
    ]);
    t.departments = { tp: 18, predicted: 20, expected: 20, rolesRight: 18 };
    expect(thresholds(t).find((r) => r.name === 'departments F1')!.pass).toBe(false);
  });
  it('treat an empty count as vacuously right', () => {
    expect(share({ right: 0, total: 0 })).toBe(1);
    expect(share({ right: 19, total: 20 })).toBe(0.95);
  });
});

describe('predictedFromFrontmatter', () => {
  it('reads fields that may not exist yet as absent (extraGroups, departments)', () => {
    const p = predictedFromFrontmatter({ title: 'T', groups: { youth: { heading: 'H', number: '（一）', measures: 2 } }, projects: {} });
    expect(p.extraGroups).toEqual([]);
    expect(p.groups.youth).toEqual({ heading: 'H', number: '（一）', measures: 2, lead: [], support: [], responsible: [] });
    expect(p.groups.farmers).toBeNull();
    expect(p.projects.cooperation).toBeNull();
    expect(p.region).toBeNull();
  });
  it("resolves abbreviated unit names through the importer's own departmentAliases, and only those", () => {
    const departments = { lead: ['科技局'], support: ['财政局', '市科协'], responsible: [] };
    const p = predictedFromFrontmatter({ groups: { youth: { heading: 'H', number: '', measures: 1, departments } }, departmentAliases: { 科技局: '市科技局' } });
    expect(p.groups.youth).toMatchObject({ lead: ['市科技局'], support: ['财政局', '市科协'] });
  });
  it('reads extraGroups when the importer writes them', () => {
    const p = predictedFromFrontmatter({ extraGroups: [{ heading: '妇女', number: '（六）', measures: 1, departments: { lead: ['市妇联'], support: [], responsible: [] }, extra: 1 }] });
    expect(p.extraGroups).toEqual([{ heading: '妇女', number: '（六）', measures: 1, lead: ['市妇联'], support: [], responsible: [] }]);
  });
});

describe('parseGold', () => {
  const text = (g: unknown) => JSON.stringify(g);
  it('accepts a well-formed file', () => {
    expect(parseGold(text(gold()), 'content/expected/test-2021-2025.json', 'test-2021-2025').slug).toBe('test-2021-2025');
  });
  it('fails loudly with the path on a malformed file', () => {
    expect(() => parseGold('{', 'content/expected/x.json')).toThrow(/^content\/expected\/x\.json: not valid JSON/);
    const { groups, ...noGroups } = gold();
    expect(groups).toBeTruthy();
    expect(() => parseGold(text(noGroups), 'content/expected/x.json')).toThrow(/^content\/expected\/x\.json: .*groups/);
    expect(() => parseGold(text({ ...gold(), documentNo: 'x' }), 'e.json')).toThrow(GoldFileError);
    expect(() => parseGold(text({ ...gold(), groups: { ...gold().groups, workers: undefined } }), 'e.json')).toThrow(/groups\.workers/);
  });
  it('rejects a file whose slug is not its name, and a unit listed as both lead and support', () => {
    expect(() => parseGold(text(gold()), 'content/expected/other.json', 'other')).toThrow(/differs from the file name/);
    const g = gold({ groups: { ...gold().groups, youth: section({ lead: ['市科协'], support: ['市科协'] }) } });
    expect(() => parseGold(text(g), 'e.json')).toThrow(/youth: 市科协 listed as both lead and support/);
  });
});
