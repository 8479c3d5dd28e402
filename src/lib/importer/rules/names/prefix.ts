import { defineRule } from '../rule';
import { REGION_PREFIX } from './split';

/**
 * A list that writes its first name with the region prefix often leaves it off the rest
 * (保山: 市教育体育局、科技局、科协 = 市科技局、市科协; 市委组织部、宣传部 = 市委宣传部). The canonical
 * name carries the prefix; the written form is kept beside it. Party organs (宣传部, 组织部, …)
 * take the party committee's prefix (市委), other bodies the government's (市).
 */

/** Organs of the party committee: they are 市委X, not 市X. */
const PARTY_ORGAN = /^(宣传部|组织部|统战部|统一战线工作部|政法委|政法委员会|网信办|编办|机构编制委员会办公室|老干部局|老干局|党校|党史研究室|政策研究室|研究室|直属机关工委|农办|文明办|社会工作部)/;
/** Names that are never written with the list's region prefix (团市委, 各乡镇…, national or other-level bodies). */
const NO_PREFIX = /^(团|各|中共|国家|中国|省|市(?!场)|区|县|州|旗|驻|人民银行|人行)/;

export interface CanonicalName {
  name: string;
  written: string;
}

/** The level character of a region prefix: 市委 → 市. */
function levelOf(prefix: string): string {
  return prefix.replace(/委$/, '');
}

/** Canonical names of one written list (already split, in order). */
export function carryPrefix(names: readonly string[]): CanonicalName[] {
  let level: string | null = null;
  return names.map((written) => {
    const prefix = REGION_PREFIX.exec(written)?.[1];
    if (prefix) {
      level = levelOf(prefix);
      return { name: written, written };
    }
    // A name that already names a place (保山供电局, 潭州市生态环境局白沙分局) or is not a local body keeps its form.
    // A body named after a zone (警备区, 经开区, 新区) names its own place.
    if (!level || NO_PREFIX.test(written) || /区$/.test(written) || /[市区县省州旗]/.test(written.slice(0, -1).replace(/(市场|社区|区域|县域|市民)/g, ''))) return { name: written, written };
    const name = PARTY_ORGAN.test(written) ? `${level}委${written}` : `${level}${written}`;
    return { name, written };
  });
}

export const carryPrefixRule = defineRule<string[], CanonicalName[]>({
  id: 'names/carry-prefix',
  description: 'Carries the region prefix of a list\'s first name to the names after it that lack one (市教育局、科技局 → 市科技局), keeping the written form.',
  apply: (names) => {
    const out = carryPrefix(names);
    return out.some((n) => n.name !== n.written) ? out : null;
  },
  examples: [
    {
      name: 'government bodies take 市',
      input: ['市教育体育局', '科技局', '科协'],
      output: [
        { name: '市教育体育局', written: '市教育体育局' },
        { name: '市科技局', written: '科技局' },
        { name: '市科协', written: '科协' },
      ],
    },
    {
      name: 'party organs take 市委',
      input: ['市委组织部', '宣传部', '团市委'],
      output: [
        { name: '市委组织部', written: '市委组织部' },
        { name: '市委宣传部', written: '宣传部' },
        { name: '团市委', written: '团市委' },
      ],
    },
    { name: 'every name already prefixed', input: ['区教育局', '区科协', '团区委'], output: null },
    { name: '市场 is a word, not a prefix', input: ['市教育局', '市场监管局'], output: [{ name: '市教育局', written: '市教育局' }, { name: '市市场监管局', written: '市场监管局' }] },
    { name: 'no prefix to carry', input: ['教育局', '科协'], output: null },
    { name: 'a zone names its own place', input: ['市委宣传部', '深圳警备区'], output: null },
    { name: 'a name that names its own place', input: ['区科协', '潭州市生态环境局白沙分局', '各乡镇（街道）'], output: null },
  ],
});
