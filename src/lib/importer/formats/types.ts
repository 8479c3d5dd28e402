/**
 * The formats plans are published in, and what a format reader gives the importer.
 *
 * A source is kept in content/sources exactly as obtained (a page as saved, a PDF, a Word file); a
 * format reader derives from its bytes the *derived text*, the one text every later stage reads: the
 * pipeline, the corrections (content/corrections/<slug>.yaml) and every line number of the import
 * report refer to it (`npm run import -- --text <slug>` prints it). A `.txt` source is its own
 * derived text.
 *
 * The derived text is plain text in the layouts the importer already reads:
 * - one paragraph or heading per line, in reading order;
 * - a table row per line, its cells separated by a TAB (an annex task table stays a table: the
 *   table readers of rules/tables read TAB rows); a cell's own line breaks become spaces;
 * - header facts as `标签：值` lines before the body (a page's 信息公开 table, its meta tags, a PDF's
 *   版头 and 版记), read by the header-field rules like any copied header.
 * Facts that are not text of the plan (the page's address, its attachments) are returned beside it.
 */

export const SOURCE_FORMATS = ['txt', 'html', 'mhtml', 'pdf', 'docx', 'doc'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** File extensions read as each format (lower case, without the dot). */
export const FORMAT_EXTENSIONS: Readonly<Record<SourceFormat, readonly string[]>> = {
  txt: ['txt'],
  html: ['html', 'htm'],
  mhtml: ['mhtml', 'mht'],
  pdf: ['pdf'],
  docx: ['docx'],
  doc: ['doc'],
};

/** The format of a source file by its extension, or null when it is not a source. */
export function formatOf(name: string): SourceFormat | null {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  if (!ext) return null;
  return SOURCE_FORMATS.find((f) => FORMAT_EXTENSIONS[f].includes(ext)) ?? null;
}

/** A file a page or notice links as an attachment (附件). */
export interface Attachment {
  /** As the page names it (the link's text, else the file name). */
  name: string;
  /** The link's target as written in the page (absolute when the page's address is known). */
  href: string | null;
}

/** A message of a format reader, with the rule that raised it and the derived text's line where known. */
export interface FormatMessage {
  ruleId: string;
  severity: 'info' | 'warning' | 'error';
  reason: string;
  /** 1-based line of the derived text. */
  line?: number;
}

export interface DerivedSource {
  format: SourceFormat;
  /** The derived text (see above). Empty when refused. */
  text: string;
  /**
   * The character encoding the reader decoded the file's text from (a page: utf-8, gb18030, …); absent
   * for formats that carry their text as characters (PDF, Word), whose format then stands for it.
   */
  encoding?: string;
  /**
   * The address of the page as the file itself records it (MHTML's Snapshot-Content-Location, a
   * page's `Url` meta tag or canonical link); null when the file does not say.
   */
  url: string | null;
  attachments: Attachment[];
  messages: FormatMessage[];
  /**
   * Set when the file cannot give a plan's text (a scan without a text layer, an OFD or WPS file,
   * a notice whose plan is only an attachment): nothing is imported and the reason says what to do.
   */
  refused: { ruleId: string; reason: string } | null;
}

/** A format reader: bytes as obtained → derived text. Pure apart from the libraries it calls. */
export type FormatReader = (bytes: Uint8Array, file: string) => Promise<DerivedSource>;
