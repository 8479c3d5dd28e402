import * as OpenCC from 'opencc-js/t2cn';

/**
 * Folding for detection only: traditional characters → simplified, so that a plan re-posted in
 * traditional characters (關於印發…實施方案, 各縣（市、區）人民政府) is recognised by the same
 * title, notice and metadata rules. The page always shows the text as published; callers match
 * on the folded text and cut from the original.
 *
 * Built on opencc-js (already used by the search index, src/cli/build-search.ts). Converted one
 * character at a time on purpose: the result has exactly the length of the input (UTF-16 units),
 * so an index found in the folded text is the same index in the original. Phrase-level
 * conversion (乾隆 vs 干) does not matter for the words these rules look for.
 * src/lib/search/text.ts folds for search (NFKC, case, white space) and is a different job.
 */

const t2cn = OpenCC.Converter({ from: 't', to: 'cn' });
const cache = new Map<string, string>();

function simplifiedChar(c: string): string {
  let s = cache.get(c);
  if (s === undefined) {
    const converted = t2cn(c);
    // A character whose simplified form is longer or shorter would shift indexes: keep it.
    s = converted.length === c.length ? converted : c;
    cache.set(c, s);
  }
  return s;
}

/** Traditional → simplified, same length as `text`; ASCII and simplified text are returned unchanged. */
export function toSimplifiedForMatching(text: string): string {
  let out = '';
  let changed = false;
  for (const c of text) {
    const code = c.codePointAt(0)!;
    const s = code < 0x3400 ? c : simplifiedChar(c);
    if (s !== c) changed = true;
    out += s;
  }
  return changed ? out : text;
}
