/**
 * Page-weight and quality budgets (issue: budgets and gates), as pure functions over measurements
 * so that the rules are tested apart from the browser that measures.
 */

export type ResourceKind = 'html' | 'css' | 'js' | 'other';

export interface Transfer {
  url: string;
  kind: ResourceKind;
  /** Bytes on the wire (gzip where the server compresses). */
  bytes: number;
}

export interface PageWeight {
  requests: number;
  bytes: Record<ResourceKind, number>;
  total: number;
}

export function kindOf(url: string, contentType: string): ResourceKind {
  if (/text\/html/.test(contentType) || /\.html?$|\/$/.test(new URL(url).pathname)) return 'html';
  if (/text\/css/.test(contentType) || /\.css$/.test(url)) return 'css';
  if (/javascript|wasm/.test(contentType) || /\.(m?js|wasm)$/.test(url)) return 'js';
  return 'other';
}

export function summarize(transfers: readonly Transfer[]): PageWeight {
  const bytes: Record<ResourceKind, number> = { html: 0, css: 0, js: 0, other: 0 };
  for (const t of transfers) bytes[t.kind] += t.bytes;
  return { requests: transfers.length, bytes, total: bytes.html + bytes.css + bytes.js + bytes.other };
}

/** A plan page's first load may weigh at most 1.3 × the gzip size of its own source text + 8 KB. */
export function planPageBudget(sourceGzipBytes: number): number {
  return Math.floor(1.3 * sourceGzipBytes + 8 * 1024);
}

export const LIGHTHOUSE_MINIMUM = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
export type LighthouseScores = Record<keyof typeof LIGHTHOUSE_MINIMUM, number>;

/** The categories whose score is below the minimum, as "performance 93 < 95". */
export function lighthouseFailures(scores: LighthouseScores): string[] {
  return (Object.keys(LIGHTHOUSE_MINIMUM) as (keyof typeof LIGHTHOUSE_MINIMUM)[])
    .filter((k) => scores[k] < LIGHTHOUSE_MINIMUM[k])
    .map((k) => `${k} ${scores[k]} < ${LIGHTHOUSE_MINIMUM[k]}`);
}

/** With JavaScript off the page must show its text: at least this share of what it shows with JavaScript. */
export const NO_JS_TEXT_SHARE = 0.9;

/**
 * What the built site must stay within at any number of plans (issue 9: an ordinary static host —
 * Cloudflare Pages takes 20,000 files — and pages a reader's phone loads quickly), checked by
 * `npm run bench:build`. 1 KB = 1,024 bytes, as in the page-weight budgets above.
 */
export const SITE_BUDGETS = {
  /** Files in dist/ (Cloudflare Pages' limit). */
  maxFiles: 20_000,
  /** dist/'s total bytes over the plan pages' (dist/plans/*\/index.html) total bytes. */
  maxSizeRatio: 2.5,
  /** Any HTML page, gzip-compressed. */
  maxPageGzipBytes: 200 * 1024,
  /** Any one file, as stored (Cloudflare Pages refuses a file over 25 MiB). */
  maxFileBytes: 25 * 1024 * 1024,
  /** The build's ms per plan at 3,000 plans over that at 500 (read from the README's table, not checked in one run). */
  maxPerPlanGrowth: 1.3,
} as const;

export interface PageSize {
  /** Path under dist/ (plans/a/index.html). */
  path: string;
  gzipBytes: number;
}

export interface SiteMeasure {
  files: number;
  totalBytes: number;
  planPageBytes: number;
  /** Every HTML page, heaviest (gzip-compressed) first. */
  pages: PageSize[];
  /** Files and bytes per part of the site (site-size.ts, SITE_PARTS), most files first. */
  parts?: { name: string; files: number; bytes: number }[];
  /** The largest files as stored, largest first (a few). */
  largest?: { path: string; bytes: number }[];
}

/** dist/'s size over its plan pages' size (Infinity when there are no plan pages). */
export function sizeRatio(m: Pick<SiteMeasure, 'totalBytes' | 'planPageBytes'>): number {
  return m.planPageBytes > 0 ? m.totalBytes / m.planPageBytes : Infinity;
}

/** The site budgets exceeded, as readable lines ("files 20,001 > 20,000"); empty when all hold. */
export function siteBudgetFailures(m: SiteMeasure): string[] {
  const n = (x: number) => x.toLocaleString('en-US');
  const failures: string[] = [];
  if (m.files > SITE_BUDGETS.maxFiles) failures.push(`files ${n(m.files)} > ${n(SITE_BUDGETS.maxFiles)}`);
  const ratio = sizeRatio(m);
  if (ratio > SITE_BUDGETS.maxSizeRatio) failures.push(`size ${ratio.toFixed(2)}× the plan pages > ${SITE_BUDGETS.maxSizeRatio}×`);
  for (const p of m.pages.filter((p) => p.gzipBytes > SITE_BUDGETS.maxPageGzipBytes)) {
    failures.push(`${p.path} ${n(p.gzipBytes)} bytes gzipped > ${n(SITE_BUDGETS.maxPageGzipBytes)} (${SITE_BUDGETS.maxPageGzipBytes / 1024} KB)`);
  }
  for (const f of (m.largest ?? []).filter((f) => f.bytes > SITE_BUDGETS.maxFileBytes)) {
    failures.push(`${f.path} ${n(f.bytes)} bytes > ${n(SITE_BUDGETS.maxFileBytes)} (${SITE_BUDGETS.maxFileBytes / 1024 / 1024} MiB, one file)`);
  }
  return failures;
}
