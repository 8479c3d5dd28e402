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

export function measureSite(dir: string): SiteMeasure {
  let files = 0;
  let totalBytes = 0;
  let planPageBytes = 0;
  const pages: PageSize[] = [];
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
      if (path.endsWith('.html')) pages.push({ path, gzipBytes: gzipSync(readFileSync(full)).length });
    }
  };
  walk(dir);
  pages.sort((a, b) => b.gzipBytes - a.gzipBytes || a.path.localeCompare(b.path));
  return { files, totalBytes, planPageBytes, pages };
}
