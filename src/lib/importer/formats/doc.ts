import WordExtractor from 'word-extractor';
import { MessageLog } from '../messages';
import { containerOf, docListNumbers, docTables, wordMislabelled, wordNotes, wordTextBoxes, rebuildDocRows } from '../rules/formats/word';
import type { DerivedSource, FormatMessage, FormatReader } from './types';

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

function collect(log: MessageLog): FormatMessage[] {
  return log.messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity, reason: m.reason, ...(m.line !== null ? { line: m.line } : {}) }));
}

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

export const readDoc: FormatReader = async (bytes, file) => {
  const log = new MessageLog();
  const head = Array.from(bytes.slice(0, 4));
  if (wordMislabelled.apply({ extension: 'doc', head }) === 'docx') {
    wordMislabelled.warn(log, `${file} is named .doc but is a .docx (a zip package): read as .docx.`);
    const { readDocx } = await import('./docx');
    const out = await readDocx(bytes, file);
    return { ...out, messages: [...collect(log), ...out.messages] };
  }
  const refuse = (reason: string): DerivedSource => ({ format: 'doc', text: '', url: null, attachments: [], messages: collect(log), refused: { ruleId: docTables.id, reason } });
  if (containerOf(head) !== 'ole') return refuse(`${file} is not a Word file (no OLE header): open it in Word or WPS Office and save it as .docx.`);
  let document: ExtractedDoc;
  try {
    document = (await new WordExtractor().extract(Buffer.from(bytes))) as unknown as ExtractedDoc;
  } catch (e) {
    return refuse(`${file} cannot be read as a Word 97–2003 document (${(e as Error).message}): open it in Word or WPS Office and save it as .docx.`);
  }
  // filterUnicode false: word-extractor would otherwise turn “ ” — into ASCII, changing the wording.
  const body = document.getBody({ filterUnicode: false }).replace(/\r\n?/g, '\n');
  const raw = body.split('\n');
  const tables = docTables.apply(raw);
  const lines = (tables ?? raw).map((l) => l.replace(/^[\s\u00A0\u3000]+|[\s\u00A0\u3000]+$/g, '')).filter(Boolean);
  if (tables) docTables.info(log, `${rebuildDocRows(raw).rows} table rows rebuilt from Word's cell and row marks (cells end in a TAB, rows in a TAB and a line break); a cell's own paragraphs joined.`);
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
};
