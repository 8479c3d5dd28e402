import type { PlanFrontmatter } from './schema';
import type { SourceFormat } from './importer/formats/types';
import { officialUrl } from './importer/rules/meta/official-url';

/**
 * Where a plan's text comes from, as the plan page and the downloads say it: the official original
 * (linked, `sourceUrl`), the file kept in content/sources with its format and sha256, and — only as
 * provenance, never as a link offered to readers — the re-posting or mirror page it was taken from
 * when that is not the original.
 */

/** The formats as a reader names them. */
export const FORMAT_LABELS: Readonly<Record<SourceFormat, string>> = {
  txt: '纯文本',
  html: '网页（HTML）',
  mhtml: '网页存档（MHTML）',
  pdf: 'PDF 文件',
  docx: 'Word 文件（.docx）',
  doc: 'Word 文件（.doc）',
};

export interface Provenance {
  /** The official original, linked as 原文; null when not known (shown as 未载明). */
  original: string | null;
  /** The host of the page the text was taken from, when that is not the original (shown unlinked); else null. */
  copyHost: string | null;
  format: string;
  file: string;
  sha256: string;
}

export function provenanceOf(fm: Pick<PlanFrontmatter, 'sourceUrl' | 'source'>): Provenance {
  const from = fm.source.obtainedFrom ?? null;
  // A copy is a page off government hosts (meta/official-url): the publisher's own page, however its
  // address is written (http or https, a trailing slash), is never called a re-posting site.
  const copy = from !== null && officialUrl.apply(from) === null && from !== fm.sourceUrl ? new URL(from).host : null;
  return { original: fm.sourceUrl, copyHost: copy, format: FORMAT_LABELS[fm.source.format ?? 'txt'], file: fm.source.file, sha256: fm.source.sha256 };
}
