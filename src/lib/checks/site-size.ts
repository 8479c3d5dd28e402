/**
 * The built site's size as the site budgets (budgets.ts, SITE_BUDGETS) see it: files, bytes, the plan
 * pages' bytes and every HTML page gzip-compressed (level 6, what static hosts typically serve).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SITE_BUDGETS, type PageSize, type SiteMeasure } from './budgets';

/** How many of the largest files the measure lists besides those over SITE_BUDGETS.maxFileBytes. */
const LARGEST_SHOWN = 5;

/** A plan page: plans/<slug>/index.html. */
const PLAN_PAGE = /^plans\/[^/]+\/index\.html$/;
export const isPlanPage = (path: string) => PLAN_PAGE.test(path);

/**
 * What the files of dist/ are, for the breakdown bench:build prints (which part of the site its
 * files and bytes go to, so a budget overrun names its cause). First match wins; everything else
 * is "other pages and files".
 */
export const SITE_PARTS: readonly { name: string; path: RegExp }[] = [
  { name: 'plan pages', path: PLAN_PAGE },
  { name: 'plan citations (cite.json, cite.bib)', path: /^plans\/[^/]+\/cite\.(json|bib)$/ },
  { name: 'plan social images', path: /^plans\/[^/]+\/social\.png$/ },
  { name: 'shared-wording pages (reuse/)', path: /^reuse\// },
  { name: 'data: per-plan files', path: /^data\/plans\// },
  { name: 'data: per-province files', path: /^data\/by-province\// },
  { name: 'data: combined files', path: /^data\// },
  { name: 'Pagefind', path: /^pagefind\// },
  { name: 'search data (search/)', path: /^search\// },
  { name: 'department pages', path: /^departments\// },
  { name: 'matrix pages', path: /^matrix\// },
  { name: 'group and project pages', path: /^(groups|projects)\// },
  { name: 'English pages (en/)', path: /^en\// },
];
export const OTHER_PART = 'other pages and files';

/** The part of the site a dist/ path belongs to (SITE_PARTS). */
export function sitePart(path: string): string {
  return SITE_PARTS.find((p) => p.path.test(path))?.name ?? OTHER_PART;
}

export function measureSite(dir: string): SiteMeasure {
  let files = 0;
  let totalBytes = 0;
  let planPageBytes = 0;
  const pages: PageSize[] = [];
  const parts = new Map<string, { files: number; bytes: number }>();
  const sizes: { path: string; bytes: number }[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      const path = relative(dir, full).split(sep).join('/');
      const size = statSync(full).size;
      files++;
      totalBytes += size;
      if (isPlanPage(path)) planPageBytes += size;
      const name = sitePart(path);
      const part = parts.get(name) ?? { files: 0, bytes: 0 };
      part.files++;
      part.bytes += size;
      parts.set(name, part);
      sizes.push({ path, bytes: size });
      if (path.endsWith('.html')) pages.push({ path, gzipBytes: gzipSync(readFileSync(full)).length });
    }
  };
  walk(dir);
  pages.sort((a, b) => b.gzipBytes - a.gzipBytes || a.path.localeCompare(b.path));
  const byPart = [...parts].map(([name, p]) => ({ name, ...p })).sort((a, b) => b.files - a.files || a.name.localeCompare(b.name));
  // Every file over the one-file budget, and at least the five largest.
  sizes.sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path));
  const largest = sizes.filter((f, i) => i < LARGEST_SHOWN || f.bytes > SITE_BUDGETS.maxFileBytes);
  return { files, totalBytes, planPageBytes, pages, parts: byPart, largest };
}
