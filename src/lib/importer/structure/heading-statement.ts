import { defineRule } from '../rules/rule';
import { LABEL_WORDS } from '../rules/responsibility/labels';

/**
 * A numbered heading that carries its responsibility statement in a parenthesis right after it:
 * （一）青少年科学素质提升行动（牵头单位：市教育局；配合单位：市科协）, or 1.加强科学教育（责任单位：市教育局）。正文…
 * The heading is the words before the parenthesis; the statement becomes a paragraph of its own, so
 * that the heading reads as a heading and the statement is read by the responsibility rules.
 * Only a labelled statement or one with 牵头 counts: 新时代文明实践中心（所、站） is part of a heading.
 */

/** The longest heading text before a statement parenthesis (longer is a sentence). */
export const MAX_STATED_HEADING_LENGTH = 40;

export interface HeadingWithStatement {
  heading: string;
  /** The parenthesis, with the full stop after it if any. */
  statement: string;
  /** Text after the statement on the same line. */
  rest: string;
}

/** The end of the parenthesis opening at `open`, or -1 (nested parentheses allowed). */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '（' || text[i] === '(') depth++;
    else if (text[i] === '）' || text[i] === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

const STATEMENT_START = new RegExp(`^[（(]\\s*(?:${LABEL_WORDS})\\s*[:：]|^[（(][^（）()]*牵头`);

export const headingStatement = defineRule<string, HeadingWithStatement>({
  id: 'structure/heading-statement',
  description: 'Splits a responsibility parenthesis off the numbered heading it follows: （一）青少年科学素质提升行动（牵头单位：市教育局；配合单位：市科协）.',
  apply: (rest) => {
    for (let open = rest.search(/[（(]/); open > 0; open = rest.slice(open + 1).search(/[（(]/) < 0 ? -1 : open + 1 + rest.slice(open + 1).search(/[（(]/)) {
      const heading = rest.slice(0, open);
      if (heading.length > MAX_STATED_HEADING_LENGTH || /[。；]/.test(heading) || (heading.match(/[，,]/g) ?? []).length > 1) return null;
      if (!STATEMENT_START.test(rest.slice(open))) continue;
      const end = closing(rest, open);
      if (end < 0) return null;
      const stop = /^[。．.]/.test(rest.slice(end + 1)) ? end + 2 : end + 1;
      return { heading, statement: rest.slice(open, stop), rest: rest.slice(stop) };
    }
    return null;
  },
  examples: [
    {
      name: 'a group heading with its statement',
      input: '青少年科学素质提升行动（牵头单位：市教育局；配合单位：市科协、团市委）',
      output: { heading: '青少年科学素质提升行动', statement: '（牵头单位：市教育局；配合单位：市科协、团市委）', rest: '' },
    },
    {
      name: 'a measure heading, its statement, then its text',
      input: '加强科学教育（责任单位：市教育局、市科协）。开齐开足科学类课程。',
      output: { heading: '加强科学教育', statement: '（责任单位：市教育局、市科协）。', rest: '开齐开足科学类课程。' },
    },
    {
      name: 'names with their own parentheses',
      input: '领导干部和公务员科学素质提升行动（牵头单位：市委组织部；配合单位：市委党校（市行政学院））',
      output: { heading: '领导干部和公务员科学素质提升行动', statement: '（牵头单位：市委组织部；配合单位：市委党校（市行政学院））', rest: '' },
    },
    { name: 'a parenthesis that is part of the heading', input: '加强新时代文明实践中心（所、站）建设', output: null },
    { name: 'a sentence, not a heading', input: '各地要加强科学教育，开展科普活动，提升学生的科学素质和创新能力（市教育局牵头）', output: null },
  ],
});
