/**
 * The bibliographic record of a plan as CSL-JSON (the Citation Style Language's data format,
 * read by Zotero, Citation.js, pandoc and citeproc): the one record every citation format is made
 * from (src/lib/cite/format.ts). Built from the plan's metadata only; absent facts stay absent.
 *
 * Choices, each as GB/T 7714—2015 reads an electronic resource (电子资源, [EB/OL]):
 * - author: the issuing body (发文机关) as one literal name — never split into family/given.
 * - number: the document number (发文字号), printed after the title as 其他题名信息.
 * - issued: the date it was published (发布日期); when only the date it was signed (成文日期) is
 *   known, that date. Neither known: no date (GB/T and APA then print none / "n.d.").
 * - accessed: the build date (src/lib/build-date.ts): the day this text was taken from the site.
 * - URL: the plan's page on this site (what the reader read, with its corrections), or a
 *   section's address when a section is cited.
 */
import type { PlanFrontmatter } from '../schema';

export interface CslDate {
  'date-parts': [[number, number?, number?]];
}

/** The CSL-JSON fields this site writes (a subset of the CSL 1.0.2 schema). */
export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  author?: [{ literal: string }];
  number?: string;
  issued?: CslDate;
  accessed: CslDate;
  URL: string;
  language: 'zh-CN';
}

/** A YYYY-MM-DD date as CSL date parts. */
export function cslDate(iso: string): CslDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${iso}`);
  return { 'date-parts': [[Number(m[1]), Number(m[2]), Number(m[3])]] };
}

type CitedMeta = Pick<PlanFrontmatter, 'title' | 'issuer' | 'documentNumber' | 'publishedDate' | 'signedDate'>;

/** The CSL-JSON record of a plan (or of one section, when `url` is the section's address). */
export function planCitationItem(slug: string, meta: CitedMeta, url: string, accessed: string): CslItem {
  const item: CslItem = { id: slug, type: 'webpage', title: meta.title, accessed: cslDate(accessed), URL: url, language: 'zh-CN' };
  if (meta.issuer) item.author = [{ literal: meta.issuer }];
  if (meta.documentNumber) item.number = meta.documentNumber;
  const issued = meta.publishedDate ?? meta.signedDate;
  if (issued) item.issued = cslDate(issued);
  return item;
}
