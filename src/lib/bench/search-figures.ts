/**
 * Figures of `npm run bench:search` and the goals they are held to (issue 9): ours against
 * Pagefind as it comes, per query, summarised as medians.
 */

/** Goals: median per-query ratio ours / Pagefind for time and bytes; a warm second query's bytes; precision; result links in the page at once. */
export const SEARCH_GOALS = {
  ratio: 1.0,
  warmBytes: 60 * 1024,
  /** Share of the result links that are right (recall must be 100%). */
  precision: 0.98,
  maxLinks: 200,
} as const;

/** The median (mean of the middle two for an even count; 0 for none). */
export function median(xs: readonly number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** ours / theirs; 1 when both are 0, Infinity when only theirs is. */
export function ratio(ours: number, theirs: number): number {
  if (theirs === 0) return ours === 0 ? 1 : Infinity;
  return ours / theirs;
}
