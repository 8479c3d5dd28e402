import { opensItem } from '../../structure/numbering';
import { defineRule } from '../rule';
import { SIGNER_LINE } from '../meta/signer';
import { DATE_YMD } from '../meta/date';
import { printedWidth, SENTENCE_END } from './pdf-fixed-width';

/**
 * PDF text breaks a paragraph at every printed line end and page end. A line continues the
 * previous one when that one stops mid-sentence (no closing punctuation), fills the printed line
 * (its width is the PDF's line width when known, else it is at least 20 characters long), is
 * neither a heading, a title nor a date line, and this line opens no outline item. The numbering
 * grammar decides what opens an item, so a wrapped `1.2万人次以上。` continues its sentence and a
 * `第二章` line is never glued onto the line before it.
 */

/** What ends a paragraph even on a full printed line. */
const PARAGRAPH_END = /[。！？!?]$|[。！？][”’」』）)]$|^[（(][^（）()]*[）)]$/;
const DATE_END = new RegExp(`(?:${DATE_YMD})$`);
/** How much narrower than the printed width a full line may be (hanging punctuation, a half-width digit pair). */
const SLACK = 6;

/** A numbered line that is only a heading ("（五）实施领导干部和公务员科学素质提升行动"). */
function isHeadingShaped(text: string): boolean {
  return opensItem(text) && !/[。；]/.test(text) && text.length <= 40;
}

export interface JoinInput {
  previous: string;
  next: string;
  /** The PDF's printed line width (text/pdf-fixed-width), when known. */
  width?: number | null;
}

export const pdfLineJoin = defineRule<JoinInput, string>({
  id: 'text/pdf-line-join',
  description: 'Joins the lines of a paragraph that a PDF broke at a line or page end; never joins onto a heading, a title, a date, or a line that opens an outline item.',
  apply({ previous, next, width }) {
    if (previous.includes('\t') || next.includes('\t')) return null;
    if (width ? printedWidth(previous) < width - SLACK : previous.length < 20) return null;
    // A line that fills the printed width goes on unless it ends a sentence: a list broken after
    // （牵头单位： or 县科协；, or a heading wrapped onto a second line, is one line of text.
    const full = !!width && printedWidth(previous) >= width - SLACK;
    if ((full ? PARAGRAPH_END : SENTENCE_END).test(previous) || DATE_END.test(previous)) return null;
    // A heading that fills the line goes on only into a short rest of it (学管理能力), not into a paragraph.
    if (isHeadingShaped(previous) && (!full || printedWidth(next) >= width! - SLACK || /[，。；]/.test(next))) return null;
    if (/关于印发|通知$/.test(previous)) return null;
    // The notice's closing block is lines of their own: 附件：<title>, the signer, a seal line, the date.
    if (/^附\s*件/.test(previous) || SIGNER_LINE.test(previous) || SIGNER_LINE.test(next) || /^[（(][^（）()]*代章[)）]$/.test(next)) return null;
    if (opensItem(next)) return null;
    return previous + next;
  },
  examples: [
    {
      name: 'a sentence broken at the line end',
      input: { previous: '为深入贯彻落实全民科学素质行动规划纲要，进一步提升全区公民科', next: '学素质，制定本方案。' },
      output: '为深入贯彻落实全民科学素质行动规划纲要，进一步提升全区公民科学素质，制定本方案。',
    },
    {
      name: 'a wrapped line starting with 1.2万人次 is not item 1',
      input: { previous: '深入开展农民实用技术培训，每年开展农民实用技术培训', next: '1.2万人次以上。' },
      output: '深入开展农民实用技术培训，每年开展农民实用技术培训1.2万人次以上。',
    },
    { name: 'a 第二章 line is never glued on', input: { previous: '为深入贯彻落实全民科学素质行动规划纲要，进一步提升全区公民科', next: '第二章 重点任务' }, output: null },
    { name: 'a numbered item opens a new line', input: { previous: '为深入贯彻落实全民科学素质行动规划纲要，进一步提升全区公民科', next: '2.实施科普活动。' }, output: null },
    { name: 'a finished sentence', input: { previous: '为深入贯彻落实全民科学素质行动规划纲要，制定本方案。', next: '一、总体要求' }, output: null },
    { name: 'a line shorter than the printed width ends its paragraph', input: { previous: '区委宣传部、区科协、区教育局', next: '（二）实施农民科学素质提升行动', width: 56 }, output: null },
    {
      name: 'a statement broken after its ； on a full line',
      input: { previous: '加强科学教育，开展系列活动。（牵头单位：县教育局；配合单位：县科协、', next: '团县委）', width: 70 },
      output: '加强科学教育，开展系列活动。（牵头单位：县教育局；配合单位：县科协、团县委）',
    },
    {
      name: 'a heading wrapped over two full lines',
      input: { previous: '（五）实施领导干部和公务员科学素质提升行动，提高科学决策和科', next: '学管理能力', width: 58 },
      output: '（五）实施领导干部和公务员科学素质提升行动，提高科学决策和科学管理能力',
    },
    { name: 'a heading filling the line, then its paragraph', input: { previous: '（一）实施青少年科学素质提升行动，激发青少年好奇心和想象力', next: '以培养科学兴趣、创新意识和实践能力为重点，完善学校科学教育体', width: 60 }, output: null },
    { name: 'a full line ending its sentence', input: { previous: '加强科学教育，开展系列活动，提升学生科学素质和创新能力。', next: '组织开展科技节。', width: 56 }, output: null },
    { name: 'the annex label is a line of its own', input: { previous: '附件：某区全民科学素质行动重点任务分工表', next: '某区全民科学素质工作领导小组' }, output: null },
    { name: 'a seal line under the signer', input: { previous: '某区全民科学素质工作领导小组办公室和某某单位联合印发的文件名称很长', next: '（某区科学技术协会代章）' }, output: null },
    { name: 'a heading is never continued', input: { previous: '（五）实施领导干部和公务员科学素质提升行动', next: '以提升科学决策能力为重点' }, output: null },
  ],
});
