/**
 * The evaluation of the alignment over all gold files, with the baseline at its best threshold:
 * what eval:alignment prints and the gate test asserts (one computation for both).
 */
import type { PlanModel } from '../model/plan';
import { buildCorpus, type Corpus } from './corpus';
import { addScore, baselinePairs, emptyScore, precision, recall, scoreAlignment, scoreTopic, type Gold, type Score } from './evaluate';
import { alignPlans, type TopicAlignment } from './plans';

export interface EvalRow {
  pair: string;
  topic: string;
  ours: Score;
  baseline: Score;
}

/** Thresholds the baseline is tried at (Dice, 0.01 steps); its best is the one of highest F1. */
export const BASELINE_THRESHOLDS = Array.from({ length: 60 }, (_, i) => i / 100);

const f1 = (s: Score): number => {
  const p = precision(s);
  const r = recall(s);
  return p + r ? (2 * p * r) / (p + r) : 0;
};

export function evaluateAlignment(plans: readonly PlanModel[], golds: readonly Gold[], corpus: Corpus = buildCorpus(plans)) {
  const topics: { gold: Gold; topic: TopicAlignment }[] = [];
  const missing: string[] = [];
  for (const gold of golds) {
    const aligned = alignPlans(corpus, gold.a, gold.b);
    for (const name of Object.keys(gold.topics)) {
      const t = aligned.find((x) => x.topic === name);
      if (t) topics.push({ gold, topic: t });
      else missing.push(`${gold.a}__${gold.b} ${name}`);
    }
  }
  const baselineAt = (th: number) => topics.map(({ gold, topic }) => {
    const bp = baselinePairs(corpus, topic, th);
    return scoreTopic(gold.topics[topic.topic]!, bp.pairs, bp.onlyA, bp.onlyB);
  });
  let bestThreshold = 0;
  let bestF1 = -1;
  for (const th of BASELINE_THRESHOLDS) {
    const total = baselineAt(th).reduce(addScore, emptyScore());
    if (f1(total) > bestF1) {
      bestF1 = f1(total);
      bestThreshold = th;
    }
  }
  const base = baselineAt(bestThreshold);
  const rows: EvalRow[] = topics.map(({ gold, topic }, i) => ({
    pair: `${gold.a} × ${gold.b}`,
    topic: topic.topic,
    ours: scoreAlignment(gold.topics[topic.topic]!, topic),
    baseline: base[i]!,
  }));
  const total = { ours: rows.map((r) => r.ours).reduce(addScore, emptyScore()), baseline: rows.map((r) => r.baseline).reduce(addScore, emptyScore()) };
  return { rows, total, baselineThreshold: bestThreshold, missing, f1 };
}
