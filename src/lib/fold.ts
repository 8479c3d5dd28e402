import { decodeHTML } from 'entities';

/**
 * Folding for the fidelity check (source text vs page text): white space removed, full-width
 * punctuation and letters mapped to their ASCII forms (NFKC), and curly quotes to straight ones,
 * because the importer shows the sources' ASCII quotes as “ ”. Search folds differently on purpose
 * (src/lib/search/text.ts: case-insensitive, Chinese quotes are text).
 */
export function foldText(text: string): string {
  // HTML left in a web copy (&nbsp; &ldquo; <br>) is shown decoded (rule text/html-remnants).
  return decodeHTML(text.replace(/<\s*(?:br|\/?p)\s*\/?\s*>/gi, ''))
    // Invisible characters (zero-width spaces and joiners, soft hyphens) are removed by the importer's
    // named repair text/invisible-chars: they are no text.
    .replace(/[\u200b-\u200f\u2060\ufeff\u00ad]/g, '')
    .normalize('NFKC')
    .replace(/[“”„‟]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/\s+/g, '');
}
