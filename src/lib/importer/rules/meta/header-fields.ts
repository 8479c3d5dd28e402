import { defineRule } from '../rule';
import { toSimplifiedForMatching } from '../../text/fold';

/**
 * A web page's header: the catalogue card government portals, law databases and encyclopedias
 * print above a document (索引号, 发文字号, 成文日期, …), in every arrangement real pages use:
 *
 *   `label: value`, one or several per line, spaces inside labels (文       号 : 赤政办发〔2012〕3号)
 *   a label alone, its value on the next line (标 题: / the title; 中文名 / value in an infobox)
 *   bullets and list items (• 索引号 / • value; 1. [发布日期] 2016-07-08 00:00; - [ 发文字号 ] / - value)
 *   `[label] value`, `【label】value`
 *   `label | value`, and pipe rows: a row of labels, then a row of their values
 *
 * Two jobs, one vocabulary: the strip stage asks `headerLineKind` which head lines belong to the
 * header (and removes them as furniture); the metadata stage reads those lines back with the rule
 * `meta/header-fields`. Labels are matched on simplified characters (發文字號 → 发文字号); values are
 * cut from the lines as printed.
 */

/** What a header field states. `publisher` is the website's (发布机构, 来源): never the issuer. */
export type HeaderFact = 'index' | 'issuer' | 'publisher' | 'number' | 'signedDate' | 'publishedDate' | 'validity' | 'title' | 'other';

/** Every header label the importer knows, with what it states. */
export const HEADER_LABELS: Readonly<Record<string, HeaderFact>> = {
  索引号: 'index',
  // The issuing body, as law databases and encyclopedia infoboxes state it.
  发文机关: 'issuer', 发文单位: 'issuer', 发文部门: 'issuer', 发布单位: 'issuer',
  // A portal's 发布机构 is the office that put the page online; 来源 is the page it was copied from.
  发布机构: 'publisher', 来源: 'publisher', 信息来源: 'publisher',
  文号: 'number', 发文字号: 'number', 发文文号: 'number',
  // The document's own date (a law database's 发文时间 is the document's date, not the page's).
  成文日期: 'signedDate', 发文日期: 'signedDate', 发文时间: 'signedDate',
  发布日期: 'publishedDate', 发布时间: 'publishedDate', 日期: 'publishedDate',
  // A news page's byline label (时间：2012/7/4 9:10:34来源：…, 時間 : 2021-12-24 10:36:38 來源 : 本網): the page's date.
  时间: 'publishedDate',
  有效性: 'validity',
  标题: 'title', 名称: 'title', 发文标题: 'title', 中文名: 'title',
  信息分类: 'other', 主题分类: 'other', 体裁分类: 'other', 规划分类: 'other', 分类: 'other', 废止时间: 'other',
  主题词: 'other', 公开目录: 'other', 浏览量: 'other', 浏览次数: 'other', 字体: 'other', 信息提供日期: 'other',
  生效日期: 'other', 实施时间: 'other', 公开方式: 'other', 访问量: 'other', 访问次数: 'other', 点击量: 'other',
  点击数: 'other', 阅读量: 'other',
  // A GB/T 9704 document's 版记, as the PDF reader writes it before the body (formats/pdf.ts): the
  // print date is when copies were printed, neither the signing date nor the page's.
  抄送: 'other', 印发机关: 'other', 印发日期: 'other',
};

/** The labels, for the strip stage's line rules. */
export const METADATA_LABELS: readonly string[] = Object.keys(HEADER_LABELS);

const spaced = (label: string) => [...label].join('[\\s\\u00a0\\u3000]*');
const LABEL_ALTERNATION = METADATA_LABELS.slice()
  .sort((a, b) => b.length - a.length)
  .map(spaced)
  .join('|');
/** A list mark before a header line: •, -, *, ·, 1. or 1、 (numbered lists of fields). */
const LIST_MARK = /^\s*(?:[•\-*·]|\d{1,2}\s*[.、．])\s*/;
/** `label: value`, `label：`, with the label first on the line. */
const FIELD = new RegExp(`^(?:${LABEL_ALTERNATION})\\s*[:：]`);
/** A label alone on its line: its value is the next line. */
const LABEL_ALONE = new RegExp(`^(?:${LABEL_ALTERNATION})$`);
const PIPE = /[|｜]/;

/** A catalogue-card label printed in brackets, [ 发文字号 ] value or 【发布日期】value, read as 发文字号：value. */
export function bracketLabel(text: string): string {
  return text.replace(/^[\[【［]\s*([\u4e00-\u9fff\s]{2,12}?)\s*[\]】］]\s*/, '$1：');
}

/** A header line without its list mark and with its bracketed label read as `label：`. */
function unmarked(text: string): string {
  return bracketLabel(text.replace(/[\u00a0\u3000]/g, ' ').replace(LIST_MARK, '').trim());
}

const isLabel = (cell: string) => LABEL_ALONE.test(toSimplifiedForMatching(cell.trim()));
const cellsOf = (text: string) => {
  const cells = text.split(PIPE).map((c) => c.trim());
  // A Markdown row | a | b | has empty cells at both ends.
  if (cells[0] === '') cells.shift();
  if (cells[cells.length - 1] === '') cells.pop();
  return cells;
};

/**
 * What a head line is in the page header: `field` (one or more labels with their values),
 * `label` (a label alone, or a label with an empty value: its value follows), `label-row` (a pipe
 * row of labels: the next pipe row holds their values), or null (not a header line). Matched on
 * simplified characters.
 */
export function headerLineKind(text: string): 'field' | 'label' | 'label-row' | null {
  const t = unmarked(toSimplifiedForMatching(text));
  if (t === '') return null;
  if (PIPE.test(t)) {
    const cells = cellsOf(t);
    if (cells.length >= 2 && cells.every(isLabel)) return 'label-row';
    if (cells.length >= 2 && isLabel(cells[0]!)) return 'field';
    return null;
  }
  if (LABEL_ALONE.test(t)) return 'label';
  if (FIELD.test(t)) return /[:：]\s*$/.test(t) && t.replace(/\s/g, '').match(/[:：]/g)!.length === 1 ? 'label' : 'field';
  return null;
}

/** A markdown table's separator row (|---|---|), printed between a pipe row of labels and its values. */
export const PIPE_SEPARATOR = /^\s*[|｜]?\s*:?-{2,}:?\s*(?:[|｜]\s*:?-{2,}:?\s*)*[|｜]?\s*$/;

/** The longest a value on its own line is: a notice title (70) and a little more. */
export const VALUE_LINE_MAX = 80;

/**
 * Can `text` be the value of the label before it? A line that is not itself a header line, not
 * longer than a title, and not the notice title (…关于印发…的通知: the text keeps that as its heading).
 */
export function isValueLine(text: string): boolean {
  const t = toSimplifiedForMatching(text.trim());
  return t !== '' && headerLineKind(t) === null && t.length <= VALUE_LINE_MAX && !/关于印发/.test(t) && !PIPE.test(t);
}

/**
 * A field line's `label: value` pairs, several per line. A label is a known one, spaces allowed
 * inside (文       号), or any short run of characters without spaces (so that a short value
 * before the next label, 有效性: 有效 发文日期: …, is not read as part of a spaced label).
 */
const PAIR_LABEL = `(?:${LABEL_ALTERNATION}|[\\u4e00-\\u9fff]{2,7})`;
const PAIRS = new RegExp(`(${PAIR_LABEL})\\s*[:：]\\s*?(.*?)(?=\\s+${PAIR_LABEL}\\s*[:：]|$)`, 'dg');

export const headerFields = defineRule<readonly string[], Record<string, string>>({
  id: 'meta/header-fields',
  description:
    'Reads a page header’s fields (索引号, 发文字号, 成文日期, …) in every arrangement: label: value (several per line, spaced labels), a label and its value on consecutive lines, bullets and numbered items, [label] value, label | value, a pipe row of labels then their values; the first value of a label is kept.',
  apply(lines) {
    const fields: Record<string, string> = {};
    const set = (label: string, value: string) => {
      const key = toSimplifiedForMatching(label).replace(/\s/g, '');
      const v = value.trim();
      if (v && !(key in fields)) fields[key] = v;
    };
    let labelRow: string[] | null = null;
    for (let i = 0; i < lines.length; i++) {
      const text = unmarked(lines[i]!);
      if (text === '' || PIPE_SEPARATOR.test(text)) continue;
      const kind = headerLineKind(text);
      if (PIPE.test(text)) {
        const cells = cellsOf(text);
        if (kind === 'label-row') labelRow = cells;
        else if (labelRow && cells.length === labelRow.length && kind === null) {
          labelRow.forEach((label, k) => set(label, cells[k]!));
          labelRow = null;
        } else for (let k = 0; k + 1 < cells.length; k += 2) if (isLabel(cells[k]!)) set(cells[k]!, cells[k + 1]!);
        continue;
      }
      labelRow = null;
      if (kind === 'label') {
        const next = lines[i + 1];
        if (next !== undefined && isValueLine(unmarked(next))) set(text.replace(/[:：]\s*$/, ''), unmarked(lines[++i]!));
        continue;
      }
      // Labels are read on simplified characters (發布日期 → 发布日期); values are cut from the text as printed.
      const folded = toSimplifiedForMatching(text);
      for (const p of folded.matchAll(PAIRS)) {
        const [start, end] = p.indices![2]!;
        set(p[1]!, text.slice(start, end));
      }
    }
    return Object.keys(fields).length ? fields : null;
  },
  examples: [
    {
      name: 'several per line, spaces inside labels (a county site)',
      input: ['索引号 : 11346509/2012-1563602 文       号 : 赤政办发〔2012〕3号', '有效性: 有效 发文日期: 2012年09月28日'],
      output: { 索引号: '11346509/2012-1563602', 文号: '赤政办发〔2012〕3号', 有效性: '有效', 发文日期: '2012年09月28日' },
    },
    {
      name: 'an empty field, then a label whose value is on the next line',
      input: ['主题词: 发布日期:2022-08-31 09:37:44 文  号:楚政通〔2022〕61号', '标 题:', '某州全民科学素质行动实施方案', '成文日期:2022-08-30 08:00:00'],
      output: { 发布日期: '2022-08-31 09:37:44', 文号: '楚政通〔2022〕61号', 标题: '某州全民科学素质行动实施方案', 成文日期: '2022-08-30 08:00:00' },
    },
    {
      name: 'a numbered list of [label] values (a municipal portal)',
      input: ['  1. [主题分类] 国民经济、国有资产监管/其他', '  3. [发文单位] 北京市人民政府办公厅', '  4. [发布日期] 2016-07-08 00:00'],
      output: { 主题分类: '国民经济、国有资产监管/其他', 发文单位: '北京市人民政府办公厅', 发布日期: '2016-07-08 00:00' },
    },
    {
      name: '- [ label ] / - value line pairs, a label without a value',
      input: ['- [ 发文字号 ]', '- 九龙坡府办发〔2022〕24号', '- [ 有效性 ]', '- [ 成文日期 ]', '- 2022-02-11'],
      output: { 发文字号: '九龙坡府办发〔2022〕24号', 成文日期: '2022-02-11' },
    },
    { name: 'bullets', input: ['  • 发布日期', '  • 2022-04-24'], output: { 发布日期: '2022-04-24' } },
    { name: 'a news byline, spaces around the colons (traditional characters)', input: ['時間 : 2021-12-24 10:36:38 來源 : 本網'], output: { 时间: '2021-12-24 10:36:38', 来源: '本網' } },
    {
      name: 'law database fields',
      input: ['发文文号: 穗府办[2016]29号', '发文部门: 广州市人民政府办公厅', '发文时间: 2016-12-20'],
      output: { 发文文号: '穗府办[2016]29号', 发文部门: '广州市人民政府办公厅', 发文时间: '2016-12-20' },
    },
    {
      name: 'label | value rows',
      input: ['索引号 | 0123/2022-00015', '发文机关 | 某县人民政府 | 成文日期 | 1659974400000'],
      output: { 索引号: '0123/2022-00015', 发文机关: '某县人民政府', 成文日期: '1659974400000' },
    },
    {
      name: 'a pipe row of labels, then their values',
      input: ['| 索引号 | 发文机关 | 成文日期 | 文号 |', '| --- | --- | --- | --- |', '| 0123/2022-00015 | 某县人民政府 | 2022年08月09日 | 某政发〔2022〕5号 |'],
      output: { 索引号: '0123/2022-00015', 发文机关: '某县人民政府', 成文日期: '2022年08月09日', 文号: '某政发〔2022〕5号' },
    },
    {
      name: 'an infobox: labels alone, values below (traditional characters)',
      input: ['中文名', '某市全民科學素質行動實施方案', '發布單位', '某市人民政府辦公室', '發文字號', '某政辦發〔2022〕5號'],
      output: { 中文名: '某市全民科學素質行動實施方案', 发布单位: '某市人民政府辦公室', 发文字号: '某政辦發〔2022〕5號' },
    },
    {
      name: 'a 版记 read as header lines (a PDF)',
      input: ['抄送：区委各部门，区人大常委会办公室。', '印发机关：白沙区人民政府办公室', '印发日期：2022年5月6日'],
      output: { 抄送: '区委各部门，区人大常委会办公室。', 印发机关: '白沙区人民政府办公室', 印发日期: '2022年5月6日' },
    },
    { name: 'a notice title after a bare label stays the text’s', input: ['标 题:', '某州人民政府关于印发某方案的通知'], output: null },
    { name: 'a plan table is no header', input: ['| 序号 | 重点任务 | 牵头单位 |', '| 1 | 加强科学教育 | 市教育局 |'], output: null },
  ],
});

/** The value a header states for `fact`, by the first label (in the order given) that carries it. */
export function headerFact(fields: Readonly<Record<string, string>>, fact: HeaderFact, order: readonly string[] = METADATA_LABELS): string | null {
  for (const label of order) if (HEADER_LABELS[label] === fact && fields[label]) return fields[label]!;
  return null;
}
