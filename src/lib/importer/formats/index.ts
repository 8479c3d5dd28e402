import { createHash } from 'node:crypto';
import { decode } from '../decode';
import { unreadableFormat } from '../rules/formats/unreadable';
import { readHtml } from './html';
import { readMhtml } from './mhtml';
import { FORMAT_EXTENSIONS, SOURCE_FORMATS, type DerivedSource, type FormatReader, type SourceFormat } from './types';

/**
 * Which format reader reads a source, by its file name; and the one call that turns a file as
 * obtained into its derived text (formats/types.ts).
 */

/**
 * Formats plans are also published in that no reader here can read: named so that such a file
 * is refused saying what it is and what to do, not passed over as clutter.
 */
export const UNREADABLE_FORMATS: Readonly<Record<string, string>> = {
  ofd: 'OFD（版式文档，GB/T 33190）',
  wps: 'WPS 文字文档',
};

/** The format of a source file by its extension, or null when it is not a source. */
export function formatOf(name: string): SourceFormat | null {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  if (!ext) return null;
  return SOURCE_FORMATS.find((f) => FORMAT_EXTENSIONS[f].includes(ext)) ?? null;
}

/** Whether a file name is one of the unreadable formats (its extension, lower case), else null. */
export function unreadableFormatOf(name: string): string | null {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext && ext in UNREADABLE_FORMATS ? ext : null;
}

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

/** The reader of each format; filled as each reader lands (a format without one is refused, saying so). */
const READERS: Partial<Record<SourceFormat, FormatReader>> = {
  txt: readTxt,
  html: readHtml,
  mhtml: readMhtml,
};

/** Reads a source file as obtained into its derived text, by the reader of its format. */
export async function readSource(bytes: Uint8Array, file: string): Promise<DerivedSource> {
  const format = formatOf(file);
  const reader = format ? READERS[format] : undefined;
  const known = Object.entries(READERS).flatMap(([f]) => FORMAT_EXTENSIONS[f as SourceFormat]);
  if (!format || !reader || unreadableFormat.apply({ name: file, known }) !== null) {
    const unreadable = unreadableFormatOf(file);
    const what = unreadable ? UNREADABLE_FORMATS[unreadable] : format ? `a .${format} file` : 'a file of unknown format';
    return {
      format: format ?? 'txt',
      text: '',
      url: null,
      attachments: [],
      messages: [],
      refused: { ruleId: unreadableFormat.id, reason: `${what}: no reader for it here; export it to PDF (with a text layer) or .docx and add that file instead` },
    };
  }
  return reader(bytes, file);
}
