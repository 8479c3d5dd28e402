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
