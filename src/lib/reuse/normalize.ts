/**
 * Text as the shared-wording detector compares it. Wording is what is compared, not its setting:
 * NFKC folds full- and half-width forms (ＡＢＣ１２ → abc12, the same character either way in
 * Chinese typesetting), letters are lower-cased, and everything that is not a letter or a digit —
 * punctuation, spaces, line breaks, list markers' brackets — is dropped, so that a changed comma or
 * a re-broken line does not cut a shared passage in two. Region names are kept as written: each
 * plan names itself (深圳市 / 南沙区) in wording that is otherwise the same, and the alignment's edit
 * budget (align.ts) absorbs a changed name rather than this step guessing which names are regions.
 * Positions in src/lib/reuse count UTF-16 code units of the normalized string (a character outside
 * the Basic Multilingual Plane, rare in these texts, counts as two: harmless for comparison).
 */

const KEEP = /[\p{L}\p{N}]/u;

/** The normalized form of one character (a code point): itself, its NFKC letters and digits lower-cased, or nothing. */
function fold(ch: string): string {
  const code = ch.charCodeAt(0);
  // The common case, without NFKC: CJK unified ideographs and ASCII letters and digits.
  if (code >= 0x4e00 && code <= 0x9fff) return ch;
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return ch;
  let kept = '';
  for (const c of ch.normalize('NFKC').toLowerCase()) if (KEEP.test(c)) kept += c;
  return kept;
}

/** The normalized text only (what the index and the alignment read). */
export function normalizeText(original: string): string {
  let text = '';
  for (const ch of original) text += fold(ch);
  return text;
}

export interface Normalized {
  text: string;
  /** For each code unit of `text`, the offset (UTF-16) of the original character it came from. */
  offsets: number[];
}

/** The normalized text with the original offset of each of its code units (for showing a passage in the original). */
export function normalize(original: string): Normalized {
  let text = '';
  const offsets: number[] = [];
  let i = 0;
  for (const ch of original) {
    const kept = fold(ch);
    text += kept;
    for (let k = 0; k < kept.length; k++) offsets.push(i);
    i += ch.length;
  }
  return { text, offsets };
}

/** The original range [from, to) that normalized units [start, end) came from (end > start). */
export function originalSpan(n: Normalized, original: string, start: number, end: number): { from: number; to: number } {
  const from = n.offsets[start]!;
  const last = n.offsets[end - 1]!;
  const to = last + (original.codePointAt(last)! > 0xffff ? 2 : 1);
  return { from, to };
}
