/** Types shared by the importer's stages. Each stage is a pure function from one of these to the next. */

/** A problem that stops the import of one file. `line` is 1-based in the source when known. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'ImportError';
  }
}

/** One line of the source, remembering where it came from. */
export interface SourceLine {
  /** 1-based line number in the source file. */
  line: number;
  text: string;
}

/** A piece of the source removed as website or PDF furniture, and the named rule that removed it. */
export interface Furniture {
  rule: string;
  line: number;
  text: string;
}

export interface Correction {
  original: string;
  replacement: string;
  reason: string;
  /** Restricts the correction to one source line (1-based) when the original also occurs elsewhere. */
  line?: number;
}

export interface AppliedCorrection extends Correction {
  count: number;
}

export type BlockKind = 'heading' | 'paragraph' | 'table';

export interface HeadingBlock {
  kind: 'heading';
  line: number;
  /** Outline depth inside its part (1 = 一、 level when the part uses it). */
  depth: number;
  /** The numbering as printed, e.g. "（一）", "1.", or "" for unnumbered headings (titles, 附件). */
  number: string;
  /** The heading text after the number, as printed (after repairs). */
  text: string;
  /** Which part of the document the heading opens or belongs to. */
  part: DocumentPart;
  /** Role of an unnumbered structural heading. */
  role?: 'notice' | 'title' | 'annex';
}

export interface ParagraphBlock {
  kind: 'paragraph';
  line: number;
  text: string;
  part: DocumentPart;
  /** The printed numbering when the paragraph is a numbered item that is not a heading. */
  number?: string;
}

export interface TableBlock {
  kind: 'table';
  line: number;
  part: DocumentPart;
  header: string[];
  rows: string[][];
  /** The source line each row starts on, one per row (the header's line for a first row read as no header). */
  rowLines: number[];
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock;

/** notice: the covering 印发通知; body: the plan itself; annex: 附件 after it. */
export type DocumentPart = 'notice' | 'body' | 'annex';
