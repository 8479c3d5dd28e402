/**
 * The corpus the alignment weighs against: every measure of every plan given, with its topic,
 * its content (text.ts), its weighted vector and the vectors of its sentences. IDF comes from all
 * measures of all plans, so a commitment every plan makes (智慧助老) weighs less than one two plans share.
 */
import type { PlanModel } from '../model/plan';
import { measureContent, topicOfSection } from './text';
import { inverseFrequencies, termCounts, vectorOf, type Vector } from './vectors';

export interface CorpusMeasure {
  /** Index of its plan in `Corpus.slugs`. */
  plan: number;
  /** The measure's anchor id. */
  id: string;
  topic: string | null;
  content: string;
  vector: Vector;
  /** One vector per sentence (cut at 。；！？ and line breaks): a bundled paragraph shares a sentence with a narrower measure. */
  sentences: Vector[];
}

export interface Corpus {
  slugs: string[];
  measures: CorpusMeasure[];
  idf: Map<string, number>;
}

/** Sentences of a measure's content, each with its closing punctuation; empty ones dropped. */
export function sentencesOf(content: string): string[] {
  return (content.match(/[^。；！？!?;\n]+[。；！？!?;]*/gu) ?? []).map((s) => s.trim()).filter((s) => s !== '');
}

export function buildCorpus(plans: readonly Pick<PlanModel, 'slug' | 'blocks' | 'sections' | 'measures'>[]): Corpus {
  const raw = plans.flatMap((p, plan) =>
    p.measures.map((m) => {
      const content = measureContent(p, m);
      return { plan, id: m.id, topic: topicOfSection(p, m.section), content, counts: termCounts(content), sentenceCounts: sentencesOf(content).map(termCounts) };
    }),
  );
  const idf = inverseFrequencies(raw.map((r) => r.counts));
  const unseen = Math.log(1 + Math.max(1, raw.length));
  return {
    slugs: plans.map((p) => p.slug),
    idf,
    measures: raw.map((r) => ({
      plan: r.plan,
      id: r.id,
      topic: r.topic,
      content: r.content,
      vector: vectorOf(r.counts, idf, unseen),
      sentences: r.sentenceCounts.map((c) => vectorOf(c, idf, unseen)),
    })),
  };
}
