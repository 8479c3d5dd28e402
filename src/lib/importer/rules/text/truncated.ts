import { defineRule } from '../rule';

/**
 * A text that stops short: a web page's beginning saved as if it were the plan, a copy cut off by
 * a length limit, a PDF missing its last pages. Such a text imports without error (it has a title
 * and a notice) and would be published as a plan with few or no measures and nothing saying so.
 *
 * Three signals, each named; a text is called incomplete when two of them agree (any one alone is
 * seen in whole plans: a page footer left at the end ends without a full stop, a short county plan
 * is short, a plan may close with a section the list below does not name), or when its last line
 * stops in the middle of a clause (a comma, an enumeration comma or an opening bracket last), which
 * no whole text does.
 */

/**
 * Marks a sentence, a line of a list or a caption can end with (full-width as plans print them;
 * ASCII forms for text the repair stage left alone, e.g. a URL line). A digit ends a line of figures
 * or a page number (- 18 -, ·8·), which are not cut-off sentences either.
 */
export const SENTENCE_END = /[。！？；：…）)」』”’》】〕\]!?;:.·\-—\d]$/;
/** Marks after which a clause must go on: a text ending on one stops mid-clause. */
export const CLAUSE_OPEN = /[，、（《“‘【〔(\[,]$/;

/**
 * Words of the closing parts plans end their body with (组织实施, 保障措施 …), looked for at the
 * start of a heading or paragraph of the body (its first CLOSING_WINDOW characters, after the
 * number), in simplified characters. Every whole plan seen has one (the five in content/sources,
 * the dev plans, the layout fixtures); none of the real page beginnings does.
 */
export const CLOSING_PARTS = ['组织实施', '保障措施', '组织领导', '组织保障', '保障机制', '实施步骤', '工作步骤', '进度安排', '实施保障', '工作保障', '工作要求'] as const;
export const CLOSING_WINDOW = 12;

/**
 * Fewer characters of body (notice excluded, white space not counted) than any plan has. The
 * shortest whole plan seen has 1,001 (the minimal county plan among the layout fixtures); the
 * others 1,677–12,770 (the five real plans 4,551–12,770, the dev plans 8,614–9,515); the real page
 * beginnings are 141–876 characters in all, body and page furniture together. 900 sits between.
 */
export const MIN_PLAN_CHARS = 900;

export const TRUNCATION_SIGNALS = ['mid-sentence', 'no-closing-part', 'short'] as const;
export type TruncationSignal = (typeof TRUNCATION_SIGNALS)[number];

export interface TextShape {
  /** Texts of the body's headings and paragraphs (after their numbers), simplified for matching, in order. */
  starts: string[];
  /** The last block of the text: its source line and its text (null for a table, which ends nothing mid-sentence). */
  last: { line: number; text: string | null };
  /** Characters of the body and annex, white space not counted. */
  bodyChars: number;
}

export interface Truncation {
  /** The source line where the text stops. */
  line: number;
  reasons: TruncationSignal[];
}

export const truncated = defineRule<TextShape, Truncation>({
  id: 'text/truncated',
  description:
    'Says that a text stops short when two of three signals agree (it ends mid-sentence; no closing part such as 组织实施 or 保障措施; fewer than MIN_PLAN_CHARS characters of body), or when it ends mid-clause; names the last line.',
  apply({ starts, last, bodyChars }) {
    const end = last.text?.trim() ?? '';
    const midSentence = last.text !== null && end !== '' && !SENTENCE_END.test(end);
    const reasons: TruncationSignal[] = [];
    if (midSentence) reasons.push('mid-sentence');
    if (!starts.some((s) => CLOSING_PARTS.some((w) => s.slice(0, CLOSING_WINDOW).includes(w)))) reasons.push('no-closing-part');
    if (bodyChars < MIN_PLAN_CHARS) reasons.push('short');
    const midClause = midSentence && CLAUSE_OPEN.test(end);
    return reasons.length >= 2 || midClause ? { line: last.line, reasons } : null;
  },
  examples: [
    {
      name: 'a page beginning: short, no closing part, stops mid-sentence',
      input: { starts: ['总体要求', '到2025年，全省公民具备科学素质的比例'], last: { line: 15, text: '将科学教育和创新人才培养' }, bodyChars: 553 },
      output: { line: 15, reasons: ['mid-sentence', 'no-closing-part', 'short'] },
    },
    {
      name: 'long, but no closing part and stops mid-sentence',
      input: { starts: ['总体要求', '重点任务'], last: { line: 80, text: '加强青少年科学素质教育' }, bodyChars: 5000 },
      output: { line: 80, reasons: ['mid-sentence', 'no-closing-part'] },
    },
    {
      name: 'ends on an enumeration comma, even with a closing part: mid-clause',
      input: { starts: ['总体要求', '保障措施', '加强组织领导。'], last: { line: 200, text: '推进大众创业、' }, bodyChars: 9000 },
      output: { line: 200, reasons: ['mid-sentence'] },
    },
    {
      name: 'a whole plan: closing part, full stop',
      input: { starts: ['总体要求', '组织实施', '加强组织领导。'], last: { line: 201, text: '对“十四五”期间科学素质建设工作进行全面总结和评估。' }, bodyChars: 10741 },
      output: null,
    },
    {
      name: 'a whole plan whose page footer is left last (one signal only)',
      input: { starts: ['总体要求', '保障措施'], last: { line: 81, text: '柏陵区人民政府办公室主办辽ICP备00000000号' }, bodyChars: 1683 },
      output: null,
    },
    {
      name: 'a short whole plan (one signal only)',
      input: { starts: ['工作目标', '组织实施'], last: { line: 43, text: '2025年开展总结评估。' }, bodyChars: 899 },
      output: null,
    },
    {
      name: 'boundary: MIN_PLAN_CHARS characters is not short',
      input: { starts: ['总体要求'], last: { line: 40, text: '推进科普工作。' }, bodyChars: 900 },
      output: null,
    },
    {
      name: 'boundary: one character fewer is short (with no closing part: two signals)',
      input: { starts: ['总体要求'], last: { line: 40, text: '推进科普工作。' }, bodyChars: 899 },
      output: { line: 40, reasons: ['no-closing-part', 'short'] },
    },
    {
      name: 'a closing word past the start of a paragraph is not a closing part',
      input: { starts: ['总体要求', '各地要按照本方案要求切实加强组织领导'], last: { line: 60, text: '建成' }, bodyChars: 3000 },
      output: { line: 60, reasons: ['mid-sentence', 'no-closing-part'] },
    },
    {
      name: 'a table last ends nothing mid-sentence',
      input: { starts: ['总体要求', '重点任务'], last: { line: 116, text: null }, bodyChars: 3406 },
      output: null,
    },
  ],
});
