/**
 * Scoring detected shared wording against the known provenance of synthetic plans (synthetic.ts).
 *
 * What counts as true reuse. A unit (paragraph or table cell) of synthetic plan p lies in one
 * segment of p (a real plan's head, chapter or tail). Plan q truly shares its wording when
 *  (a) q holds the same segment (both copied that real chapter: the text is the same, region names
 *      apart), or
 *  (b) the two linked passages are, checked independently of the detector, near-identical text
 *      of at least MIN_PASSAGE characters: their Levenshtein distance (fastest-levenshtein, over
 *      the whole of both passages as the detector cut them) at most (1 − MIN_IDENTITY) of the
 *      longer. This is wording the real plans themselves share (most of it the national outline's,
 *      or the formula of an issuing notice, adopted in different chapters of different plans):
 *      shared text, whatever chapter it sits in, and not knowable from chapter provenance alone.
 * A link that is neither — the aligner gluing unrelated text, or a passage below the minimum — is false.
 *
 * Recall is per unit: of the units of at least MIN_PASSAGE characters whose segment another plan
 * holds, the share the detector marks as shared with at least one plan holding that segment (what
 * the plan page shows: 亦见于 with links). A unit is not expected to list every one of the hundreds
 * of plans holding its segment: the page shows a count and a few links, and the detector aligns
 * at most MAX_CANDIDATES candidates. Precision is per link: of all passages the detector links,
 * the share that are true by (a) or (b).
 */
import { distance } from 'fastest-levenshtein';
import { MIN_IDENTITY, MIN_PASSAGE } from '../reuse/align';
import { coveredChars, type Reuse } from '../reuse/detect';

export interface UnitProvenance {
  /** Segment key (segmentKey) of the unit's segment. */
  segment: string;
}

export interface ReuseScore {
  units: number;
  /** Units expected to be shown as shared, and those that are (with a plan holding their segment). */
  expected: number;
  found: number;
  recall: number;
  /** Of those units' characters, the share covered by passages linked to plans holding their segment. */
  charRecall: number;
  links: number;
  trueLinks: number;
  precision: number;
  /** A few false links, for reading: plan, block, other plan, other block, the passage. */
  falseExamples: string[];
}

export function scoreReuse(reuse: Reuse, segmentOf: (u: number) => string | null): ReuseScore {
  // Which plans hold each segment.
  const holders = new Map<string, Set<number>>();
  reuse.units.forEach((unit, u) => {
    const s = segmentOf(u);
    if (s === null) return;
    let set = holders.get(s);
    if (!set) holders.set(s, (set = new Set()));
    set.add(unit.plan);
  });
  const nearIdentical = (x: string, y: string) => Math.min(x.length, y.length) >= MIN_PASSAGE && distance(x, y) <= (1 - MIN_IDENTITY) * Math.max(x.length, y.length);
  let expected = 0;
  let found = 0;
  let expectedChars = 0;
  let foundChars = 0;
  let links = 0;
  let trueLinks = 0;
  const falseExamples: string[] = [];
  reuse.units.forEach((unit, u) => {
    const s = segmentOf(u);
    const sameSegment = s === null ? new Set<number>() : holders.get(s)!;
    if (s !== null && unit.norm.length >= MIN_PASSAGE && sameSegment.size > 1) {
      expected++;
      if (reuse.links(u).some((l) => sameSegment.has(reuse.units[l.other]!.plan))) found++;
      expectedChars += unit.norm.length;
      foundChars += coveredChars(reuse, u, (l) => sameSegment.has(reuse.units[l.other]!.plan));
    }
    for (const l of reuse.links(u)) {
      links++;
      const q = reuse.units[l.other]!.plan;
      if (sameSegment.has(q) || nearIdentical(unit.norm.slice(l.aStart, l.aEnd), reuse.units[l.other]!.norm.slice(l.bStart, l.bEnd))) trueLinks++;
      else if (falseExamples.length < 5) {
        falseExamples.push(`${reuse.slugs[unit.plan]}#${unit.block} ↔ ${reuse.slugs[q]}#${reuse.units[l.other]!.block}: ${unit.norm.slice(l.aStart, l.aEnd)} | ${reuse.units[l.other]!.norm.slice(l.bStart, l.bEnd)}`);
      }
    }
  });
  return {
    units: reuse.units.length,
    expected,
    found,
    recall: expected ? found / expected : 1,
    charRecall: expectedChars ? foundChars / expectedChars : 1,
    links,
    trueLinks,
    precision: links ? trueLinks / links : 1,
    falseExamples,
  };
}

