import { SALUTATION } from './rules/meta/title';
import { MessageLog, type ImportMessage } from './messages';
import { LINE_RULES } from './rules';
import { metadataField, pdfListBullet, repeatedTitle } from './rules/strip/page-furniture';
import { newsByline } from './rules/text/news-byline';
import { pdfFixedWidth } from './rules/text/pdf-fixed-width';
import { pdfPageNumber } from './rules/text/pdf-page-number';
import { pdfRunningHeader } from './rules/text/pdf-running-header';
import { INVISIBLE } from './rules/text/invisible-chars';
import { toSimplifiedForMatching } from './text/fold';
import { headerLineKind, isValueLine, PIPE_SEPARATOR } from './rules/meta/header-fields';
import type { Furniture, SourceLine } from './types';
import { furnitureName } from './rules/strip/line-rule';

/**
 * Stage "strip boilerplate": removes the furniture that re-posting websites and PDF
 * conversion add around a plan, by named rules. A line no rule names is kept: we never
 * delete text we do not understand. Every removal is recorded with its rule, so the page's
 * fidelity can be checked against the source and the metadata stage can read the
 * removed metadata block.
 */

export interface StripResult {
  lines: SourceLine[];
  furniture: Furniture[];
  /** True when the text was converted from a PDF: page numbers were found, or lines break at one fixed width. */
  fromPdf: boolean;
  /** The printed width at which a PDF broke its lines (text/pdf-fixed-width), or null. */
  lineWidth: number | null;
  messages: ImportMessage[];
}

export { METADATA_LABELS, bracketLabel } from './rules/meta/header-fields';

/** Whole-line rules, in the order they are tried: the registry's line rules (rules/index.ts, family strip/ and the text/ rules that remove lines). */
export { LINE_RULES };


/** Non-breaking and ideographic spaces count as white space for every rule. */
export function normalizeSpace(text: string): string {
  return text.replace(INVISIBLE, '').replace(/[\u00a0\u3000\u2002\u2003\u2009]/g, ' ').trim();
}

export function stripBoilerplate(input: readonly SourceLine[]): StripResult {
  const headEnd = findHeadEnd(input);
  const lines: SourceLine[] = [];
  const furniture: Furniture[] = [];
  const seenInHead = new Set<string>();
  /** A header label (or row of labels) was read; its value (row) may follow. */
  let pending: 'value' | 'row' | null = null;
  // How often each line stands in the document, and whether the line before was a page number (text/pdf-running-header).
  const repeats = new Map<string, number>();
  for (const l of input) {
    const t = toSimplifiedForMatching(normalizeSpace(l.text));
    if (t) repeats.set(t, (repeats.get(t) ?? 0) + 1);
  }
  let afterPageNumber = false;

  for (const [index, source] of input.entries()) {
    // Rules match on simplified characters, so a traditional-character repost is stripped alike.
    const text = toSimplifiedForMatching(normalizeSpace(source.text));
    const inHead = index < headEnd;
    if (text === '') {
      lines.push(source);
      continue;
    }
    const remove = (rule: { name: string }) => furniture.push({ rule: rule.name, line: source.line, text: source.text });
    const afterPage = afterPageNumber;
    afterPageNumber = false;

    // The page header's other arrangements (rules/meta/header-fields.ts): a label alone (• 索引号,
    // - [ 发文字号 ], 标 题:, an infobox's 中文名) whose value is the next line, and a pipe row of
    // labels whose values are the next pipe row.
    if (inHead) {
      const kind = headerLineKind(text);
      const value: boolean = pending === 'value' && kind === null && isValueLine(text);
      const row: boolean = pending === 'row' && (PIPE_SEPARATOR.test(text) || (kind === null && /[|｜]/.test(text)));
      pending = kind === 'label' ? 'value' : kind === 'label-row' || (row && PIPE_SEPARATOR.test(text)) ? 'row' : null;
      if (kind === 'label' || kind === 'label-row' || value || row) {
        remove(metadataField);
        continue;
      }
    }

    const rule = LINE_RULES.find((r) => {
      if (r.zone !== 'anywhere' && !inHead) return false;
      const found = r.apply(text);
      return found !== null && r.removes(found);
    });
    if (rule) {
      remove(rule);
      afterPageNumber = rule === pdfPageNumber;
      continue;
    }
    if (pdfRunningHeader.apply({ text, repeats: repeats.get(text) ?? 0, afterPageNumber: afterPage }) !== null) {
      remove({ name: furnitureName(pdfRunningHeader.id) });
      continue;
    }
    // The same heading repeated by the page template (title bar, then the title again).
    if (inHead) {
      const repeated = repeatedTitle.apply({ text, seen: seenInHead });
      if (repeated !== null) {
        remove({ name: furnitureName(repeatedTitle.id) });
        continue;
      }
      seenInHead.add(text.replace(/\s+/g, ''));
    }

    const bullet = pdfListBullet.apply(source.text);
    if (bullet) {
      furniture.push({ rule: furnitureName(pdfListBullet.id), line: source.line, text: '-' });
      lines.push({ line: source.line, text: bullet.text });
      continue;
    }
    lines.push(source);
  }
  const log = new MessageLog();
  const pages = furniture.filter((f) => f.rule === pdfPageNumber.name).length;
  const fixed = pdfFixedWidth.apply(lines.map((l) => l.text));
  if (pages) pdfPageNumber.info(log, `${pages} page-number line(s) removed`);
  const headers = furniture.filter((f) => f.rule === furnitureName(pdfRunningHeader.id));
  if (headers.length) pdfRunningHeader.info(log, `${headers.length} running-header line(s) removed after page numbers: ${[...new Set(headers.map((h) => h.text.trim()))].join('、')}`, { line: headers[0]!.line });
  if (fixed) pdfFixedWidth.info(log, `${fixed.lines} lines break mid-sentence at printed width ${fixed.width}: PDF text, broken lines are joined`);
  for (const b of furniture.filter((f) => f.rule === newsByline.name)) newsByline.info(log, `news byline removed: ${b.text.trim()}`, { line: b.line });
  return { lines, furniture, fromPdf: pages > 0 || fixed !== null, lineWidth: fixed?.width ?? null, messages: log.messages };
}

/** Index of the salutation line, or of the first sentence of prose when there is none. */
function findHeadEnd(input: readonly SourceLine[]): number {
  const salutation = input.findIndex((l) => SALUTATION.test(normalizeSpace(l.text)) && newsByline.apply(l.text) === null);
  if (salutation >= 0) return salutation;
  const prose = input.findIndex((l) => {
    const t = normalizeSpace(l.text);
    return (t.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 40 && /[。，,]/.test(t);
  });
  if (prose >= 0) return prose;
  // No salutation and no line of prose (a PDF's hard-wrapped text): the header fields the text opens
  // with (a page's catalogue card and meta tags, as a format reader writes them) are still its head.
  const opening = input.findIndex((l) => normalizeSpace(l.text) !== '' && headerLineKind(toSimplifiedForMatching(normalizeSpace(l.text))) === null);
  return opening >= 0 ? opening : 0;
}
