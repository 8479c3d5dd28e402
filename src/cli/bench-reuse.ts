// `npm run bench:reuse -- --plans N [--seed S]`: N synthetic plans (bench:build's: the real plans'
// chapters recombined under made-up region names, src/lib/bench/synthetic.ts), imported into models
// in memory (no files, no Astro build); runs the shared-wording detector (src/lib/reuse) on them and
// prints recall and precision against the plans' known provenance (src/lib/bench/reuse-score.ts says
// what counts as true reuse) and the detector's time per plan. Exits 1 below 95% recall or precision.
import { parseArgs } from 'node:util';
import { segmentKey, synthesize } from '../lib/bench/synthetic';
import { scoreReuse } from '../lib/bench/reuse-score';
import { correctedText, importPlan } from '../lib/importer/pipeline';
import { collectInputs } from '../lib/importer/run';
import { findReuse, type ReuseInputPlan } from '../lib/reuse/detect';
import { MIN_PASSAGE } from '../lib/reuse/align';

const { values } = parseArgs({ options: { plans: { type: 'string', default: '500' }, seed: { type: 'string', default: '1' } } });
const count = Number(values.plans);
if (!Number.isInteger(count) || count < 2) throw new Error(`--plans must be an integer ≥ 2, not ${values.plans}`);

const root = process.cwd();
const real = collectInputs(root).inputs.map((input) => {
  const out = importPlan(input);
  return { slug: input.slug, text: correctedText(input).text, regionNames: [out.frontmatter.region.name, out.frontmatter.shortName] };
});

const importStart = performance.now();
const encoder = new TextEncoder();
const plans: (ReuseInputPlan & { lines: number[] })[] = [];
const segments: string[][] = [];
for (const p of synthesize(real, count, Number(values.seed))) {
  const { model } = importPlan({ slug: p.slug, file: `content/sources/${p.slug}.txt`, bytes: encoder.encode(p.text), meta: { file: `content/sources/${p.slug}.yaml`, text: p.meta } });
  // Keep only what the detector reads (3,000 whole models would hold the importer's every field).
  const blocks = model.blocks.map((b) =>
    b.kind === 'heading' ? { kind: b.kind, id: b.id, part: b.part } : b.kind === 'paragraph' ? { kind: b.kind, id: b.id, part: b.part, text: b.text } : { kind: b.kind, id: b.id, part: b.part, header: b.header, rows: b.rows },
  );
  plans.push({ slug: p.slug, blocks, lines: model.blocks.map((b) => b.line) });
  segments.push(model.blocks.map((b) => segmentKey(p.provenance.find((s) => b.line >= s.line && b.line < s.line + s.lines) ?? p.provenance[p.provenance.length - 1]!)));
}
const importSeconds = (performance.now() - importStart) / 1000;

const start = performance.now();
const reuse = findReuse(plans);
const seconds = (performance.now() - start) / 1000;

// Each unit's segment: by its block (units keep their block's id).
const blockIndex = plans.map((p) => new Map(p.blocks.map((b, i) => [b.id, i])));
const segmentOf = (u: number) => {
  const unit = reuse.units[u]!;
  const i = blockIndex[unit.plan]!.get(unit.block);
  return i === undefined ? null : segments[unit.plan]![i]!;
};
const score = scoreReuse(reuse, segmentOf);
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const cappedUnits = reuse.capped.filter(Boolean).length;
console.log(`bench:reuse — ${count} synthetic plans, ${score.units.toLocaleString('en-US')} units (paragraphs and table cells); minimum passage ${MIN_PASSAGE} characters`);
console.log(`import (in memory, not timed as reuse): ${importSeconds.toFixed(1)} s`);
console.log(`detector: ${seconds.toFixed(2)} s, ${((seconds * 1000) / count).toFixed(1)} ms per plan; ${cappedUnits.toLocaleString('en-US')} units with candidates capped`);
console.log(`recall: ${pct(score.recall)} (${score.found} of ${score.expected} units whose segment another plan holds shown as shared with one)`);
console.log(`character recall: ${pct(score.charRecall)} (of those units' characters, covered by passages linked to a plan holding their segment; region names and text under ${MIN_PASSAGE} characters between them are not)`);
console.log(`precision: ${pct(score.precision)} (${score.trueLinks} of ${score.links} linked passages true)`);
if (score.falseExamples.length) console.log(`false links, for example:\n  ${score.falseExamples.join('\n  ')}`);
console.log(`peak memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
if (score.recall < 0.95 || score.precision < 0.95) process.exit(1);
