// `npm run bench:build -- --plans N [--keep]`: generates N synthetic plans (the real plans' chapters
// recombined under made-up region names) in a temporary project, runs the whole build on them —
// import, then `npm run build` (its stages: astro, search index) — and prints seconds per
// stage and per plan, peak memory, and the output's size against the site budgets
// (src/lib/checks/budgets.ts, SITE_BUDGETS): files, total bytes over the plan pages' bytes, the
// heaviest page gzipped. Exits 1 when a budget is exceeded. The temporary folder is removed
// afterwards unless --keep.
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { synthesize } from '../lib/bench/synthetic';
import { SITE_BUDGETS, siteBudgetFailures, sizeRatio } from '../lib/checks/budgets';
import { measureSite } from '../lib/checks/site-size';
import { correctedText, importPlan } from '../lib/importer/pipeline';
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
  // The corrected text (decode → corrections, the importer's own first stages): the raw bytes would
  // bring back the defects the corrections fix (a lost period, a wrong literacy target).
  const { text } = correctedText(input);
  const region = out.frontmatter.region.name;
  return { slug: input.slug, text, regionNames: [region, out.frontmatter.shortName] };
});
for (const p of synthesize(real, count, Number(values.seed))) {
  writeFileSync(join(work, `content/sources/${p.slug}.txt`), p.text);
  writeFileSync(join(work, `content/sources/${p.slug}.yaml`), p.meta);
}

const timings: [string, number][] = [];
const time = async <T>(stage: string, fn: () => T | Promise<T>): Promise<T> => {
  const start = performance.now();
  const result = await fn();
  timings.push([stage, (performance.now() - start) / 1000]);
  return result;
};

const imported = await time('import', () => run({ root: work, check: false, log: () => undefined }));
if (!imported.ok) throw new Error(`import failed:\n${imported.errors.join('\n')}`);
// `npm run build` (src/cli/build.ts) reports the seconds of each of its stages (astro, search index).
// The import ran in this process: its peak resident memory so far (kilobytes on Linux).
const importPeakKb = process.resourceUsage().maxRSS;
const stages = join(work, 'build-timings.json');
// Peak memory of `npm run build`: GNU time's %M is the largest resident set of the process it waits
// for and the descendants that process waited for (Linux folds a reaped child's peak into its
// parent's), i.e. the heaviest of npm, build.ts and astro. Node reports no child's usage itself.
const TIME = '/usr/bin/time';
const peakFile = join(work, 'build-peak-kb.txt');
const wrap = existsSync(TIME) ? `${TIME} -f %M -o ${peakFile} ` : '';
execSync(`${wrap}npm run build -- --timings ${stages}`, { cwd: work, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
timings.push(...(JSON.parse(readFileSync(stages, 'utf8')) as [string, number][]));
const buildPeakKb = existsSync(peakFile) ? Number(readFileSync(peakFile, 'utf8').trim().split('\n').pop()) : null;
const pages = readdirSync(join(work, 'dist/plans')).length;
const total = timings.reduce((s, [, t]) => s + t, 0);
const site = measureSite(join(work, 'dist'));
const failures = siteBudgetFailures(site);
const mb = (kb: number | null) => (kb === null ? 'n/a' : `${(kb / 1024).toFixed(0)} MB`);
const heaviest = site.pages[0];

console.log(`bench:build — ${count} synthetic plans (${pages} plan pages built) in ${work}`);
console.log('stage'.padEnd(28), 'seconds'.padStart(9), 'ms per plan'.padStart(12));
for (const [stage, seconds] of timings) console.log(stage.padEnd(28), seconds.toFixed(2).padStart(9), ((seconds * 1000) / count).toFixed(1).padStart(12));
console.log('total'.padEnd(28), total.toFixed(2).padStart(9), ((total * 1000) / count).toFixed(1).padStart(12));
console.log(`peak memory: import ${mb(importPeakKb)} (this process), build ${mb(buildPeakKb)}${wrap ? '' : ` (${TIME} not found)`}`);
console.log(`output: ${site.files.toLocaleString('en-US')} files (budget ${SITE_BUDGETS.maxFiles.toLocaleString('en-US')}), ${(site.totalBytes / 1e6).toFixed(1)} MB, plan pages ${(site.planPageBytes / 1e6).toFixed(1)} MB, ratio ${sizeRatio(site).toFixed(2)} (budget ${SITE_BUDGETS.maxSizeRatio})`);
console.log(`heaviest pages gzipped (budget ${SITE_BUDGETS.maxPageGzipBytes / 1024} KB): ${site.pages.slice(0, 5).map((p) => `${p.path} ${(p.gzipBytes / 1024).toFixed(1)} KB`).join(', ')}`);
console.log(`largest files (budget ${SITE_BUDGETS.maxFileBytes / 1024 / 1024} MiB each): ${(site.largest ?? []).slice(0, 5).map((f) => `${f.path} ${(f.bytes / 1e6).toFixed(1)} MB`).join(', ')}`);
console.log('files and bytes by part of the site:');
for (const part of site.parts ?? []) console.log(`  ${part.name.padEnd(40)} ${part.files.toLocaleString('en-US').padStart(7)} files ${(part.bytes / 1e6).toFixed(1).padStart(8)} MB  ${(part.files / count).toFixed(2).padStart(6)} files per plan`);
console.log('README row:');
console.log(`| ${count} | ${timings.map(([, t]) => t.toFixed(1)).join(' | ')} | ${total.toFixed(1)} | ${((total * 1000) / count).toFixed(0)} | ${site.files.toLocaleString('en-US')} | ${sizeRatio(site).toFixed(2)} | ${heaviest ? `${(heaviest.gzipBytes / 1024).toFixed(0)} KB (${heaviest.path.replace(/index\.html$/, '')})` : '—'} | ${mb(Math.max(importPeakKb, buildPeakKb ?? 0))} |`);
if (values.keep) console.log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
if (failures.length) {
  console.error(`bench:build: the output exceeds the site budgets (src/lib/checks/budgets.ts):\n  ${failures.slice(0, 20).join('\n  ')}${failures.length > 20 ? `\n  … and ${failures.length - 20} more` : ''}`);
  process.exit(1);
}
