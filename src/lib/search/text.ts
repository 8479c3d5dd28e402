/**
 * Text folding and index tokens for full-text search: one pure module shared by the index
 * builder (src/lib/search/build.ts), the search page (src/scripts/search.ts) and the benchmark.
 *
 * Matching model (what "a section contains the query" means):
 * - Text and query are folded the same way, by fold(): NFKC for full-width ASCII letters, digits
 *   and punctuation (（）→(), ，→, ［］→[], …), ideographic space, ASCII lower case, all white
 *   space and invisible characters removed, and the square-bracket family folded to [] (BRACKETS).
 * - A match lies inside one block (a heading, a paragraph, a table cell), as with Ctrl+F.
 *
 * Index tokens: Pagefind's segmenters disagree for Chinese at index and query time, so the index
 * is fed ASCII words it cannot split: each character is written as 4 letters (base 26 of its code
 * point) and position i of a block gets the word enc(c[i]) + enc(c[i+1]) (a bigram), the last
 * character of a block gets enc(c[last]) alone, and a separator word stands between blocks. Pagefind reports word positions, so a query of n
 * characters (n ≥ 2) matches at p exactly when bigram k of the query is at p + k for every k: an
 * exact substring test, with no segmentation at all (only every second bigram needs looking up,
 * see termTokens). A single character is a prefix search.
 */

import { INVISIBLE } from '../importer/rules/text/invisible-chars';

const CHAR_WIDTH = 4;
const MAX_CODE = 26 ** CHAR_WIDTH - 1;

/**
 * Brackets that official documents use interchangeably, after NFKC (which already turns ［］ into
 * [], and the small and vertical forms ﹝﹞︹︺︻︼︗︘﹇﹈ into the ones here): the year in a document
 * number (发文字号) is 〔2021〕 by the standard (GB/T 9704), typed as [2021], ［2021］ or 【2021】
 * where 〔 is hard to type, so 国发[2021]9号 must find 国发〔2021〕9号. All fold to [ and ].
 * Not folded with them: 〈〉《》 (title marks, another punctuation mark) and （）/() (round brackets:
 * ordinals such as （一） and asides; NFKC already folds their two widths together).
 * A table, not a library: Unicode normalisation (NFKC, used above) and ICU transforms keep these
 * brackets apart, and opencc-js (already used for traditional input) converts characters, not punctuation.
 */
const BRACKETS: ReadonlyMap<string, string> = new Map([
  ...Array.from('〔【〖〘〚', (c) => [c, '['] as const),
  ...Array.from('〕】〗〙〛', (c) => [c, ']'] as const),
]);
const BRACKET_CHARS = new RegExp(`[${[...BRACKETS.keys()].join('')}]`, 'gu');

/**
 * Folds text for matching (see module comment): the one normalisation of both the index text
 * (build.ts) and the query (parseQuery), and of highlightRanges, which applies it character by
 * character — so every step maps one character to at most one (or, for NFKC, a fixed string)
 * and positions in the folded text map back to the original.
 */
export function fold(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(BRACKET_CHARS, (c) => BRACKETS.get(c) ?? c)
    .toLowerCase();
}

/** The 4-letter word for one character (code points above 456975 share the last code). */
export function encodeChar(char: string): string {
  let code = Math.min(char.codePointAt(0) ?? 0, MAX_CODE);
  let out = '';
  for (let i = 0; i < CHAR_WIDTH; i++) {
    out = String.fromCharCode(97 + (code % 26)) + out;
    code = Math.floor(code / 26);
  }
  return out;
}

/**
 * The word between two blocks: a lone full stop, which Pagefind counts as a word position but
 * does not index (it keeps no entry for punctuation), so it separates blocks at no index cost,
 * and no query word (letters only) equals or prefixes it. The slot filler (slots.ts) is the same word.
 */
export const BLOCK_SEPARATOR = '.';

/**
 * Index words for a record's folded blocks: one word per character (position = character offset
 * within the block run), blocks separated by BLOCK_SEPARATOR. The separator keeps a skipped
 * lookup (termTokens checks every second bigram) from matching across two blocks.
 */
export function recordTokens(foldedBlocks: readonly string[]): string[] {
  const out: string[] = [];
  for (const block of foldedBlocks) {
    if (!block) continue;
    if (out.length) out.push(BLOCK_SEPARATOR);
    // One push per word: spreading a long block's words into push() overflows the call stack.
    for (const word of blockTokens(block)) out.push(word);
  }
  return out;
}

/** Index words for one folded block: one per character, so word position = character offset. */
export function blockTokens(folded: string): string[] {
  const chars = Array.from(folded);
  return chars.map((c, i) => {
    const next = chars[i + 1];
    return next !== undefined ? encodeChar(c) + encodeChar(next) : encodeChar(c);
  });
}

/** One word to look up for a query term, and where it must sit relative to the match start. */
export interface TermToken {
  token: string;
  offset: number;
}

/**
 * The words to look up for one folded query term: bigrams that cover every character, taken
 * every second position (offsets 0, 2, 4, …, and n−2 for the last pair), so a term of n
 * characters needs ⌈(n−1)/2⌉ lookups. A one-character term is a single prefix (any word
 * starting with that character, offset 0).
 */
export function termTokens(folded: string): TermToken[] {
  const chars = Array.from(folded);
  if (chars.length === 0) return [];
  if (chars.length === 1) return [{ token: encodeChar(chars[0] as string), offset: 0 }];
  const offsets: number[] = [];
  for (let i = 0; i + 1 < chars.length; i += 2) offsets.push(i);
  if (offsets[offsets.length - 1] !== chars.length - 2) offsets.push(chars.length - 2);
  return offsets.map((i) => ({ token: encodeChar(chars[i] as string) + encodeChar(chars[i + 1] as string), offset: i }));
}

/**
 * Start positions of a term in one record: p such that every token k of the term is at
 * p + offset_k (positionsByToken[k] lists the positions of token k in the record). Since the
 * bigram at position q is exactly characters q and q+1 of one block, this is an exact test.
 */
export function termStarts(tokens: readonly TermToken[], positionsByToken: readonly (readonly number[])[]): number[] {
  const first = positionsByToken[0];
  if (!first || positionsByToken.length !== tokens.length) return [];
  const sets = positionsByToken.map((p) => new Set(p));
  return [...new Set(first)]
    .map((p) => p - (tokens[0]?.offset ?? 0))
    .filter((p) => sets.every((s, k) => s.has(p + (tokens[k]?.offset ?? 0))))
    .sort((a, b) => a - b);
}

/** A traditional → simplified character map, as shipped to the browser ("銀银齡龄…" pairs). */
export type CharMap = ReadonlyMap<string, string>;

export function parseCharMap(pairs: string): Map<string, string> {
  const map = new Map<string, string>();
  const chars = Array.from(pairs);
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const [from, to] = [chars[i], chars[i + 1]];
    if (from !== undefined && to !== undefined) map.set(from, to);
  }
  return map;
}

export function toSimplified(text: string, map: CharMap): string {
  let out = '';
  for (const c of text) out += map.get(c) ?? c;
  return out;
}

export interface QueryTerm {
  /** As typed (one space-separated part of the query). */
  raw: string;
  /** Folded forms to look for: the folded term, and its simplified form if that differs. A section matches the term if it contains any of them. */
  variants: string[];
}

/**
 * Splits a query into terms (white space separates terms; every term must occur) and folds each.
 * Duplicate terms are dropped. ASCII double quotes around a term are ignored (search-box habit); Chinese quotes “” are text.
 */
export function parseQuery(query: string, t2s?: CharMap): QueryTerm[] {
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const raw of query.normalize('NFKC').split(/\s+/u)) {
    const unquoted = raw.replace(/^"+|"+$/gu, '');
    const folded = fold(unquoted);
    if (!folded) continue;
    const variants = [folded];
    if (t2s) {
      const simplified = toSimplified(folded, t2s);
      if (simplified !== folded) variants.push(simplified);
    }
    const key = variants.join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push({ raw: unquoted, variants });
  }
  return terms;
}

/** True if some block of the section contains every term (each via any variant) — the ground truth. */
export function sectionMatches(foldedBlocks: readonly string[], terms: readonly QueryTerm[]): boolean {
  return terms.length > 0 && terms.every((t) => t.variants.some((v) => foldedBlocks.some((b) => b.includes(v))));
}

/**
 * Ranges [start, end) in `text` (not folded) that match any of the folded needles, for <mark>.
 * Works character by character so folding (width, case, white space) maps back to the original.
 */
export function highlightRanges(text: string, needles: readonly string[]): [number, number][] {
  // Build folded string with a map from folded char index to original [start, end).
  const foldedChars: string[] = [];
  const origin: [number, number][] = [];
  let offset = 0;
  for (const ch of text) {
    const f = fold(ch);
    for (const fc of f) {
      foldedChars.push(fc);
      origin.push([offset, offset + ch.length]);
    }
    offset += ch.length;
  }
  const folded = foldedChars.join('');
  // Index folded string by UTF-16 offset → char index.
  const charAt: number[] = [];
  foldedChars.forEach((c, i) => {
    for (let k = 0; k < c.length; k++) charAt.push(i);
  });
  const ranges: [number, number][] = [];
  for (const needle of needles) {
    if (!needle) continue;
    let from = 0;
    for (;;) {
      const at = folded.indexOf(needle, from);
      if (at < 0) break;
      const start = origin[charAt[at] ?? -1];
      const end = origin[charAt[at + needle.length - 1] ?? -1];
      if (start && end) ranges.push([start[0], end[1]]);
      from = at + 1;
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const prev = merged[merged.length - 1];
    if (prev && r[0] <= prev[1]) prev[1] = Math.max(prev[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
