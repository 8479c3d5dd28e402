import { defineRule } from '../rule';
import { FIRST_LISTED, readFields, trailingParenthesis, type Statement } from './statement';

/**
 * 列第一位的为牵头单位: the first unit of each 责任单位 list leads and the others support. Stated once
 * for the whole plan (in the cover notice or the 组织实施 chapter), or inside one statement:
 * （A、B、C按职责分工负责，列第一位的为牵头单位）.
 */
export const firstListedConventionRule = defineRule<string, 'plan'>({
  id: 'responsibility/first-listed-convention',
  description: 'A sentence of the notice or plan stating that the first listed unit of each task leads (各项任务中列第一位的为牵头单位).',
  apply: (text) => (FIRST_LISTED.test(text) && !trailingParenthesis(text) ? 'plan' : null),
  examples: [
    { name: 'in the notice', input: '各项任务中列第一位的为牵头单位，其他为配合单位。', output: 'plan' },
    { name: 'another wording', input: '分工中排在首位的为牵头单位。', output: 'plan' },
    { name: 'inside one statement (another rule)', input: '开展活动。（市科协、市教育局按职责分工负责，列第一位的为牵头单位）', output: null },
    { name: 'no convention', input: '牵头单位要切实履行牵头职责。', output: null },
  ],
});

export const firstListedParenRule = defineRule<string, Statement>({
  id: 'responsibility/first-listed-paren',
  description: 'A trailing parenthesis listing units under its own first-listed convention: （A、B、C按职责分工负责，列第一位的为牵头单位）.',
  apply: (text) => {
    const inner = trailingParenthesis(text);
    if (inner === null || !FIRST_LISTED.test(inner)) return null;
    const fields = readFields(inner);
    const list = (fields?.lists[0]?.text ?? inner).split(/[，,；;]/)[0]!.replace(/按职责分工负责|分别负责|负责$/g, '');
    return list ? { lists: [{ role: 'responsible', text: list }], firstListedLeads: true } : null;
  },
  examples: [
    { name: 'per statement', input: '开展活动。（市科协、市教育局、团市委按职责分工负责，列第一位的为牵头单位）', output: { lists: [{ role: 'responsible', text: '市科协、市教育局、团市委' }], firstListedLeads: true } },
    { name: 'no convention in the parenthesis', input: '开展活动。（市科协、市教育局按职责分工负责）', output: null },
  ],
});
