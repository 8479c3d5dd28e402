import { defineRule } from '../rule';
import { lineRule } from '../strip/line-rule';

/**
 * A page number on a line of its own, as PDF conversion leaves it between the lines of a page:
 * `- 7 -`, `— 7 —`, `-7-`, `－7－`, `·7·` (a gazette's middle dots), `第7页`, `第 7 页 共 20 页`, `7/20`. A bare number is not taken
 * (it may be a table cell or a list value); `7/20` only when the page is not after the last page.
 */
const DASHED = /^[—–－-]+\s*(\d{1,4})\s*(?:\*\*)?\s*[—–－-]+(?:\*\*)?$/;
/** Middle dots either side, as government gazettes (政府公报) print their page numbers: ·7·, ・7・, • 7 •. */
const DOTTED = /^([·・•‧])\s*(\d{1,4})\s*\1$/;
const DI_YE = /^第\s*(\d{1,4})\s*页(?:\s*[,，/]?\s*共\s*(\d{1,4})\s*页)?$/;
const OF_TOTAL = /^(\d{1,4})\s*\/\s*(\d{1,4})$/;

export const pdfPageNumber = lineRule('anywhere', defineRule<string, { page: number }>({
  id: 'text/pdf-page-number',
  description: 'Removes a PDF page number standing alone on a line (- 7 -, — 7 —, -7-, ·7·, 第7页, 第7页共20页, 7/20).',
  apply(line) {
    const t = line.trim();
    const m = DASHED.exec(t) ?? DI_YE.exec(t);
    if (m) return m[2] !== undefined && Number(m[1]) > Number(m[2]) ? null : { page: Number(m[1]) };
    const d = DOTTED.exec(t);
    if (d) return { page: Number(d[2]) };
    const o = OF_TOTAL.exec(t);
    if (o && Number(o[1]) >= 1 && Number(o[1]) <= Number(o[2])) return { page: Number(o[1]) };
    return null;
  },
  examples: [
    { name: 'hyphens with spaces', input: '- 7 -', output: { page: 7 } },
    { name: 'em dashes', input: '— 12 —', output: { page: 12 } },
    { name: 'hyphens without spaces', input: '-7-', output: { page: 7 } },
    { name: 'full-width hyphens', input: '－3－', output: { page: 3 } },
    { name: 'a gazette’s middle dots', input: '·3·', output: { page: 3 } },
    { name: 'bullets with spaces', input: '• 12 •', output: { page: 12 } },
    { name: 'a dot on one side only is text', input: '·3', output: null },
    { name: 'different marks either side are not a page number', input: '·3•', output: null },
    { name: '第7页', input: '第7页', output: { page: 7 } },
    { name: '第 7 页 共 20 页', input: '第 7 页 共 20 页', output: { page: 7 } },
    { name: 'page of total', input: '7/20', output: { page: 7 } },
    { name: 'a date is not a page of total', input: '2022/5', output: null },
    { name: 'a bare number is not taken', input: '7', output: null },
    { name: 'a dash item is text', input: '——加强科普', output: null },
    { name: 'a sentence mentioning a page', input: '详见第7页表格。', output: null },
  ],
}));
