import { SALUTATION } from './rules/meta/title';
import type { ImportMessage } from './messages';
import { newsByline } from './rules/text/news-byline';
import { pdfFixedWidth } from './rules/text/pdf-fixed-width';
import { pdfPageNumber } from './rules/text/pdf-page-number';
import { INVISIBLE } from './rules/text/invisible-chars';
import { toSimplifiedForMatching } from './text/fold';
import { headerLineKind, isValueLine, PIPE_SEPARATOR } from './rules/meta/header-fields';
import type { Furniture, SourceLine } from './types';

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

const spaced = (label: string) => [...label].join('[\\s\\u00a0\\u3000]*');

/** Labels only a web page prints (never a plan's sentence starts with them). */
const PAGE_FOOTER = new RegExp(`^(?:${['发布日期', '发布时间', '浏览次数', '浏览量', '访问量', '点击量', '阅读次数', '主办单位', '承办单位', '主办', '承办', '技术支持', '网站标识码'].map(spaced).join('|')})\\s*[:：]`);

interface LineRule {
  name: string;
  /** Where the rule applies: `head` = before the notice's salutation line. */
  zone: 'head' | 'anywhere';
  test: (text: string) => boolean;
}

/** Whole-line rules, in the order they are tried. */
export const LINE_RULES: readonly LineRule[] = [
  { name: 'pdf-page-number', zone: 'anywhere', test: (t) => pdfPageNumber.apply(t) !== null },
  { name: 'news-byline', zone: 'head', test: (t) => newsByline.apply(t) === 'byline' },
  { name: 'site-location', zone: 'anywhere', test: (t) => /^(您所在的位置|当前位置)\s*[:：]/.test(t) },
  { name: 'breadcrumb', zone: 'head', test: (t) => /^>\s*\S+(\s*>\s*\S+)+$/.test(t) },
  { name: 'view-counter', zone: 'head', test: (t) => /\|\s*(来源|查看|浏览)/.test(t) && /(查看|浏览[量次数]*)\s*[:：]\s*\d*\s*$/.test(t) },
  { name: 'page-toolbar', zone: 'anywhere', test: (t) => /【\s*字体\s*[:：]/.test(t) },
  // The page header (rules/meta/header-fields.ts): a line of `label: value` fields.
  { name: 'metadata-field', zone: 'head', test: (t) => headerLineKind(t) === 'field' },
  // A page footer prints the same card (发布日期：…　　浏览次数：1032) and the site's owners (主办单位：…　技术支持：…).
  { name: 'page-footer', zone: 'anywhere', test: (t) => PAGE_FOOTER.test(t) },
  { name: 'share-footer', zone: 'anywhere', test: (t) => /^(【本文地址】|今日新闻|推荐新闻|相关新闻|扫一扫在手机上查看当前页面|分享到[:：]?.*)$/.test(t) },
  { name: 'copyright-footer', zone: 'anywhere', test: (t) => /^(copyright|版权所有)/i.test(t) },
  { name: 'attachment-download', zone: 'anywhere', test: (t) => /^附件下载\s*[:：]/.test(t) },
  { name: 'attachment-file-name', zone: 'anywhere', test: (t) => /\S\.(pdf|docx?|wps|ofd|xlsx?)$/i.test(t) },
  { name: 'print-close-links', zone: 'anywhere', test: (t) => /^(【?打印(本页)?】?\s*【?关闭(窗口)?】?|【?关闭窗口】?)$/.test(t) },
  // A news page's closing lines after the text (often right after an annex table, whose cells they must not become).
  { name: 'editor-footer', zone: 'anywhere', test: (t) => /^[（(【\[]?(?:(?:责任编辑|责编|编辑|审核|审校|校对|初审|复审|终审)\s*[:：]\s*[\u4e00-\u9fff·]{2,4}\s*)+[）)】\]]?$/.test(t) },
  { name: 'prev-next-links', zone: 'anywhere', test: (t) => /^(上一篇|下一篇|上一条|下一条)\s*[:：]/.test(t) },
  { name: 'print-link', zone: 'anywhere', test: (t) => /^(【\s*(打印(本页|此页)?|关闭(窗口|本页)?|返回顶部|收藏)\s*】\s*)+$/.test(t) },
  { name: 'map-widget', zone: 'anywhere', test: (t) => /^(Baidu|map|百度地图)$/i.test(t) },
];


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

  for (const [index, source] of input.entries()) {
    // Rules match on simplified characters, so a traditional-character repost is stripped alike.
    const text = toSimplifiedForMatching(normalizeSpace(source.text));
    const inHead = index < headEnd;
    if (text === '') {
      lines.push(source);
      continue;
    }
    const remove = (rule: string) => furniture.push({ rule, line: source.line, text: source.text });

    // The page header's other arrangements (rules/meta/header-fields.ts): a label alone (• 索引号,
    // - [ 发文字号 ], 标 题:, an infobox's 中文名) whose value is the next line, and a pipe row of
    // labels whose values are the next pipe row.
    if (inHead) {
      const kind = headerLineKind(text);
      const value: boolean = pending === 'value' && kind === null && isValueLine(text);
      const row: boolean = pending === 'row' && (PIPE_SEPARATOR.test(text) || (kind === null && /[|｜]/.test(text)));
      pending = kind === 'label' ? 'value' : kind === 'label-row' || (row && PIPE_SEPARATOR.test(text)) ? 'row' : null;
      if (kind === 'label' || kind === 'label-row' || value || row) {
        remove('metadata-field');
        continue;
      }
    }

    const rule = LINE_RULES.find((r) => (r.zone === 'anywhere' || inHead) && r.test(text));
    if (rule) {
      remove(rule.name);
      continue;
    }
    // The same heading repeated by the page template (title bar, then the title again).
    const key = text.replace(/\s+/g, '');
    if (inHead && seenInHead.has(key)) {
      remove('repeated-title');
      continue;
    }
    if (inHead) seenInHead.add(key);

    // PDF conversion puts "- " before list items; the dash is not part of the text.
    const bullet = /^(\s*)- (?=\S)/.exec(source.text);
    if (bullet) {
      furniture.push({ rule: 'pdf-list-bullet', line: source.line, text: '-' });
      lines.push({ line: source.line, text: source.text.slice(bullet[0].length) });
      continue;
    }
    lines.push(source);
  }
  const messages: ImportMessage[] = [];
  const pages = furniture.filter((f) => f.rule === 'pdf-page-number').length;
  const fixed = pdfFixedWidth.apply(lines.map((l) => l.text));
  if (pages) messages.push({ ruleId: pdfPageNumber.id, severity: 'info', line: null, anchor: null, reason: `${pages} page-number line(s) removed` });
  if (fixed) {
    messages.push({ ruleId: pdfFixedWidth.id, severity: 'info', line: null, anchor: null, reason: `${fixed.lines} lines break mid-sentence at printed width ${fixed.width}: PDF text, broken lines are joined` });
  }
  const bylines = furniture.filter((f) => f.rule === 'news-byline');
  for (const b of bylines) messages.push({ ruleId: newsByline.id, severity: 'info', line: b.line, anchor: null, reason: `news byline removed: ${b.text.trim()}` });
  return { lines, furniture, fromPdf: pages > 0 || fixed !== null, lineWidth: fixed?.width ?? null, messages };
}

/** Index of the salutation line, or of the first sentence of prose when there is none. */
function findHeadEnd(input: readonly SourceLine[]): number {
  const salutation = input.findIndex((l) => SALUTATION.test(normalizeSpace(l.text)) && newsByline.apply(l.text) === null);
  if (salutation >= 0) return salutation;
  const prose = input.findIndex((l) => {
    const t = normalizeSpace(l.text);
    return (t.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 40 && /[。，,]/.test(t);
  });
  return prose >= 0 ? prose : 0;
}
