/**
 * The differences of two aligned sections, for the /compare/ page: shared wording and each
 * side's own additions. Browser-safe.
 *
 * Chinese has no spaces, so the diff is by clauses (`clauses`), then by characters: jsdiff
 * (`diff`; its diffArrays and diffChars, Myers' algorithm) lines up the clauses; inside a run of
 * clauses changed on both sides, each clause of A is paired with the most similar later clause of
 * B (trigram Dice ≥ SENTENCE_THRESHOLD, in order) and only paired clauses are diffed by
 * characters. A character diff of whole changed runs cost up to a quarter of a second per section
 * (Myers is O(N·D)), a long task on a phone; clause pairs are short. Considered:
 * diff-match-patch (not installed; its semantic cleanup is for word-spaced text). A character diff of two unrelated sentences
 * still finds common characters (的, 和, 科学); an equal run found by the character diff shorter
 * than MIN_SHARED_CHARS is therefore not shared wording but part of both sides' own text.
 * Whole clauses the clause diff finds equal are shared whatever their length.
 */
import { diffArrays, diffChars } from 'diff';
import { dice, ngrams } from './align';

/** Shortest run of characters, inside changed clauses, that counts as shared wording. */
export const MIN_SHARED_CHARS = 5;
/**
 * Largest edit distance the character diff of one changed run looks for: past it the two runs
 * are simply different (no shared wording) — bounds the time a long rewritten passage costs.
 */
export const MAX_CHAR_EDITS = 400;
/** Trigram Dice of two changed clauses at or above which they are diffed by characters. */
export const SENTENCE_THRESHOLD = 0.3;

export type SegmentOp = 'same' | 'a' | 'b';
/** A run of text: in both plans ('same'), or only in A or only in B. */
export interface Segment {
  op: SegmentOp;
  text: string;
}

/**
 * Clauses, each with its closing punctuation or line break ("甲，乙。丙；\n丁" → ["甲，", "乙。", "丙；\n", "丁"]):
 * sentences cut also at ，、： — plans write paragraphs of one long sentence, and a character
 * diff of two such sentences cost 60 ms; clauses are short, and copied plans share whole clauses.
 */
export function clauses(text: string): string[] {
  return text.match(/[^。；！？!?;，,、：:\n]*(?:[。；！？!?;，,、：:]+[”’）)」』]*\n?|\n|$)/gu)?.filter((s) => s !== '') ?? [];
}

const push = (out: Segment[], op: SegmentOp, text: string): void => {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
};

/** A changed run: diffed by characters, equal runs shorter than MIN_SHARED_CHARS counted as changes. */
function charSegments(a: string, b: string, out: Segment[]): void {
  if (!a || !b) {
    push(out, 'a', a);
    push(out, 'b', b);
    return;
  }
  const changes = diffChars(a, b, { maxEditLength: MAX_CHAR_EDITS });
  if (!changes) {
    push(out, 'a', a);
    push(out, 'b', b);
    return;
  }
  // Changes on both sides between two shared runs are written A first, then B.
  let pendingA = '';
  let pendingB = '';
  const flush = () => {
    push(out, 'a', pendingA);
    push(out, 'b', pendingB);
    pendingA = pendingB = '';
  };
  for (const c of changes) {
    if (c.added) pendingB += c.value;
    else if (c.removed) pendingA += c.value;
    else if (Array.from(c.value).length >= MIN_SHARED_CHARS) {
      flush();
      push(out, 'same', c.value);
    } else {
      pendingA += c.value;
      pendingB += c.value;
    }
  }
  flush();
}

/** A run of clauses changed on both sides: similar clauses paired in order and diffed by characters, the rest each side's own. */
function changedRun(a: readonly string[], b: readonly string[], out: Segment[]): void {
  if (!a.length || !b.length) {
    charSegments(a.join(''), b.join(''), out);
    return;
  }
  const gramsB = b.map((s) => ngrams(s));
  let next = 0;
  for (const clause of a) {
    const grams = ngrams(clause);
    let best = -1;
    let bestScore = SENTENCE_THRESHOLD;
    for (let j = next; j < b.length; j++) {
      const score = dice(grams, gramsB[j]!);
      if (score >= bestScore && (best < 0 || score > bestScore)) {
        best = j;
        bestScore = score;
      }
    }
    if (best < 0) {
      push(out, 'a', clause);
      continue;
    }
    push(out, 'b', b.slice(next, best).join(''));
    charSegments(clause, b[best]!, out);
    next = best + 1;
  }
  push(out, 'b', b.slice(next).join(''));
}

/** The segments of A and B: shared wording, and each side's own text (A's before B's where both changed). */
export function diffSegments(a: string, b: string): Segment[] {
  const out: Segment[] = [];
  let pendingA: string[] = [];
  let pendingB: string[] = [];
  const flush = () => {
    changedRun(pendingA, pendingB, out);
    pendingA = [];
    pendingB = [];
  };
  for (const part of diffArrays(clauses(a), clauses(b))) {
    if (part.added) pendingB = pendingB.concat(part.value);
    else if (part.removed) pendingA = pendingA.concat(part.value);
    else {
      flush();
      push(out, 'same', part.value.join(''));
    }
  }
  flush();
  return out;
}

/** One side's text as runs: shared (also in the other plan) or own (only in this one). */
export interface SideRun {
  shared: boolean;
  text: string;
}

/** Side A's (or B's) runs of the segments; their texts joined are that side's text. */
export function sideRuns(segments: readonly Segment[], side: 'a' | 'b'): SideRun[] {
  const out: SideRun[] = [];
  for (const s of segments) {
    if (s.op !== 'same' && s.op !== side) continue;
    const shared = s.op === 'same';
    const last = out[out.length - 1];
    if (last && last.shared === shared) last.text += s.text;
    else out.push({ shared, text: s.text });
  }
  return out;
}

/** Characters of shared wording in the segments. */
export function sharedChars(segments: readonly Segment[]): number {
  return segments.reduce((n, s) => n + (s.op === 'same' ? Array.from(s.text).length : 0), 0);
}
