import { defineRule } from '../rule';
import { resolveDepartmentKinds, type DepartmentKindKey } from '../../../departments/kinds';

/**
 * Which kind of body a department name is (教育, 科技, 科协 …): the resolver of
 * src/lib/departments/kinds.ts, as a rule with examples. A name it cannot resolve is a warning in
 * the import report (the name, the line that states it): add its word to the kind it belongs to,
 * or a new kind, in that one module — never a per-plan exception.
 */
export const kindRule = defineRule<string, DepartmentKindKey[]>({
  id: 'names/kind',
  description: 'Resolves a department name to its kinds: level prefix (省/市/区/县/州/旗/地区, 市委 …) and institution suffix (厅/局/委/办/部/会/中心 …) stripped, the core split into the words of the kinds; a combined body (市教育体育局) is each of its kinds.',
  apply: (name) => resolveDepartmentKinds(name)?.kinds ?? null,
  examples: [
    { name: 'province, city and district forms of one kind', input: '省教育厅', output: ['education'] },
    { name: 'a city bureau', input: '市教育局', output: ['education'] },
    { name: 'a combined body is each of its kinds', input: '市教育体育局', output: ['education', 'sports'] },
    { name: 'abbreviations of one character beside each other', input: '市文体广旅局', output: ['culture-tourism', 'sports', 'radio-tv'] },
    { name: 'a party organ', input: '市委宣传部', output: ['publicity'] },
    { name: 'a body named whole, without suffix', input: '区科协', output: ['science-association'] },
    { name: 'the youth league of any level', input: '团地委', output: ['youth-league'] },
    { name: 'traditional characters', input: '區衛生健康局', output: ['health'] },
    { name: '市场 is a word, not a prefix', input: '市场监管局', output: ['market-regulation'] },
    { name: 'a place name before the level', input: '深圳市税务局', output: ['tax'] },
    { name: 'a branch is its bureau', input: '市公安局南沙区分局', output: ['public-security'] },
    { name: 'the lower governments', input: '各县（市、区）人民政府', output: ['local-government'] },
    { name: 'towns and streets', input: '各镇（街道）', output: ['local-government'] },
    { name: 'a development zone', input: '葛店经开区管委会', output: ['zones'] },
    { name: 'a core that is no known word', input: '市明珠湾管理局', output: null },
    { name: 'an abbreviation alone is no kind', input: '市文局', output: null },
    { name: 'a word with a stray character', input: '市科普基地', output: null },
  ],
});
