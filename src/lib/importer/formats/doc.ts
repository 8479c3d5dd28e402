import WordExtractor from 'word-extractor';
import { MessageLog } from '../messages';
import { containerOf, docListNumbers, docTables, wordMislabelled, wordNotes, wordTextBoxes, rebuildDocRows } from '../rules/formats/word';
import type { DerivedSource, FormatReader } from './types';
import { collect, readDocxPackage } from './docx-package';

/**
 * Old binary Word (`.doc`) → derived text, with word-extractor (the body's text stream; fields give
 * their displayed result). Headers, footers, footnotes, endnotes, comments and text boxes are
 * stored apart from the body and stay out of the derived text. Tables come out as cells ending in
 * a TAB and rows ending in a TAB and a line break; rows are rebuilt from those marks
 * (formats/doc-tables). Not read: the numbers Word prints for auto-numbered paragraphs (the list
 * tables of a .doc are not parsed; formats/doc-list-numbers says when the file has lists).
 *
 * Considered: LibreOffice (not available where the importer runs) and antiword (a binary).
 */

/**
 * List definitions of a .doc (Word 97+ FIB: fcPlfLfo/lcbPlfLfo at 0x02EA/0x02EE of the WordDocument
 * stream's FIB, the list format overrides paragraphs refer to): read from the raw FIB, as
 * word-extractor does not expose it. 0 when unknown.
 */
async function listOverrides(bytes: Uint8Array): Promise<number> {
  try {
    // word-extractor's own OLE reader (lib/ole-compound-doc) gives the WordDocument and table streams.
    // @ts-expect-error internal module of word-extractor, no types
    const { default: OleCompoundDoc } = await import('word-extractor/lib/ole-compound-doc.js');
    // @ts-expect-error internal module of word-extractor, no types
    const { default: BufferReader } = await import('word-extractor/lib/buffer-reader.js');
    const doc = new OleCompoundDoc(new BufferReader(Buffer.from(bytes)));
    await doc.read();
    const streamBuffer = (name: string) =>
      new Promise<Buffer>((resolve, reject) => {
        const chunks: Buffer[] = [];
        const s = doc.stream(name);
        s.on('data', (c: Buffer) => chunks.push(c));
        s.on('end', () => resolve(Buffer.concat(chunks)));
        s.on('error', reject);
      });
    const word = await streamBuffer('WordDocument');
    const flags = word.readUInt16LE(0x000a);
    const table = await streamBuffer(flags & 0x0200 ? '1Table' : '0Table');
    const fc = word.readUInt32LE(0x02ea);
    const lcb = word.readUInt32LE(0x02ee);
    if (lcb < 4 || fc + 4 > table.length) return 0;
    return table.readUInt32LE(fc);
  } catch {
    return 0;
  }
}

/** word-extractor's document with the options its 1.0 API takes (its @types omit filterUnicode). */
interface ExtractedDoc {
  getBody(o: { filterUnicode: boolean }): string;
  getFootnotes(o: { filterUnicode: boolean }): string;
  getEndnotes(o: { filterUnicode: boolean }): string;
  getAnnotations(o: { filterUnicode: boolean }): string;
  getTextboxes(o: { filterUnicode: boolean; includeHeadersAndFooters: boolean }): string;
}

/** What a paragraph break inside a table cell becomes in the extracted text (a private-use character, never in a plan). */
export const CELL_PARAGRAPH = '\uE000';

/**
 * word-extractor's OLE extractor, made to mark the paragraph breaks that are inside table cells
 * (sprmPFInTable in the paragraph's properties): word-extractor marks row ends (sprmPFTtp) only,
 * so a cell of two paragraphs would otherwise break its row in two. The walk over the paragraph
 * property pages (PlcBtePapx → PAPX FKPs, [MS-DOC] 2.8.6 / 2.9.175) follows word-extractor's own
 * writeParagraphProperties (1.0.4), whose helpers are not exported.
 */
async function extractMarkingCells(bytes: Uint8Array): Promise<ExtractedDoc> {
  // @ts-expect-error internal module of word-extractor, no types
  const { default: WordOleExtractor } = await import('word-extractor/lib/word-ole-extractor.js');
  // @ts-expect-error internal module of word-extractor, no types
  const { default: BufferReader } = await import('word-extractor/lib/buffer-reader.js');
  type Piece = { startFilePos: number; size: number; bpc: number; text: string };
  class CellMarkingExtractor extends WordOleExtractor {
    writeParagraphProperties(buffer: Buffer, tableBuffer: Buffer) {
      super.writeParagraphProperties(buffer, tableBuffer);
      const pieces = (this as unknown as { _pieces: Piece[] })._pieces;
      const fc = buffer.readUInt32LE(0x0102);
      const lcb = buffer.readUInt32LE(0x0106);
      const count = (lcb - 4) / 8;
      const plc = tableBuffer.subarray(fc, fc + lcb);
      for (let i = 0; i < count; i++) {
        const page = plc.readUInt32LE((count + 1) * 4 + i * 4);
        const fkp = buffer.subarray(page * 512, (page + 1) * 512);
        const crun = fkp.readUInt8(511);
        for (let j = 0; j < crun; j++) {
          const end = fkp.readUInt32LE((j + 1) * 4);
          const at = fkp.readUInt8((crun + 1) * 4 + j * 13) * 2;
          if (at === 0) continue;
          const cb = fkp.readUInt8(at);
          const grpprl = cb !== 0 ? fkp.subarray(at + 1, at + 2 * cb) : fkp.subarray(at + 2, at + 2 + 2 * fkp.readUInt8(at + 1));
          if (inTable(grpprl)) markParagraphEnd(pieces, end);
        }
      }
    }
  }
  const reader = new BufferReader(Buffer.from(bytes));
  await reader.open();
  try {
    return (await new CellMarkingExtractor().extract(reader)) as ExtractedDoc;
  } finally {
    await reader.close();
  }
}

/** sprmPFInTable (0x2416) set to 1 in a paragraph's grpprl (after its 2-byte istd). */
function inTable(grpprl: Buffer): boolean {
  let o = 2;
  while (o < grpprl.length - 1) {
    const sprm = grpprl.readUInt16LE(o);
    o += 2;
    if (sprm === 0x2416) return grpprl.readUInt8(o) === 1;
    const spra = sprm >> 13;
    o += spra === 0 || spra === 1 ? 1 : spra === 2 || spra === 4 || spra === 5 ? 2 : spra === 3 ? 4 : spra === 7 ? 3 : grpprl.readUInt8(o) + 1;
  }
  return false;
}

/** Replaces the paragraph mark (\r) that ends just before file position `end` with CELL_PARAGRAPH. */
function markParagraphEnd(pieces: { startFilePos: number; size: number; bpc: number; text: string }[], end: number): void {
  for (const piece of pieces) {
    const pos = end - piece.bpc;
    if (pos < piece.startFilePos || pos >= piece.startFilePos + piece.size) continue;
    const k = (pos - piece.startFilePos) / piece.bpc;
    if (piece.text[k] === '\r') piece.text = piece.text.slice(0, k) + CELL_PARAGRAPH + piece.text.slice(k + 1);
    return;
  }
}

/** `.doc` → derived text. A `.doc` whose bytes are a `.docx` package is read as `.docx`, with a warning (formats/word-mislabelled). */
export const readDoc: FormatReader = async (bytes, file) => {
  const log = new MessageLog();
  if (wordMislabelled.apply({ extension: 'doc', head: Array.from(bytes.slice(0, 4)) }) === 'docx') {
    wordMislabelled.warn(log, `${file} is named .doc but is a .docx (a zip package): read as .docx.`);
    return readDocxPackage(bytes, file, log);
  }
  return readOleDoc(bytes, file, log);
};

/** Reads an old binary Word file (the bytes as they are, whatever the file's name says). */
export async function readOleDoc(bytes: Uint8Array, file: string, log: MessageLog = new MessageLog()): Promise<DerivedSource> {
  const head = Array.from(bytes.slice(0, 4));
  const refuse = (reason: string): DerivedSource => ({ format: 'doc', text: '', url: null, attachments: [], messages: collect(log), refused: { ruleId: docTables.id, reason } });
  if (containerOf(head) !== 'ole') return refuse(`${file} is not a Word file (no OLE header): open it in Word or WPS Office and save it as .docx.`);
  let document: ExtractedDoc;
  // Whether the paragraph breaks inside cells are marked (else the rows are rebuilt by the marks alone).
  let cellMarking = true;
  try {
    document = await extractMarkingCells(bytes).catch(async () => {
      cellMarking = false;
      return (await new WordExtractor().extract(Buffer.from(bytes))) as unknown as ExtractedDoc;
    });
  } catch (e) {
    return refuse(`${file} cannot be read as a Word 97–2003 document (${(e as Error).message}): open it in Word or WPS Office and save it as .docx.`);
  }
  // filterUnicode false: word-extractor would otherwise turn “ ” — into ASCII, changing the wording.
  const body = document.getBody({ filterUnicode: false }).replace(/\r\n?/g, '\n');
  const raw = body.split('\n');
  const marked = body.includes(CELL_PARAGRAPH) || cellMarking;
  const tables = docTables.apply({ lines: raw, cellBreaksMarked: marked });
  // A cell paragraph outside any rebuilt row (a table without its row mark): its own line.
  const lines = (tables ?? raw).flatMap((l) => l.split(CELL_PARAGRAPH)).map((l) => l.replace(/^[\s\u00A0\u3000]+|[\s\u00A0\u3000]+$/g, '')).filter(Boolean);
  if (tables) docTables.info(log, `${rebuildDocRows(raw, marked).rows} table rows rebuilt from Word's cell and row marks (cells end in a TAB, rows in a TAB and a line break); a cell's own paragraphs joined.`);
  const notes = {
    footnotes: document.getFootnotes({ filterUnicode: false }).trim() ? 1 : 0,
    endnotes: document.getEndnotes({ filterUnicode: false }).trim() ? 1 : 0,
    comments: document.getAnnotations({ filterUnicode: false }).trim() ? 1 : 0,
  };
  if (wordNotes.apply(notes)) wordNotes.info(log, `left out of the text: ${[notes.footnotes && 'footnotes', notes.endnotes && 'endnotes', notes.comments && 'comments'].filter(Boolean).join(', ')}.`);
  const boxes = document.getTextboxes({ filterUnicode: false, includeHeadersAndFooters: false }).trim();
  if (wordTextBoxes.apply({ textBoxes: boxes ? boxes.split(/\n+/).length : 0, kept: false })) wordTextBoxes.warn(log, `text boxes left out (a .doc stores them apart from the body): ${boxes.slice(0, 60)}${boxes.length > 60 ? '…' : ''}`);
  const lists = await listOverrides(bytes);
  if (docListNumbers.apply({ listDefinitions: lists })) docListNumbers.warn(log, `the file defines ${lists} automatic lists: numbers Word prints before list paragraphs (一、 （一） 1.) are not in the text read from a .doc; headings numbered that way arrive without their number. Saved as .docx, the numbers are rebuilt.`);
  const text = lines.join('\n');
  if (!text.trim()) return refuse(`${file} has no text in its body (pictures only?): find the plan's text (a text PDF, the web page).`);
  return { format: 'doc', text, url: null, attachments: [], messages: collect(log), refused: null };
}
