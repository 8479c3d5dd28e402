import { defineRule } from '../rule';

/**
 * Control characters and bidirectional overrides in a text: damage, never wording. A BEL or ESC
 * comes from a terminal or a broken conversion, a NUL from a file read with the wrong width, a C1
 * control (U+0080–U+009F) from text decoded as Latin-1 on the way; a bidirectional embedding,
 * override or isolate (U+202A–U+202E, U+2066–U+2069) reverses or hides what follows it, on pages,
 * in CSV and BibTeX alike. None of them is printed in a Chinese official document.
 *
 * Kept: TAB (table cells), LF and CR (lines; decode makes CR LF), and FORM FEED, which pdftotext
 * writes at each page break and which every later stage reads as white space (`\s`); it is
 * reported apart (`pageBreaks`), as a note, not as damage. VT (U+000B, Word's manual line break)
 * is removed with the rest: it joins two parts of one paragraph. LRM/RLM and the zero-width
 * characters are text/invisible-chars' (they are left by editors, not damage).
 *
 * A character class rather than a library: Unicode's General_Category Cc (\p{Cc}) is all of C0,
 * DEL and C1, including TAB/LF/CR/FF that must stay, and the bidi controls are Cf, with the
 * zero-width characters another rule owns; the exact set is clearer written out.
 */
/** The characters removed, as the inside of a regular-expression class (the schema refuses the same set). */
export const CONTROL_CLASS = '\\u0000-\\u0008\\u000b\\u000e-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069';
export const CONTROL_CHARS = new RegExp(`[${CONTROL_CLASS}]`, 'g');
const FORM_FEED = /\f/g;

/** The code points removed from one line, as U+XXXX with their short names, in order of first appearance. */
export interface ControlCharsFound {
  text: string;
  /** Damaging characters removed, e.g. ['U+0007 BEL', 'U+202E RLO']; each listed once. */
  removed: string[];
  count: number;
  /** Form feeds (pdftotext's page breaks) removed: not damage. */
  pageBreaks: number;
}

/** Short names of the characters people meet; others are shown by code point alone. */
const NAMES: Record<number, string> = {
  0x00: 'NUL', 0x07: 'BEL', 0x08: 'BS', 0x0b: 'VT', 0x1a: 'SUB', 0x1b: 'ESC', 0x7f: 'DEL', 0x85: 'NEL',
  0x202a: 'LRE', 0x202b: 'RLE', 0x202c: 'PDF', 0x202d: 'LRO', 0x202e: 'RLO', 0x2066: 'LRI', 0x2067: 'RLI', 0x2068: 'FSI', 0x2069: 'PDI',
};

export function codePointName(ch: string): string {
  const cp = ch.codePointAt(0)!;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}${NAMES[cp] ? ` ${NAMES[cp]}` : ''}`;
}

export const controlChars = defineRule<string, ControlCharsFound>({
  id: 'text/control-chars',
  description:
    'Removes control characters (C0 but TAB, LF, CR and form feed; DEL; C1) and bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) from each line, reporting each line and the characters; form feeds (PDF page breaks) are removed and counted apart.',
  apply(text) {
    const found = text.match(CONTROL_CHARS) ?? [];
    const pageBreaks = text.match(FORM_FEED)?.length ?? 0;
    if (found.length === 0 && pageBreaks === 0) return null;
    return {
      text: text.replace(CONTROL_CHARS, '').replace(FORM_FEED, ''),
      removed: [...new Set(found)].map(codePointName),
      count: found.length,
      pageBreaks,
    };
  },
  examples: [
    { name: 'a BEL inside a title', input: '某市全民科学素质\u0007行动实施方案', output: { text: '某市全民科学素质行动实施方案', removed: ['U+0007 BEL'], count: 1, pageBreaks: 0 } },
    { name: 'NUL and ESC', input: '\u0000科普\u001b[0m基地', output: { text: '科普[0m基地', removed: ['U+0000 NUL', 'U+001B ESC'], count: 2, pageBreaks: 0 } },
    { name: 'a right-to-left override and its pop', input: '科普\u202e基地\u202c建设', output: { text: '科普基地建设', removed: ['U+202E RLO', 'U+202C PDF'], count: 2, pageBreaks: 0 } },
    { name: 'isolates at the edge of the range', input: '\u2066科普\u2069', output: { text: '科普', removed: ['U+2066 LRI', 'U+2069 PDI'], count: 2, pageBreaks: 0 } },
    { name: 'DEL and a C1 control (U+0085) at the ends of the range', input: '科\u007f普\u009f', output: { text: '科普', removed: ['U+007F DEL', 'U+009F'], count: 2, pageBreaks: 0 } },
    { name: "Word's manual line break (VT)", input: '加强\u000b科普', output: { text: '加强科普', removed: ['U+000B VT'], count: 1, pageBreaks: 0 } },
    { name: "pdftotext's page break is counted apart, not as damage", input: '\f科学教育', output: { text: '科学教育', removed: [], count: 0, pageBreaks: 1 } },
    { name: 'a tab between table cells is kept', input: '序号\t重点任务\t牵头单位', output: null },
    { name: 'ordinary text with full-width punctuation', input: '（一）加强科普基地建设。', output: null },
    { name: 'U+00A0 (just past C1) is white space, not a control', input: '科普\u00a0基地', output: null },
    { name: 'U+2029 and U+206A (just outside the bidi ranges) are not removed here', input: '科普\u2029基地\u206a', output: null },
  ],
});
