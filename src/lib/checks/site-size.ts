/**
 * The built site's size as the site budgets (budgets.ts, SITE_BUDGETS) see it: files, bytes, the plan
 * pages' bytes and every HTML page gzip-compressed (level 6, what static hosts typically serve).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { PageSize, SiteMeasure } from './budgets';

/** A plan page: plans/<slug>/index.html. */
export const isPlanPage = (path: string) => /^plans\/[^/]+\/index\.html$/.test(path);

/**
 * What the files of dist/ are, for the breakdown bench:build prints (which part of the site its
 * files and bytes go to, so a budget overrun names its cause). First match wins; everything else
 * is "other pages and files".
 */
export const SITE_PARTS: readonly { name: string; path: RegExp }[] = [
  { name: 'plan pages', path: /^plans\/[^/]+\/index\.html$/ },
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
      const part = parts.get(sitePart(path)) ?? { files: 0, bytes: 0 };
      part.files++;
      part.bytes += size;
      parts.set(sitePart(path), part);
      if (path.endsWith('.html')) pages.push({ path, gzipBytes: gzipSync(readFileSync(full)).length });
    }
  };
  walk(dir);
  pages.sort((a, b) => b.gzipBytes - a.gzipBytes || a.path.localeCompare(b.path));
  const byPart = [...parts].map(([name, p]) => ({ name, ...p })).sort((a, b) => b.files - a.files || a.name.localeCompare(b.name));
  return { files, totalBytes, planPageBytes, pages, parts: byPart };
}
