/**
 * How the search page lists results (pure, so it is tested without a browser): a page of
 * RESULTS_PER_PAGE at a time, never more than MAX_RESULT_LINKS links in the page at once, and
 * each result's excerpt.
 */
import { highlightRanges } from './text';

/** Results per page: about one screen and a half on a phone. */
export const RESULTS_PER_PAGE = 20;
/** Result links in the page at once: past this, the earliest are dropped as more are added. */
export const MAX_RESULT_LINKS = 200;
/** Characters of context before a match, and of the excerpt at least, in an excerpt. */
export const EXCERPT_BEFORE = 40;
export const EXCERPT_LENGTH = 120;
/** Blocks shown in one excerpt at most. */
export const EXCERPT_BLOCKS = 2;

/** How many of the earliest links to drop when the page holds `links` of them. */
export function linksToDrop(links: number): number {
  return Math.max(0, links - MAX_RESULT_LINKS);
}

/**
 * The excerpt of a section's text (blocks joined by "\n", the heading not among them): up to
 * EXCERPT_BLOCKS blocks with a match, each cut around its first match with "…" where cut; the
 * first block when none has a match (the match is in the heading); nothing for a heading-only section.
 */
export function excerpt(text: string, needles: readonly string[]): string[] {
  const blocks = text.split('\n').filter((b) => b !== '');
  const out: string[] = [];
  const cut = (block: string, start: number, end: number): string => `${start > 0 ? '…' : ''}${block.slice(start, end)}${end < block.length ? '…' : ''}`;
  for (const block of blocks) {
    const first = highlightRanges(block, needles)[0];
    if (!first) continue;
    const start = Math.max(0, first[0] - EXCERPT_BEFORE);
    out.push(cut(block, start, Math.min(block.length, Math.max(first[1] + 2 * EXCERPT_BEFORE, start + EXCERPT_LENGTH))));
    if (out.length === EXCERPT_BLOCKS) break;
  }
  const lead = blocks[0];
  if (!out.length && lead !== undefined) out.push(cut(lead, 0, Math.min(lead.length, EXCERPT_LENGTH)));
  return out;
}
