/**
 * Shared wording across plans: for every paragraph and table cell of every plan, the passages of
 * OTHER plans that share its wording. Candidates come from an index of winnowed fingerprints
 * (winnow.ts), never from comparing every pair of plans; each candidate is verified and given its
 * extents by local alignment (align.ts). Per-plan cost is flat in the number of plans: a
 * fingerprint's posting list keeps at most MAX_POSTINGS units, and a unit aligns with at most
 * MAX_CANDIDATES others (those sharing the most fingerprints with it).
 */
import { aligner, MIN_PASSAGE, type Passage } from './align';
import { normalizeText } from './normalize';
import { fingerprints } from './winnow';

/**
 * A fingerprint's posting list keeps its first MAX_POSTINGS units (in plan order). Wording every
 * plan adopts (the national outline's) has a fingerprint in every plan: its list stops growing here,
 * so a lookup costs the same at 50 plans and at 3,000; such wording is still found, through the
 * units kept (the count shown is then a lower bound, and says so).
 */
export const MAX_POSTINGS = 48;
/** A unit is aligned with at most this many candidate units of other plans, those sharing the most fingerprints with it. */
export const MAX_CANDIDATES = 12;
/**
 * A candidate shares at least this many fingerprints with the unit. A passage of MIN_PASSAGE
 * characters holds about 2(MIN_PASSAGE − K + 1)/(W + 1) ≈ 3.8 fingerprints (at least one, by
 * winnowing's guarantee), and a stock phrase one or two: most candidates that share only a stock
 * phrase are dropped here, before alignment. The price, measured by bench:reuse's recall: a shared
 * passage near the minimum whose only fingerprint is one is missed.
 */
export const MIN_SHARED_FINGERPRINTS = 2;

/** The smallest thing compared: a paragraph, or one cell of a table. */
export interface Unit {
  /** Index of its plan in the input. */
  plan: number;
  /** Its block's id (a table cell links to its table). */
  block: string;
  /** Row and column of a table cell (row 0 is the header row), or null for a paragraph. */
  cell: [number, number] | null;
  part: string;
  /** The original text. */
  text: string;
  /** Its normalized text (normalize.ts). */
  norm: string;
}

export interface Link extends Passage {
  /** The unit of another plan sharing the passage; aStart…aEnd in this unit, bStart…bEnd in that one. */
  other: number;
}

export interface Reuse {
  slugs: string[];
  units: Unit[];
  /** First unit index of each plan, and one past the last (plans' units are contiguous). */
  planStart: number[];
  /** A unit's shared passages, longest first (made from `packed` on each call). */
  links: (u: number) => Link[];
  /**
   * Per unit: its passages packed, LINK_FIELDS integers each, or null. Typed arrays rather than
   * objects: at 3,000 plans there are millions of passages, and as objects the garbage collector's
   * work on them grew the per-plan time with the number of plans.
   */
  packed: (Int32Array | null)[];
  /** Per unit: true when its candidates were cut at MAX_CANDIDATES or it read a full posting list (more plans may share its wording). */
  capped: boolean[];
}

export interface ReuseInputPlan {
  slug: string;
  blocks: readonly (
    | { kind: 'heading'; id: string; part: string }
    | { kind: 'paragraph'; id: string; part: string; text: string }
    | { kind: 'table'; id: string; part: string; header: string[]; rows: string[][] }
  )[];
}

/** The units of a plan: its paragraphs and table cells (headings are titles, not wording). */
export function planUnits(plan: ReuseInputPlan, index: number): Unit[] {
  const out: Unit[] = [];
  for (const b of plan.blocks) {
    if (b.kind === 'paragraph') out.push({ plan: index, block: b.id, cell: null, part: b.part, text: b.text, norm: normalizeText(b.text) });
    else if (b.kind === 'table') {
      [b.header, ...b.rows].forEach((row, r) =>
        row.forEach((text, c) => out.push({ plan: index, block: b.id, cell: [r, c], part: b.part, text, norm: normalizeText(text) })),
      );
    }
  }
  return out;
}

export function findReuse(plans: readonly ReuseInputPlan[]): Reuse {
  const units: Unit[] = [];
  const planStart: number[] = [];
  plans.forEach((p, i) => {
    planStart.push(units.length);
    units.push(...planUnits(p, i));
  });
  planStart.push(units.length);

  // The index: fingerprint → units containing it (each unit once per fingerprint).
  const postings = new Map<number, number[]>();
  // Fingerprints whose posting list was full when another unit came: a unit reading one may miss plans.
  const overflowed = new Set<number>();
  // Each unit's distinct fingerprints, computed once for the index and the queries (compact: they live through both).
  const prints: (Int32Array | null)[] = units.map((x) => (x.norm.length < MIN_PASSAGE ? null : Int32Array.from(new Set(fingerprints(x.norm).map((f) => f.hash)))));
  for (let u = 0; u < units.length; u++) {
    for (const hash of prints[u] ?? []) {
      const list = postings.get(hash);
      if (!list) postings.set(hash, [u]);
      else if (list.length < MAX_POSTINGS) list.push(u);
      else overflowed.add(hash);
    }
  }

  const packed: (Int32Array | null)[] = new Array<Int32Array | null>(units.length).fill(null);
  const unitPlan = Int32Array.from(units, (x) => x.plan);
  const capped: boolean[] = units.map(() => false);
  // Shared-fingerprint counts per candidate unit, reset after each query (a typed array: the hot loop).
  const score = new Int32Array(units.length);
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    if (unit.norm.length < MIN_PASSAGE) continue;
    const touched: number[] = [];
    let missed = false;
    for (const hash of prints[u] ?? []) {
      if (overflowed.has(hash)) missed = true;
      for (const v of postings.get(hash) ?? []) {
        if (unitPlan[v] === unit.plan) continue;
        if (score[v] === 0) touched.push(v);
        score[v] = score[v]! + 1;
      }
    }
    const candidates = touched.filter((v) => score[v]! >= MIN_SHARED_FINGERPRINTS).sort((x, y) => score[y]! - score[x]! || x - y);
    capped[u] = missed || candidates.length > MAX_CANDIDATES;
    const against = aligner(unit.norm);
    const found: Link[] = [];
    for (const v of candidates.slice(0, MAX_CANDIDATES)) {
      for (const p of against(units[v]!.norm)) found.push({ ...p, other: v });
    }
    for (const v of touched) score[v] = 0;
    if (found.length) packed[u] = pack(found.sort((x, y) => y.matched - x.matched || x.other - y.other));
  }
  return { slugs: plans.map((p) => p.slug), units, planStart, packed, links: (u) => unpack(packed[u] ?? null), capped };
}

const LINK_FIELDS = 6;

function pack(links: readonly Link[]): Int32Array {
  const out = new Int32Array(links.length * LINK_FIELDS);
  links.forEach((l, k) => out.set([l.other, l.aStart, l.aEnd, l.bStart, l.bEnd, l.matched], k * LINK_FIELDS));
  return out;
}

function unpack(data: Int32Array | null): Link[] {
  const out: Link[] = [];
  if (data) for (let k = 0; k < data.length; k += LINK_FIELDS) out.push({ other: data[k]!, aStart: data[k + 1]!, aEnd: data[k + 2]!, bStart: data[k + 3]!, bEnd: data[k + 4]!, matched: data[k + 5]! });
  return out;
}

/** The normalized characters of a unit covered by at least one of its passages (those `keep` accepts, or all). */
export function coveredChars(reuse: Reuse, u: number, keep: (l: Link) => boolean = () => true): number {
  const spans = reuse.links(u).filter(keep).sort((x, y) => x.aStart - y.aStart);
  let covered = 0;
  let reach = 0;
  for (const l of spans) {
    const from = Math.max(l.aStart, reach);
    if (l.aEnd > from) covered += l.aEnd - from;
    reach = Math.max(reach, l.aEnd);
  }
  return covered;
}

/** Passages with plan `plan` (for coveredChars). */
export const withPlan = (reuse: Reuse, plan: number) => (l: Link) => reuse.units[l.other]!.plan === plan;
