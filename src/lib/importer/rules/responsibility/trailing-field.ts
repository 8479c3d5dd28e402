import { defineRule } from '../rule';
import { LABEL_WORDS } from './labels';
import { readFields, type Statement } from './statement';

const TRAILING_LABEL = new RegExp(`[。；;]\\s*((?:${LABEL_WORDS})\\s*[:：].*)$`);

export const trailingFieldRule = defineRule<string, Statement>({
  id: 'responsibility/trailing-field',
  description: 'A labelled statement as the last sentence of a paragraph, outside brackets: …开展职业技能培训。责任单位：A、B。',
  apply: (text) => {
    const m = TRAILING_LABEL.exec(text.trim());
    return m ? readFields(m[1]!.replace(/[。．.]$/, '')) : null;
  },
  examples: [
    { name: 'one field at the end', input: '开展职业技能培训，提升职工科学素质。责任单位：地区人力资源和社会保障局、地区总工会。', output: { lists: [{ role: 'responsible', text: '地区人力资源和社会保障局、地区总工会' }] } },
    { name: 'two fields at the end', input: '开展培训。牵头单位：市总工会；配合单位：市科协。', output: { lists: [{ role: 'lead', text: '市总工会' }, { role: 'support', text: '市科协' }] } },
    { name: 'a label inside a sentence', input: '各责任单位：要按照分工抓好落实，确保取得实效。', output: null },
  ],
});
