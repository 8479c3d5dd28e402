import JSZip from 'jszip';
import mammoth from 'mammoth';
import { DOMParser, parseHTML } from 'linkedom';
import { MessageLog } from '../messages';
import { containerOf, docxNotWord, wordImages, wordNotes, wordTextBoxes, docxListNumbers } from '../rules/formats/word';
import { domLines, type DomNode } from './dom-text';
import { NumberingCounter, readNumberingDefs, type XmlElement } from './word-numbering';
import type { DerivedSource, FormatMessage } from './types';

/**
 * `.docx` → derived text. mammoth converts the body to HTML (paragraphs, headings, tables as
 * tables), the shared walker (dom-text.ts) turns that into lines and TAB rows. Before mammoth reads
 * the package, the numbers Word prints before auto-numbered paragraphs are written into the
 * paragraphs' runs (word-numbering.ts), since mammoth drops them.
 *
 * What is read and what is not, by design:
 * - fields: their displayed result is kept, their instructions (w:instrText) dropped (mammoth);
 * - headers and footers (running titles, page numbers): not read (mammoth reads the body only);
 * - footnotes, endnotes, comments: left out with their reference marks, with a message
 *   (formats/word-notes);
 * - pictures: not read, with a message; a file of pictures and next to no text is refused
 *   (formats/word-images);
 * - text boxes: mammoth reads them where they are anchored; a message says their place is uncertain.
 */

/** Word's built-in heading styles as Chinese Word names them, mapped like mammoth maps "Heading 1". */
const STYLE_MAP = [
  ...[1, 2, 3, 4, 5, 6].map((n) => `p[style-name='标题 ${n}'] => h${n}:fresh`),
  "p[style-name='标题'] => h1:fresh",
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='副标题'] => h2:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  // Comments are not read (mammoth's default already ignores them; said here so no style map turns them on).
  'comment-reference => !',
];

const parseXml = (xml: string): XmlElement => new DOMParser().parseFromString(xml, 'text/xml').documentElement as unknown as XmlElement;

export function collect(log: MessageLog): FormatMessage[] {
  return log.messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity, reason: m.reason, ...(m.line !== null ? { line: m.line } : {}) }));
}

export function refusedSource(format: DerivedSource['format'], ruleId: string, reason: string, messages: FormatMessage[] = []): DerivedSource {
  return { format, text: '', url: null, attachments: [], messages, refused: { ruleId, reason } };
}

/** Inside a `mc:Fallback` (the VML copy of a text box that `mc:Choice` already holds): not counted twice. */
function inFallback(el: XmlElement & { parentElement?: XmlElement | null }): boolean {
  for (let p = el.parentElement; p; p = (p as typeof el).parentElement) if (p.tagName === 'mc:Fallback') return true;
  return false;
}

/**
 * Writes each auto-numbered paragraph's printed number as its first run and removes its w:numPr
 * (so mammoth reads it as a plain paragraph or heading, not a list item). Returns the count.
 */
function numberParagraphs(document: XmlElement & { ownerDocument: any }, counter: NumberingCounter, unknown: Set<string>): number {
  const doc = document.ownerDocument;
  let count = 0;
  for (const p of Array.from(document.getElementsByTagName('w:p'))) {
    if (inFallback(p)) continue;
    const pPr = Array.from(p.children).find((c) => c.tagName === 'w:pPr');
    const numPr = pPr ? Array.from(pPr.children).find((c) => c.tagName === 'w:numPr') : undefined;
    const pStyle = pPr ? Array.from(pPr.children).find((c) => c.tagName === 'w:pStyle')?.getAttribute('w:val') ?? null : null;
    const numIdEl = numPr ? Array.from(numPr.children).find((c) => c.tagName === 'w:numId') : undefined;
    const ilvlEl = numPr ? Array.from(numPr.children).find((c) => c.tagName === 'w:ilvl') : undefined;
    const ilvlVal = ilvlEl?.getAttribute('w:val');
    const at = counter.resolve({ numId: numIdEl?.getAttribute('w:val') ?? null, ilvl: ilvlVal ? Number(ilvlVal) : null }, pStyle);
    if (!at) continue;
    const label = counter.next(at.numId, at.ilvl);
    if (numPr) (numPr as any).remove();
    if (!label) continue;
    for (const f of label.unknownFormats) unknown.add(f);
    const r = doc.createElement('w:r');
    const t = doc.createElement('w:t');
    t.setAttribute('xml:space', 'preserve');
    t.textContent = label.text;
    r.appendChild(t);
    if (pPr) (pPr as any).after(r);
    else (p as any).prepend(r);
    count++;
  }
  return count;
}

/** Reads a `.docx` package (the bytes as they are, whatever the file's name says). */
export async function readDocxPackage(bytes: Uint8Array, file: string, log: MessageLog = new MessageLog()): Promise<DerivedSource> {
  const head = Array.from(bytes.slice(0, 4));
  if (containerOf(head) !== 'zip') {
    return refusedSource('docx', docxNotWord.id, `${file} is not a Word file (neither a zip package nor an old .doc): open it in Word or WPS Office and save it as .docx.`);
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    return refusedSource('docx', docxNotWord.id, `${file} cannot be opened as a Word package (${(e as Error).message}): open it in Word or WPS Office and save it again as .docx.`);
  }
  const entries = Object.keys(zip.files);
  const notWord = docxNotWord.apply({ entries });
  if (notWord === 'ofd') return refusedSource('docx', docxNotWord.id, `${file} is an OFD file (China's fixed-layout format) named .docx: open it in 数科OFD阅读器 and export it as PDF or .docx, then add that file.`);
  if (notWord) return refusedSource('docx', docxNotWord.id, `${file} is a zip package without word/document.xml, not a Word document: add the plan as .docx, .doc, PDF or text.`);

  const read = async (name: string) => (zip.files[name] ? await zip.files[name]!.async('string') : null);
  const [documentXml, numberingXml, stylesXml] = await Promise.all([read('word/document.xml'), read('word/numbering.xml'), read('word/styles.xml')]);
  const docRoot = new DOMParser().parseFromString(documentXml!, 'text/xml');
  const body = docRoot.documentElement as unknown as XmlElement & { ownerDocument: any };
  const counter = new NumberingCounter(readNumberingDefs(numberingXml ? parseXml(numberingXml) : null, stylesXml ? parseXml(stylesXml) : null));
  const unknown = new Set<string>();
  const numbered = numberParagraphs(body, counter, unknown);
  const textBoxes = Array.from(body.getElementsByTagName('w:txbxContent')).filter((t) => !inFallback(t)).length;
  if (numbered > 0) {
    zip.file('word/document.xml', docRoot.toString());
    docxListNumbers.info(log, `${numbered} paragraphs are numbered by Word (the number is not in the text): numbers rebuilt from word/numbering.xml and put before their text.`);
  }
  if (unknown.size) docxListNumbers.warn(log, `list number formats not read (${[...unknown].join(', ')}): those numbers are given in decimal; check them against the file.`);
  const notes = {
    footnotes: await countNotes(zip, 'word/footnotes.xml', 'w:footnote'),
    endnotes: await countNotes(zip, 'word/endnotes.xml', 'w:endnote'),
    comments: await countNotes(zip, 'word/comments.xml', 'w:comment'),
  };

  let images = 0;
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(await zip.generateAsync({ type: 'uint8array' })) },
    {
      styleMap: STYLE_MAP,
      convertImage: mammoth.images.imgElement(async () => {
        images++;
        return { src: '' };
      }),
    },
  );
  const { document } = parseHTML(`<!doctype html><html><body>${result.value}</body></html>`);
  // Footnote and endnote reference marks ([1]) and the notes mammoth lists at the end.
  for (const el of Array.from(document.querySelectorAll('a[id^="footnote-ref-"], a[id^="endnote-ref-"]'))) (el.closest('sup') ?? el).remove();
  for (const el of Array.from(document.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"]'))) {
    const list = el.closest('ol');
    el.remove();
    if (list && !list.querySelector('li')) list.remove();
  }
  for (const el of Array.from(document.querySelectorAll('img'))) el.remove();
  const lines = domLines(document.body as unknown as DomNode, { literalSpaces: true });
  const text = lines.join('\n');

  if (wordNotes.apply(notes)) wordNotes.info(log, `left out of the text: ${notes.footnotes} footnotes, ${notes.endnotes} endnotes, ${notes.comments} comments.`);
  if (wordTextBoxes.apply({ textBoxes, kept: true })) wordTextBoxes.warn(log, `${textBoxes} text boxes: their text is read where each is anchored; check that it sits in the right place.`);
  const pictures = wordImages.apply({ images, textChars: text.replace(/\s/g, '').length });
  if (pictures === 'image-only') {
    return refusedSource('docx', wordImages.id, `${file} holds ${images} pictures and next to no text (a scan pasted into Word): there is no text to import. Find the plan's text (a text PDF, the web page) or type it in.`, collect(log));
  }
  if (pictures) wordImages.info(log, `${images} pictures left out (not read).`);
  if (!text.trim()) return refusedSource('docx', docxNotWord.id, `${file} has no text in its body.`, collect(log));
  return { format: 'docx', text, url: null, attachments: [], messages: collect(log), refused: null };
}

/** Notes of a notes part, without Word's separator notes (w:type separator / continuationSeparator). */
async function countNotes(zip: JSZip, name: string, tag: string): Promise<number> {
  const xml = zip.files[name] ? await zip.files[name]!.async('string') : null;
  if (!xml) return 0;
  return Array.from(parseXml(xml).getElementsByTagName(tag)).filter((n) => !n.getAttribute('w:type') || n.getAttribute('w:type') === 'normal').length;
}
