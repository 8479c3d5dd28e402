import { createHash } from 'node:crypto';
import { decode } from '../decode';
import { noReader } from '../rules/formats/no-reader';
import { REFUSED_EXTENSIONS, unreadableFormat } from '../rules/formats/refused';
import { readDoc } from './doc';
import { readDocx } from './docx';
import { readHtml } from './html';
import { readMhtml } from './mhtml';
import { readPdf } from './pdf';
import { readRefused } from './refused';
import { FORMAT_EXTENSIONS, formatOf, SOURCE_FORMATS, type DerivedSource, type FormatReader, type SourceFormat } from './types';

/**
 * Which format reader reads a source, by its file name; and the one call that turns a file as
 * obtained into its derived text (formats/types.ts).
 */

export { formatOf };

/** Whether a file name is of a format that is refused (OFD, WPS: rules/formats/refused.ts), else null. */
export function unreadableFormatOf(name: string): string | null {
  return unreadableFormat.apply({ file: name });
}

/** Every extension a reader or a refusal answers for (for messages and `npm run add`). */
export const KNOWN_EXTENSIONS: readonly string[] = [...SOURCE_FORMATS.flatMap((f) => FORMAT_EXTENSIONS[f]), ...Object.values(REFUSED_EXTENSIONS).flat()];

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** A `.txt` source is its own derived text (decode.ts reads its encoding, as for every text). */
const readTxt: FormatReader = async (bytes, file) => ({
  format: 'txt',
  text: decode(bytes, file).text,
  url: null,
  attachments: [],
  messages: [],
  refused: null,
});

/** The reader of each format (a format without one is refused by formats/no-reader, saying so). */
const READERS: Partial<Record<SourceFormat, FormatReader>> = {
  txt: readTxt,
  html: readHtml,
  mhtml: readMhtml,
  pdf: readPdf,
  docx: readDocx,
  doc: readDoc,
};

/** Reads a source file as obtained into its derived text, by the reader of its format. */
export async function readSource(bytes: Uint8Array, file: string): Promise<DerivedSource> {
  if (unreadableFormatOf(file)) return readRefused(bytes, file);
  const readable = Object.keys(READERS).flatMap((f) => FORMAT_EXTENSIONS[f as SourceFormat]);
  const format = formatOf(file);
  const missing = noReader.apply({ name: file, known: readable });
  if (missing !== null || !format) {
    return {
      format: format ?? 'txt',
      text: '',
      url: null,
      attachments: [],
      messages: [],
      refused: { ruleId: noReader.id, reason: `a .${missing} file: no reader for it here; add the plan as a page (.html, .mhtml), a PDF with a text layer, a .docx or .doc, or a plain text` },
    };
  }
  return READERS[format]!(bytes, file);
}
