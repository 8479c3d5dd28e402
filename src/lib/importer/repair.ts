import { normalizeSpace } from './strip';
import type { SourceLine } from './types';
import { MessageLog, type ImportMessage } from './messages';
import { invisibleChars } from './rules/text/invisible-chars';
import { pinyinGloss } from './rules/text/pinyin-gloss';
import { pdfLineJoin } from './rules/text/pdf-line-join';
import { statementContinuation } from './rules/text/statement-continuation';
import { headingContinuation } from './rules/text/heading-continuation';
import { PERIOD } from './rules/meta/title';
import { spaceAlignedRule } from './structure/tables';
import { cellPerLineRule } from './structure/cell-per-line';
import { isNumberOnly } from './structure/numbering';

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
  // An ASCII full stop after a Chinese character ends a Chinese sentence (加强科学教育.开展…): 。. Not
  // after a number (1.2, 1.加强), and not in an outline number at the line's start (一.总体要求).
  chars.forEach((c, i) => {
    if (c !== '.' || !/[\u3400-\u9fff]/.test(chars[i - 1] ?? '') || /\d/.test(chars[i + 1] ?? '')) return;
    if (isNumberOnly(chars.slice(0, i + 1).join('').trim(), 'cn')) return;
    out[i] = '。';
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
  // A period in parentheses is Chinese text even on a line of its own (a title's second line: （2022-2025）).
  return out.join('').replace(new RegExp(`\\((${PERIOD.replace(/[()]/g, '')})\\)`, 'g'), '（$1）');
}


/** Whether `next` continues the paragraph of `previous` in PDF text (rule text/pdf-line-join). */
export function shouldJoin(previous: string, next: string, width?: number | null): boolean {
  return pdfLineJoin.apply({ previous, next, width }) !== null;
}

export interface RepairOptions {
  /** Join paragraphs broken by PDF line and page ends. */
  joinBrokenLines: boolean;
  /** The PDF's printed line width (text/pdf-fixed-width), when known: only a full line is continued. */
  lineWidth?: number | null;
}

export interface Repaired {
  lines: SourceLine[];
  messages: ImportMessage[];
}

export function repairText(input: readonly SourceLine[], options: RepairOptions): SourceLine[] {
  return repair(input, options).lines;
}

/** The repair stage with what it did: the rules that changed characters, with counts. */
export function repair(lines: readonly SourceLine[], options: RepairOptions): Repaired {
  // Space-aligned task tables become tab rows first: the repairs below remove spaces between Chinese words.
  // …and so do task tables flattened to one cell per line (structure/cell-per-line.ts).
  const texts = lines.map((l) => l.text);
  const aligned = spaceAlignedRule.apply(texts) ?? texts;
  const tabulated = cellPerLineRule.apply(aligned) ?? aligned;
  const input = lines.map((l, i) => (tabulated[i] === l.text ? l : { line: l.line, text: tabulated[i]! }));
  const out: SourceLine[] = [];
  let invisible = 0;
  let invisibleFirst: number | null = null;
  let lastContent = -1;
  let lastPrinted = '';
  // Gloss messages are raised line by line in the loop, the invisible-character count after it.
  const log = new MessageLog();
  for (const raw of input) {
    const cleaned = invisibleChars.apply(raw.text);
    if (cleaned) {
      invisible += cleaned.count;
      invisibleFirst ??= raw.line;
    }
    const unglossed = pinyinGloss.apply(cleaned ? cleaned.text : raw.text);
    // Reported per line: a gloss is inserted text, and the reader can check each removal against the copy.
    if (unglossed) pinyinGloss.info(log, `removed ${unglossed.removed.length} pinyin gloss(es) inserted after characters: ${unglossed.removed.map((g) => `(${g})`).join(' ')}`, { line: raw.line });
    const source = unglossed ? { line: raw.line, text: unglossed.text } : cleaned ? { line: raw.line, text: cleaned.text } : raw;
    const isTableRow = source.text.includes('\t');
    const text = isTableRow
      ? source.text.split('\t').map((cell) => repairLine(cell)).join('\t').replace(/^\t*$/, '')
      : repairLine(source.text);
    if (text === '') {
      out.push({ line: source.line, text: '' });
      continue;
    }
    const previous = out[lastContent];
    // A statement broken over two lines is one line, in any text (rule text/statement-continuation).
    const adjacent = previous && lastContent === out.length - 1 ? { previous: previous.text, next: text } : null;
    // …and so is a heading broken over two lines (rule text/heading-continuation).
    const statement = adjacent ? (statementContinuation.apply(adjacent) ?? headingContinuation.apply(adjacent)) : null;
    if (statement && previous) {
      previous.text = normalizePunctuation(statement);
      lastPrinted = text;
      continue;
    }
    // Whether a PDF line goes on is decided by the last printed line, not the paragraph joined so far
    // (a joined paragraph is always wider than the page).
    if (options.joinBrokenLines && previous && shouldJoin(lastPrinted, text, options.lineWidth)) {
      previous.text = normalizePunctuation(previous.text + text);
      lastPrinted = text;
      continue;
    }
    out.push({ line: source.line, text });
    lastContent = out.length - 1;
    lastPrinted = text;
  }
  if (invisible) invisibleChars.info(log, `${invisible} invisible character(s) removed (zero-width, BOM, soft hyphen)`, { line: invisibleFirst });
  return { lines: out, messages: log.messages };
}

/** Full-width digits, Latin letters and ％ become ASCII, as Chinese official documents print them (２０２５年 → 2025年). */
export function halfWidthAlphanumerics(text: string): string {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ％．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** One line's repairs: white space, stray spaces, digit and punctuation width. */
export function repairLine(text: string): string {
  return normalizePunctuation(removeStraySpaces(normalizeSpace(halfWidthAlphanumerics(text))));
}

