/**
 * The data downloads of this build, from the plan models (readModels(): each model's `meta` is the
 * plan's frontmatter), in the site's plan order. Computed once per process and shared by the
 * /data/ page (rendered by Astro) and the integration that writes the files after the build: Astro
 * rendering a few thousand files one by one as endpoints cost about a second each at 500 plans.
 */
import { resolve } from 'node:path';
import { readModels } from '../model/files';
import { comparePlans } from '../site/order';
import { buildDownloads, type Downloads } from './downloads';

// On globalThis, not in a module variable: the page bundle and the integration load this module
// separately within the one build process.
const CACHE = Symbol.for('plan-atlas.data-downloads');
type Cache = { key: string; downloads: Downloads };
const store = globalThis as unknown as Record<symbol, Cache | undefined>;

/** The origin of a configured site ('' when none), what the downloads' absolute urls start with. */
export function originOf(site: string | URL | undefined): string {
  return site ? new URL(site).origin : '';
}

/** Every data download for the models under `root`; `origin` makes the urls absolute. */
export function downloadsFor(root: string, origin: string): Downloads {
  const key = `${resolve(root)}\n${origin}`;
  const cached = store[CACHE];
  if (cached && cached.key === key) return cached.downloads;
  const plans = readModels(root)
    .map((m) => ({ id: m.slug, data: m.meta, model: m }))
    .sort(comparePlans);
  const downloads = buildDownloads(plans, origin);
  for (const s of downloads.splits.filter((f) => f.over)) {
    console.warn(`[data/split-over-limit] ${s.path}: plan ${s.slugs.join(', ')} alone has ${s.rows} rows, ${s.bytes} bytes, over the split limits (src/lib/data/downloads.ts)`);
  }
  store[CACHE] = { key, downloads };
  return downloads;
}

/** Forgets the computed downloads (a dev server whose content changed, or after writing them). */
export function clearDownloads(): void {
  store[CACHE] = undefined;
}
