/**
 * Section alignment of two plans (the /compare/ page): which section of plan A answers which
 * section of plan B. Pure and browser-safe (src/scripts/compare.ts runs it on the two plans it
 * loaded); no Node.js, Astro or zod.
 *
 * Three rules, strongest first; each section is in at most one pair:
 * 1. Topic: a priority group or key project (group:…, project:…, extra:…) is the same topic in
 *    any plan, whatever its heading says ("（一）实施青少年科学素质提升行动" / "（一）青少年").
 *    The n-th section of a topic in A pairs with the n-th of that topic in B.
 * 2. Heading: the same heading, its printed number and closing punctuation set aside
 *    ("1.任务。" = "（1）任务"), under parents that are themselves paired (or both at the top),
 *    so that "任务" under youth never pairs with "任务" under farmers.
 * 3. Content: the Dice coefficient of the character trigram sets of heading and text
 *    (`contentSimilarity`) at least SIMILARITY_THRESHOLD. Chinese has no spaces: characters, not
 *    words; trigrams, since bigrams such as 科学 and 素质 are in every section of every plan.
 * Greedy, best pair first; a round is repeated while it adds pairs (a pair made in one round
 * lets the children's headings pair in the next). Considered: a global assignment (Hungarian,
 * e.g. the `munkres-js` package) — greedy gives the same pairs here because rules 1 and 2 fix
 * most sections and the content scores of the rest are far apart; it is also order-free.
 */
import { parseNumber } from '../importer/structure/numbering';

/** One section of a plan as the compare page sees it (from search/plans/<slug>.jsonz). */
export interface CompareSection {
  /** Anchor on the plan page: /plans/<slug>/#<id>. */
  id: string;
  /** Own heading as printed, with its number ('' for the text before the first heading). */
  heading: string;
  /** Index of the enclosing section, or −1. */
  parent: number;
  /** The text under the heading, blocks joined by "\n". */
  text: string;
  /** The section's own topic (group:…, project:…, extra:…), or null. */
  topic: string | null;
}

/** Content similarity (Dice over character trigram sets) at or above which two sections pair. */
export const SIMILARITY_THRESHOLD = 0.3;
/** Characters per n-gram of the content similarity. */
export const NGRAM = 3;

export type PairRule = 'topic' | 'heading' | 'content';

export interface AlignedPair {
  a: number;
  b: number;
  rule: PairRule;
  /** Content similarity of the two sections (0–1), whatever rule paired them. */
  similarity: number;
}

/** A row of the side-by-side view: a pair, or a section found in one plan only. */
export interface AlignedRow {
  a: number | null;
  b: number | null;
  rule: PairRule | null;
  similarity: number;
}

const CLOSING = /[\s。．.，,：:；;、！!？?]+$/u;
/** Folds what does not change a heading's meaning: width of letters and digits, spaces. */
const foldWidth = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

/** A heading without its printed number and closing punctuation ("（一）指导思想。" → "指导思想"). */
export function headingKey(heading: string): string {
  const trimmed = heading.trim();
  const rest = parseNumber(trimmed)?.rest ?? trimmed;
  return foldWidth(rest).replace(CLOSING, '');
}

/** The set of character n-grams of a text (whitespace dropped; a text shorter than n is its own gram). */
export function ngrams(text: string, n: number = NGRAM): Set<string> {
  // UTF-16 units, not code points: the plans' characters are in the BMP, and a rare character
  // outside it splits the same way in both plans; no array of characters is made per text.
  const folded = foldWidth(text);
  const out = new Set<string>();
  if (folded.length === 0) return out;
  if (folded.length < n) {
    out.add(folded);
    return out;
  }
  for (let i = 0; i + n <= folded.length; i++) out.add(folded.slice(i, i + n));
  return out;
}

/** Dice coefficient of two sets: 2|A∩B| / (|A|+|B|); 0 when both are empty. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** What a section's content is for the similarity: heading (without number) and text. */
export const contentOf = (s: Pick<CompareSection, 'heading' | 'text'>): string => `${headingKey(s.heading)}\n${s.text}`;

/** Content similarity of two sections (0–1). */
export function contentSimilarity(a: Pick<CompareSection, 'heading' | 'text'>, b: Pick<CompareSection, 'heading' | 'text'>): number {
  return dice(ngrams(contentOf(a)), ngrams(contentOf(b)));
}

/**
 * Dice of every set of A with every set of B, through an index of B's grams (gram → the sets
 * holding it): the work is the shared grams, not |A|·|B| set lookups — most pairs of sections share
 * few trigrams. Equal to dice() for each pair.
 */
export function similarityMatrix(a: readonly ReadonlySet<string>[], b: readonly ReadonlySet<string>[]): number[][] {
  const postings = new Map<string, number[]>();
  b.forEach((grams, j) => {
    for (const g of grams) {
      const list = postings.get(g);
      if (list) list.push(j);
      else postings.set(g, [j]);
    }
  });
  return a.map((grams) => {
    const shared = new Array<number>(b.length).fill(0);
    for (const g of grams) for (const j of postings.get(g) ?? []) shared[j]!++;
    return shared.map((c, j) => {
      const total = grams.size + b[j]!.size;
      return total === 0 ? 0 : (2 * c) / total;
    });
  });
}

/** The pairs of sections of A and B (each section in at most one), by the three rules above. */
export function alignSections(a: readonly CompareSection[], b: readonly CompareSection[], threshold: number = SIMILARITY_THRESHOLD): AlignedPair[] {
  const gramsA = a.map((s) => ngrams(contentOf(s)));
  const gramsB = b.map((s) => ngrams(contentOf(s)));
  const sim = similarityMatrix(gramsA, gramsB);
  const pairOfA = new Array<number>(a.length).fill(-1);
  const pairOfB = new Array<number>(b.length).fill(-1);
  const pairs: AlignedPair[] = [];
  const take = (i: number, j: number, rule: PairRule) => {
    pairOfA[i] = j;
    pairOfB[j] = i;
    pairs.push({ a: i, b: j, rule, similarity: sim[i]![j]! });
  };

  // 1. Topics, the n-th with the n-th.
  const byTopic = (sections: readonly CompareSection[]) => {
    const m = new Map<string, number[]>();
    sections.forEach((s, i) => {
      if (s.topic) m.set(s.topic, [...(m.get(s.topic) ?? []), i]);
    });
    return m;
  };
  const topicsB = byTopic(b);
  for (const [topic, listA] of byTopic(a)) {
    const listB = topicsB.get(topic) ?? [];
    listA.forEach((i, k) => {
      const j = listB[k];
      if (j !== undefined) take(i, j, 'topic');
    });
  }

  // 2 and 3. Candidates, best first: a heading pair scores above any content pair.
  const keysA = a.map((s) => headingKey(s.heading));
  const keysB = b.map((s) => headingKey(s.heading));
  const candidates: { i: number; j: number; score: number; heading: boolean }[] = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const s = sim[i]![j]!;
      const heading = keysA[i] !== '' && keysA[i] === keysB[j];
      if (heading) candidates.push({ i, j, score: 1 + s, heading: true });
      else if (s >= threshold) candidates.push({ i, j, score: s, heading: false });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const parentsPaired = (i: number, j: number): boolean => {
    const pa = a[i]!.parent;
    const pb = b[j]!.parent;
    return (pa < 0 && pb < 0) || (pa >= 0 && pb >= 0 && pairOfA[pa] === pb);
  };
  for (let added = true; added; ) {
    added = false;
    for (const c of candidates) {
      if (pairOfA[c.i] !== -1 || pairOfB[c.j] !== -1) continue;
      if (c.heading && parentsPaired(c.i, c.j)) {
        take(c.i, c.j, 'heading');
        added = true;
      } else if (sim[c.i]![c.j]! >= threshold) {
        take(c.i, c.j, 'content');
        added = true;
      }
    }
  }
  return pairs.sort((x, y) => x.a - y.a);
}

/**
 * The rows of the side-by-side view: every section of A in A's order (with its pair, or alone),
 * and each section found only in B right after the row of the B section before it (B-only
 * sections before any paired one come before the first paired row). Every section of each plan
 * is in exactly one row.
 */
export function alignedRows(countA: number, countB: number, pairs: readonly AlignedPair[]): AlignedRow[] {
  const pairOfA = new Map(pairs.map((p) => [p.a, p]));
  const pairedB = new Set(pairs.map((p) => p.b));
  // B-only sections, grouped by the paired B section before them (−1: none before).
  const after = new Map<number, number[]>();
  let lastPairedB = -1;
  for (let j = 0; j < countB; j++) {
    if (pairedB.has(j)) lastPairedB = j;
    else after.set(lastPairedB, [...(after.get(lastPairedB) ?? []), j]);
  }
  const onlyB = (key: number): AlignedRow[] => (after.get(key) ?? []).map((j) => ({ a: null, b: j, rule: null, similarity: 0 }));
  const rows: AlignedRow[] = [];
  let leadingPlaced = false;
  for (let i = 0; i < countA; i++) {
    const p = pairOfA.get(i);
    if (!p) {
      rows.push({ a: i, b: null, rule: null, similarity: 0 });
      continue;
    }
    if (!leadingPlaced) {
      rows.push(...onlyB(-1));
      leadingPlaced = true;
    }
    rows.push({ a: i, b: p.b, rule: p.rule, similarity: p.similarity }, ...onlyB(p.b));
  }
  if (!leadingPlaced) rows.push(...onlyB(-1));
  return rows;
}
