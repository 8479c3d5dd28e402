import { describe, expect, it } from 'vitest';
import { prng } from '../../src/lib/bench/synthetic';
import { align, MAX_GAP, MIN_PASSAGE } from '../../src/lib/reuse/align';
import { coveredChars, findReuse, MAX_CANDIDATES, withPlan, type ReuseInputPlan } from '../../src/lib/reuse/detect';
import { normalize, normalizeText, originalSpan } from '../../src/lib/reuse/normalize';
import { fingerprints, GUARANTEE, K, kgramHashes, winnow } from '../../src/lib/reuse/winnow';

// Random Chinese text from a seeded generator: no accidental sharing beyond what a test puts in.
const random = prng(11);
const hanzi = (n: number) => Array.from({ length: n }, () => String.fromCharCode(0x4e00 + Math.floor(random() * 20000))).join('');

describe('normalization', () => {
  it('drops punctuation and spaces, folds full-width forms and case, and maps back to the original', () => {
    expect(normalizeText('（一）加强 科普，ＡＢＣ１２。')).toBe('一加强科普abc12');
    const original = '甲、乙 丙';
    const n = normalize(original);
    expect(n.text).toBe('甲乙丙');
    expect(originalSpan(n, original, 1, 3)).toEqual({ from: 2, to: 5 });
  });
});

describe('winnowing', () => {
  it('selects at least one fingerprint in every window, and the same ones for the same text', () => {
    const text = hanzi(200);
    const fps = fingerprints(text);
    expect(fps).toEqual(fingerprints(text));
    const hashes = kgramHashes(text);
    for (let start = 0; start + 8 <= hashes.length; start++) expect(fps.some((f) => f.pos >= start && f.pos < start + 8)).toBe(true);
    expect(winnow(new Uint32Array(0))).toEqual([]);
  });
  it('guarantees a shared fingerprint for a shared run of GUARANTEE characters', () => {
    for (let trial = 0; trial < 50; trial++) {
      const shared = hanzi(GUARANTEE);
      const a = new Set(fingerprints(hanzi(40) + shared + hanzi(40)).map((f) => f.hash));
      expect(fingerprints(hanzi(30) + shared + hanzi(50)).some((f) => a.has(f.hash))).toBe(true);
    }
  });
  it('sees no run shorter than K', () => {
    const shared = hanzi(K - 1);
    const a = new Set(fingerprints(hanzi(40) + shared + hanzi(40)).map((f) => f.hash));
    expect(fingerprints(hanzi(40) + shared + hanzi(40)).some((f) => a.has(f.hash))).toBe(false);
  });
});

describe('alignment', () => {
  it('finds an exact shared run of MIN_PASSAGE characters, with its extents in both texts, and not one of MIN_PASSAGE − 1', () => {
    const run = hanzi(MIN_PASSAGE);
    const [p, ...rest] = align(`${hanzi(30)}${run}${hanzi(20)}`, `${hanzi(10)}${run}${hanzi(40)}`);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ aStart: 30, aEnd: 30 + MIN_PASSAGE, bStart: 10, bEnd: 10 + MIN_PASSAGE, matched: MIN_PASSAGE });
    const short = run.slice(1);
    expect(align(`${hanzi(30)}${short}${hanzi(20)}`, `${hanzi(10)}${short}${hanzi(40)}`)).toEqual([]);
  });
  it('does not count a stock phrase alone (以习近平新时代中国特色社会主义思想为指导 is shorter than the minimum)', () => {
    const stock = normalizeText('以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神');
    expect(stock.length).toBeLessThan(MIN_PASSAGE + 10);
    expect(align(`${hanzi(20)}${normalizeText('以习近平新时代中国特色社会主义思想为指导')}${hanzi(20)}`, `${hanzi(5)}${normalizeText('以习近平新时代中国特色社会主义思想为指导')}${hanzi(30)}`)).toEqual([]);
  });
  it('spans small edits (a changed region name) as one near-identical passage', () => {
    const [x, y, z] = [hanzi(20), hanzi(20), hanzi(20)];
    const passages = align(`${hanzi(15)}${x}深圳市${y}${z}`, `${x}南沙区${y}加强${z}${hanzi(15)}`);
    expect(passages).toHaveLength(1);
    expect(passages[0]).toMatchObject({ aStart: 15, aEnd: 15 + 63, bStart: 0, bEnd: 65, matched: 60 });
  });
  it('ends a passage at a gap larger than MAX_GAP', () => {
    const [x, y] = [hanzi(MIN_PASSAGE), hanzi(MIN_PASSAGE)];
    const within = align(`${x}${hanzi(MAX_GAP)}${y}`, `${x}${hanzi(MAX_GAP)}${y}`);
    expect(within.map((p) => p.aEnd - p.aStart)).toEqual([2 * MIN_PASSAGE + MAX_GAP]);
    const beyond = align(`${x}${hanzi(MAX_GAP + 1)}${y}`, `${x}${hanzi(MAX_GAP + 1)}${y}`);
    expect(beyond.map((p) => p.aEnd - p.aStart)).toEqual([MIN_PASSAGE, MIN_PASSAGE]);
  });
});

const plan = (slug: string, ...texts: string[]): ReuseInputPlan => ({
  slug,
  blocks: texts.map((text, i) => ({ kind: 'paragraph' as const, id: `p${i + 1}`, part: 'body', text })),
});

describe('shared wording across plans', () => {
  it('links each paragraph to the passages of other plans that share its wording, not to its own plan', () => {
    const shared = hanzi(40);
    const reuse = findReuse([plan('a', `${hanzi(10)}${shared}`, shared), plan('b', `${shared}${hanzi(30)}`), plan('c', hanzi(80))]);
    const a1 = reuse.links(0);
    expect(a1.map((l) => reuse.units[l.other]!.plan)).toEqual([1]);
    expect(coveredChars(reuse, 0)).toBe(40);
    expect(reuse.links(reuse.planStart[2]!)).toEqual([]);
    expect(coveredChars(reuse, reuse.planStart[1]!, withPlan(reuse, 0))).toBe(40);
  });
  it('aligns a paragraph with at most MAX_CANDIDATES others, and says when it cut', () => {
    const shared = hanzi(60);
    const plans = Array.from({ length: MAX_CANDIDATES + 3 }, (_, i) => plan(`p${i}`, shared));
    const reuse = findReuse(plans);
    expect(reuse.links(0)).toHaveLength(MAX_CANDIDATES);
    expect(reuse.capped[0]).toBe(true);
    const few = findReuse(plans.slice(0, 3));
    expect(few.capped[0]).toBe(false);
  });
});
