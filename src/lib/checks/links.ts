import { parse } from 'node-html-parser';

/**
 * Internal link checking over a built site: every href/src/action that stays on the site must
 * name an existing page or file, and every #fragment an existing id in that page.
 */

export interface PageDoc {
  /** URL path of the page, e.g. /plans/x/ or /404.html. */
  path: string;
  html: string;
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/** The URL path a file under dist/ is served at. */
export function urlPathOf(relativeFile: string): string {
  const p = `/${relativeFile.replace(/\\/g, '/')}`;
  return p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p;
}

export function collectIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(/\sid="([^"]+)"/g)) ids.add(decodeEntities(m[1]!));
  return ids;
}

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#(\d+);/g, (_, d: string) => String.fromCharCode(Number(d)));
}

/**
 * Checks every internal reference of every page. `files` are the other files of the site (CSS, JS,
 * data, …) by URL path; `site` is the site's own origin, whose absolute URLs count as internal.
 */
export function findBrokenLinks(pages: readonly PageDoc[], files: ReadonlySet<string>, site: string): BrokenLink[] {
  const idsByPage = new Map(pages.map((p) => [p.path, collectIds(p.html)]));
  const origin = new URL(site).origin;
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const root = parse(page.html);
    const refs = [
      ...root.querySelectorAll('a[href], link[href]').map((e) => e.getAttribute('href')!),
      ...root.querySelectorAll('script[src], img[src], source[src], iframe[src]').map((e) => e.getAttribute('src')!),
      ...root.querySelectorAll('form[action]').map((e) => e.getAttribute('action')!),
    ];
    for (const href of refs) {
      const problem = checkRef(href, page.path, origin, idsByPage, files);
      if (problem) broken.push({ page: page.path, href, reason: problem });
    }
  }
  return broken;
}

function checkRef(href: string, from: string, origin: string, idsByPage: Map<string, Set<string>>, files: ReadonlySet<string>): string | null {
  if (/^(mailto|tel|data|javascript):/i.test(href)) return /^javascript:/i.test(href) ? 'javascript: URL' : null;
  const url = new URL(href, `${origin}${from}`);
  if (url.origin !== origin) return null; // external links are checked elsewhere (there should be none)
  const path = decodeURI(url.pathname);
  const target = idsByPage.has(path) ? path : idsByPage.has(`${path}/`) ? `${path}/` : null;
  if (!target) {
    if (files.has(path)) return url.hash ? `fragment ${url.hash} on a non-HTML file` : null;
    return `no page or file at ${path}`;
  }
  if (url.hash) {
    const id = decodeURIComponent(url.hash.slice(1));
    if (id && !idsByPage.get(target)!.has(id)) return `no id "${id}" in ${target}`;
  }
  return null;
}
