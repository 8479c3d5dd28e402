import { describe, expect, it } from 'vitest';
import { SIMILARITY_THRESHOLD, alignSections, alignedRows, contentSimilarity, dice, headingKey, ngrams, type CompareSection } from '../../src/lib/compare/align';
import { readModels } from '../../src/lib/model/files';
import { planRecord } from '../../src/lib/search/build';
import { compareSections, sectionDepths } from '../../src/lib/compare/plans';

const sec = (heading: string, text: string, parent = -1, topic: string | null = null, id = `s${Math.random().toString(36).slice(2, 8)}`): CompareSection => ({ id, heading, parent, text, topic });

/** Two texts whose trigram Dice coefficient is exactly k/n: the first n distinct trigrams of a run, k of them shared. */
function withSimilarity(shared: number, own: number): [string, string] {
  // Distinct characters, so every trigram is distinct: a run of m characters has m − 2 trigrams.
  const chars = Array.from({ length: 400 }, (_, i) => String.fromCodePoint(0x4e00 + i * 7));
  const common = chars.slice(0, shared + 2).join('');
  const a = common + '。' + chars.slice(100, 100 + own + 2).join('');
  const b = common + '。' + chars.slice(200, 200 + own + 2).join('');
  return [a, b];
}

describe('similarity', () => {
  it('ngrams: character trigrams, a short text its own gram, whitespace and width folded', () => {
    expect([...ngrams('科学素质')]).toEqual(['科学素', '学素质']);
    expect([...ngrams('科学')]).toEqual(['科学']);
    expect(ngrams('')).toEqual(new Set());
    expect(ngrams('科 学\n素质')).toEqual(ngrams('科学素质'));
  });

  it('dice: 2|A∩B|/(|A|+|B|), 0 for two empty sets', () => {
    expect(dice(new Set(['x', 'y']), new Set(['y', 'z']))).toBe(0.5);
    expect(dice(new Set(), new Set())).toBe(0);
    expect(dice(new Set(['x']), new Set(['x']))).toBe(1);
  });

  it('headingKey sets aside the printed number (numbering.ts) and closing punctuation', () => {
    expect(headingKey('（一）指导思想。')).toBe('指导思想');
    expect(headingKey('1.任务。')).toBe('任务');
    expect(headingKey('一、前言')).toBe('前言');
    expect(headingKey('')).toBe('');
  });
});

describe('alignSections', () => {
  it('pairs sections by topic whatever their headings say', () => {
    const a = [sec('（一）实施青少年科学素质提升行动', '甲乙丙丁', -1, 'group:youth')];
    const b = [sec('二、青少年', '完全不同的文字', -1, 'group:youth')];
    expect(alignSections(a, b)).toMatchObject([{ a: 0, b: 0, rule: 'topic' }]);
  });

  it('pairs equal headings only under paired parents', () => {
    const a = [sec('（一）青少年', '', -1, 'group:youth'), sec('1.任务。', '子丑寅卯', 0), sec('（二）农民', '', -1, 'group:farmers'), sec('1.任务。', '辰巳午未', 2)];
    const b = [sec('一、农民', '', -1, 'group:farmers'), sec('（1）任务', '申酉戌亥', 0)];
    const pairs = alignSections(a, b);
    expect(pairs).toContainEqual(expect.objectContaining({ a: 3, b: 1, rule: 'heading' }));
    expect(pairs.find((p) => p.a === 1)).toBeUndefined();
  });

  it('the named threshold: a pair of similarity exactly SIMILARITY_THRESHOLD pairs, one a step below does not', () => {
    // Find shared/own counts whose Dice is exactly the threshold, and one step below.
    let exact: [string, string] | null = null;
    let below: [string, string] | null = null;
    for (let shared = 1; shared < 60 && !(exact && below); shared++) {
      for (let own = 1; own < 120; own++) {
        const pair = withSimilarity(shared, own);
        const s = contentSimilarity({ heading: '', text: pair[0] }, { heading: '', text: pair[1] });
        if (!exact && Math.abs(s - SIMILARITY_THRESHOLD) < 1e-12) exact = pair;
        if (!below && s < SIMILARITY_THRESHOLD && s > SIMILARITY_THRESHOLD - 0.02) below = pair;
      }
    }
    expect(exact && below).toBeTruthy();
    expect(alignSections([sec('', exact![0])], [sec('', exact![1])])).toHaveLength(1);
    expect(alignSections([sec('', below![0])], [sec('', below![1])])).toHaveLength(0);
  });

  it('pairs each section at most once, best pair first', () => {
    const text = '加强科普基础设施建设，推动科技馆体系创新发展。';
    const a = [sec('甲', text), sec('乙', `${text}另有补充`)];
    const b = [sec('丙', text)];
    const pairs = alignSections(a, b);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ a: 0, b: 0 });
  });
});

describe('alignedRows', () => {
  it('keeps A in order, puts B-only sections after the B section before them, and every section in exactly one row', () => {
    const rows = alignedRows(4, 5, [
      { a: 1, b: 0, rule: 'topic', similarity: 1 },
      { a: 3, b: 2, rule: 'content', similarity: 0.5 },
    ]);
    expect(rows.map((r) => [r.a, r.b])).toEqual([
      [0, null],
      [1, 0],
      [null, 1],
      [2, null],
      [3, 2],
      [null, 3],
      [null, 4],
    ]);
  });

  it('B-only sections before any pair come before the first paired row; no pairs at all: A then B', () => {
    expect(alignedRows(2, 2, [{ a: 1, b: 1, rule: 'heading', similarity: 0 }]).map((r) => [r.a, r.b])).toEqual([
      [0, null],
      [null, 0],
      [1, 1],
    ]);
    expect(alignedRows(1, 1, []).map((r) => [r.a, r.b])).toEqual([
      [0, null],
      [null, 0],
    ]);
  });
});

describe('on the plans in content/ (every pair)', () => {
  const plans = readModels().map((m) => ({ slug: m.slug, sections: compareSections(planRecord(m).texts) }));
  const pairs = plans.flatMap((p, i) => plans.slice(i + 1).map((q) => [p, q] as const));

  it.each(pairs.map(([p, q]) => [`${p.slug} / ${q.slug}`, p, q] as const))('%s: every section in exactly one row, pairs by topic where both have the topic', (_name, p, q) => {
    const rows = alignedRows(p.sections.length, q.sections.length, alignSections(p.sections, q.sections));
    expect(rows.flatMap((r) => (r.a === null ? [] : [r.a]))).toEqual(p.sections.map((_, i) => i));
    expect(rows.flatMap((r) => (r.b === null ? [] : [r.b])).sort((x, y) => x - y)).toEqual(q.sections.map((_, i) => i));
    const topicsB = new Set(q.sections.map((s) => s.topic).filter(Boolean));
    for (const row of rows) {
      const sa = row.a === null ? undefined : p.sections[row.a];
      if (sa?.topic && topicsB.has(sa.topic) && p.sections.filter((s) => s.topic === sa.topic).length === 1) expect(row.rule, sa.heading).toBe('topic');
    }
  });

  it('section depths follow the parent links', () => {
    for (const p of plans) {
      const depths = sectionDepths(p.sections);
      p.sections.forEach((s, i) => expect(depths[i]).toBe(s.parent < 0 ? 0 : depths[s.parent]! + 1));
    }
  });
});

describe('similarityMatrix', () => {
  it('equals dice() for every pair', async () => {
    const { similarityMatrix } = await import('../../src/lib/compare/align');
    const texts = ['加强科普基础设施建设', '推动科技馆体系创新发展', '加强科普基础设施', '', '科'];
    const grams = texts.map((t) => ngrams(t));
    const m = similarityMatrix(grams, grams);
    grams.forEach((x, i) => grams.forEach((y, j) => expect(m[i]![j]).toBeCloseTo(dice(x, y), 12)));
  });
});
