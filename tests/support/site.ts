import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Reading the built site (dist/) in tests: pages by URL path, parsed. */
export const DIST = 'dist';

export function hasBuild(): boolean {
  return existsSync(join(DIST, 'index.html'));
}

export function readPage(path: string): HTMLElement {
  const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
  return parse(readFileSync(file, 'utf8'));
}

/** Every HTML file of the build as its URL path (/plans/x/ for dist/plans/x/index.html). */
export function allPages(dir = DIST, prefix = '/'): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) out.push(...allPages(join(dir, entry.name), `${prefix}${entry.name}/`));
    else if (entry.name === 'index.html') out.push(prefix);
    else if (entry.name.endsWith('.html')) out.push(`${prefix}${entry.name}`);
  }
  return out.sort();
}

/** The text of a plan's article as a reader sees it, without the copy-link controls. */
export function articleText(page: HTMLElement): string {
  const article = page.querySelector('article.plan-text');
  if (!article) throw new Error('no article.plan-text on the page');
  const clone = parse(article.toString());
  for (const a of clone.querySelectorAll('a.anchor')) a.remove();
  return clone.textContent;
}
