import { defineRule } from '../rule';
import { readFields, trailingParenthesis, type Statement } from './statement';

export const parenFieldsRule = defineRule<string, Statement>({
  id: 'responsibility/paren-fields',
  description: 'A measure ending in a parenthesis of labelled fields: （牵头单位：A；配合单位：B、C）, （牵头单位：A，配合单位：B）, （牵头单位：A）, （责任单位：A（牵头）、B）.',
  apply: (text) => {
    const inner = trailingParenthesis(text);
    return inner === null ? null : readFields(inner);
  },
  examples: [
    { name: 'lead and support, ；', input: '开展科普活动。（牵头单位：市教育局；配合单位：市科协、团市委）', output: { lists: [{ role: 'lead', text: '市教育局' }, { role: 'support', text: '市科协、团市委' }] } },
    { name: 'lead and support, ，', input: '开展科普活动。（牵头单位：市教育局，配合单位：市科协）', output: { lists: [{ role: 'lead', text: '市教育局' }, { role: 'support', text: '市科协' }] } },
    { name: 'lead alone', input: '开展科普活动。（牵头单位：市教育局、市科协）', output: { lists: [{ role: 'lead', text: '市教育局、市科协' }] } },
    { name: 'names with their own parentheses', input: '培训。（牵头单位：市委组织部，配合单位：市委党校（市行政学院）、各县（市、区）人民政府）', output: { lists: [{ role: 'lead', text: '市委组织部' }, { role: 'support', text: '市委党校（市行政学院）、各县（市、区）人民政府' }] } },
    { name: '责任部门 with an inline lead mark', input: '建设基地。（责任部门：市科协（牵头）、市教育局）', output: { lists: [{ role: 'marked', text: '市科协（牵头）、市教育局' }] } },
    { name: '责任单位 whose value says who leads', input: '开展活动。（责任单位：省教育厅、省科协牵头，省其他成员单位按职责分工负责）', output: { lists: [{ role: 'lead', text: '省教育厅、省科协' }, { role: 'support', text: '省其他成员单位' }] } },
    { name: 'a parenthesis that is not a statement', input: '建设新时代文明实践中心（所、站）', output: null },
  ],
});
