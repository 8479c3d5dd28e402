/**
 * Folding for comparing Chinese text regardless of typing: white space removed, full-width
 * punctuation and letters mapped to their ASCII forms (NFKC), curly quotes to straight ones.
 * Used by the fidelity test (source vs page) and available to search (query vs section text).
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[“”„‟]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/\s+/g, '');
}
