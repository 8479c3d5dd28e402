/**
 * Pairing the measures of one topic section of two plans.
 *
 * Score of two measures: the larger of their whole-text cosine and SENTENCE_FACTOR × the best
 * cosine of a sentence of one with a sentence of the other — a plan that bundles several actions
 * in one paragraph (深圳's 2.措施) shares a whole sentence with a narrower measure of another plan
 * while their whole texts differ.
 *
 * Assignment, and why not each measure's best match: within a topic there are 3–6 measures a
 * side and nearly every measure has SOME best match, so best-match alone pairs measures that one
 * plan alone makes. Instead: (1) `same` is a mutual best match — the highest-scoring pair of
 * measures still unpaired, taken in turn (iterated mutual best) — scoring at least SAME_AT; a low
 * floor, because being each other's best among the topic's measures is itself the evidence;
 * (2) `related` is any further pair scoring at least RELATED_AT, higher than SAME_AT because it
 * lacks that evidence; one measure may be related to several. Measures in no pair are one-side-only.
 */
import { cosine, type Vector } from './vectors';

/** Weight of the best sentence-to-sentence cosine against the whole-text cosine. */
export const SENTENCE_FACTOR = 0.4;
/** A mutual best match at or above this score is `same`. */
export const SAME_AT = 0.04;
/** Any other pair at or above this score is `related`. */
export const RELATED_AT = 0.1;

export type Strength = 'same' | 'related';

export interface Scored {
  vector: Vector;
  sentences: readonly Vector[];
}

export interface MeasurePair {
  /** Indices into the two sides' lists. */
  a: number;
  b: number;
  strength: Strength;
  score: number;
}

/** Score of two measures (0–1). */
export interface Thresholds {
  sameAt: number;
  relatedAt: number;
  sentenceFactor: number;
}
export const THRESHOLDS: Thresholds = { sameAt: SAME_AT, relatedAt: RELATED_AT, sentenceFactor: SENTENCE_FACTOR };

export function pairScore(a: Scored, b: Scored, sentenceFactor = SENTENCE_FACTOR): number {
  let best = 0;
  for (const x of a.sentences) for (const y of b.sentences) best = Math.max(best, cosine(x, y));
  return Math.max(cosine(a.vector, b.vector), sentenceFactor * best);
}

/** The strength a pair of this score gets, knowing whether it is a mutual best match (null: no pair). */
export function strengthOf(score: number, mutualBest: boolean, t: Thresholds = THRESHOLDS): Strength | null {
  if (mutualBest && score >= t.sameAt) return 'same';
  if (score >= t.relatedAt) return 'related';
  return null;
}

/** Pairs from a score matrix (rows: side a, columns: side b), by the rule above; sorted by a then b. */
export function assignPairs(scores: readonly (readonly number[])[], t: Thresholds = THRESHOLDS): MeasurePair[] {
  const rows = scores.length;
  const cols = rows ? scores[0]!.length : 0;
  const cells: { a: number; b: number; score: number }[] = [];
  for (let a = 0; a < rows; a++) for (let b = 0; b < cols; b++) cells.push({ a, b, score: scores[a]![b]! });
  // Highest first; ties by position, so the result does not depend on the sort's stability.
  cells.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const out: MeasurePair[] = [];
  for (const c of cells) {
    const mutual = !usedA.has(c.a) && !usedB.has(c.b);
    const strength = strengthOf(c.score, mutual, t);
    if (!strength) continue;
    if (strength === 'same') {
      usedA.add(c.a);
      usedB.add(c.b);
    }
    out.push({ ...c, strength });
  }
  return out.sort((x, y) => x.a - y.a || x.b - y.b);
}

/** Pairs of two lists of measures. */
export function alignMeasures(a: readonly Scored[], b: readonly Scored[], t: Thresholds = THRESHOLDS): MeasurePair[] {
  return assignPairs(a.map((x) => b.map((y) => pairScore(x, y, t.sentenceFactor))), t);
}
