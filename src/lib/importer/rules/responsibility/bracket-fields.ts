import { defineRule } from '../rule';
import { LABEL_WORDS } from './labels';
import { readFields, type Statement } from './statement';

const BRACKET_LABEL = new RegExp(`[【\\[〔](${LABEL_WORDS})[】\\]〕]\\s*[:：]?`, 'g');

export const bracketFieldsRule = defineRule<string, Statement>({
  id: 'responsibility/bracket-fields',
  description: 'Labels in square brackets after a measure, inside or outside a parenthesis: 【牵头单位】A【配合单位】B、C, or the whole statement in one bracket: 【责任单位：A、B】.',
  apply: (text) => {
    // The whole statement in one bracket: 【责任单位：A、B】.
    const whole = new RegExp(`[【\\[〔]\\s*((?:${LABEL_WORDS})\\s*[:：][^】\\]〕]+)[】\\]〕][。．.]?\\s*$`).exec(text.trim());
    if (whole) return readFields(whole[1]!.trim());
    const first = text.search(BRACKET_LABEL);
    if (first < 0) return null;
    const fields = text.slice(first).replace(/[（(]|[）)][。．.]?$/g, (m) => (m === '（' || m === '(' ? m : '')).replace(BRACKET_LABEL, '$1：');
    return readFields(fields.replace(/[。．.]$/, ''));
  },
  examples: [
    { name: 'lead and support', input: '开展科普活动。【牵头单位】省教育厅【配合单位】省科协、团省委', output: { lists: [{ role: 'lead', text: '省教育厅' }, { role: 'support', text: '省科协、团省委' }] } },
    { name: 'with colons and a full stop', input: '开展科普活动。【牵头单位】：省教育厅；【配合单位】：省科协。', output: { lists: [{ role: 'lead', text: '省教育厅' }, { role: 'support', text: '省科协' }] } },
    { name: 'the whole statement in one bracket', input: '开展科普活动，提升农民素质。【责任单位：县农业农村局、县科协】', output: { lists: [{ role: 'responsible', text: '县农业农村局、县科协' }] } },
    { name: 'a bracketed title is no statement', input: '组织开展【科普日】系列活动。', output: null },
  ],
});
