/**
 * Weighted character n-grams of measures. Chinese policy text has no spaces and a word segmenter
 * (jieba and its JavaScript ports were considered) splits the genre's compounds (科普惠农, 银龄科普)
 * inconsistently, so the features are character bigrams and trigrams of the normalized text (the
 * shared-wording detector's normalize.ts: punctuation and width dropped). Each is weighted by
 * sublinear TF × IDF over the corpus of all measures of all plans given (a document = a measure),
 * with occurrences inside a stock phrase (stock.ts) counting STOCK_WEIGHT. Hand-written: the npm
 * TF-IDF packages (natural, wink-nlp) tokenize by spaces and bring their own English stop words.
 */
import { normalizeText } from '../reuse/normalize';
import { STOCK_WEIGHT, stockMask } from './stock';

/** The n-gram lengths used: bigrams carry two-character words, trigrams disambiguate them. */
export const GRAM_SIZES: readonly number[] = [2, 3];

/** Term counts of a text: each n-gram with the sum of its occurrences' weights (1, or STOCK_WEIGHT inside a stock phrase). */
export function termCounts(original: string): Map<string, number> {
  const text = normalizeText(original);
  const stock = stockMask(text);
  const out = new Map<string, number>();
  for (const n of GRAM_SIZES) {
    for (let i = 0; i + n <= text.length; i++) {
      let inStock = true;
      for (let k = i; k < i + n; k++) if (!stock[k]) inStock = false;
      const g = text.slice(i, i + n);
      out.set(g, (out.get(g) ?? 0) + (inStock ? STOCK_WEIGHT : 1));
    }
  }
  return out;
}

export interface Vector {
  weights: Map<string, number>;
  norm: number;
}

/** Inverse document frequency over a corpus of term-count maps: ln(1 + N / df). */
export function inverseFrequencies(docs: readonly Map<string, number>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const g of d.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  const idf = new Map<string, number>();
  const n = docs.length;
  for (const [g, f] of df) idf.set(g, Math.log(1 + n / f));
  return idf;
}

/** The weighted vector of a text's counts: ln(1 + tf) × idf (an n-gram unseen in the corpus takes the rarest IDF). */
export function vectorOf(counts: Map<string, number>, idf: Map<string, number>, unseen: number): Vector {
  const weights = new Map<string, number>();
  let sq = 0;
  for (const [g, tf] of counts) {
    const w = Math.log(1 + tf) * (idf.get(g) ?? unseen);
    weights.set(g, w);
    sq += w * w;
  }
  return { weights, norm: Math.sqrt(sq) };
}

/**
 * The least norm a vector is divided by. Cosine alone ignores scale, so two texts written only in
 * stock phrases (every weight × STOCK_WEIGHT) would score as high as two real commitments; a floor
 * on the norm keeps their score small. A clause of ten content characters has a norm of about 8
 * (17 n-grams of weight ≈ 2), one of stock phrases alone under 1: the floor lies between.
 */
export const NORM_FLOOR = 3;

/** Cosine of two vectors, each norm taken at least NORM_FLOOR (0 when either is empty). */
export function cosine(a: Vector, b: Vector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [g, w] of small.weights) {
    const v = large.weights.get(g);
    if (v !== undefined) dot += w * v;
  }
  return dot / (Math.max(a.norm, NORM_FLOOR) * Math.max(b.norm, NORM_FLOOR));
}
