import { normalizeSpace } from './strip';
import type { SourceLine } from './types';
import { opensItem } from './structure/numbering';

/**
 * Stage "repair text": undoes what copying from web pages and PDFs did to the characters,
 * without changing a word: stray spaces inside Chinese text, ASCII punctuation where
 * full-width belongs, and (for PDF text) paragraphs broken at line and page ends.
 */

/** Han characters and the full-width punctuation that sits between them. */
const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e\u2014\u2026\u201c\u201d\u2018\u2019\u00b7]/;

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK_CHAR.test(ch);
}

/** Removes spaces that have Chinese text on at least one side ("加 强理性质疑", "到 2025 年"). */
export function removeStraySpaces(text: string): string {
  return text.replace(/(\S?)( +)(?=(\S?))/g, (whole, before: string, _spaces: string, after: string) =>
    (before && isCjk(before)) || (after && isCjk(after)) ? before : whole,
  );
}

const TO_FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
const TO_ASCII: Record<string, string> = Object.fromEntries(Object.entries(TO_FULL).map(([a, f]) => [f, a]));

/**
 * Shows full-width punctuation where ASCII `, : ; ? ! ( )` stand next to Chinese text, leaving
 * numbers (21.1%, 1,000, 10:30) and Latin text alone. Full-width marks are first folded to
 * ASCII so that a source typed either way gives the same result. A pair of parentheses is
 * converted together when either end touches Chinese text; ASCII double quotes next to
 * Chinese text become “ ”.
 */
export function normalizePunctuation(text: string): string {
  const chars = [...text].map((c) => TO_ASCII[c] ?? c);
  const out = chars.slice();
  const isCjkAt = (i: number) => isCjk(chars[i]) || (chars[i] !== undefined && chars[i] in TO_FULL && out[i] !== chars[i]);

  // Parentheses: match pairs first, so both ends of a pair change together.
  const stack: number[] = [];
  const pairs: [number, number][] = [];
  chars.forEach((c, i) => {
    if (c === '(') stack.push(i);
    else if (c === ')' && stack.length) pairs.push([stack.pop()!, i]);
  });
  const paired = new Set(pairs.flat());
  // Inner pairs first, so an outer pair sees its converted inner neighbours.
  for (const [open, close] of pairs) {
    if ([open - 1, open + 1, close - 1, close + 1].some((i) => isCjkAt(i))) {
      out[open] = '（';
      out[close] = '）';
    }
  }
  // Other marks: only where Chinese text touches them (numbers like 1,000 and 10:30 stay ASCII).
  chars.forEach((c, i) => {
    if (c in TO_FULL && !paired.has(i) && (isCjk(chars[i - 1]) || isCjk(chars[i + 1]) || isCjk(out[i - 1]) || isCjk(out[i + 1]))) {
      out[i] = TO_FULL[c]!;
    }
  });
  // ASCII double quotes next to Chinese text alternate “ and ” within the line.
  let open = true;
  chars.forEach((c, i) => {
    if (c !== '"') return;
    if (isCjk(chars[i - 1]) || isCjk(chars[i + 1]) || isCjk(out[i - 1]) || isCjk(out[i + 1])) {
      out[i] = open ? '“' : '”';
      open = !open;
    }
  });
  return out.join('');
}


const SENTENCE_END = /[。；：！？”’」』）)》.;:!?]$/;
const DATE_END = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;

/** A numbered line that is only a heading ("（五）实施领导干部和公务员科学素质提升行动"). */
function isHeadingShaped(text: string): boolean {
  return opensItem(text) && !/[。；]/.test(text) && text.length <= 40;
}

/**
 * Joins the lines of a paragraph that a PDF broke at a line or page end: a line continues the
 * previous one when that one stops mid-sentence (no closing punctuation), is long enough to be a
 * full printed line, is neither a heading, a title nor a date line, and this line opens no item.
 */
export function shouldJoin(previous: string, next: string): boolean {
  if (previous.includes('\t') || next.includes('\t')) return false;
  if (previous.length < 20) return false;
  if (SENTENCE_END.test(previous) || DATE_END.test(previous)) return false;
  if (isHeadingShaped(previous)) return false;
  if (/关于印发|通知$/.test(previous)) return false;
  if (opensItem(next)) return false;
  return true;
}

export interface RepairOptions {
  /** Join paragraphs broken by PDF line and page ends. */
  joinBrokenLines: boolean;
}

export function repairText(input: readonly SourceLine[], options: RepairOptions): SourceLine[] {
  const out: SourceLine[] = [];
  let lastContent = -1;
  for (const source of input) {
    const isTableRow = source.text.includes('\t');
    const text = isTableRow
      ? source.text.split('\t').map((cell) => repairLine(cell)).join('\t').replace(/^\t*$/, '')
      : repairLine(source.text);
    if (text === '') {
      out.push({ line: source.line, text: '' });
      continue;
    }
    const previous = out[lastContent];
    if (options.joinBrokenLines && previous && shouldJoin(previous.text, text)) {
      previous.text = normalizePunctuation(previous.text + text);
      continue;
    }
    out.push({ line: source.line, text });
    lastContent = out.length - 1;
  }
  return out;
}

/** Full-width digits, Latin letters and ％ become ASCII, as Chinese official documents print them (２０２５年 → 2025年). */
export function halfWidthAlphanumerics(text: string): string {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ％．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** One line's repairs: white space, stray spaces, digit and punctuation width. */
export function repairLine(text: string): string {
  return normalizePunctuation(removeStraySpaces(normalizeSpace(halfWidthAlphanumerics(text))));
}

