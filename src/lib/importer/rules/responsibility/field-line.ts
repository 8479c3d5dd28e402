import { defineRule } from '../rule';
import { LABEL_WORDS } from './labels';
import { readFields, type Statement } from './statement';

const STARTS_WITH_LABEL = new RegExp(`^[（(]?(${LABEL_WORDS})\\s*[:：]`);

export const fieldLineRule = defineRule<string, Statement>({
  id: 'responsibility/field-line',
  description: 'A line of its own naming who is responsible: 责任单位：A（牵头）、B、C; 责任单位：A、B、C; 牵头部门：A　配合部门：B (a section footer); 牵头单位：A / 配合单位：B on separate lines; 责任单位：A牵头，B配合.',
  apply: (text) => {
    const t = text.replace(/^[（(](.*)[）)][。．.]?$/, '$1');
    if (!STARTS_WITH_LABEL.test(t)) return null;
    return readFields(t.replace(/[。．.]$/, ''));
  },
  examples: [
    { name: 'marked lead', input: '责任单位：区科协（牵头）、区教育局、区妇联', output: { lists: [{ role: 'marked', text: '区科协（牵头）、区教育局、区妇联' }] } },
    { name: 'plain list', input: '责任单位：区教育局、区科协、团区委', output: { lists: [{ role: 'responsible', text: '区教育局、区科协、团区委' }] } },
    { name: 'footer with two fields', input: '牵头部门：市教育局、团市委　配合部门：市科协', output: { lists: [{ role: 'lead', text: '市教育局、团市委' }, { role: 'support', text: '市科协' }] } },
    { name: 'one field per line', input: '配合部门：市委宣传部、市卫生健康委。', output: { lists: [{ role: 'support', text: '市委宣传部、市卫生健康委' }] } },
    { name: 'the value says who leads', input: '责任单位：市教育局牵头，市科协配合', output: { lists: [{ role: 'lead', text: '市教育局' }, { role: 'support', text: '市科协' }] } },
    { name: 'a note naming the lead', input: '责任单位：区科委、区教委、区科协（区科委为牵头单位）', output: { lists: [{ role: 'lead', text: '区科委' }, { role: 'support', text: '区教委、区科协' }] } },
    { name: 'a sentence about units', input: '各责任单位要按照职责分工抓好落实。', output: null },
  ],
});
