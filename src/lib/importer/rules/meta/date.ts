import { CN_NUMERALS, numberValue } from '../../structure/numbering';
import { defineRule } from '../rule';

/**
 * THE date grammar of the importer: dates as plans and web pages print them, read to ISO
 * (YYYY-MM-DD). Every other module that needs to see or read a date imports it from here
 * (DATE_TEXT, DATE_LINE, readDate). A date that does not exist (2022-13-45, 2022-02-30) is never
 * produced: the parts are checked by a round trip through Date.UTC (considered: date-fns / dayjs
 * parse; they read neither Chinese numerals nor lost centuries, and one round trip is all that is
 * needed here).
 */

/**
 * The years a plan or its page can be dated: none before the People's Republic (1949), none after
 * 2100. Four digits outside them are another number (a serial 1234-56-78), not a date.
 */
export const FIRST_YEAR = 1949;
export const LAST_YEAR = 2100;

/** The ISO date of y-m-d, or null when no such day exists. */
export function validDate(y: number, m: number, d: number): string | null {
  if (y < FIRST_YEAR || y > LAST_YEAR) return null;
  // The round trip also refuses NaN and fractions (Date.UTC truncates them, so they do not come back).
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return t.toISOString().slice(0, 10);
}

const ARABIC = /(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?|[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})(?!\d))/;

export const dateArabic = defineRule<string, string>({
  id: 'meta/date-arabic',
  description: 'Reads a date in Arabic digits (2022年1月7日, 2022年01月07日 16:20, 2022-02-14, 2016-07-08 00:00, 2022.2.14, 2022/2/14); an impossible date is not read.',
  apply(text) {
    const m = ARABIC.exec(text);
    if (!m) return null;
    return validDate(Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5]));
  },
  examples: [
    { name: 'Chinese date', input: '2022年5月6日', output: '2022-05-06' },
    { name: 'zero-padded with a time', input: '发布时间:2022年01月07日 16:20', output: '2022-01-07' },
    { name: 'ISO', input: '2022-02-14', output: '2022-02-14' },
    { name: 'ISO with a time (a portal’s [发布日期])', input: '2016-07-08 00:00', output: '2016-07-08' },
    { name: 'dotted', input: '2021.12.3', output: '2021-12-03' },
    { name: 'month 13 does not exist', input: '2022-13-45', output: null },
    { name: 'February 30 does not exist', input: '2022年2月30日', output: null },
    { name: 'a year alone', input: '到2025年', output: null },
    { name: 'the first year read', input: '1949-10-01', output: '1949-10-01' },
    { name: 'a year before the first is not a date', input: '1948-12-31', output: null },
    { name: 'the last year read', input: '2100-12-31', output: '2100-12-31' },
    { name: 'a year after the last is not a date', input: '2101-01-01', output: null },
  ],
});

/**
 * The characters printed for zero in a year of Chinese numerals: 〇 (U+3007) as the standard
 * writes it, and what typists and converters put in its place: ○ (U+25CB), ◯, 零, Ｏ, O, the Greek
 * capital omicron Ο (U+039F) and the Cyrillic О (U+041E).
 */
export const CN_ZERO = '〇○◯零ＯOΟО';
const CN_DIGIT_CLASS = `[${CN_ZERO}一二三四五六七八九]`;
const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, ...Object.fromEntries([...CN_ZERO].map((c) => [c, 0])) };
const CN_MONTH_DAY = String.raw`\s*年\s*([${CN_NUMERALS}]{1,3})\s*月\s*([${CN_NUMERALS}]{1,4})\s*日`;
const CN_DATE = new RegExp(`(${CN_DIGIT_CLASS}{4})${CN_MONTH_DAY}`);
/** A year of two Chinese digits: 一二年一月十二日, printed where 二〇 was lost. */
const CN_LOST_CENTURY = new RegExp(`(?<!${CN_DIGIT_CLASS})(${CN_DIGIT_CLASS}{2})${CN_MONTH_DAY}`);
const cnYear = (digits: string) => Number([...digits].map((c) => CN_DIGIT[c]).join(''));

export const dateChineseNumerals = defineRule<string, string>({
  id: 'meta/date-chinese-numerals',
  description: 'Reads a date written in Chinese numerals (二〇二二年三月十日; zero as 〇, ○, Ο, О or Ｏ); an impossible date is not read.',
  apply(text) {
    const m = CN_DATE.exec(text);
    if (!m) return null;
    // Month and day are read by the numbering grammar's numeral reader (十二 → 12, 三十一 → 31).
    return validDate(cnYear(m[1]!), numberValue(m[2]!) ?? NaN, numberValue(m[3]!) ?? NaN);
  },
  examples: [
    { name: 'with 〇 (U+3007)', input: '二〇二二年三月十日', output: '2022-03-10' },
    { name: 'with ○ (U+25CB)', input: '二○一一年十一月七日', output: '2011-11-07' },
    { name: 'with a Greek capital omicron Ο (U+039F)', input: '二Ο二二年八月三十日', output: '2022-08-30' },
    { name: 'with a Cyrillic О (U+041E)', input: '二О二一年五月六日', output: '2021-05-06' },
    { name: 'two-digit month and day', input: '二〇二二年十二月三十一日', output: '2022-12-31' },
    { name: 'no such day', input: '二〇二二年二月三十日', output: null },
    { name: 'Arabic digits are the other rule', input: '2022年3月10日', output: null },
    { name: 'a year with its century lost is the other rule', input: '一二年一月十二日', output: null },
  ],
});

/**
 * A date whose year lost its first two digits (一二年一月十二日: 二〇 dropped). The century is not
 * guessed: it is settled only by a year the document states elsewhere (its number's 〔2012〕),
 * when that year ends in the two digits printed. Without it the rule does not fire and the caller
 * says so in a message.
 */
export const dateLostCentury = defineRule<{ text: string; knownYear: number | null }, string>({
  id: 'meta/date-lost-century',
  description: 'Reads a date in Chinese numerals whose year lost two digits (一二年一月十二日) only when a year the document states (its number’s 〔2012〕) ends in the digits printed.',
  apply({ text, knownYear }) {
    // Two digits not preceded by a third: a whole year (二〇一二年) never matches here.
    const m = CN_LOST_CENTURY.exec(text);
    if (!m || knownYear === null || knownYear % 100 !== cnYear(m[1]!)) return null;
    return validDate(knownYear, numberValue(m[2]!) ?? NaN, numberValue(m[3]!) ?? NaN);
  },
  examples: [
    { name: 'the number’s year settles it', input: { text: '一二年一月十二日', knownYear: 2012 }, output: '2012-01-12' },
    { name: 'no year to settle it', input: { text: '一二年一月十二日', knownYear: null }, output: null },
    { name: 'a year that does not end in the digits', input: { text: '一二年一月十二日', knownYear: 2013 }, output: null },
    { name: 'a whole year is the other rule', input: { text: '二〇一二年一月十二日', knownYear: 2012 }, output: null },
    { name: 'no date in Chinese numerals', input: { text: '2012年1月12日', knownYear: 2012 }, output: null },
  ],
});

/** Is a year of two Chinese digits printed (a lost century)? For the message when it cannot be settled. */
export const hasLostCentury = (text: string) => !CN_DATE.test(text) && CN_LOST_CENTURY.test(text);

/** Beijing time, the time of every date the pages print (China has kept one offset since 1991). */
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

export const dateTimestamp = defineRule<string, string>({
  id: 'meta/date-timestamp',
  description: 'Reads a field whose whole value is a Unix time in milliseconds (13 digits, as page scripts store 成文日期) as the day in Beijing time.',
  apply(text) {
    const t = text.trim();
    if (!/^\d{13}$/.test(t)) return null;
    const d = new Date(Number(t) + CHINA_OFFSET_MS);
    return validDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  },
  examples: [
    { name: 'midnight in Beijing is the same day', input: '1659974400000', output: '2022-08-09' },
    { name: 'late evening UTC is the next day in Beijing', input: '1660060800000', output: '2022-08-10' },
    { name: 'an index number is not a time', input: '11346509/2012-1563602', output: null },
    { name: 'seconds (10 digits) are not read', input: '1659974400', output: null },
    { name: 'a field with spaces around it', input: ' 1659974400000 ', output: '2022-08-09' },
    { name: '14 digits are not a time', input: '16599744000001', output: null },
    { name: 'digits inside other text are not a whole field', input: 'ID1659974400000', output: null },
  ],
});

/** A date in any notation a whole field or line can carry, or null. A lost century is read by dateLostCentury with its evidence. */
export function readDate(text: string): string | null {
  return dateArabic.apply(text) ?? dateChineseNumerals.apply(text) ?? dateTimestamp.apply(text);
}

/** A date as printed in a signature, in any notation (a lost century included, so the signature is found; reading it needs its evidence). */
/** A date in Arabic digits with 年月日 (2022年3月10日), spaces allowed: a pattern to embed. */
export const DATE_YMD = String.raw`\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日`;
/** A date in Arabic digits with any separator a page prints (2023-05-12, 2023.5.12, 2023/5/12, 2023年5月12日): a pattern to embed. */
export const DATE_NUMERIC = String.raw`\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?`;
export const DATE_TEXT = String.raw`${DATE_YMD}|${CN_DIGIT_CLASS}{2}(?:${CN_DIGIT_CLASS}{2})?${CN_MONTH_DAY.replace(/[()]/g, '')}`;
/** A line that is only a date (a signature date line), in any notation. */
export const DATE_LINE = new RegExp(`^(?:${DATE_TEXT})$`);
