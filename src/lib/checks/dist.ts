import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { urlPathOf, type PageDoc } from './links';

/** The built site as pages (HTML) and other files, by URL path. */
export function readDist(dir: string): { pages: PageDoc[]; files: Set<string> } {
  const pages: PageDoc[] = [];
  const files = new Set<string>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) pages.push({ path: urlPathOf(relative(dir, full)), html: readFileSync(full, 'utf8') });
      else files.add(urlPathOf(relative(dir, full)));
    }
  };
  walk(dir);
  pages.sort((a, b) => a.path.localeCompare(b.path));
  return { pages, files };
}
