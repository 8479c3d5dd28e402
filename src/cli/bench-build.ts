// `npm run bench:build -- --plans N [--keep]`: generates N synthetic plans (the real plans' chapters
// recombined under made-up region names) in a temporary project, runs the whole build on them —
// import, then `npm run build` (its stages: astro, search index) — and prints seconds per
// stage and per plan. The temporary folder is removed afterwards unless --keep.
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { synthesize } from '../lib/bench/synthetic';
import { importPlan } from '../lib/importer/pipeline';
import { collectInputs, run } from '../lib/importer/run';

const { values } = parseArgs({ options: { plans: { type: 'string', default: '50' }, keep: { type: 'boolean', default: false }, seed: { type: 'string', default: '1' } } });
const count = Number(values.plans);
if (!Number.isInteger(count) || count < 1) throw new Error(`--plans must be a positive integer, not ${values.plans}`);

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), `atlas-bench-${count}-`));
// The temporary project is a copy of this one's code (Astro resolves symlinked sources to their real
// paths, which breaks scoped styles) sharing its dependencies; only content/ differs.
symlinkSync(resolve(root, 'node_modules'), join(work, 'node_modules'));
for (const entry of ['src', 'public', 'tsconfig.json', 'astro.config.mjs', 'package.json']) {
  if (existsSync(join(root, entry))) cpSync(join(root, entry), join(work, entry), { recursive: true });
}
mkdirSync(join(work, 'content/sources'), { recursive: true });
mkdirSync(join(work, 'content/corrections'), { recursive: true });

// Real plans, with their corrections applied, as material.
const real = collectInputs(root).inputs.map((input) => {
  const out = importPlan(input);
  const text = new TextDecoder().decode(input.bytes);
  const region = out.frontmatter.region.name;
  return { slug: input.slug, text, regionNames: [region, out.frontmatter.shortName] };
});
for (const p of synthesize(real, count, Number(values.seed))) {
  writeFileSync(join(work, `content/sources/${p.slug}.txt`), p.text);
  writeFileSync(join(work, `content/sources/${p.slug}.yaml`), p.meta);
}

const timings: [string, number][] = [];
const time = <T>(stage: string, fn: () => T): T => {
  const start = performance.now();
  const result = fn();
  timings.push([stage, (performance.now() - start) / 1000]);
  return result;
};

const imported = time('import', () => run({ root: work, check: false, log: () => undefined }));
if (!imported.ok) throw new Error(`import failed:\n${imported.errors.join('\n')}`);
// `npm run build` (src/cli/build.ts) reports the seconds of each of its stages (astro, search index).
const stages = join(work, 'build-timings.json');
execSync(`npm run build -- --timings ${stages}`, { cwd: work, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
timings.push(...(JSON.parse(readFileSync(stages, 'utf8')) as [string, number][]));
const pages = readdirSync(join(work, 'dist/plans')).length;
const total = timings.reduce((s, [, t]) => s + t, 0);

console.log(`bench:build — ${count} synthetic plans (${pages} plan pages built) in ${work}`);
console.log('stage'.padEnd(28), 'seconds'.padStart(9), 'ms per plan'.padStart(12));
for (const [stage, seconds] of timings) console.log(stage.padEnd(28), seconds.toFixed(2).padStart(9), ((seconds * 1000) / count).toFixed(1).padStart(12));
console.log('total'.padEnd(28), total.toFixed(2).padStart(9), ((total * 1000) / count).toFixed(1).padStart(12));
console.log(`| ${count} | ${timings.map(([, t]) => t.toFixed(1)).join(' | ')} | ${total.toFixed(1)} | ${((total * 1000) / count).toFixed(0)} |`);
if (values.keep) console.log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
