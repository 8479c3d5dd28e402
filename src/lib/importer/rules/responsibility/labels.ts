import { defineRule } from '../rule';

/**
 * The responsibility labels plans write before a list of units (牵头单位：…；配合单位：…), and the
 * role of the list after each: the ONE definition every reader (labelled fields, brackets, field
 * lines, annex-table headers, space-aligned and one-cell-per-line tables, heading statements) and
 * every stripper (the measure text without its statement) imports.
 *
 * lead 牵头/主责; support 配合/参与/协办/协同/协作/协助/支持; responsible 责任/实施/承担 — a list
 * that does not say who leads (the first-listed convention may settle it later).
 */
export type LabelRole = 'lead' | 'support' | 'responsible';

export const RESPONSIBILITY_LABELS: Readonly<Record<LabelRole, readonly string[]>> = {
  lead: ['牵头单位', '牵头部门', '牵头责任单位', '牵头责任部门', '主责单位', '主责部门'],
  support: ['配合单位', '配合部门', '参与单位', '参与部门', '协办单位', '协办部门', '协同单位', '协同部门', '协作单位', '协助单位', '协助部门', '支持单位'],
  responsible: ['责任单位', '责任部门', '实施单位', '承担单位'],
};

const ALL = (Object.entries(RESPONSIBILITY_LABELS) as [LabelRole, readonly string[]][]).flatMap(([role, labels]) => labels.map((label) => ({ label, role })));

/** The labels as a regular-expression alternation, longest first (牵头责任单位 before 责任单位). */
export const LABEL_WORDS = ALL.map((l) => l.label)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** The role of a label written alone (a field label or a table header cell; spaces inside ignored), or null. */
export function roleOfLabel(label: string): LabelRole | null {
  const key = label.replace(/[\s\u3000]/g, '');
  return ALL.find((l) => l.label === key)?.role ?? null;
}

/** A parenthesis's inner text that is a responsibility statement: it opens with a label (责任部门：…), or names who leads with 牵头 (A牵头，B配合). */
export const STATEMENT_INNER = new RegExp(`^\\s*(?:${LABEL_WORDS})\\s*[:：]|^[^（）()]*牵头`);

export const responsibilityLabelRule = defineRule<string, LabelRole>({
  id: 'responsibility/labels',
  description: 'The labels that name who is responsible (牵头单位, 主责单位, 配合单位, 参与单位, 协办单位, 责任单位, 责任部门, …) and the role of the list after each.',
  apply: roleOfLabel,
  examples: [
    ...ALL.map(({ label, role }) => ({ name: label, input: label, output: role })),
    { name: 'spaced header cell', input: '牵 头 单 位', output: 'lead' },
    { name: 'a verb, not a label', input: '牵头', output: null },
    { name: 'a placeholder, not a label', input: '有关单位', output: null },
    { name: 'a page footer label', input: '主办单位', output: null },
    { name: 'a label with its colon is a field, not a label alone', input: '责任单位：', output: null },
  ],
});
