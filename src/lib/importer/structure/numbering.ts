/**
 * The one numbering grammar of Chinese official documents (GB/T 9704 and local practice), read by
 * the outline, the PDF line repair, the department readers and the synthetic plans:
 *   第一部分 / 第一章 / 第一篇  >  第一节  >  一、  >  （一）  >  1. 1． 1、  >  （1）  >  ①
 * Written by hand: no library parses this numbering (considered: none on npm beyond Chinese
 * numeral converters such as `nzh`, which would cover only numberValue).
 */

export type NumberKind = 'part' | 'part-section' | 'cn' | 'cn-paren' | 'arabic' | 'arabic-paren' | 'circled';

/** Outline rank of each kind: a smaller rank is a higher level. */
export const KIND_RANK: Record<NumberKind, number> = { part: -2, 'part-section': -1, cn: 0, 'cn-paren': 1, arabic: 2, 'arabic-paren': 3, circled: 4 };

/** The Chinese numerals an outline number, an annex label or a date's month and day is written with. */
export const CN_NUMERALS = '一二三四五六七八九十';
const CN_NUMERAL = `[${CN_NUMERALS}]{1,3}`;

/** Each kind's pattern; group 1 is the number as printed. */
export const NUMBER_PATTERNS: readonly (readonly [NumberKind, RegExp])[] = [
  // 第一部分 / 第一章: a level above 一、 in longer plans; the space after it is not part of the number.
  ['part', new RegExp(`^(第${CN_NUMERAL}(?:部分|章|篇))(?!程)[\\s\\u3000]*`)],
  // 一、 (also 一. and 一． where a source typed the stop in ASCII or full width).
  // 第一节: the level between 第一章 and 一、 in plans laid out as a book.
  ['part-section', new RegExp(`^(第${CN_NUMERAL}节)(?!约)[\\s\\u3000]*`)],
  ['cn', new RegExp(`^(${CN_NUMERAL}[、.．])(?!\\d)`)],
  ['cn-paren', new RegExp(`^([（(]${CN_NUMERAL}[)）])`)],
  // 1.2万人次 is a number, not item 1: a digit after the dot is never a numbering.
  ['arabic', /^(\d{1,2}[.．、])(?!\d)/],
  ['arabic-paren', /^([（(]\d{1,2}[)）])/],
  ['circled', /^([\u2460-\u2473])/],
];

export interface ParsedNumber {
  kind: NumberKind;
  /** The number as printed (after punctuation repair), e.g. "（一）", "1.". */
  number: string;
  /** The text after the number. */
  rest: string;
}

/** The numbering a line opens with, or null. */
export function parseNumber(text: string): ParsedNumber | null {
  for (const [kind, re] of NUMBER_PATTERNS) {
    const m = re.exec(text);
    if (m) return { kind, number: m[1]!, rest: text.slice(m[0].length) };
  }
  return null;
}

/** Does the line open with a numbering of one of `kinds` (一、 is 'cn', 第一章 is 'part')? */
export function startsWithKind(text: string, ...kinds: NumberKind[]): boolean {
  const n = parseNumber(text);
  return n !== null && kinds.includes(n.kind);
}

/** Is the whole text a number of one of `kinds`, nothing after it (一. before a sentence's full stop)? */
export function isNumberOnly(text: string, ...kinds: NumberKind[]): boolean {
  const n = parseNumber(text);
  return n !== null && n.rest === '' && kinds.includes(n.kind);
}

/** A line that opens an outline item: any numbering above, or a —— dash item (PDF repair). */
export function opensItem(text: string): boolean {
  return parseNumber(text) !== null || /^(——|一一)/.test(text);
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十 → 10, 十二 → 12, 二十三 → 23; 3. → 3; （4） → 4; ② → 2; 第三部分 → 3. */
export function numberValue(printed: string): number | null {
  const arabic = /\d+/.exec(printed);
  if (arabic) return Number(arabic[0]);
  const circled = /[\u2460-\u2473]/.exec(printed);
  if (circled) return circled[0].charCodeAt(0) - 0x2460 + 1;
  const cn = new RegExp(`[${CN_NUMERALS}]+`).exec(printed)?.[0];
  if (!cn) return null;
  if (!cn.includes('十')) return CN_DIGITS[cn] ?? null;
  const [tens, ones] = cn.split('十');
  return (tens ? (CN_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (CN_DIGITS[ones] ?? 0) : 0);
}

/** A numbering at the start of a cell or list item, with the spaces around it (annex rows: "1.加强…"). */
export const LEADING_NUMBER = new RegExp(`^\\s*((?:\\d+|[${CN_NUMERALS}]+)[.．、](?!\\d)|[（(](?:\\d+|[${CN_NUMERALS}]+)[）)]|[\\u2460-\\u2473])\\s*`);
/** The number of an annex label, 附件1 or 附件一 (or none): a pattern to embed. */
export const ANNEX_NUMBER = `[\\d${CN_NUMERALS}]*`;
