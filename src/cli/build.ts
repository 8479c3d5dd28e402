// npm run build [-- --timings out.json] [dir]: the whole site, replacing dist/ (or dir) only when
// every step succeeded. `astro build --outDir <dist>.building-<pid>` and then the search index
// (src/lib/search/build.ts, from the plan models) write into a temporary directory beside dist/,
// which then takes dist/'s place (src/lib/build/swap.ts). A failed step leaves dist/ as it was.
// --timings writes [[stage, seconds], …] for npm run bench:build.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildAndSwap } from '../lib/build/swap.ts';
import { readModels } from '../lib/model/files.ts';
import { buildSearchIndex } from '../lib/search/build.ts';
import { siteUrl } from '../lib/site/address.ts';

/**
 * Astro holds every plan's content (MDX and model) in its data store while it renders: Node's
 * default heap (~4 GB) is reached at some hundreds of plans. The build may use HEAP_SHARE of the
 * machine's memory unless NODE_OPTIONS already sets a heap size.
 */
const HEAP_SHARE = 0.75;
function astroNodeOptions(): string {
  const current = process.env.NODE_OPTIONS ?? '';
  if (/--max-old-space-size/.test(current)) return current;
  return `${current} --max-old-space-size=${Math.floor((totalmem() / 2 ** 20) * HEAP_SHARE)}`.trim();
}

// A wrong SITE_URL in one line, before Astro reports it inside a stack of its config loader.
try {
  siteUrl();
} catch (e) {
  console.error(`error: ${(e as Error).message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({ options: { timings: { type: 'string' } }, allowPositionals: true });
const target = positionals[0] ?? 'dist';
const timings: [string, number][] = [];
async function time<T>(stage: string, fn: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await fn();
  timings.push([stage, (performance.now() - start) / 1000]);
  return result;
}

try {
  await buildAndSwap(target, async (tmp) => {
    await time('astro build', () => execFileSync(join(process.cwd(), 'node_modules/.bin/astro'), ['build', '--outDir', tmp], { stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: astroNodeOptions() } }));
    const summary = await time('search index', () => buildSearchIndex(tmp, readModels()));
    console.log(`build-search: ${summary.plans} plans, ${summary.sections} sections; ${summary.traditional} traditional characters mapped`);
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(`build failed: ${target}/ left as it was`);
  process.exit(1);
}
console.log(`build: ${timings.map(([s, t]) => `${s} ${t.toFixed(1)} s`).join(', ')} → ${target}/`);
if (values.timings) writeFileSync(values.timings, JSON.stringify(timings));
