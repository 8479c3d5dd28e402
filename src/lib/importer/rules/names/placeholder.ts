import { defineRule } from '../rule';
import { PLACEHOLDER } from './garbled';

/**
 * A name in a department list that stands for "the other members" (其他成员单位, 有关部门) names no
 * body: it is not listed as a department, and the report notes it (where a garbled name is a warning).
 */
export const placeholderName = defineRule<string, string>({
  id: 'names/placeholder',
  description: 'A list entry that stands for the other members (其他成员单位, 各成员单位, 有关部门, 相关单位) is no department; it is noted, not listed.',
  apply: (name) => PLACEHOLDER.exec(name)?.[1] ?? null,
  examples: [
    { name: 'other members', input: '区委宣传部等其他成员单位', output: '其他成员单位' },
    { name: 'departments concerned', input: '有关部门', output: '有关部门' },
    { name: 'a named body', input: '区教育局', output: null },
  ],
});
