import { defineRule } from '../rule';
import { LABEL_WORDS } from '../responsibility/labels';

/**
 * A responsibility statement broken over two lines in web text as well as PDF text: a label whose
 * units are on the next line (牵头单位： / 县教育局、县科协), or a parenthesis opened on one line and
 * closed on the next (（牵头单位：县科协；配合单位： / 县教育局、团县委）). The two lines are one line.
 */
const LABEL_AT_END = new RegExp(`(?:^|[（(；;，,\\s])(?:${LABEL_WORDS})\\s*[:：]\\s*$`);

/** The statement parenthesis left open at the end of a line, if any. */
function openStatement(line: string): boolean {
  let depth = 0;
  let openAt = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '（' || c === '(') {
      if (depth === 0) openAt = i;
      depth++;
    } else if ((c === '）' || c === ')') && depth > 0) depth--;
  }
  return depth > 0 && new RegExp(`^[（(]\\s*(?:(?:${LABEL_WORDS})\\s*[:：]|[^（）()]*牵头)`).test(line.slice(openAt));
}

export const statementContinuation = defineRule<{ previous: string; next: string }, string>({
  id: 'text/statement-continuation',
  description: 'Joins a responsibility statement broken over two lines: a label whose units are on the next line, or a statement parenthesis closed on the next line.',
  apply: ({ previous, next }) => {
    if (previous.includes('\t') || next.includes('\t')) return null;
    if (LABEL_AT_END.test(previous)) return previous + next;
    if (openStatement(previous) && /^[^（(]*[）)]/.test(next)) return previous + next;
    // A note on the lead broken inside its parenthesis: …区科协（区总 / 工会为牵头单位）.
    if (/[（(][^（）()]*$/.test(previous) && /^[^（(]*为牵头(单位|部门)[）)]/.test(next)) return previous + next;
    return null;
  },
  examples: [
    { name: 'a label, its units on the next line', input: { previous: '牵头单位：', next: '县教育局、县科协' }, output: '牵头单位：县教育局、县科协' },
    { name: 'a parenthesis closed on the next line', input: { previous: '开展科普活动。（牵头单位：县科协；配合单位：县教育局、', next: '团县委）' }, output: '开展科普活动。（牵头单位：县科协；配合单位：县教育局、团县委）' },
    { name: 'a lead note broken inside its parenthesis', input: { previous: '责任单位：区总工会、区科协（区总', next: '工会为牵头单位）' }, output: '责任单位：区总工会、区科协（区总工会为牵头单位）' },
    { name: 'a sentence ending in a colon', input: { previous: '主要任务如下：', next: '一、加强科学教育' }, output: null },
    { name: 'a parenthesis of other words left open', input: { previous: '建设科普基地（含', next: '流动科技馆）' }, output: null },
  ],
});
