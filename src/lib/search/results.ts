/**
 * How the search page lists results (pure, so it is tested without a browser): a page of
 * RESULTS_PER_PAGE at a time, never more than MAX_RESULT_LINKS links in the page at once, and
 * each result's excerpt.
 */
import { SCRIPT_MESSAGES } from '../i18n/script-messages';
import type { PlanTexts } from './files';
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

/**
 * What the page says when the reader asked for a search but the query has nothing to look for
 * (only white space, or only what folding removes: ASCII quotes, invisible characters). No
 * search runs, so the count (data-testid="search-count") stays empty, without data-total.
 */
export const EMPTY_QUERY_MESSAGE = SCRIPT_MESSAGES['zh-Hans'].emptyQuery;

/** How many of the earliest links to drop when the page holds `links` of them. */
export function linksToDrop(links: number): number {
  return Math.max(0, links - MAX_RESULT_LINKS);
}

/** Nested heading-only sections followed at most, looking for text to show (headings nest to h6). */
const MAX_DESCENT = 8;

/**
 * The excerpt of section `section` of a plan's texts (search/plans/<slug>.jsonz): up to
 * EXCERPT_BLOCKS blocks of its own text (blocks joined by "\n", its heading not among them) with
 * a match, each cut around its first match with "…" where cut; the start of its first block when
 * none has a match (the match is in the heading, which the result's path shows).
 *
 * A heading-only section (a heading with no text of its own before its first subsection, e.g.
 * "二、总体要求" then "（一）指导思想"): its heading is already the result's path, so the excerpt
 * shows what a reader finds under it on the page — its first subsection's heading and the start of
 * that subsection's text (down through heading-only subsections) — rather than the heading again
 * or a blank. Nothing when there is no subsection either.
 */
export function excerpt(texts: Pick<PlanTexts, 'headings' | 'parents' | 'texts'>, section: number, needles: readonly string[]): string[] {
  const blocks = ownBlocks(texts, section);
  const out: string[] = [];
  for (const block of blocks) {
    const first = highlightRanges(block, needles)[0];
    if (!first) continue;
    const start = Math.max(0, first[0] - EXCERPT_BEFORE);
    out.push(cut(block, start, Math.min(block.length, Math.max(first[1] + 2 * EXCERPT_BEFORE, start + EXCERPT_LENGTH))));
    if (out.length === EXCERPT_BLOCKS) break;
  }
  const lead = blocks[0] ?? firstSubsectionLead(texts, section);
  if (!out.length && lead) out.push(cut(lead, 0, Math.min(lead.length, EXCERPT_LENGTH)));
  return out;
}

function ownBlocks(texts: Pick<PlanTexts, 'texts'>, section: number): string[] {
  return (texts.texts[section] ?? '').split('\n').filter((b) => b !== '');
}

function cut(block: string, start: number, end: number): string {
  return `${start > 0 ? '…' : ''}${block.slice(start, end)}${end < block.length ? '…' : ''}`;
}

/**
 * The headings of the first subsection (and of its first subsection while it has no text),
 * then the first block of text under them, joined by spaces; null if the section has no
 * subsection. The first subsection of section i is section i + 1 when that one's parent is i
 * (sections are in document order).
 */
function firstSubsectionLead(texts: Pick<PlanTexts, 'headings' | 'parents' | 'texts'>, section: number): string | null {
  const parts: string[] = [];
  let parent = section;
  for (let depth = 0; depth < MAX_DESCENT; depth++) {
    const child = parent + 1;
    if (texts.parents[child] !== parent) break;
    const heading = texts.headings[child];
    if (heading) parts.push(heading);
    const first = ownBlocks(texts, child)[0];
    if (first !== undefined) {
      parts.push(first);
      break;
    }
    parent = child;
  }
  return parts.length ? parts.join(' ') : null;
}
