/**
 * Local alignment of two normalized texts by seed-and-extend with an edit budget: every k-gram the
 * two share exactly is a seed; seeds are chained in order along both texts while the gap between
 * consecutive seeds stays within the edit budget (a changed region name, an inserted 和, a dropped
 * 积极); each chain is a shared passage with its extents in both texts. This is the BLAST-style
 * shortcut to Smith–Waterman: the same local extents for near-identical passages (few, short
 * edits), in time linear in the texts' lengths rather than their product — a paragraph is compared
 * with up to MAX_CANDIDATES others, every build. Considered: diff (jsdiff) and diff-sequences give
 * a global alignment (the whole of both texts), not the local passages wanted here; they are used
 * afterwards to mark the differences inside a passage (diff.ts).
 */
import { kgramHashes } from './winnow';

/** Seed length in characters: shorter than the winnowing k-gram would seed on common two-word pairs. */
export const SEED = 6;
/**
 * The edit budget between two seeds of one passage: at most this many unmatched characters on
 * either side (a replaced place name, 深圳市 → 南沙区, is 3; a changed clause is more and ends the passage).
 */
export const MAX_GAP = 8;
/**
 * The minimum shared passage, in matched normalized characters: longer than the stock phrases every
 * plan opens with (以习近平新时代中国特色社会主义思想为指导 is 20; 全面贯彻党的二十大精神 is 11), so
 * that they alone never count, and shorter than a typical sentence of an adopted measure (~30–60).
 */
export const MIN_PASSAGE = 24;
/** Near-identical: matched characters at least this share of the longer side of the passage. */
export const MIN_IDENTITY = 0.8;

export interface Passage {
  /** Extents in the first text [aStart, aEnd) and the second [bStart, bEnd), in code units of the normalized texts. */
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  /** Characters of the first text covered by exactly shared seeds. */
  matched: number;
}

interface Chain {
  aStart: number;
  bStart: number;
  /** Just past the chain's last matched run in each text. */
  aEnd: number;
  bEnd: number;
  /** Covered characters of the first text so far (runs may overlap: counted once). */
  matched: number;
}

/** Seeds of the first text by k-gram hash: at most this many positions per hash (repeated wording in one paragraph). */
const MAX_SEED_POSITIONS = 8;

/**
 * The shared passages of two texts, longest first, not overlapping in either text, each at least
 * `min` matched characters and MIN_IDENTITY identical.
 */
export function align(a: string, b: string, min = MIN_PASSAGE): Passage[] {
  return aligner(a, min)(b);
}

/**
 * An aligner for one text against many: the first text's seeds are indexed once (a paragraph is
 * aligned with up to MAX_CANDIDATES others), each other text is then scanned once.
 */
export function aligner(a: string, min = MIN_PASSAGE): (b: string) => Passage[] {
  const where = new Map<number, number[]>();
  if (a.length >= min) {
    const ha = kgramHashes(a, SEED);
    for (let i = 0; i < ha.length; i++) {
      const list = where.get(ha[i]!);
      if (!list) where.set(ha[i]!, [i]);
      else if (list.length < MAX_SEED_POSITIONS) list.push(i);
    }
  }
  return (b: string) => (b.length < min || where.size === 0 ? [] : chain(a, b, where, min));
}

/**
 * Chains the seeds met scanning `b` in order (the second text leads; extents are symmetric). A seed
 * is extended forward while both texts agree (an exact run), and the scan skips past the run, so
 * identical wording costs one comparison per character.
 */
function chain(a: string, b: string, where: Map<number, number[]>, min: number): Passage[] {
  const hb = kgramHashes(b, SEED);
  const done: Chain[] = [];
  const active: Chain[] = [];
  for (let j = 0; j < hb.length; j++) {
    const is = where.get(hb[j]!);
    if (!is) continue;
    // Chains that can no longer be extended (the gap past their end is over the budget) are done.
    for (let k = active.length - 1; k >= 0; k--) if (j - active[k]!.bEnd > MAX_GAP) done.push(...active.splice(k, 1));
    let skip = 0;
    for (const i of is) {
      if (!sameGram(a, i, b, j)) continue;
      let r = SEED;
      while (i + r < a.length && j + r < b.length && a.charCodeAt(i + r) === b.charCodeAt(j + r)) r++;
      // Extend the longest compatible chain: onward along both texts, gaps within the budget.
      let best: Chain | undefined;
      for (const c of active) {
        if (i + r <= c.aEnd || j + r <= c.bEnd) continue;
        if (i - c.aEnd > MAX_GAP || j - c.bEnd > MAX_GAP) continue;
        // On a shared diagonal the texts step together; off it, the shift is an insertion or deletion.
        if (Math.abs(i - c.aEnd - (j - c.bEnd)) > MAX_GAP) continue;
        if (!best || c.matched > best.matched) best = c;
      }
      if (best) {
        best.matched += i + r - Math.max(i, best.aEnd);
        best.aEnd = i + r;
        best.bEnd = j + r;
      } else active.push({ aStart: i, bStart: j, aEnd: i + r, bEnd: j + r, matched: r });
      skip = Math.max(skip, r - SEED);
    }
    // One seed position: nothing else can start inside the run just taken.
    if (is.length === 1) j += skip;
  }
  done.push(...active);
  const passages = done
    .map((c) => ({ aStart: c.aStart, aEnd: c.aEnd, bStart: c.bStart, bEnd: c.bEnd, matched: c.matched }))
    .filter((p) => p.matched >= min && p.matched >= MIN_IDENTITY * Math.max(p.aEnd - p.aStart, p.bEnd - p.bStart))
    .sort((x, y) => y.matched - x.matched || x.aStart - y.aStart);
  // Longest first; a shorter chain overlapping a kept one in either text is the same wording found twice.
  const kept: Passage[] = [];
  for (const p of passages) {
    if (kept.some((k) => (p.aStart < k.aEnd && k.aStart < p.aEnd) || (p.bStart < k.bEnd && k.bStart < p.bEnd))) continue;
    kept.push(p);
  }
  return kept;
}

function sameGram(a: string, i: number, b: string, j: number): boolean {
  for (let d = 0; d < SEED; d++) if (a.charCodeAt(i + d) !== b.charCodeAt(j + d)) return false;
  return true;
}
