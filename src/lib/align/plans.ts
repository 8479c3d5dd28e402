/** Alignment of two plans: for each topic present in both, its measures paired (assign.ts). */
import { alignMeasures, THRESHOLDS, type Strength, type Thresholds } from './assign';
import type { Corpus, CorpusMeasure } from './corpus';

export interface TopicAlignment {
  topic: string;
  planA: string;
  planB: string;
  /** Measure ids of plan a and plan b in this topic, in plan order. */
  a: string[];
  b: string[];
  pairs: { a: string; b: string; strength: Strength; score: number }[];
  /** Measures in no pair. */
  onlyA: string[];
  onlyB: string[];
}

/** The measures of plan `plan` (index into corpus.slugs) grouped by topic, in plan order. */
export function measuresByTopic(corpus: Corpus, plan: number): Map<string, CorpusMeasure[]> {
  const out = new Map<string, CorpusMeasure[]>();
  for (const m of corpus.measures) {
    if (m.plan !== plan || !m.topic) continue;
    const list = out.get(m.topic);
    if (list) list.push(m);
    else out.set(m.topic, [m]);
  }
  return out;
}

/** Align plans `a` and `b` of the corpus (slugs), topic by topic (those present in both, in a's order). */
export function alignPlans(corpus: Corpus, a: string, b: string, t: Thresholds = THRESHOLDS): TopicAlignment[] {
  const ia = corpus.slugs.indexOf(a);
  const ib = corpus.slugs.indexOf(b);
  if (ia < 0 || ib < 0) throw new Error(`alignPlans: no plan ${ia < 0 ? a : b} in the corpus`);
  const A = measuresByTopic(corpus, ia);
  const B = measuresByTopic(corpus, ib);
  const out: TopicAlignment[] = [];
  for (const [topic, ma] of A) {
    const mb = B.get(topic);
    if (!mb) continue;
    const pairs = alignMeasures(ma, mb, t).map((p) => ({ a: ma[p.a]!.id, b: mb[p.b]!.id, strength: p.strength, score: p.score }));
    const pa = new Set(pairs.map((p) => p.a));
    const pb = new Set(pairs.map((p) => p.b));
    out.push({ topic, planA: a, planB: b, a: ma.map((m) => m.id), b: mb.map((m) => m.id), pairs, onlyA: ma.filter((m) => !pa.has(m.id)).map((m) => m.id), onlyB: mb.filter((m) => !pb.has(m.id)).map((m) => m.id) });
  }
  return out;
}
