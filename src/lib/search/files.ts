/**
 * The search index files beside Pagefind's (written by build.ts, read by the search page), and
 * what each costs a reader: the search page loads only what the results on screen need.
 *
 * - search/directory.json (once per visit): per plan, in the order results are listed, its
 *   Pagefind page id, region level and long sections (slots.ts). With Pagefind's word
 *   positions this gives every matching section and the exact count, for any number of plans.
 * - search/chunks/<k>.json: plans k·CHUNK_PLANS … (k+1)·CHUNK_PLANS−1: slug, short name, title,
 *   section ids and topic ranges — loaded for the plans whose results are listed (and for every
 *   matching plan only when a topic filter is set).
 * - search/plans/<slug>.jsonz: one plan's headings, parents and section texts, for the path and
 *   the excerpt of a result — loaded when one of its results comes into view. Stored gzipped
 *   (TEXTS_EXTENSION), as Pagefind stores its own files: a static host sends it as it is and the
 *   page inflates it (DecompressionStream), so the copy of every plan's text costs the site a third
 *   of its size, and the reader the same bytes as a compressed JSON file.
 * - search/plan-list.json: every plan's slug, short name, level and province, for the plan
 *   filter — loaded only when that filter is opened or used.
 * - search/t2s.txt: traditional → simplified pairs for characters in the plans (Chinese queries).
 */
import type { LongSection } from './slots';

/** Plans per chunk file: ~30 plans' ids and topics are a few KB compressed. */
export const CHUNK_PLANS = 32;

export interface Directory {
  /** Pagefind page ids (the part after the language prefix), in plan order, space-separated. */
  pages: string;
  /** One digit per plan: its level's index in levelNames. */
  levels: string;
  /** The region levels (REGION_LEVELS at build time: the page need not load the schema). */
  levelNames: string[];
  /** Long sections of the plans that have any, by plan ordinal. */
  long: Record<string, LongSection[]>;
  /** CHUNK_PLANS at build time. */
  chunkPlans: number;
}

/** A topic (group:… or project:…) and the sections it covers: [key, first section, end section). */
export type TopicRange = [key: string, first: number, end: number];

/** One plan's entry in a chunk file. */
export interface ChunkPlan {
  slug: string;
  /** Short name (the region), for the group heading of its results. */
  name: string;
  title: string;
  /** Section ids, by section ordinal: the result link is /plans/<slug>/#<id>. */
  ids: string[];
  topics: TopicRange[];
}

/** Extension of the gzipped texts files: not .gz, which some hosts serve as Content-Encoding. */
export const TEXTS_EXTENSION = '.jsonz';

/** Path of a plan's texts file under the site root. */
export function textsPath(slug: string): string {
  return `search/plans/${slug}${TEXTS_EXTENSION}`;
}

/** search/plans/<slug>.jsonz, inflated. */
export interface PlanTexts {
  /** Own heading of each section ('' for the text before the first heading). */
  headings: string[];
  /** Enclosing section of each section, or −1. */
  parents: number[];
  /** Text of each section under its heading: blocks (paragraphs, table cells) joined by "\n". */
  texts: string[];
  /** Anchor of each section on the plan page (the compare page links to it; 1 KB a plan compressed). */
  ids: string[];
  /** Each section's own topic (group:…, project:…, extra:…) or null: what the compare page pairs by. */
  topics: (string | null)[];
}

/** search/plan-list.json rows: [slug, short name, level, province or ''] in plan order. */
export type PlanListRow = [slug: string, name: string, level: string, province: string];

/** The chunk file holding plan `ordinal`. */
export function chunkOf(ordinal: number, chunkPlans: number = CHUNK_PLANS): number {
  return Math.floor(ordinal / chunkPlans);
}

/** The part of a Pagefind page id after its language prefix ("zh_5169d3b" → "5169d3b"). */
export function pageKey(pageId: string): string {
  return pageId.slice(pageId.lastIndexOf('_') + 1);
}

/** Path of headings from the outermost to this section. */
export function sectionPath(texts: Pick<PlanTexts, 'headings' | 'parents'>, section: number): string[] {
  const path: string[] = [];
  for (let i = section, guard = 0; i >= 0 && guard < 64; guard++) {
    const heading = texts.headings[i];
    if (heading === undefined) break;
    if (heading) path.unshift(heading);
    i = texts.parents[i] ?? -1;
  }
  return path;
}
