/**
 * Candidate counterparts of a measure across all plans, from an inverted index — never all pairs
 * (the group and project pages cluster measures across up to 3,000 plans). Keys are each measure's
 * KEY_GRAMS heaviest trigrams (TF-IDF, so stock phrases and what every plan says rarely key a
 * measure); the posting lists are capped as the shared-wording index caps them (MAX_POSTINGS of
 * src/lib/reuse/detect.ts: a key every plan has stops growing, so a lookup costs the same at 50
 * plans and at 3,000), and a measure keeps at most MAX_CANDIDATES candidates per query, those
 * sharing the most key weight, which are then scored exactly (assign.ts pairScore).
 */
import { MAX_CANDIDATES, MAX_POSTINGS } from '../reuse/detect';
import { pairScore } from './assign';
import type { Corpus } from './corpus';

/** Trigrams kept as index keys per measure: enough to cover its main commitments (a measure has ~50–400). */
export const KEY_GRAMS = 32;
/** Candidates kept per plan-topic query, beyond the cross-plan cap of the reuse index (several per plan). */
export const CANDIDATES_PER_QUERY = MAX_CANDIDATES * 4;

export interface CandidateIndex {
  corpus: Corpus;
  /** Key trigram → measure indices (into corpus.measures), at most MAX_POSTINGS each. */
  postings: Map<string, number[]>;
  keys: { gram: string; weight: number }[][];
}

export function buildCandidateIndex(corpus: Corpus): CandidateIndex {
  const postings = new Map<string, number[]>();
  const keys = corpus.measures.map((m) =>
    [...m.vector.weights]
      .filter(([g]) => g.length === 3)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, KEY_GRAMS)
      .map(([gram, weight]) => ({ gram, weight })),
  );
  keys.forEach((list, i) => {
    for (const { gram } of list) {
      const p = postings.get(gram);
      if (!p) postings.set(gram, [i]);
      else if (p.length < MAX_POSTINGS) p.push(i);
    }
  });
  return { corpus, postings, keys };
}

/**
 * The candidate counterparts of measure `i` (index into corpus.measures) in OTHER plans, within
 * the same topic unless `anyTopic`: those sharing index keys, the CANDIDATES_PER_QUERY sharing the
 * most key weight, each with its exact score, best first.
 */
export function candidatesFor(index: CandidateIndex, i: number, anyTopic = false): { measure: number; score: number }[] {
  const { corpus } = index;
  const self = corpus.measures[i]!;
  const shared = new Map<number, number>();
  for (const { gram, weight } of index.keys[i]!) {
    for (const j of index.postings.get(gram) ?? []) {
      const other = corpus.measures[j]!;
      if (other.plan === self.plan || (!anyTopic && other.topic !== self.topic)) continue;
      shared.set(j, (shared.get(j) ?? 0) + weight);
    }
  }
  return [...shared]
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, CANDIDATES_PER_QUERY)
    .map(([j]) => ({ measure: j, score: pairScore(self, corpus.measures[j]!) }))
    .sort((x, y) => y.score - x.score || x.measure - y.measure);
}
