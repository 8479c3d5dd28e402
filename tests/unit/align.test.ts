import { describe, expect, it } from 'vitest';
import { alignPlans, assignPairs, buildCandidateIndex, buildCorpus, candidatesFor, measureContent, RELATED_AT, SAME_AT, STOCK_PHRASES, STOCK_WEIGHT, strengthOf } from '../../src/lib/align';
import { termCounts } from '../../src/lib/align/vectors';
import { readModels } from '../../src/lib/model/files';
import type { PlanModel } from '../../src/lib/model/plan';

/** A plan with one youth section whose measures are the given paragraphs (and a farmers section, to give IDF a corpus). */
function plan(slug: string, texts: readonly string[], farmers: readonly string[] = ['推广科技小院模式，选派农业科技特派员下乡服务。']): Pick<PlanModel, 'slug' | 'blocks' | 'sections' | 'measures'> {
  const blocks: PlanModel['blocks'] = [];
  const sections: PlanModel['sections'] = [];
  const measures: PlanModel['measures'] = [];
  let line = 1;
  for (const [topic, list] of [['group:youth', texts], ['group:farmers', farmers]] as const) {
    const key = topic.slice(6);
    const start = blocks.length;
    blocks.push({ kind: 'heading', id: key, line: line++, part: 'body', depth: 1, number: '', text: key });
    list.forEach((text, i) => {
      blocks.push({ kind: 'paragraph', id: `${key}-p${i + 1}`, line: line++, part: 'body', text });
      measures.push({ id: `${key}-p${i + 1}`, section: key, start: blocks.length - 1, end: blocks.length, number: '', text, departments: [], statedAt: null, ruleId: null });
    });
    sections.push({ id: key, start, ownEnd: blocks.length, end: blocks.length, depth: 1, part: 'body', parent: null, topic });
  }
  return { slug, blocks, sections, measures };
}

const youthA = ['实施智慧助老行动，普及智能技术知识和技能，有效预防和应对网络谣言、电信诈骗。', '建立校内外科学教育资源有效衔接机制，实施馆校合作行动，引导中小学充分利用科技馆、博物馆。', '培育高原特色茶叶品种，建设咖啡初加工示范基地。'];
const youthB = ['实施教师科学素质提升工程，加大对数学、物理学科教师的培训力度。', '实施馆校合作行动，引导中小学充分利用科技馆、博物馆、科普教育基地开展学习实践。', '开展智慧助老行动，普及智能技术知识，预防网络谣言和电信诈骗。'];

describe('stock phrases', () => {
  it.each(STOCK_PHRASES.map((s) => [s.phrase, s.example]))('%s weighs little alone, and its example keeps weight outside it', (phrase, example) => {
    expect(example).toContain(phrase);
    const alone = termCounts(phrase);
    expect(alone.size).toBeGreaterThan(0);
    for (const w of alone.values()) expect(w).toBeLessThanOrEqual(STOCK_WEIGHT * phrase.length + 1e-9);
    // The example's other words are not discounted: some n-gram of it counts a full occurrence.
    expect(Math.max(...termCounts(example).values())).toBeGreaterThanOrEqual(1);
  });

  it('a word that is not in the list counts in full (银龄, 馆校)', () => {
    expect(termCounts('银龄').get('银龄')).toBe(1);
    expect(termCounts('馆校合作').get('馆校')).toBe(1);
  });

  it('stock phrases alone never make a pair', () => {
    const a = plan('a', ['深入开展工作，大力推进活动，进一步加强建设。', ...youthA]);
    const b = plan('b', ['积极推动工作，广泛开展活动，不断完善建设水平。', ...youthB]);
    const t = alignPlans(buildCorpus([a, b]), 'a', 'b').find((x) => x.topic === 'group:youth')!;
    expect(t.pairs.filter((p) => p.a === 'youth-p1' || p.b === 'youth-p1')).toEqual([]);
  });
});

describe('thresholds', () => {
  it('same: a mutual best at SAME_AT and above; below, nothing unless related', () => {
    expect(strengthOf(SAME_AT, true)).toBe('same');
    expect(strengthOf(SAME_AT - 1e-9, true)).toBeNull();
    expect(strengthOf(SAME_AT + 0.001, false)).toBeNull();
  });
  it('related: any pair at RELATED_AT and above that is not same', () => {
    expect(strengthOf(RELATED_AT, false)).toBe('related');
    expect(strengthOf(RELATED_AT - 1e-9, false)).toBeNull();
    expect(RELATED_AT).toBeGreaterThan(SAME_AT);
  });
  it('iterated mutual best: each measure same with at most one, further strong pairs related', () => {
    const pairs = assignPairs([
      [0.5, 0.2],
      [0.3, 0.01],
    ]);
    expect(pairs).toEqual([
      { a: 0, b: 0, score: 0.5, strength: 'same' },
      { a: 0, b: 1, score: 0.2, strength: 'related' },
      { a: 1, b: 0, score: 0.3, strength: 'related' },
    ]);
  });
});

describe('alignment properties', () => {
  it('a measure aligned with itself in a copied plan is same', () => {
    const models = readModels();
    const copies = models.map((m) => ({ ...m, slug: `${m.slug}-copy` }));
    const corpus = buildCorpus([...models, ...copies]);
    for (const m of models) {
      for (const t of alignPlans(corpus, m.slug, `${m.slug}-copy`)) {
        for (const id of t.a) expect(t.pairs).toContainEqual(expect.objectContaining({ a: id, b: id, strength: 'same' }));
      }
    }
  });

  it('same pairs are symmetric (a × b is b × a swapped), on the real plans', () => {
    const models = readModels();
    const corpus = buildCorpus(models);
    for (const x of models) for (const y of models) {
      if (x.slug >= y.slug) continue;
      const ab = alignPlans(corpus, x.slug, y.slug).flatMap((t) => t.pairs.map((p) => `${t.topic} ${p.a} ${p.b} ${p.strength}`)).sort();
      const ba = alignPlans(corpus, y.slug, x.slug).flatMap((t) => t.pairs.map((p) => `${t.topic} ${p.b} ${p.a} ${p.strength}`)).sort();
      expect(ba).toEqual(ab);
    }
  });

  it('pairs the same commitments whatever their order, and a measure sharing no content is one-side-only', () => {
    const t = alignPlans(buildCorpus([plan('a', youthA), plan('b', youthB)]), 'a', 'b').find((x) => x.topic === 'group:youth')!;
    expect(t.pairs.filter((p) => p.strength === 'same').map((p) => [p.a, p.b])).toEqual([
      ['youth-p1', 'youth-p3'],
      ['youth-p2', 'youth-p2'],
    ]);
    expect(t.onlyA).toEqual(['youth-p3']);
    expect(t.onlyB).toEqual(['youth-p1']);
  });

  it("compares what is done, not who does it: the responsibility statement and the measure's departments are left out", () => {
    const p = plan('a', ['开展科普活动（市科协牵头，市教育局配合）。']);
    const m = { ...p.measures[0]!, departments: [{ name: '市科协', written: '市科协', role: 'lead' as const }] };
    expect(measureContent(p, m)).toBe('开展科普活动。');
    const q = plan('b', ['市科协组织开展科普活动。']);
    expect(measureContent(q, { ...q.measures[0]!, departments: [{ name: '市科协', written: '市科协', role: 'lead' as const }] })).toBe('组织开展科普活动。');
  });
});

describe('candidates from the index', () => {
  it("finds a measure's counterpart in another plan, and never one of its own plan", () => {
    const corpus = buildCorpus([plan('a', youthA), plan('b', youthB), plan('c', ['组织青少年科技创新大赛。'])]);
    const index = buildCandidateIndex(corpus);
    const i = corpus.measures.findIndex((m) => corpus.slugs[m.plan] === 'a' && m.id === 'youth-p1');
    const found = candidatesFor(index, i);
    expect(found.length).toBeGreaterThan(0);
    expect(corpus.measures[found[0]!.measure]!.id).toBe('youth-p3');
    expect(corpus.slugs[corpus.measures[found[0]!.measure]!.plan]).toBe('b');
    expect(found.every((c) => corpus.measures[c.measure]!.plan !== 0)).toBe(true);
  });
});

describe('the norm floor', () => {
  it('lies above a clause of stock phrases alone and below a clause of ten content characters', async () => {
    const { NORM_FLOOR } = await import('../../src/lib/align/vectors');
    const corpus = buildCorpus([plan('a', ['深入开展工作，大力推进活动。', '培育高原特色茶叶品种。', ...youthA]), plan('b', youthB)]);
    const stock = corpus.measures.find((m) => corpus.slugs[m.plan] === 'a' && m.id === 'youth-p1')!;
    const content = corpus.measures.find((m) => corpus.slugs[m.plan] === 'a' && m.id === 'youth-p2')!;
    expect(stock.vector.norm).toBeLessThan(NORM_FLOOR);
    expect(content.vector.norm).toBeGreaterThan(NORM_FLOOR);
  });
});
