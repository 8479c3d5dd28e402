/** Measure alignment: pairing what plans commit to, measure by measure (issue 19). */
export { STOCK_PHRASES, STOCK_WEIGHT } from './stock';
export { measureContent, topicOfSection } from './text';
export { buildCorpus, type Corpus, type CorpusMeasure } from './corpus';
export { alignMeasures, assignPairs, pairScore, strengthOf, SAME_AT, RELATED_AT, SENTENCE_FACTOR, type Strength, type MeasurePair } from './assign';
export { alignPlans, type TopicAlignment } from './plans';
export { buildCandidateIndex, candidatesFor, type CandidateIndex } from './candidates';
