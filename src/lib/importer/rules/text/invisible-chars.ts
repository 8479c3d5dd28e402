import { defineRule } from '../rule';

/**
 * Zero-width and other invisible characters that web editors and PDF converters leave inside
 * words: zero-width space/non-joiner/joiner, LRM/RLM, word joiner, a BOM inside the text and the
 * soft hyphen. They change nothing a reader sees but break every match (科​普 ≠ 科普).
 */
export const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad]/g;

export const invisibleChars = defineRule<string, { text: string; count: number }>({
  id: 'text/invisible-chars',
  description: 'Removes zero-width characters (U+200B–U+200F, U+2060), a BOM inside the text and soft hyphens (U+00AD); the import messages give the count.',
  apply(text) {
    const count = text.match(INVISIBLE)?.length ?? 0;
    return count ? { text: text.replace(INVISIBLE, ''), count } : null;
  },
  examples: [
    { name: 'zero-width space inside a word', input: '科\u200b普基地', output: { text: '科普基地', count: 1 } },
    { name: 'word joiner, BOM and soft hyphen', input: '\ufeff实施\u2060方案\u00ad', output: { text: '实施方案', count: 3 } },
    { name: 'LRM and RLM', input: '2025\u200e年\u200f', output: { text: '2025年', count: 2 } },
    { name: 'ordinary text', input: '科普基地达到80个', output: null },
    { name: 'an ideographic space is white space, not invisible', input: '文\u3000\u3000号', output: null },
  ],
});
