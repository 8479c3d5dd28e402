/**
 * What the pages show of shared wording, from the detector's result (detect.ts): the quiet note
 * under a paragraph (亦见于 …), a plan's share of text found in no other plan, the plan × plan
 * amounts of the heat map, and a pair's shared passages with their differences marked. Pure.
 */
import { diffChars } from 'diff';
import { MIN_PASSAGE } from './align';
import { coveredChars, type Reuse } from './detect';
import { normalize, originalSpan } from './normalize';

/** Links a note shows: the plans sharing the longest passage with the paragraph, then in site order. The rest are counted. */
export const SHOWN_LINKS = 3;

export interface SharedLink {
  slug: string;
  /** The other plan's block holding the passage. */
  block: string;
  /** Normalized characters of the longest passage shared with that plan. */
  chars: number;
}

export interface SharedNote {
  /** Other plans found sharing the block's wording. */
  plans: number;
  /** True when the detector stopped at its candidate cap for some unit of the block: more plans may share it. */
  atLeast: boolean;
  links: SharedLink[];
}

/** Per block id of plan `plan`: the note its paragraph or table shows, for blocks that share wording. */
export function sharedNotes(reuse: Reuse, plan: number): Map<string, SharedNote> {
  const byBlock = new Map<string, { best: Map<number, SharedLink>; atLeast: boolean }>();
  for (let u = reuse.planStart[plan]!; u < reuse.planStart[plan + 1]!; u++) {
    const unit = reuse.units[u]!;
    if (!reuse.links(u).length) continue;
    let entry = byBlock.get(unit.block);
    if (!entry) byBlock.set(unit.block, (entry = { best: new Map(), atLeast: false }));
    entry.atLeast ||= reuse.capped[u]!;
    for (const l of reuse.links(u)) {
      const other = reuse.units[l.other]!;
      const chars = l.aEnd - l.aStart;
      const had = entry.best.get(other.plan);
      if (!had || chars > had.chars) entry.best.set(other.plan, { slug: reuse.slugs[other.plan]!, block: other.block, chars });
    }
  }
  const notes = new Map<string, SharedNote>();
  for (const [block, { best, atLeast }] of byBlock) {
    const links = [...best.entries()].sort((x, y) => y[1].chars - x[1].chars || x[0] - y[0]).map(([, l]) => l);
    // Every other plan found: the cap cut nothing that could be counted.
    notes.set(block, { plans: links.length, atLeast: atLeast && links.length < reuse.slugs.length - 1, links: links.slice(0, SHOWN_LINKS) });
  }
  return notes;
}

/** Normalized characters of a plan's body text, and those found in at least one other plan. */
export function bodyCoverage(reuse: Reuse, plan: number): { total: number; shared: number } {
  let total = 0;
  let shared = 0;
  for (let u = reuse.planStart[plan]!; u < reuse.planStart[plan + 1]!; u++) {
    if (reuse.units[u]!.part !== 'body') continue;
    total += reuse.units[u]!.norm.length;
    shared += coveredChars(reuse, u);
  }
  return { total, shared };
}

/** The share (0–1) of a plan's body text found in no other plan of the collection; null for a plan without body text. */
export function uniqueShare(reuse: Reuse, plan: number): number | null {
  const { total, shared } = bodyCoverage(reuse, plan);
  return total ? (total - shared) / total : null;
}

/** Per plan: the other plans it shares wording with, and how much of its body text (normalized characters) each covers. */
export function pairAmounts(reuse: Reuse, groupOf: (plan: number) => number = (q) => q): Map<number, number>[] {
  return reuse.slugs.map((_, p) => {
    const amounts = new Map<number, number>();
    for (let u = reuse.planStart[p]!; u < reuse.planStart[p + 1]!; u++) {
      if (reuse.units[u]!.part !== 'body') continue;
      // One pass over the unit's passages: the groups they reach, each group's coverage once (a
      // character shared with two plans of one province counts once for that province).
      const groups = new Set(reuse.links(u).map((l) => groupOf(reuse.units[l.other]!.plan)));
      for (const g of groups) amounts.set(g, (amounts.get(g) ?? 0) + coveredChars(reuse, u, (l) => groupOf(reuse.units[l.other]!.plan) === g));
    }
    return new Map([...amounts.entries()].filter(([, c]) => c > 0).sort((x, y) => x[0] - y[0]));
  });
}

/** A run of a passage as the pair view marks it: the same in both, or only in this plan, or only in the other. */
export interface DiffPart {
  kind: 'same' | 'ours' | 'theirs';
  text: string;
}

export interface PairPassage {
  block: string;
  otherBlock: string;
  /** Matched normalized characters. */
  chars: number;
  /** The passage in this plan and in the other as printed, and the two merged with the differences marked. */
  ours: string;
  theirs: string;
  parts: DiffPart[];
}

/**
 * The passages plan `p` shares with plan `q`, in `p`'s reading order, each as both plans print it
 * and with its differences marked (diff's character diff of the two printed passages: the
 * detector aligned normalized text; the reader sees the original, punctuation included).
 */
export function pairPassages(reuse: Reuse, p: number, q: number): PairPassage[] {
  const out: PairPassage[] = [];
  for (let u = reuse.planStart[p]!; u < reuse.planStart[p + 1]!; u++) {
    const unit = reuse.units[u]!;
    const links = reuse.links(u).filter((l) => reuse.units[l.other]!.plan === q).sort((x, y) => x.aStart - y.aStart);
    if (!links.length) continue;
    const na = normalize(unit.text);
    for (const l of links) {
      const other = reuse.units[l.other]!;
      const nb = normalize(other.text);
      const a = originalSpan(na, unit.text, l.aStart, l.aEnd);
      const b = originalSpan(nb, other.text, l.bStart, l.bEnd);
      const ours = unit.text.slice(a.from, a.to);
      const theirs = other.text.slice(b.from, b.to);
      out.push({ block: unit.block, otherBlock: other.block, chars: l.matched, ours, theirs, parts: markDifferences(ours, theirs) });
    }
  }
  return out;
}

export function markDifferences(ours: string, theirs: string): DiffPart[] {
  return diffChars(theirs, ours).map((c) => ({ kind: c.added ? 'ours' : c.removed ? 'theirs' : 'same', text: c.value }));
}

/** The rule the pages state, with the thresholds it names. */
export const RULE_TEXT = `共同文字：两方案中至少连续 ${MIN_PASSAGE} 个字（不计标点与空格）相同，或仅有少量增删改的近同段落。“以习近平新时代中国特色社会主义思想为指导”这类套语本身不足 ${MIN_PASSAGE} 字，单独出现不计。`;

/**
 * Up to this many plans the heat map has a row and a column per plan; beyond, one per province
 * (plans grouped as the site groups them): at 3,000 plans a plan × plan grid would be nine million
 * cells, and the page must stay under 200 KB compressed.
 */
export const MAX_HEAT_PLANS = 40;

export interface HeatAxis {
  key: string;
  label: string;
  href: string;
}

export interface HeatGrid {
  by: 'plan' | 'province';
  axis: HeatAxis[];
  /** Body characters (normalized) of each row. */
  totals: number[];
  /** cells[r][c]: characters of row r's body text found in column c's plans (own plan excluded); null on a plan's own diagonal. */
  cells: (number | null)[][];
}

/**
 * The heat map's grid: `groupOf[p]` is plan p's row and column (itself when by plan, its province
 * otherwise), and `amounts[p]` the characters of plan p found in each column's plans, keyed by
 * column (pairAmounts with the same grouping: each character once per column, so a cell never
 * exceeds its row's total). A row's amount is the sum over its plans; a plan with itself never counts.
 */
export function heatGrid(amounts: readonly Map<number, number>[], totals: readonly number[], axis: HeatAxis[], groupOf: readonly number[], by: HeatGrid['by']): HeatGrid {
  const n = axis.length;
  const cells: (number | null)[][] = Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => (by === 'plan' && r === c ? null : 0)));
  const rowTotals = new Array<number>(n).fill(0);
  amounts.forEach((m, p) => {
    const r = groupOf[p]!;
    rowTotals[r]! += totals[p]!;
    for (const [c, chars] of m) if (cells[r]![c] !== null) cells[r]![c]! += chars;
  });
  return { by, axis, totals: rowTotals, cells };
}

/** A share as the pages print it: whole percent, one decimal below 10%. */
export function formatShare(share: number): string {
  const pct = share * 100;
  // Never 100% (or 0%) for a share that is not: those ends are printed only when exact.
  if (pct > 99 && pct < 100) return `${Math.min(Math.floor(pct * 10) / 10, 99.9).toFixed(1)}%`;
  return `${pct < 10 && pct > 0 ? pct.toFixed(1) : Math.round(pct)}%`;
}

/** A note as the plan page prints it (kept short: a plan page's weight has a budget, and a plan may have a note on most paragraphs). */
export interface NoteView {
  summary: string;
  links: { href: string; label: string }[];
  /** Said after the links when plans are left unlisted (等: the count is in the summary). */
  more: string | null;
}

/**
 * The notes of one plan's page. `nameOf` gives a plan's short name; `blockHref` the address of a
 * plan page's block. The links are the SHOWN_LINKS plans sharing the longest passage with the block.
 */
export function noteViews(notes: ReadonlyMap<string, SharedNote>, nameOf: (slug: string) => string, blockHref: (slug: string, block: string) => string): Map<string, NoteView> {
  const out = new Map<string, NoteView>();
  for (const [block, note] of notes) {
    const count = `${note.atLeast ? '至少' : ''} ${note.plans} 个方案`;
    out.set(block, {
      summary: `亦见于${note.plans === 1 ? `${nameOf(note.links[0]!.slug)}${note.atLeast ? '等（至少 1 个方案）' : ''}` : count}`,
      links: note.links.map((l) => ({ href: blockHref(l.slug, l.block), label: nameOf(l.slug) })),
      more: note.plans > note.links.length ? '等' : null,
    });
  }
  return out;
}

/**
 * A plan's page of shared passages sets out its passages with this many other plans at most (those
 * sharing the most text); the rest are in its table with their amounts. At 3,000 plans a plan
 * adopting the national outline's wording shares it with hundreds.
 */
export const MAX_PAIR_SECTIONS = 20;

/**
 * …and only while the passages set out add up to at most this many times the plan's own body text:
 * the page then weighs about what the plan page does, whatever the collection. Without it, at 3,000
 * synthetic plans (made from the real plans' sections, so they share whole chapters) a plan's page
 * set out 20 partners' worth of its text: 414 KB a page, 1.24 GB in all, five times the plan
 * pages. The partner sharing the most is always set out; every partner in the table links to the
 * two plans side by side (/compare/), which aligns all their text.
 */
export const SET_OUT_TEXT_FACTOR = 1;

/**
 * How many of `list` (most shared first) a plan's page sets out in full: the first, then each next
 * one while their shared characters add up to at most SET_OUT_TEXT_FACTOR × `ownChars`, never more
 * than MAX_PAIR_SECTIONS.
 */
export function partnersSetOut(list: readonly { chars: number }[], ownChars: number): number {
  let n = 0;
  let chars = 0;
  for (const x of list) {
    if (n >= MAX_PAIR_SECTIONS || (n > 0 && chars + x.chars > SET_OUT_TEXT_FACTOR * ownChars)) break;
    chars += x.chars;
    n++;
  }
  return n;
}

export interface Partner {
  plan: number;
  chars: number;
  /** Of this plan's body text. */
  share: number;
}

/** The plans sharing wording with plan `p`, most shared text first, then in site order. */
export function partners(amounts: readonly Map<number, number>[], totals: readonly number[], p: number): Partner[] {
  return [...amounts[p]!.entries()]
    .map(([plan, chars]) => ({ plan, chars, share: totals[p] ? chars / totals[p]! : 0 }))
    .sort((x, y) => y.chars - x.chars || x.plan - y.plan);
}
