import { defineRule } from '../rule';
import { NAME_END, REGION_PREFIX } from './split';

/**
 * Names that look garbled are flagged, never published: two names run together, a stray
 * character, a character lost or changed, or no organisational word at the end. A garbled source
 * is fixed by a correction with its reason (content/corrections/<slug>.yaml, shown as 校勘记).
 * `known` is every other name the same plan writes, which is what lets a rule see that
 * 区住房城乡建商局 is 区住房城乡建设局 with one character changed.
 */

export interface NameCheck {
  name: string;
  /** Other names the plan writes (canonical forms). */
  known: readonly string[];
}

/** Placeholders that stand for "the other members" rather than naming a body. */
export const PLACEHOLDER = /(其他成员单位|其他有关单位|其他相关单位|各成员单位|有关部门|相关部门|有关单位|相关单位|成员单位)$/;

/** The stem of a name: without region prefix and organisational suffix (市农业农村局 → 农业农村). */
export function stemOf(name: string): string {
  return name.replace(REGION_PREFIX, '').replace(/(局|委员会|委|部|办公室|办|厅|中心|联合会|联|协会|协|院|所)$/, '');
}

/** How two names differ by one character: a change, or one character more in `a`, or fewer; else null. */
function oneEdit(a: string, b: string): 'changed' | 'extra' | 'missing' | null {
  if (a === b) return null;
  if (a.length === b.length) return [...a].filter((c, i) => c !== b[i]).length === 1 ? 'changed' : null;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return null;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return a.length > b.length ? 'extra' : 'missing';
  return null;
}

/** A changed character is a slip only in a long stem: 建设局/建商局 are one name, 民政局/财政局 two. */
export const MIN_STEM_FOR_CHANGE = 4;
/** A lost character shows when what is left of the stem is this short (区政局 for 区民政局). */
export const MAX_STEM_FOR_LOSS = 1;

/** Why a name looks garbled, or null when it looks like a name. `known` lists every name the plan writes, once per occurrence. */
export function garbledReason({ name, known }: NameCheck): string | null {
  if (PLACEHOLDER.test(name)) return `“${name}”指其他成员单位，不是一个单位名称`;
  const count = (n: string) => known.filter((k) => k === n).length;
  const others = [...new Set(known)].filter((k) => k !== name);
  const bare = name.replace(/[（(][^（）()]*[）)]$/, '');
  if (!NAME_END.test(bare) && !ORG_ENDING.test(bare)) {
    return `“${name}”不以机构名称结尾（局、委、办、中心……），像是残缺或粘连的文字`;
  }
  // Two or more names the plan writes, run together (科技农业农村科协, 应急管理市文旅局气象局).
  const stems = [...new Set(others.map(stemOf).filter((s) => s.length >= 2))].sort((a, b) => b.length - a.length);
  let rest = name.replace(REGION_PREFIX, '');
  let parts = 0;
  while (rest.length) {
    const s = stems.find((st) => rest.replace(REGION_PREFIX, '').startsWith(st));
    if (!s) break;
    rest = rest.replace(REGION_PREFIX, '').slice(s.length).replace(/^(局|委|部|办|厅|中心)/, '');
    parts++;
  }
  if (parts >= 2 && rest.length <= 2) return `“${name}”像是几个单位名称粘连在一起`;
  for (const k of others) {
    const edit = oneEdit(name, k);
    if (!edit) continue;
    const stem = stemOf(name).length;
    if (edit === 'changed' && stem >= MIN_STEM_FOR_CHANGE && count(name) < count(k)) return `“${name}”与本方案中的“${k}”只差一个字，像是错漏`;
    if (edit === 'missing' && stem <= MAX_STEM_FOR_LOSS) return `“${name}”像是“${k}”丢了一个字`;
    if (edit === 'extra' && count(name) < count(k) && stemOf(k).length >= 3) return `“${name}”像是“${k}”多了一个字`;
  }
  return null;
}

/** Endings of bodies that are not offices (科协, 工会, a zone, schools …). */
const ORG_ENDING = /(科协|工会|妇联|团委|团[市区县省州]委|政府|工商联|社科联|文联|残联|侨联|红十字会|党校|医院|学校|高校|企业|媒体|街道|乡镇|镇街|镇|乡|村|社区|办事处|银行|集团|公司|科研院所|院所|[\u4e00-\u9fff]{2,}区)$/;

export const garbledRule = defineRule<NameCheck, string>({
  id: 'names/garbled',
  description: 'Flags a department name that looks garbled (names run together, a stray or lost character, no organisational word, a placeholder) so that it is fixed by a correction, not published.',
  apply: garbledReason,
  examples: [
    { name: 'names run together', input: { name: '科技农业农村科协', known: ['市科技局', '市农业农村局', '市科协'] }, output: '“科技农业农村科协”像是几个单位名称粘连在一起' },
    { name: 'no organisational word', input: { name: '应急管理', known: ['市应急管理局'] }, output: '“应急管理”不以机构名称结尾（局、委、办、中心……），像是残缺或粘连的文字' },
    { name: 'stray character', input: { name: '市下规划和自然资源局', known: ['市规划和自然资源局', '市规划和自然资源局', '市下规划和自然资源局'] }, output: '“市下规划和自然资源局”像是“市规划和自然资源局”多了一个字' },
    { name: 'a character changed', input: { name: '区住房城乡建商局', known: ['区住房城乡建设局', '区住房城乡建设局', '区商务局', '区住房城乡建商局'] }, output: '“区住房城乡建商局”与本方案中的“区住房城乡建设局”只差一个字，像是错漏' },
    { name: 'a character lost', input: { name: '区政局', known: ['区民政局', '区政局'] }, output: '“区政局”像是“区民政局”丢了一个字' },
    { name: 'two bureaus one character apart', input: { name: '市财政局', known: ['市民政局', '市民政局', '市财政局'] }, output: null },
    { name: 'placeholder', input: { name: '省全民科学素质纲要实施工作办公室其他成员单位', known: [] }, output: '“省全民科学素质纲要实施工作办公室其他成员单位”指其他成员单位，不是一个单位名称' },
    { name: 'a plain name', input: { name: '市卫生健康委', known: ['市卫生健康委员会', '市科协'] }, output: null },
    { name: 'a name with its own parentheses', input: { name: '市委党校（市行政学院）', known: ['市委组织部'] }, output: null },
    { name: 'townships with their streets', input: { name: '各镇（街道）', known: ['区科协'] }, output: null },
    { name: 'a county government list', input: { name: '各县（市、区）人民政府', known: ['市教育局'] }, output: null },
    { name: 'two similar real names', input: { name: '区民政局', known: ['区民宗局'] }, output: null },
  ],
});
