import { defineRule } from '../rule';
import { ORG_MORPHEME, splitOutsideParentheses } from '../names/split';
import { trailingParenthesis, type Statement } from './statement';

export const parenDutyRule = defineRule<string, Statement>({
  id: 'responsibility/paren-duty',
  description: 'A trailing parenthesis of units that are responsible without a lead: （A、B按职责分工负责）, （A负责）.',
  apply: (text) => {
    const inner = trailingParenthesis(text);
    if (inner === null || /牵头|[:：]/.test(inner)) return null;
    // 由主管部门统一负责 is a clause about a duty, not a list of units.
    const m = /^(?![由请要应])(.+?)(按职责分工负责|按职责负责|分别负责|负责)$/.exec(inner);
    if (m && /统一|共同|具体|全面/.test(m[1]!)) return null;
    if (!m) return null;
    const pieces = splitOutsideParentheses(m[1]!, /[、，,]/);
    return pieces.length && pieces.every((p) => ORG_MORPHEME.test(p) && p.length <= 30) ? { lists: [{ role: 'responsible', text: m[1]! }] } : null;
  },
  examples: [
    { name: 'units by their duties', input: '开展活动。（市科协、市教育局按职责分工负责）', output: { lists: [{ role: 'responsible', text: '市科协、市教育局' }] } },
    { name: 'one unit', input: '开展活动。（市科协负责）', output: { lists: [{ role: 'responsible', text: '市科协' }] } },
    { name: 'a clause that is not a list', input: '建立制度（由主管部门统一负责）', output: null },
  ],
});
