/**
 * npm run eval:alignment — the measure alignment (src/lib/align) scored against the hand-judged
 * gold in content/expected/alignment/, per plan pair × topic and overall, beside the plain
 * baseline (trigram Dice best match) at its best threshold over the same gold. Exits 0: it
 * measures; tests/unit/align-eval.test.ts gates the figures.
 */
import { readGold } from '../lib/align/gold';
import { precision, recall, type Score } from '../lib/align/evaluate';
import { evaluateAlignment } from '../lib/align/report';
import { readModels } from '../lib/model/files';

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(6);
const fmt = (s: Score): string => `P ${pct(precision(s))}  R ${pct(recall(s))}  one-side ${s.onlyFound}/${s.onlyGold}`;

const golds = readGold().map((g) => g.gold);
const result = evaluateAlignment(readModels(), golds);
console.log(`measure alignment vs gold (${golds.length} plan pairs); baseline = trigram Dice best match at ${result.baselineThreshold.toFixed(2)} (its best F1 over this gold)\n`);
console.log(`${'plan pair × topic'.padEnd(66)}${'alignment'.padEnd(42)}baseline`);
for (const r of result.rows) console.log(`${`${r.pair}  ${r.topic}`.padEnd(66)}${fmt(r.ours).padEnd(42)}${fmt(r.baseline)}`);
const t = result.total;
console.log(`\n${'overall'.padEnd(66)}${fmt(t.ours).padEnd(42)}${fmt(t.baseline)}`);
console.log(`pairs proposed ${t.ours.proposed} (baseline ${t.baseline.proposed}); gold pairs found ${t.ours.found}, strength agrees on ${t.ours.strengthAgrees}`);
console.log(`F1: alignment ${pct(result.f1(t.ours))}, baseline ${pct(result.f1(t.baseline))}`);
for (const m of result.missing) console.log(`gold topic not aligned (absent from a plan's model): ${m}`);
