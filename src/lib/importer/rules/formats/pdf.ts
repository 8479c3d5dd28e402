import { defineRule } from '../rule';
import { pdfPageNumber } from '../text/pdf-page-number';

/**
 * The PDF reader's layout rules (formats/pdf.ts): how a page's positioned text items become the
 * derived text's lines, paragraphs, header lines and TAB rows. Geometry is in PDF points, y upwards
 * (a baseline's y); every distance threshold is in ems of the text's own font size, so that a
 * rule holds at any point size.
 */

/** A run of text as pdf.js places it: left x, baseline y, advance width, font size (all in points). */
export interface PdfItem {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A part of a line with no wide gap inside (a cell, or a field of a line printed in two places). */
export interface PdfSegment {
  text: string;
  x0: number;
  x1: number;
}

/** CJK characters and full-width punctuation: where two runs meet with no space between them. */
export const CJK_CHAR = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F\u2014\u2018\u2019\u201C\u201D\u2026]/;

// ---------------------------------------------------------------------------------------------
// Characters

/**
 * CJK Radicals Supplement code points that PDF writers (Chromium/Skia, Word) put in a font's
 * ToUnicode for the unified ideograph whose glyph they share (民 → ⺠, 长 → ⻓). Kangxi radicals
 * (U+2F00–U+2FD5: ⽅ → 方, ⼊ → 入) have compatibility decompositions and are folded by NFKC; these
 * have none, so they are listed (the Unicode radicals whose shape is a standalone character).
 * Hand-written: no npm package maps them (searched the registry lists for radical/kangxi).
 */
const RADICAL_SUPPLEMENT: Readonly<Record<string, string>> = {
  '⺁': '厂', '⺇': '几', '⺊': '卜', '⺌': '小', '⺎': '兀', '⺐': '尢', '⺒': '巳', '⺓': '幺', '⺛': '旡', '⺝': '月', '⺟': '母', '⺠': '民',
  '⺩': '王', '⺪': '疋', '⺬': '示', '⺮': '竹', '⺯': '糸', '⺰': '纟', '⺳': '网', '⺶': '羊', '⺻': '聿', '⺼': '月', '⺽': '臼', '⻁': '虎',
  '⻄': '西', '⻅': '见', '⻆': '角', '⻈': '讠', '⻉': '贝', '⻋': '车', '⻐': '金', '⻑': '長', '⻓': '长', '⻔': '门', '⻗': '雨', '⻘': '青',
  '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻠': '饣', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤',
  '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
};
const RADICALS = /[\u2E80-\u2EFF\u2F00-\u2FDF]/g;

export const pdfRadicals = defineRule<string, string>({
  id: 'formats/pdf-radicals',
  description:
    'Reads radical code points a PDF’s font maps its ideographs to (⽅ U+2F45 → 方, ⺠ U+2EA0 → 民), as Chromium and Word write them for glyphs a CJK font shares; text without them is left alone.',
  apply(text) {
    if (!RADICALS.test(text)) return null;
    return text.replace(RADICALS, (c) => RADICAL_SUPPLEMENT[c] ?? c.normalize('NFKC'));
  },
  examples: [
    { name: 'Kangxi radicals (NFKC)', input: '为深⼊贯彻⽅案', output: '为深入贯彻方案' },
    { name: 'radicals supplement (listed)', input: '全⺠科学素质⻓效机制', output: '全民科学素质长效机制' },
    { name: 'unified ideographs only', input: '全民科学素质行动方案', output: null },
  ],
});

// ---------------------------------------------------------------------------------------------
// Lines

/** Two items share a line when their baselines differ by at most this many ems (superscripts, mixed fonts). */
export const BASELINE_TOLERANCE_EM = 0.3;

export const pdfBaseline = defineRule<{ a: { y: number; size: number }; b: { y: number; size: number } }, true>({
  id: 'formats/pdf-baseline',
  description: `Puts two text items on one line when their baselines differ by at most ${BASELINE_TOLERANCE_EM} em of the smaller font (runs of another font, a raised bracket); further apart they are lines of their own.`,
  apply({ a, b }) {
    return Math.abs(a.y - b.y) <= BASELINE_TOLERANCE_EM * Math.min(a.size, b.size) ? true : null;
  },
  examples: [
    { name: 'same baseline', input: { a: { y: 700, size: 16 }, b: { y: 700, size: 16 } }, output: true },
    { name: 'at the tolerance (4.8 pt at 16 pt)', input: { a: { y: 700, size: 16 }, b: { y: 704.8, size: 16 } }, output: true },
    { name: 'just past it', input: { a: { y: 700, size: 16 }, b: { y: 704.9, size: 16 } }, output: null },
    { name: 'the next line (28.9 pt below)', input: { a: { y: 700, size: 16 }, b: { y: 671.1, size: 16 } }, output: null },
  ],
});

/**
 * A gap between two items of at least this many ems separates fields or table cells (kept apart);
 * narrower gaps are letter spacing or a word space. 0.6 em is where pdf.js itself ends a run
 * (SPACE_IN_FLOW_MAX_FACTOR: a narrower gap becomes a space inside the run), and a ruled cell's
 * padding and rule are wider.
 */
export const FIELD_GAP_EM = 0.6;
/** Between non-CJK runs (Latin, figures), a gap of at least this many ems is a word space. */
export const WORD_GAP_EM = 0.15;

/**
 * A line's items (sorted by x) joined into segments: no space between CJK characters (PDF writers
 * space and justify them; pdf.js turns a small gap into a space), a word space kept between Latin
 * words and figures, and a gap of FIELD_GAP_EM or more starting a new segment.
 */
export const pdfJoin = defineRule<readonly PdfItem[], PdfSegment[]>({
  id: 'formats/pdf-join',
  description: `Joins a line’s text items: CJK characters with no space between them whatever the letter spacing, a word space between Latin words or figures (gap ≥ ${WORD_GAP_EM} em), and a gap of ${FIELD_GAP_EM} em or more kept as a field or cell boundary.`,
  apply(items) {
    if (items.length === 0) return null;
    const segments: PdfSegment[] = [];
    let cur: PdfSegment | null = null;
    for (const item of items) {
      const text = cjkSpacesOut(item.text);
      if (cur) {
        const gap = item.x - cur.x1;
        const em = item.size;
        if (gap >= FIELD_GAP_EM * em) {
          segments.push(cur);
          cur = null;
        } else {
          const last = cur.text.at(-1) ?? '';
          const first = text.trimStart()[0] ?? '';
          const space = gap >= WORD_GAP_EM * em && !(CJK_CHAR.test(last) || CJK_CHAR.test(first)) && last !== ' ' && first !== ' ';
          cur.text = cjkSpacesOut(cur.text + (space ? ' ' : '') + text);
          cur.x1 = Math.max(cur.x1, item.x + item.width);
          continue;
        }
      }
      if (text.trim() === '') continue;
      cur = { text, x0: item.x, x1: item.x + item.width };
    }
    if (cur) segments.push(cur);
    for (const s of segments) s.text = s.text.trim();
    const kept = segments.filter((s) => s.text !== '');
    return kept.length ? kept : null;
  },
  examples: [
    {
      name: 'runs of several fonts, letter-spaced CJK',
      input: [
        { text: '为深', x: 100, y: 700, width: 32, size: 16 },
        { text: '入', x: 132, y: 700, width: 16, size: 16 },
        { text: '贯 彻', x: 152, y: 700, width: 40, size: 16 },
      ],
      output: [{ text: '为深入贯彻', x0: 100, x1: 192 }],
    },
    {
      name: 'a gap just under 0.6 em is not a field boundary',
      input: [
        { text: '实', x: 100, y: 700, width: 32, size: 32 },
        { text: '施', x: 151.1, y: 700, width: 32, size: 32 },
      ],
      output: [{ text: '实施', x0: 100, x1: 183.1 }],
    },
    {
      name: 'a gap of 0.6 em is two fields (two cells)',
      input: [
        { text: '序', x: 100, y: 700, width: 12, size: 12 },
        { text: '重点任务', x: 119.2, y: 700, width: 48, size: 12 },
      ],
      output: [
        { text: '序', x0: 100, x1: 112 },
        { text: '重点任务', x0: 119.2, x1: 167.2 },
      ],
    },
    {
      name: 'the print line of a 版记, far apart',
      input: [
        { text: '某县人民政府办公室', x: 100, y: 100, width: 126, size: 14 },
        { text: '2022年5月6日印发', x: 247, y: 100, width: 100, size: 14 },
      ],
      output: [
        { text: '某县人民政府办公室', x0: 100, x1: 226 },
        { text: '2022年5月6日印发', x0: 247, x1: 347 },
      ],
    },
    {
      name: 'a word space between Latin words',
      input: [
        { text: 'ABC', x: 100, y: 700, width: 24, size: 16 },
        { text: 'def', x: 128, y: 700, width: 24, size: 16 },
      ],
      output: [{ text: 'ABC def', x0: 100, x1: 152 }],
    },
    {
      name: 'an ideographic space is text',
      input: [{ text: '第一章　总体要求', x: 100, y: 700, width: 128, size: 16 }],
      output: [{ text: '第一章　总体要求', x0: 100, x1: 228 }],
    },
    { name: 'only spaces', input: [{ text: ' ', x: 100, y: 700, width: 4, size: 16 }], output: null },
  ],
});

/** Between segments of a line that is no table row, a gap of at least this many ems is kept as a space (两个字段); a narrower one between CJK characters is spacing. */
export const SPACE_KEPT_EM = 2;

/** A line's text from its segments (formats/pdf-join's FIELD_GAP_EM and SPACE_KEPT_EM). */
export function lineText(segments: readonly PdfSegment[], em: number): string {
  let out = segments[0]?.text ?? '';
  for (let i = 1; i < segments.length; i++) {
    const s = segments[i]!;
    const wide = s.x0 - segments[i - 1]!.x1 >= SPACE_KEPT_EM * em;
    out += wide || !(CJK_CHAR.test(out.at(-1)!) || CJK_CHAR.test(s.text[0]!)) ? ` ${s.text}` : s.text;
  }
  return out;
}

/**
 * Spaces between two CJK characters inside a run (letter spacing, as pdf.js renders a small gap)
 * are not text; an ideographic space U+3000 is a character the writer typed (第一章　总体要求) and stays.
 */
function cjkSpacesOut(text: string): string {
  return text.replace(new RegExp(`(?<=${CJK_CHAR.source})[ \\u00a0]+(?=${CJK_CHAR.source})`, 'g'), '');
}

/** Letter-spaced gaps must be this even: the widest at most this factor of the narrowest. */
export const LETTER_SPACING_EVENNESS = 1.5;
/** A letter-spaced line has at least this many characters (two fields of one character are not spacing). */
export const LETTER_SPACED_MIN = 3;

export const pdfLetterSpaced = defineRule<readonly PdfSegment[], PdfSegment>({
  id: 'formats/pdf-letter-spaced',
  description: `Joins a title printed with wide letter spacing (实  施  方  案): at least ${LETTER_SPACED_MIN} segments of one CJK character each, the gaps even (widest ≤ ${LETTER_SPACING_EVENNESS} × narrowest).`,
  apply(segments) {
    if (segments.length < LETTER_SPACED_MIN || !segments.every((s) => [...s.text].length === 1 && CJK_CHAR.test(s.text))) return null;
    const gaps = segments.slice(1).map((s, i) => s.x0 - segments[i]!.x1);
    if (Math.max(...gaps) > LETTER_SPACING_EVENNESS * Math.min(...gaps)) return null;
    return { text: segments.map((s) => s.text).join(''), x0: segments[0]!.x0, x1: segments.at(-1)!.x1 };
  },
  examples: [
    {
      name: 'four characters, even gaps',
      input: [
        { text: '实', x0: 100, x1: 122 },
        { text: '施', x0: 166, x1: 188 },
        { text: '方', x0: 232, x1: 254 },
        { text: '案', x0: 298, x1: 320 },
      ],
      output: { text: '实施方案', x0: 100, x1: 320 },
    },
    {
      name: 'uneven gaps (three one-character cells)',
      input: [
        { text: '是', x0: 100, x1: 116 },
        { text: '否', x0: 140, x1: 156 },
        { text: '无', x0: 300, x1: 316 },
      ],
      output: null,
    },
    { name: 'two characters', input: [{ text: '附', x0: 100, x1: 116 }, { text: '件', x0: 150, x1: 166 }], output: null },
  ],
});

// ---------------------------------------------------------------------------------------------
// Page furniture and the 版记

/** Page numbers are printed in the top or bottom band of the page, this share of its height. */
export const PAGE_NUMBER_BAND = 0.12;

export const pdfPageNumberLine = defineRule<{ text: string; y: number; pageHeight: number }, { page: number }>({
  id: 'formats/pdf-page-number',
  description: `Drops a page number printed in the top or bottom ${PAGE_NUMBER_BAND * 100}% of the page (— 1 —, - 1 -, 第1页: the forms of text/pdf-page-number); the same text in the body is kept.`,
  apply({ text, y, pageHeight }) {
    if (y > PAGE_NUMBER_BAND * pageHeight && y < (1 - PAGE_NUMBER_BAND) * pageHeight) return null;
    return pdfPageNumber.apply(text);
  },
  examples: [
    { name: 'em dashes at the foot', input: { text: '— 3 —', y: 40, pageHeight: 842 }, output: { page: 3 } },
    { name: '第1页 in the band', input: { text: '第1页', y: 101, pageHeight: 842 }, output: { page: 1 } },
    { name: 'just inside the body', input: { text: '- 1 -', y: 101.1, pageHeight: 842 }, output: null },
    { name: 'a date at the foot', input: { text: '2022年5月6日', y: 40, pageHeight: 842 }, output: null },
  ],
});

const DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;
const PRINT_LINE = new RegExp(`^(.*?)(${DATE.source})印发$`);

/**
 * The 版记 of a GB/T 9704 document: `抄送：…` and the print line, the printing office and the date
 * followed by 印发 (某县人民政府办公室    2022年5月6日印发). Read as header lines (`抄送：`,
 * `印发机关：`, `印发日期：`) that the header rules read before the body, so the 版记 is not body text.
 */
export const pdfColophon = defineRule<readonly PdfSegment[], string[]>({
  id: 'formats/pdf-colophon',
  description: 'Reads the 版记’s lines as header lines: 抄送：… and the print line (printing office, then the date followed by 印发) as 印发机关：… and 印发日期：….',
  apply(segments) {
    const text = segments.map((s) => s.text).join(' ').trim();
    if (/^抄\s*送\s*[:：]/.test(text)) return [`抄送：${text.replace(/^抄\s*送\s*[:：]\s*/, '')}`];
    const m = PRINT_LINE.exec(text.replace(/[\s\u3000]+/g, ''));
    if (!m) return null;
    const office = m[1]!;
    if (office && !/[政府办公室厅委会局部协]$/.test(office)) return null;
    return [...(office ? [`印发机关：${office}`] : []), `印发日期：${m[2]}`];
  },
  examples: [
    { name: '抄送', input: [{ text: '抄送：区委各部门，区人大常委会办公室。', x0: 90, x1: 400 }], output: ['抄送：区委各部门，区人大常委会办公室。'] },
    {
      name: 'the print line, office and date apart',
      input: [
        { text: '白沙区人民政府办公室', x0: 90, x1: 230 },
        { text: '2022年5月6日印发', x0: 400, x1: 500 },
      ],
      output: ['印发机关：白沙区人民政府办公室', '印发日期：2022年5月6日'],
    },
    { name: 'the print line in one run, ideographic spaces between', input: [{ text: '某市人民政府办公室　　　　2021年12月27日印发', x0: 90, x1: 500 }], output: ['印发机关：某市人民政府办公室', '印发日期：2021年12月27日'] },
    { name: 'a date in prose',  input: [{ text: '方案自2022年5月6日印发之日起施行。', x0: 90, x1: 400 }], output: null },
    { name: 'a signature date', input: [{ text: '2022年5月6日', x0: 400, x1: 500 }], output: null },
  ],
});

// ---------------------------------------------------------------------------------------------
// Paragraphs

/** A line reaches the right margin when it ends within this many ems of it. */
export const RIGHT_MARGIN_EM = 1;
/** A line starts at the left margin within this many ems; further in it is indented (首行缩进 is 2 em). */
export const LEFT_MARGIN_EM = 0.5;
/** A line starting further in than this many ems is centred or right-aligned (a title, a signature): a paragraph of its own. */
export const INDENT_MAX_EM = 3;

/** A heading's number at a line's start: 一、 （一） 第一部分 1. 1、 附件. */
export const HEADING_START = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[部分章节条]|\d{1,2}[.．、](?!\d)|附件)/;

export interface ParagraphLine {
  text: string;
  x0: number;
  x1: number;
  size: number;
}

export const pdfParagraph = defineRule<{ prev: ParagraphLine; next: ParagraphLine; left: number; right: number }, true>({
  id: 'formats/pdf-paragraph',
  description: `Continues a paragraph into the next line when the line reaches the right margin (within ${RIGHT_MARGIN_EM} em) and the next starts at the left margin (within ${LEFT_MARGIN_EM} em) in the same font size and is no heading; an indented line (首行缩进), a heading, or a line after a short one starts a paragraph; a line set in more than ${INDENT_MAX_EM} em (centred, right-aligned) stands alone.`,
  apply({ prev, next, left, right }) {
    const em = prev.size;
    if (Math.abs(prev.size - next.size) > 0.1 * em) return null;
    if (prev.x0 - left > INDENT_MAX_EM * em) return null;
    if (prev.x1 < right - RIGHT_MARGIN_EM * em) return null;
    if (Math.abs(next.x0 - left) > LEFT_MARGIN_EM * em) return null;
    if (HEADING_START.test(next.text)) return null;
    return true;
  },
  examples: [
    {
      name: 'a full line, then one at the margin',
      input: { prev: { text: '为深入贯彻落实', x0: 100, x1: 500, size: 16 }, next: { text: '（2021—2035年）》', x0: 100, x1: 300, size: 16 }, left: 100, right: 500 },
      output: true,
    },
    {
      name: 'ending exactly 1 em short still reaches the margin',
      input: { prev: { text: '…', x0: 100, x1: 484, size: 16 }, next: { text: '…', x0: 100, x1: 300, size: 16 }, left: 100, right: 500 },
      output: true,
    },
    {
      name: 'ending more than 1 em short ends the paragraph',
      input: { prev: { text: '…', x0: 100, x1: 483.9, size: 16 }, next: { text: '…', x0: 100, x1: 300, size: 16 }, left: 100, right: 500 },
      output: null,
    },
    {
      name: 'the next line indented 2 em (首行缩进)',
      input: { prev: { text: '…', x0: 100, x1: 500, size: 16 }, next: { text: '同时也要看到', x0: 132, x1: 500, size: 16 }, left: 100, right: 500 },
      output: null,
    },
    {
      name: 'the next line a heading',
      input: { prev: { text: '…', x0: 100, x1: 500, size: 16 }, next: { text: '一、总体要求', x0: 100, x1: 200, size: 16 }, left: 100, right: 500 },
      output: null,
    },
    {
      name: 'a right-aligned signature line',
      input: { prev: { text: '某县人民政府办公室', x0: 340, x1: 500, size: 16 }, next: { text: '2022年5月6日', x0: 100, x1: 200, size: 16 }, left: 100, right: 500 },
      output: null,
    },
    {
      name: 'a title line in a larger size',
      input: { prev: { text: '某县全民科学素质行动', x0: 100, x1: 500, size: 22 }, next: { text: '实施方案', x0: 100, x1: 200, size: 16 }, left: 100, right: 500 },
      output: null,
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// Tables

/** A table starts at a line of at least this many segments (its header row). */
export const TABLE_MIN_COLUMNS = 3;
/** …and at least this many lines of two or more segments (the header and a row): a justified line alone is no table. */
export const TABLE_MIN_ROWS = 2;
/** A segment is in a column when it starts at most this many ems left of the column's start. */
export const COLUMN_TOLERANCE_EM = 1;
/** Within a table, a line further below the line above than this factor × the table's closest line pitch starts a new row (a cell's own lines are closer). */
export const ROW_PITCH_FACTOR = 1.15;

export interface TableLine {
  y: number;
  size: number;
  segments: PdfSegment[];
}

/** The column a segment starts in, by the header's column starts; -1 left of the first. */
export function columnOf(x0: number, starts: readonly number[], em: number): number {
  let k = -1;
  for (let i = 0; i < starts.length; i++) if (x0 >= starts[i]! - COLUMN_TOLERANCE_EM * em) k = i;
  return k;
}

/**
 * A ruled table rebuilt from its text: the header's segments give the columns' starts; each line's
 * segments go to the column they start in; lines closer than ROW_PITCH_FACTOR × the closest pitch
 * are one row (a cell's wrapped lines, joined); a line of one segment spanning the columns (a
 * section row, 青少年科学素质提升行动) is a row of one cell, written without TABs.
 */
export const pdfTable = defineRule<readonly TableLine[], string[]>({
  id: 'formats/pdf-table',
  description: `Rebuilds a table from column positions: a header of ≥ ${TABLE_MIN_COLUMNS} segments gives the columns (a segment belongs to the last column starting ≤ ${COLUMN_TOLERANCE_EM} em right of it), lines closer than ${ROW_PITCH_FACTOR} × the closest line pitch are one row, a cell’s lines joined; one TAB row per row.`,
  apply(lines) {
    const head = lines[0];
    if (!head || head.segments.length < TABLE_MIN_COLUMNS || lines.filter((l) => l.segments.length >= 2).length < TABLE_MIN_ROWS) return null;
    const em = head.size;
    const starts = head.segments.map((s) => s.x0);
    const pitches = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((p) => p > 0);
    const closest = pitches.length ? Math.min(...pitches) : Infinity;
    // No pitch wider than the closest: no cell wraps, every line is a row.
    const wraps = pitches.some((p) => p > ROW_PITCH_FACTOR * closest);
    const out: string[] = [];
    let row: string[][] | null = null;
    const flush = () => {
      if (row) out.push(row.map((parts) => joinCell(parts)).join('\t'));
      row = null;
    };
    lines.forEach((line, i) => {
      const pitch = i === 0 ? Infinity : lines[i - 1]!.y - line.y;
      const spanning = line.segments.length === 1 && columnOf(line.segments[0]!.x0, starts, em) === 0 && starts.length > 1 && line.segments[0]!.x1 > starts[1]! + COLUMN_TOLERANCE_EM * em;
      if (spanning) {
        flush();
        out.push(line.segments[0]!.text);
        return;
      }
      if (!row || !wraps || pitch < 0 || pitch > ROW_PITCH_FACTOR * closest) {
        flush();
        row = starts.map(() => []);
      }
      for (const s of line.segments) row[Math.max(0, columnOf(s.x0, starts, em))]!.push(s.text);
    });
    flush();
    return out;
  },
  examples: [
    {
      name: 'a header, a row with a wrapped cell, a section row',
      input: [
        { y: 500, size: 12, segments: [{ text: '序号', x0: 100, x1: 124 }, { text: '工作任务', x0: 140, x1: 188 }, { text: '牵头单位', x0: 300, x1: 348 }] },
        { y: 478, size: 12, segments: [{ text: '青少年科学素质提升行动', x0: 100, x1: 232 }] },
        { y: 456, size: 12, segments: [{ text: '1', x0: 100, x1: 106 }, { text: '推动校内外科学教育资源', x0: 140, x1: 272 }, { text: '县科协', x0: 300, x1: 336 }] },
        { y: 438, size: 12, segments: [{ text: '有效衔接', x0: 140, x1: 188 }] },
        { y: 416, size: 12, segments: [{ text: '2', x0: 100, x1: 106 }, { text: '实施工程', x0: 140, x1: 188 }] },
      ],
      output: ['序号\t工作任务\t牵头单位', '青少年科学素质提升行动', '1\t推动校内外科学教育资源有效衔接\t县科协', '2\t实施工程\t'],
    },
    {
      name: 'no cell wraps: every line a row',
      input: [
        { y: 500, size: 12, segments: [{ text: '指标', x0: 100, x1: 124 }, { text: '2020年', x0: 300, x1: 340 }, { text: '2025年', x0: 400, x1: 440 }] },
        { y: 478, size: 12, segments: [{ text: '科普教育基地（个）', x0: 100, x1: 208 }, { text: '56', x0: 300, x1: 312 }, { text: '80', x0: 400, x1: 412 }] },
        { y: 456, size: 12, segments: [{ text: '科普中国e站（个）', x0: 100, x1: 200 }, { text: '320', x0: 300, x1: 318 }, { text: '500', x0: 400, x1: 418 }] },
      ],
      output: ['指标\t2020年\t2025年', '科普教育基地（个）\t56\t80', '科普中国e站（个）\t320\t500'],
    },
    {
      name: 'a justified line of spaced words alone is no table',
      input: [{ y: 500, size: 16, segments: [{ text: '第', x0: 100, x1: 116 }, { text: '一', x0: 140, x1: 156 }, { text: '章', x0: 180, x1: 196 }] }, { y: 471, size: 16, segments: [{ text: '总体要求……3', x0: 100, x1: 300 }] }],
      output: null,
    },
    {
      name: 'two segments are no table header',
      input: [{ y: 500, size: 12, segments: [{ text: '某县人民政府办公室', x0: 100, x1: 200 }, { text: '2022年5月6日印发', x0: 300, x1: 400 }] }],
      output: null,
    },
  ],
});

/** A cell's lines joined: no space between CJK characters, one space otherwise (dom-text's joinCellParts does the same for HTML cells). */
function joinCell(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    if (out && !(CJK_CHAR.test(out.at(-1)!) || CJK_CHAR.test(part[0]!))) out += ' ';
    out += part;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Refusals

export const pdfNoText = defineRule<{ pages: number; textItems: number; images: number }, string>({
  id: 'formats/pdf-no-text',
  description: 'Refuses a PDF without a text layer (a scan: images and no text): its text needs OCR first, and nothing is imported from it.',
  apply({ pages, textItems, images }) {
    if (textItems > 0) return null;
    return images > 0
      ? `PDF 无文字层（${pages} 页，共 ${images} 幅图像，无文字）：为扫描件，需先经 OCR 识别出文字再导入`
      : `PDF 无文字层（${pages} 页，无文字也无图像）：无可导入的文本`;
  },
  examples: [
    { name: 'a one-page scan', input: { pages: 1, textItems: 0, images: 1 }, output: 'PDF 无文字层（1 页，共 1 幅图像，无文字）：为扫描件，需先经 OCR 识别出文字再导入' },
    { name: 'a page with text', input: { pages: 1, textItems: 1, images: 1 }, output: null },
  ],
});

export const pdfUnreadable = defineRule<{ name: string; message: string }, string>({
  id: 'formats/pdf-unreadable',
  description: 'Refuses a PDF pdf.js cannot open (encrypted with a password, damaged, not a PDF), saying what pdf.js said.',
  apply({ name, message }) {
    if (!name && !message) return null;
    const what = name === 'PasswordException' ? 'PDF 已加密，需要密码' : name === 'InvalidPDFException' ? 'PDF 已损坏或不是 PDF 文件' : 'PDF 无法读取';
    return `${what}（pdf.js：${name ? `${name}: ` : ''}${message}）`;
  },
  examples: [
    { name: 'encrypted', input: { name: 'PasswordException', message: 'No password given' }, output: 'PDF 已加密，需要密码（pdf.js：PasswordException: No password given）' },
    { name: 'damaged', input: { name: 'InvalidPDFException', message: 'Invalid PDF structure.' }, output: 'PDF 已损坏或不是 PDF 文件（pdf.js：InvalidPDFException: Invalid PDF structure.）' },
    { name: 'nothing said', input: { name: '', message: '' }, output: null },
  ],
});
