// Which plan implements which (src/lib/lineage): examples on small plans built through the real
// schema, and properties over the committed plans.
import { describe, expect, it } from 'vitest';
import { buildLineage, type LineagePlan } from '../../src/lib/lineage/build';
import { documentId, documentKey, isNational, issuerLevel, titleIssuer } from '../../src/lib/lineage/documents';
import { lineageMessages } from '../../src/lib/lineage/messages';
import { commonNumber, commonTitle, documentProvinces, documentsByLevel, levelLabel } from '../../src/lib/lineage/pages';
import { MAX_LISTED_PLANS } from '../../src/lib/site/lists';
import { planSchema, type PlanFrontmatter } from '../../src/lib/schema';
import { planModelSchema, type PlanModel } from '../../src/lib/model/plan';
import { fixtureModel, fixturePlan, loadPlans } from '../support/plans';

type Cited = PlanFrontmatter['implements'];

/** A plan of the collection, built through the real schema from the fixture plan. */
function plan(slug: string, region: PlanFrontmatter['region'], documentNumber: string | null, implementsDocs: Cited): LineagePlan {
  const data = fixturePlan(slug).data;
  return { slug, meta: planSchema.parse({ ...data, shortName: region.name, title: `${region.name}全民科学素质行动实施方案（2022—2025年）`, region, documentNumber, implements: implementsDocs }) };
}
/** The same plan as a full model, with its preamble written in its first body paragraph (line 7). */
function model(p: LineagePlan, preamble: string): PlanModel {
  const m = fixtureModel(p.slug);
  const blocks = m.blocks.map((b) => (b.id === 's1-p1' ? { ...b, text: preamble, line: 7 } : b));
  return planModelSchema.parse({ ...m, meta: p.meta, blocks });
}

const NATIONAL = { documentNumber: '国发〔2021〕9号', title: '国务院关于印发全民科学素质行动规划纲要（2021—2035年）的通知' };
const province = plan('ceshisheng', { name: '测试省', level: 'province', parents: [] }, '测政发〔2022〕3号', [NATIONAL]);
const city = plan('ceshishi', { name: '测试市', level: 'city', parents: ['测试省'] }, '测市政发[2022]8号', [
  { documentNumber: '国发[2021]9号', title: '国务院关于印发全民科学素质行动规划纲要(2021-2035年)的通知' },
  { documentNumber: '测政发［2022］3号', title: '测试省人民政府关于印发测试省全民科学素质行动实施方案的通知' },
]);
const district = plan('ceshiqu', { name: '测试区', level: 'district', parents: ['测试省', '测试市'] }, null, [
  { documentNumber: '测市政发【2022】8号', title: '测试市全民科学素质行动实施方案（2022—2025年）' },
  { documentNumber: '乙府〔2021〕1号', title: null },
]);

describe('document numbers', () => {
  it('folds the bracket family, round-bracket years and traditional characters into one key', () => {
    const keys = ['国发〔2021〕9号', '国发[2021]9号', '国发［2021］9号', '国发【2021】9号', '國發〔2021〕9號', '国发（2021）9号', '国发 〔2021〕 9号'].map(documentKey);
    expect(new Set(keys)).toEqual(new Set(['国发[2021]9号']));
    expect(documentKey('国发〔2021〕10号')).not.toBe(keys[0]);
  });
  it('gives each key a stable ASCII id, different keys different ids', () => {
    const id = documentId(documentKey('国发〔2021〕9号'));
    expect(id).toBe('h6l-gk1-2j-_2021-2l-_9-gl3');
    const ids = ['国发[2021]9号', '国发[2021]91号', '国发[2022]9号', '粤府[2021]76号', 'a[2021]9号', '国发[20219]号'].map(documentId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of ids) expect(i).toMatch(/^[a-z0-9_-]+$/);
  });
});

describe('issuers and levels', () => {
  it('reads the central authorities from the title or the issuer code of the number (lineage/national-issuer)', () => {
    expect(isNational(NATIONAL.title, '')).toBe(true);
    expect(isNational(null, documentKey('国办发〔2022〕1号'))).toBe(true);
    expect(isNational('广东省人民政府关于…', documentKey('粤府〔2021〕76号'))).toBe(false);
  });
  it('reads the issuing region from the title (lineage/title-issuer)', () => {
    expect(titleIssuer('云南省人民政府关于印发云南省全民科学素质行动实施方案的通知')).toBe('云南省');
    expect(titleIssuer('广州市南沙区全民科学素质行动规划纲要实施方案')).toBe('南沙区');
    expect(titleIssuer('湖北省人民政府办公厅关于印发…')).toBe('湖北省');
    expect(titleIssuer('關於印發雲南省全民科學素質行動實施方案的通知')).toBe('云南省');
    expect(titleIssuer('全民科学素质行动规划纲要实施方案')).toBeNull();
    expect(titleIssuer(null)).toBeNull();
  });
  it('reads a region written without its unit word through the citing plan’s parents', () => {
    expect(titleIssuer('云南全民科学素质行动实施方案', ['云南省'])).toBe('云南省');
    expect(titleIssuer('云南全民科学素质行动实施方案', [])).toBeNull();
  });
  it('tells a county-level city from the parents', () => {
    expect(issuerLevel('测试市', ['测试省'])).toBe('city');
    expect(issuerLevel('乙市', ['测试省', '测试市', '乙市'])).toBe('county');
    expect(issuerLevel('测试省')).toBe('province');
  });
});

describe('buildLineage', () => {
  const lineage = buildLineage([province, city, district]);
  const byKey = (n: string) => lineage.documents.find((d) => d.key === documentKey(n))!;

  it('links a plan to the plan of the collection it implements, and back (B implements A)', () => {
    const doc = byKey('测政发〔2022〕3号');
    expect(doc.plan).toBe('ceshisheng');
    expect(lineage.parentsOf('ceshishi').map((p) => p.document.plan)).toEqual([null, 'ceshisheng']);
    expect(lineage.childrenOf('ceshisheng')).toEqual(['ceshishi']);
    expect(lineage.childrenOf('ceshishi')).toEqual(['ceshiqu']);
    expect(lineage.documentOf('ceshisheng')).toBe(doc);
    // The district's number is absent: nothing can cite it, and it has no document.
    expect(lineage.childrenOf('ceshiqu')).toEqual([]);
    expect(lineage.documentOf('ceshiqu')).toBeNull();
  });
  it('keeps every form of a cited-only document and which plan wrote it', () => {
    const doc = byKey('国发〔2021〕9号');
    expect(doc.plan).toBeNull();
    expect(doc.level).toBe('national');
    expect(doc.citedBy).toEqual(['ceshisheng', 'ceshishi']);
    expect(doc.forms).toEqual([
      { documentNumber: '国发〔2021〕9号', title: NATIONAL.title, plans: ['ceshisheng'] },
      { documentNumber: '国发[2021]9号', title: '国务院关于印发全民科学素质行动规划纲要(2021-2035年)的通知', plans: ['ceshishi'] },
    ]);
    expect(commonNumber(doc)).toBe('国发〔2021〕9号');
    expect(commonTitle(doc)).toBe(NATIONAL.title);
  });
  it('orders parents and documents national first, unknown last; a document without a title keeps it null', () => {
    expect(lineage.parentsOf('ceshiqu').map((p) => p.document.level)).toEqual(['city', null]);
    const unknown = byKey('乙府〔2021〕1号');
    expect(unknown).toMatchObject({ level: null, issuer: null, plan: null, forms: [{ documentNumber: '乙府〔2021〕1号', title: null, plans: ['ceshiqu'] }] });
    expect(unknown.levelBasis).not.toBe('');
    expect(commonTitle(unknown)).toBeNull();
    expect(documentsByLevel(lineage.documents).map((g) => g.label)).toEqual(['国家级', '省级', '市级', levelLabel(null)]);
  });
  it('flags a number several plans carry, and titles naming different issuers', () => {
    const twin = plan('ceshisheng-b', { name: '另一省', level: 'province', parents: [] }, '测政发[2022]3号', []);
    const other = plan('jiashi', { name: '甲市', level: 'city', parents: ['甲省'] }, null, [{ documentNumber: '甲府〔2021〕2号', title: '甲省人民政府关于…' }]);
    const third = plan('yishi', { name: '乙市', level: 'city', parents: ['乙省'] }, null, [{ documentNumber: '甲府〔2021〕2号', title: '乙省人民政府关于…' }]);
    const l = buildLineage([province, twin, city, other, third]);
    const doc = l.documents.find((d) => d.key === documentKey('测政发〔2022〕3号'))!;
    expect(doc.plan).toBeNull();
    expect(doc.ambiguities).toContainEqual({ kind: 'several-plans', plans: ['ceshisheng', 'ceshisheng-b'] });
    expect(l.childrenOf('ceshisheng')).toEqual([]);
    const differ = l.documents.find((d) => d.key === documentKey('甲府〔2021〕2号'))!;
    expect(differ.ambiguities).toEqual([{ kind: 'issuers-differ', issuers: ['甲省', '乙省'] }]);
    expect(differ.level).toBeNull();
  });
});

describe('import report messages', () => {
  it('says when a plan cites nothing, with the line of its preamble', () => {
    const m = lineageMessages([model(plan('kong', { name: '空县', level: 'county', parents: [] }, null, []), '为提升全县公民科学素质，制定本方案。')]);
    expect(m.get('kong')).toEqual([expect.objectContaining({ ruleId: 'lineage/no-citation', severity: 'warning', line: 7, anchor: 's1-p1' })]);
  });
  it('says which documents the preamble names by title alone, leaving out short names and numbered citations', () => {
    const p = plan('lushan', { name: '鹿山县', level: 'county', parents: ['甲省', '乙市'] }, null, [NATIONAL]);
    const m = lineageMessages([model(p, `为贯彻落实《${NATIONAL.title}》（国发〔2021〕9号，以下简称《科学素质纲要》）和《全民科学素质行动规划纲要》，按照《乙市全民科学素质行动实施方案（2021—2025年）》，制定本方案。`)]);
    expect(m.get('lushan')).toEqual([expect.objectContaining({ ruleId: 'lineage/cited-without-number', severity: 'info', line: 7 })]);
    expect(m.get('lushan')![0]!.reason).toContain('《乙市全民科学素质行动实施方案（2021—2025年）》');
  });
  it('says when a cited number is ambiguous or its level unknown, at the line that writes it', () => {
    const twin = plan('ceshisheng-b', { name: '另一省', level: 'province', parents: [] }, '测政发[2022]3号', [NATIONAL]);
    const models = [model(province, `为贯彻《${NATIONAL.title}》（国发〔2021〕9号），制定本方案。`), model(twin, '贯彻国发〔2021〕9号。'), model(city, '为贯彻测政发［2022］3号，国发[2021]9号。'), model(district, '按照乙府〔2021〕1号。测市政发【2022】8号')];
    const m = lineageMessages(models);
    expect(m.get('ceshishi')).toEqual([expect.objectContaining({ ruleId: 'lineage/ambiguous-number', severity: 'warning', line: 7 })]);
    expect(m.get('ceshishi')![0]!.reason).toContain('测政发［2022］3号');
    expect(m.get('ceshiqu')).toEqual([expect.objectContaining({ ruleId: 'lineage/level-unknown', severity: 'info', line: 7 })]);
    expect(m.has('ceshisheng')).toBe(false);
  });
});

describe('document pages at scale', () => {
  it('lists the citing plans on one page up to MAX_LISTED_PLANS, by province beyond', () => {
    const many = Array.from({ length: MAX_LISTED_PLANS + 1 }, (_, i) =>
      plan(`p${i}`, { name: `第${i}市`, level: 'city', parents: [i % 2 ? '甲省' : '乙省'] }, null, [NATIONAL]),
    );
    const l = buildLineage(many);
    const doc = l.documents[0]!;
    expect(documentProvinces(doc, many)).toHaveLength(2);
    expect(documentProvinces(doc, many)!.reduce((n, p) => n + p.plans.length, 0)).toBe(many.length);
    const few = many.slice(0, MAX_LISTED_PLANS);
    expect(documentProvinces(buildLineage(few).documents[0]!, few)).toBeNull();
  });
});

describe('the committed plans (properties)', () => {
  const plans = loadPlans().map((p) => ({ slug: p.id, meta: p.data }));
  const lineage = buildLineage(plans);
  it('puts every implements entry on its document, with the plan that wrote it', () => {
    const cited = plans.flatMap((p) => p.meta.implements.map((c) => ({ slug: p.slug, c })));
    expect(cited.length).toBeGreaterThan(0);
    for (const { slug, c } of cited) {
      const doc = lineage.documents.find((d) => d.key === documentKey(c.documentNumber))!;
      expect(doc.forms.some((f) => f.documentNumber === c.documentNumber && f.title === c.title && f.plans.includes(slug)), `${slug} ${c.documentNumber}`).toBe(true);
      expect(lineage.parentsOf(slug).map((p) => p.document)).toContain(doc);
    }
  });
  it('has unique ids and resolves each document to at most one plan of the collection', () => {
    expect(new Set(lineage.documents.map((d) => d.id)).size).toBe(lineage.documents.length);
    const slugs = new Set(plans.map((p) => p.slug));
    for (const d of lineage.documents) {
      expect(lineage.byId.get(d.id)).toBe(d);
      if (d.plan !== null) {
        expect(slugs.has(d.plan)).toBe(true);
        expect(documentKey(plans.find((p) => p.slug === d.plan)!.meta.documentNumber!)).toBe(d.key);
      }
    }
  });
  it('makes children the inverse of parents', () => {
    for (const p of plans) {
      for (const child of lineage.childrenOf(p.slug)) expect(lineage.parentsOf(child).some((l) => l.document.plan === p.slug)).toBe(true);
      for (const parent of lineage.parentsOf(p.slug)) if (parent.document.plan) expect(lineage.childrenOf(parent.document.plan)).toContain(p.slug);
    }
  });
});
