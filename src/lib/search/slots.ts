/**
 * Where each section of a plan sits in the plan's Pagefind word positions, so that a match's
 * position alone says which section it is in — without loading a section map per plan.
 *
 * The plan's record is laid out in slots of SLOT_WIDTH word positions: each section starts at
 * the start of a slot and takes as many whole slots as its words need (at least one); the rest
 * of its last slot is filler (a "." word, which Pagefind counts as a position but does not
 * index, so it costs no index bytes; see build.ts). Position p is in slot ⌊p / SLOT_WIDTH⌋, and
 * the slot's section follows from the few sections that take more than one slot ("long"
 * sections, listed per plan in the search directory). So the exact number of matching sections
 * is known from Pagefind's word positions and the directory alone, whatever the number of plans.
 *
 * SLOT_WIDTH: wider slots mean fewer long sections (smaller directory) but more filler words for
 * Pagefind to read at build time. Measured on 500 synthetic plans (median section 156 characters,
 * p99 1,056): 512 → 3.7 long sections and 16,000 filler words per plan; 1,024 → 0.6 and 39,000;
 * 2,048 → 0 and 87,000. 1,024 keeps the directory at a few bytes per plan.
 */

export const SLOT_WIDTH = 1024;

/** A section that takes more than one slot: [section ordinal, slots it takes]. */
export type LongSection = [section: number, slots: number];

export interface SlotLayout {
  /** First slot of each section. */
  firstSlot: number[];
  /** Sections taking more than one slot, in order. */
  long: LongSection[];
  /** Slots in all. */
  slots: number;
}

/** Slots a section of `words` word positions takes. */
export function slotsFor(words: number): number {
  return Math.max(1, Math.ceil(words / SLOT_WIDTH));
}

/** The slot layout of a plan whose sections have these word counts. */
export function slotLayout(wordCounts: readonly number[]): SlotLayout {
  const firstSlot: number[] = [];
  const long: LongSection[] = [];
  let slot = 0;
  wordCounts.forEach((words, section) => {
    firstSlot.push(slot);
    const n = slotsFor(words);
    if (n > 1) long.push([section, n]);
    slot += n;
  });
  return { firstSlot, long, slots: slot };
}

/**
 * The section holding word position `position`, given the plan's long sections (in order).
 * Each long section before the slot shifts later sections back by its extra slots.
 */
export function sectionAtPosition(position: number, long: readonly LongSection[]): number {
  const slot = Math.floor(position / SLOT_WIDTH);
  let extra = 0;
  for (const [section, slots] of long) {
    const first = section + extra;
    if (slot < first) break;
    if (slot < first + slots) return section;
    extra += slots - 1;
  }
  return slot - extra;
}
