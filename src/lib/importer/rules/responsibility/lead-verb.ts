import { defineRule } from '../rule';
import { LABEL_WORDS } from './labels';
import { FIRST_LISTED, readLeadVerb, trailingParenthesis, type Statement } from './statement';

const LABEL = new RegExp(`^(${LABEL_WORDS})\\s*[:：]\\s*`);

export const leadVerbRule = defineRule<string, Statement>({
  id: 'responsibility/lead-verb',
  description: 'A trailing parenthesis naming who leads with the verb 牵头: （A牵头，B、C配合）, （A、B牵头，C参与）, also when separators or the opening bracket were lost.',
  apply: (text) => {
    const inner = trailingParenthesis(text);
    // （A为牵头单位） after a list is a note on that list (field-line reads it), not a statement of its own.
    if (inner === null || !/牵头/.test(inner) || FIRST_LISTED.test(inner) || /为牵头(单位|部门)$/.test(inner)) return null;
    if (LABEL.test(inner)) return null;
    if (/^(牵头|配合)/.test(inner) || /[:：]/.test(inner)) return null;
    return readLeadVerb(inner);
  },
  examples: [
    { name: 'lead and support', input: '开展活动。（市教育局牵头，市科协、团市委配合）', output: { lists: [{ role: 'lead', text: '市教育局' }, { role: 'support', text: '市科协、团市委' }] } },
    { name: 'separators lost', input: '开展活动。（市教育体育局牵头市委宣传部、科技局配合）', output: { lists: [{ role: 'lead', text: '市教育体育局' }, { role: 'support', text: '市委宣传部、科技局' }] } },
    { name: 'opening bracket lost', input: '开展活动。市科协牵头；市教育局配合）', output: { lists: [{ role: 'lead', text: '市科协' }, { role: 'support', text: '市教育局' }] } },
    { name: 'by whom, and two supporting lists', input: '开展活动。（由市科协牵头，市教育局配合，团市委参与）', output: { lists: [{ role: 'lead', text: '市科协' }, { role: 'support', text: '市教育局' }, { role: 'support', text: '团市委' }] } },
    { name: 'tasks above, by whom', input: '（以上任务由区农业农村委牵头，区科协、区妇联配合）', output: { lists: [{ role: 'lead', text: '区农业农村委' }, { role: 'support', text: '区科协、区妇联' }] } },
    { name: 'a note naming the lead of the list before it', input: '责任单位：区教委、区科协（区教委为牵头单位）', output: null },
    { name: 'labelled fields are another rule', input: '开展活动。（牵头单位：市教育局）', output: null },
    { name: 'no 牵头', input: '开展活动（含线上活动）', output: null },
  ],
});
