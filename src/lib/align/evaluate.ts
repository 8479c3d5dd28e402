/**
 * Scoring an alignment against hand-judged gold (content/expected/alignment/<a>__<b>.json, format
 * in its README). Pairs are compared unordered by strength: a gold pair found as `same` or
 * `related` counts as found. Recall weighs a gold `same` pair 1 and a gold `related` pair ½ (a
 * missed related pair costs half, the rule); precision counts every pair proposed that the
 * gold does not have. Strength agreement is reported apart.
 */
import { z } from 'zod';
import { dice, ngrams } from '../compare/align';
import type { Corpus } from './corpus';
import type { TopicAlignment } from './plans';

export const goldSchema = z
  .object({
    a: z.string(),
    b: z.string(),
    topics: z.record(
      z.string(),
      z.object({
        pairs: z.array(z.object({ a: z.string(), b: z.string(), strength: z.enum(['same', 'related']), why: z.string() }).strict()),
        onlyA: z.array(z.string()),
        onlyB: z.array(z.string()),
      }).strict(),
    ),
  })
  .strict();
export type Gold = z.infer<typeof goldSchema>;
export type GoldTopic = Gold['topics'][string];

/** Weight in recall of a gold pair of each strength. */
export const RECALL_WEIGHT = { same: 1, related: 0.5 } as const;

export interface Score {
  proposed: number;
  correct: number;
  /** Weighted gold pairs, and those found. */
  goldWeight: number;
  foundWeight: number;
  /** Gold one-side-only measures, and those the alignment also leaves unpaired. */
  onlyGold: number;
  onlyFound: number;
  /** Found gold pairs whose strength agrees. */
  strengthAgrees: number;
  found: number;
}

export const emptyScore = (): Score => ({ proposed: 0, correct: 0, goldWeight: 0, foundWeight: 0, onlyGold: 0, onlyFound: 0, strengthAgrees: 0, found: 0 });

export function addScore(x: Score, y: Score): Score {
  const out = emptyScore();
  for (const k of Object.keys(out) as (keyof Score)[]) out[k] = x[k] + y[k];
  return out;
}

export const precision = (s: Score): number => (s.proposed ? s.correct / s.proposed : 1);
export const recall = (s: Score): number => (s.goldWeight ? s.foundWeight / s.goldWeight : 1);

const key = (a: string, b: string): string => `${a}\u0000${b}`;

/** Score proposed pairs (and their one-side-only lists) against one topic's gold. */
export function scoreTopic(gold: GoldTopic, proposed: readonly { a: string; b: string; strength?: string }[], onlyA: readonly string[], onlyB: readonly string[]): Score {
  const s = emptyScore();
  const goldPairs = new Map(gold.pairs.map((p) => [key(p.a, p.b), p.strength]));
  const seen = new Set<string>();
  for (const p of proposed) {
    const k = key(p.a, p.b);
    if (seen.has(k)) continue;
    seen.add(k);
    s.proposed++;
    const g = goldPairs.get(k);
    if (g) {
      s.correct++;
      s.found++;
      if (p.strength === g) s.strengthAgrees++;
    }
  }
  for (const p of gold.pairs) {
    s.goldWeight += RECALL_WEIGHT[p.strength];
    if (seen.has(key(p.a, p.b))) s.foundWeight += RECALL_WEIGHT[p.strength];
  }
  const a = new Set(onlyA);
  const b = new Set(onlyB);
  s.onlyGold = gold.onlyA.length + gold.onlyB.length;
  s.onlyFound = gold.onlyA.filter((m) => a.has(m)).length + gold.onlyB.filter((m) => b.has(m)).length;
  return s;
}

export function scoreAlignment(gold: GoldTopic, topic: TopicAlignment): Score {
  return scoreTopic(gold, topic.pairs, topic.onlyA, topic.onlyB);
}

/**
 * The plain baseline: each measure paired with its most similar counterpart by character-trigram
 * Dice (the section comparison's measure, compare/align.ts), when that similarity is at least
 * `threshold`; the union of both sides' choices.
 */
export function baselinePairs(corpus: Corpus, topic: TopicAlignment, threshold: number): { pairs: { a: string; b: string }[]; onlyA: string[]; onlyB: string[] } {
  const text = (plan: string, id: string) => corpus.measures.find((m) => corpus.slugs[m.plan] === plan && m.id === id)?.content ?? '';
  return baselineFromTexts(topic.a.map((id) => [id, text(topic.planA, id)]), topic.b.map((id) => [id, text(topic.planB, id)]), threshold);
}

/** The baseline over measure texts given as [id, text]. */
export function baselineFromTexts(a: readonly [string, string][], b: readonly [string, string][], threshold: number): { pairs: { a: string; b: string }[]; onlyA: string[]; onlyB: string[] } {
  const ga = a.map(([, t]) => ngrams(t, 3));
  const gb = b.map(([, t]) => ngrams(t, 3));
  const sim = ga.map((x) => gb.map((y) => dice(x, y)));
  const pairs = new Map<string, { a: string; b: string }>();
  const take = (i: number, j: number) => {
    if (sim[i]![j]! >= threshold) pairs.set(key(a[i]![0], b[j]![0]), { a: a[i]![0], b: b[j]![0] });
  };
  sim.forEach((row, i) => {
    if (row.length) take(i, row.indexOf(Math.max(...row)));
  });
  if (a.length) b.forEach((_, j) => {
    const col = sim.map((row) => row[j]!);
    take(col.indexOf(Math.max(...col)), j);
  });
  const list = [...pairs.values()];
  const pa = new Set(list.map((p) => p.a));
  const pb = new Set(list.map((p) => p.b));
  return { pairs: list, onlyA: a.map(([id]) => id).filter((id) => !pa.has(id)), onlyB: b.map(([id]) => id).filter((id) => !pb.has(id)) };
}
