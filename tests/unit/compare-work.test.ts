// The compare page's whole computation (what its worker runs): sections, alignment, and each
// aligned pair's runs, with the shared count equal to the marked runs.
import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/lib/compare/work';
import type { PlanTexts } from '../../src/lib/search/files';

const texts = (sections: [id: string, heading: string, text: string, topic: string | null][]): PlanTexts =>
  ({
    headings: sections.map((s) => s[1]),
    parents: sections.map(() => -1),
    texts: sections.map((s) => s[2]),
    ids: sections.map((s) => s[0]),
    topics: sections.map((s) => s[3]),
  }) as PlanTexts;

describe('comparePlans', () => {
  const a = texts([
    ['youth', '（一）青少年科学素质提升行动', '完善科学教育体系，深入实施科技创新后备人才培育计划。', 'group:youth'],
    ['own-a', '（五）本地特色', '建设海洋科普馆。', null],
  ]);
  const b = texts([
    ['s2-1', '（二）实施青少年科学素质提升行动', '完善科学教育体系，广泛开展科技节活动。', 'group:youth'],
  ]);
  const result = comparePlans(a, b);

  it('pairs by topic and leaves the rest to one side', () => {
    expect(result.pairs.map((p) => [result.a[p.a]!.id, result.b[p.b]!.id, p.rule])).toEqual([['youth', 's2-1', 'topic']]);
    expect(result.rows.filter((r) => r.b === null).map((r) => result.a[r.a!]!.id)).toEqual(['own-a']);
  });
  it('gives both sides runs for a pair and none for a one-sided row, the shared count being the marked text', () => {
    const paired = result.rows.find((r) => r.a !== null && r.b !== null)!;
    expect(paired.runs).not.toBeNull();
    const marked = (side: 'a' | 'b') => paired.runs![side].filter((r) => r.shared).map((r) => r.text).join('');
    expect(marked('a')).toContain('完善科学教育体系');
    expect(marked('a')).toBe(marked('b'));
    expect(result.shared).toBe(marked('a').length);
    expect(paired.runs!.a.map((r) => r.text).join('')).toBe(a.texts[0]);
    expect(result.rows.find((r) => r.b === null)!.runs).toBeNull();
  });
});
