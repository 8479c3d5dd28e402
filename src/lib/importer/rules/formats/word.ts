import { defineRule } from '../rule';
import { joinCellParts } from '../../formats/dom-text';

/**
 * Rules of the Word readers (formats/docx.ts, formats/doc.ts): what they rebuild (list numbers,
 * table rows), what they leave out (notes, comments, images, text boxes) and files whose name says
 * one Word format while the bytes are the other.
 */

/** The first bytes of an OLE compound file (.doc, .wps, .xls) and of a zip (.docx, .ofd). */
export const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0] as const;
export const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;

export type WordContainer = 'ole' | 'zip' | 'other';

export function containerOf(head: ArrayLike<number>): WordContainer {
  const is = (m: readonly number[]) => m.every((b, i) => head[i] === b);
  return is(OLE_MAGIC) ? 'ole' : is(ZIP_MAGIC) ? 'zip' : 'other';
}

export const wordMislabelled = defineRule<{ extension: 'docx' | 'doc'; head: number[] }, 'docx' | 'doc'>({
  id: 'formats/word-mislabelled',
  description: 'A .docx whose bytes are an old binary Word file (OLE header D0 CF 11 E0), or a .doc that is really a .docx (zip header PK): read by its content, with a warning (sites rename files freely).',
  apply({ extension, head }) {
    const c = containerOf(head);
    if (extension === 'docx' && c === 'ole') return 'doc';
    if (extension === 'doc' && c === 'zip') return 'docx';
    return null;
  },
  examples: [
    { name: 'a .docx with an OLE header', input: { extension: 'docx', head: [0xd0, 0xcf, 0x11, 0xe0] }, output: 'doc' },
    { name: 'a .doc with a zip header', input: { extension: 'doc', head: [0x50, 0x4b, 0x03, 0x04] }, output: 'docx' },
    { name: 'a .docx that is a zip', input: { extension: 'docx', head: [0x50, 0x4b, 0x03, 0x04] }, output: null },
    { name: 'a .doc that is OLE', input: { extension: 'doc', head: [0xd0, 0xcf, 0x11, 0xe0] }, output: null },
  ],
});

export interface LevelNumber {
  /** `w:lvlText`, e.g. `%1、`, `（%2）`, `%1.%2`. */
  lvlText: string;
  /** For each level 1..9 referenced, the number as its own numFmt prints it (already formatted). */
  numbers: string[];
}

export const docxListNumbers = defineRule<LevelNumber, string>({
  id: 'formats/docx-list-numbers',
  description: 'Puts back the number Word prints before an auto-numbered paragraph (一、 （一） 1. ①), rebuilt from word/numbering.xml: converters drop it, and a plan\'s outline is numbered this way.',
  apply({ lvlText, numbers }) {
    const text = lvlText.replace(/%([1-9])/g, (_, d: string) => numbers[Number(d) - 1] ?? '');
    return text.trim() ? text : null;
  },
  examples: [
    { name: '一、 (chineseCounting, %1、)', input: { lvlText: '%1、', numbers: ['一'] }, output: '一、' },
    { name: '（三） at the second level', input: { lvlText: '（%2）', numbers: ['二', '三'] }, output: '（三）' },
    { name: '2.1 from two levels', input: { lvlText: '%1.%2', numbers: ['2', '1'] }, output: '2.1' },
    { name: 'a level that prints nothing', input: { lvlText: '', numbers: ['1'] }, output: null },
  ],
});

export interface DroppedParts {
  footnotes: number;
  endnotes: number;
  comments: number;
}

export const wordNotes = defineRule<DroppedParts, DroppedParts>({
  id: 'formats/word-notes',
  description: 'Footnotes, endnotes and comments of a Word file are left out of the derived text (with their reference marks): they are not text of the plan\'s body, and placed at the end they would read as an annex.',
  apply(parts) {
    return parts.footnotes + parts.endnotes + parts.comments > 0 ? parts : null;
  },
  examples: [
    { name: 'two footnotes', input: { footnotes: 2, endnotes: 0, comments: 0 }, output: { footnotes: 2, endnotes: 0, comments: 0 } },
    { name: 'none', input: { footnotes: 0, endnotes: 0, comments: 0 }, output: null },
  ],
});

/** Below this many characters of text, a Word file with pictures is taken as pictures of the plan (a scan pasted into Word). */
export const IMAGE_ONLY_MAX_CHARS = 200;

export const wordImages = defineRule<{ images: number; textChars: number }, 'image-only' | 'images-left-out'>({
  id: 'formats/word-images',
  description: `Pictures in a Word file are not read (no OCR). With pictures and under ${IMAGE_ONLY_MAX_CHARS} characters of text the file is refused as a scan pasted into Word; otherwise the pictures are left out with a note.`,
  apply({ images, textChars }) {
    if (images === 0) return null;
    return textChars < IMAGE_ONLY_MAX_CHARS ? 'image-only' : 'images-left-out';
  },
  examples: [
    { name: 'twelve page scans and no text', input: { images: 12, textChars: 0 }, output: 'image-only' },
    { name: 'at the boundary: just enough text', input: { images: 3, textChars: IMAGE_ONLY_MAX_CHARS }, output: 'images-left-out' },
    { name: 'a plan with a logo', input: { images: 1, textChars: 20000 }, output: 'images-left-out' },
    { name: 'no pictures', input: { images: 0, textChars: 10 }, output: null },
  ],
});

export const wordTextBoxes = defineRule<{ textBoxes: number; kept: boolean }, number>({
  id: 'formats/word-text-boxes',
  description: 'Text boxes float beside the body: a .docx\'s are read where they are anchored (their place in the reading order is uncertain); a .doc\'s are stored apart and left out.',
  apply({ textBoxes }) {
    return textBoxes > 0 ? textBoxes : null;
  },
  examples: [
    { name: 'a red-header text box', input: { textBoxes: 1, kept: true }, output: 1 },
    { name: 'none', input: { textBoxes: 0, kept: false }, output: null },
  ],
});

export const docxNotWord = defineRule<{ entries: string[] }, 'ofd' | 'not-word'>({
  id: 'formats/docx-not-word',
  description: 'A .docx that is a zip without word/document.xml is not a Word document: an OFD (it holds OFD.xml) or another package; refused with what to do.',
  apply({ entries }) {
    if (entries.includes('word/document.xml')) return null;
    return entries.some((e) => /(^|\/)OFD\.xml$/i.test(e)) ? 'ofd' : 'not-word';
  },
  examples: [
    { name: 'a Word package', input: { entries: ['[Content_Types].xml', 'word/document.xml'] }, output: null },
    { name: 'an OFD renamed .docx', input: { entries: ['OFD.xml', 'Doc_0/Document.xml'] }, output: 'ofd' },
    { name: 'a spreadsheet renamed .docx', input: { entries: ['xl/workbook.xml'] }, output: 'not-word' },
  ],
});

/** The most paragraphs one .doc table cell is taken to hold past the first: more lines without a row mark end the table. */
export const MAX_CELL_PARAGRAPHS = 3;

/**
 * A .doc's table as word-extractor gives it: each cell ends with a TAB (Word's cell mark), each
 * row with a TAB and a line break (the row mark, sprmPFTtp); a paragraph break inside a cell is a
 * line break too, indistinguishable from one outside the table (unless the reader marked it from
 * the paragraph's sprmPFInTable, as formats/doc.ts does). Rows are rebuilt from these marks: a line ending in the cell mark closes a row; the lines
 * before it are the row's earlier cells when they follow a row of the same table (at most
 * MAX_CELL_PARAGRAPHS of them, no empty line between) or, before a table's first row, carry cell marks.
 */
export function rebuildDocRows(lines: readonly string[], cellBreaksMarked = false): { lines: string[]; rows: number } {
  const out: string[] = [];
  let rows = 0;
  let pending: string[] = [];
  let inTable = false;
  const emitPending = () => {
    out.push(...pending);
    pending = [];
  };
  for (const line of lines) {
    if (line.endsWith('\t')) {
      let take = cellBreaksMarked ? 0 : pending.length;
      if (!inTable && !cellBreaksMarked) for (take = 0; take < pending.length && pending[pending.length - 1 - take]!.includes('\t'); take++);
      out.push(...pending.slice(0, pending.length - take));
      const raw = [...pending.slice(pending.length - take), line].join('\n').slice(0, -1);
      out.push(raw.split('\t').map((cell) => joinCellParts(cell.split(/[\n\uE000]/))).join('\t'));
      rows++;
      pending = [];
      inTable = true;
    } else if (inTable && line.trim() && !cellBreaksMarked) {
      pending.push(line);
      if (pending.length > MAX_CELL_PARAGRAPHS) {
        emitPending();
        inTable = false;
      }
    } else if (!inTable && line.includes('\t') && !cellBreaksMarked) {
      pending.push(line);
    } else {
      emitPending();
      out.push(line);
      inTable = false;
    }
  }
  emitPending();
  return { lines: out, rows };
}

export const docTables = defineRule<{ lines: string[]; cellBreaksMarked: boolean }, string[]>({
  id: 'formats/doc-tables',
  description: 'Rebuilds a .doc\'s table rows as TAB rows from the cell and row marks word-extractor leaves (cells end in a TAB, rows in a TAB and a line break); a cell\'s own paragraph breaks are joined as the shared walker joins a cell\'s lines.',
  apply({ lines, cellBreaksMarked }) {
    const { lines: out, rows } = rebuildDocRows(lines, cellBreaksMarked);
    return rows > 0 ? out : null;
  },
  examples: [
    { name: 'a table of two rows', input: { lines: ['附件', '序号\t任务\t', '1\t科普\t', '正文'], cellBreaksMarked: false }, output: ['附件', '序号\t任务', '1\t科普', '正文'] },
    { name: 'a cell of two paragraphs', input: { lines: ['序号\t任务\t', '1\t科普', '宣传\t'], cellBreaksMarked: false }, output: ['序号\t任务', '1\t科普宣传'] },
    { name: 'a cell of two paragraphs in the first row', input: { lines: ['正文', '序号\t任务', '说明\t', '1\t科普\t'], cellBreaksMarked: false }, output: ['正文', '序号\t任务说明', '1\t科普'] },
    { name: 'at the boundary: more lines than a cell holds end the table', input: { lines: ['1\t科普\t', 'a', 'b', 'c', 'd', '2\t宣传\t'], cellBreaksMarked: false }, output: ['1\t科普', 'a', 'b', 'c', 'd', '2\t宣传'] },
    { name: 'an empty line ends the table', input: { lines: ['1\t科普\t', '', '注：说明', '2\t宣传\t'], cellBreaksMarked: false }, output: ['1\t科普', '', '注：说明', '2\t宣传'] },
    { name: 'cell paragraphs marked by the reader (sprmPFInTable): a paragraph between tables stays out', input: { lines: ['1\t科普\t', '青少年', '2\t宣传\uE000活动\t'], cellBreaksMarked: true }, output: ['1\t科普', '青少年', '2\t宣传活动'] },
    { name: 'no table', input: { lines: ['一、总体要求', '（一）指导思想'], cellBreaksMarked: false }, output: null },
  ],
});

export const docListNumbers = defineRule<{ listDefinitions: number }, number>({
  id: 'formats/doc-list-numbers',
  description: 'A .doc that defines automatic list numbering: the numbers Word prints (一、 （一） 1.) are not in the text word-extractor reads, so headings numbered that way arrive without their numbers.',
  apply({ listDefinitions }) {
    return listDefinitions > 0 ? listDefinitions : null;
  },
  examples: [
    { name: 'a document with two list definitions', input: { listDefinitions: 2 }, output: 2 },
    { name: 'typed numbers only', input: { listDefinitions: 0 }, output: null },
  ],
});
