import { numberValue } from '../../structure/numbering';
import { defineRule } from '../rule';

/**
 * Dates as plans and web pages print them, read to ISO (YYYY-MM-DD). A date that does not exist
 * (2022-13-45, 2022-02-30) is never produced: the parts are checked by a round trip through
 * Date.UTC (considered: date-fns / dayjs parse; one round trip is all that is needed here).
 */

/** The ISO date of y-m-d, or null when no such day exists. */
export function validDate(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || y < 1949 || y > 2100) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return t.toISOString().slice(0, 10);
}

const ARABIC = /(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?|[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})(?!\d))/;

export const dateArabic = defineRule<string, string>({
  id: 'meta/date-arabic',
  description: 'Reads a date in Arabic digits (2022年1月7日, 2022年01月07日 16:20, 2022-02-14, 2022.2.14, 2022/2/14); an impossible date is not read.',
  apply(text) {
    const m = ARABIC.exec(text);
    if (!m) return null;
    return validDate(Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5]));
  },
  examples: [
    { name: 'Chinese date', input: '2022年5月6日', output: '2022-05-06' },
    { name: 'zero-padded with a time', input: '发布时间:2022年01月07日 16:20', output: '2022-01-07' },
    { name: 'ISO', input: '2022-02-14', output: '2022-02-14' },
    { name: 'dotted', input: '2021.12.3', output: '2021-12-03' },
    { name: 'month 13 does not exist', input: '2022-13-45', output: null },
    { name: 'February 30 does not exist', input: '2022年2月30日', output: null },
    { name: 'a year alone', input: '到2025年', output: null },
  ],
});

const CN_DIGIT: Record<string, number> = { '〇': 0, '○': 0, '零': 0, 'Ｏ': 0, 'O': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };
const CN_DATE = /([〇○零Ｏ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,4})\s*日/;

export const dateChineseNumerals = defineRule<string, string>({
  id: 'meta/date-chinese-numerals',
  description: 'Reads a signature date written in Chinese numerals (二〇二二年三月十日, with 〇 or ○ for zero); an impossible date is not read.',
  apply(text) {
    const m = CN_DATE.exec(text);
    if (!m) return null;
    const year = Number([...m[1]!].map((c) => CN_DIGIT[c]).join(''));
    // Month and day are read by the numbering grammar's numeral reader (十二 → 12, 三十一 → 31).
    return validDate(year, numberValue(m[2]!) ?? NaN, numberValue(m[3]!) ?? NaN);
  },
  examples: [
    { name: 'with 〇 (U+3007)', input: '二〇二二年三月十日', output: '2022-03-10' },
    { name: 'with ○ (U+25CB)', input: '二○二二年三月十日', output: '2022-03-10' },
    { name: 'two-digit month and day', input: '二〇二二年十二月三十一日', output: '2022-12-31' },
    { name: 'day twenty', input: '二〇二一年十一月二十日', output: '2021-11-20' },
    { name: 'no such day', input: '二〇二二年二月三十日', output: null },
    { name: 'Arabic digits are the other rule', input: '2022年3月10日', output: null },
  ],
});

/** A date in either notation, or null. */
export function readDate(text: string): string | null {
  return dateArabic.apply(text) ?? dateChineseNumerals.apply(text);
}

/** A line that is only a date (a signature date line), in either notation. */
export const DATE_LINE = /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零Ｏ一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,4}\s*日)$/;
