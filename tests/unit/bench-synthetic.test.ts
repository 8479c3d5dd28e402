import { describe, expect, it } from 'vitest';
import { chapters, madeUpName, prng, synthesize } from '../../src/lib/bench/synthetic';
// Imported here, not inside the test: a module first loaded inside a test makes every line it runs
// while loading look covered by that test alone, and Stryker then tests those (static) mutants with
// this one test instead of leaving them out as static (stryker.config.mjs, ignoreStatic).
import { correctedText, importPlan } from '../../src/lib/importer/pipeline';
import { collectInputs } from '../../src/lib/importer/run';

const plan = (slug: string, region: string) => ({
  slug,
  regionNames: [region],
  text: `${region}人民政府关于印发${region}全民科学素质行动实施方案的通知\n${region}全民科学素质行动实施方案（2021—2025年）\n一、总体要求\n${region}甲。\n二、重点任务\n${slug}乙。\n三、组织实施\n丙。`,
});

describe('synthetic plans', () => {
  it('splits a plan into head, chapters and tail', () => {
    const c = chapters(plan('a', '甲市').text);
    expect(c.middle.map((m) => m.split('\n')[0])).toEqual(['一、总体要求', '二、重点任务']);
    expect(c.tail.startsWith('三、组织实施')).toBe(true);
  });
  it('is deterministic and gives unique made-up names', () => {
    expect(prng(3)()).toBe(prng(3)());
    const names = Array.from({ length: 600 }, (_, i) => madeUpName(i));
    expect(new Set(names).size).toBe(600);
  });
  it('recombines chapters under made-up region names, none of the real names left', () => {
    const out = synthesize([plan('a', '甲市'), plan('b', '乙市')], 6, 7);
    expect(out).toHaveLength(6);
    expect(new Set(out.map((p) => p.slug)).size).toBe(6);
    for (const p of out) {
      expect(p.text).not.toMatch(/甲市|乙市/);
      expect(p.meta).toMatch(/level: (city|county|district)/);
    }
    expect(synthesize([plan('a', '甲市'), plan('b', '乙市')], 6, 7)).toEqual(out);
  });
});

describe('the text synthetic plans are made from', () => {
  it('is the importer\'s corrected text: every listed correction applied to every committed plan', () => {
    for (const input of collectInputs(process.cwd()).inputs) {
      const { text, applied } = correctedText(input);
      // The importer lists the same corrections it applied (one path for both).
      expect(applied.map((c) => c.original)).toEqual(importPlan(input).frontmatter.corrections.map((c) => c.original));
      for (const c of applied) {
        expect(text).toContain(c.replacement);
        // Without a line, every occurrence is replaced (with one, the original may stand elsewhere).
        if (c.line === undefined && !c.replacement.includes(c.original)) expect(text).not.toContain(c.original);
      }
    }
  });
});

describe('the provenance synthetic plans record', () => {
  it('covers every line once, in order, and each segment is the text of its source part', () => {
    const sources = [plan('a', '甲市'), plan('b', '乙市')];
    const split = new Map(sources.map((s) => [s.slug, chapters(s.text)]));
    for (const p of synthesize(sources, 8, 5)) {
      const lines = p.text.split('\n');
      let next = 1;
      for (const seg of p.provenance) {
        expect(seg.line).toBe(next);
        next += seg.lines;
        const c = split.get(seg.source)!;
        const original = seg.part === 'head' ? c.head : seg.part === 'tail' ? c.tail : c.middle[seg.index]!;
        // Region names are replaced: compare with the names masked.
        const mask = (t: string) => t.replace(/甲市|乙市/g, '＊').replace(new RegExp(p.meta.match(/name: (\S+)/)![1]!, 'g'), '＊');
        expect(mask(lines.slice(seg.line - 1, seg.line - 1 + seg.lines).join('\n'))).toBe(mask(original));
      }
      expect(next - 1).toBe(lines.length);
    }
  });
});
