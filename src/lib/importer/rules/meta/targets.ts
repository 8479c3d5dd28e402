import { defineRule } from '../rule';
import { numberValue } from '../../structure/numbering';

/**
 * Numeric targets of a plan (frontmatter `targets`): every number with a unit in a target
 * sentence, e.g. `每年培训农民5万人次，培育农村实用人才20万名以上` gives two. Not targets: a
 * number inside quotes or 《》 naming a thing (“7个专项行动”), years and dates, changes in
 * 个百分点, ordinals (第3批), past results (截至2021年底…, “十三五”以来…建成52个) and the whole of
 * a background section (发展基础, 工作成效).
 */

const UNITS = [
  '万人次', '万人', '万名', '万个', '万册', '万件', '万场', '万份', '万元', '亿元', '万平方米', '平方米', '个百分点',
  '场次', '人次', '学时', '小时', '个', '家', '所', '座', '名', '人', '支', '处', '场', '次', '项', '部', '件', '种', '套', '期', '批', '篇', '册', '户', '间', '元', '%', '％',
].sort((a, b) => b.length - a.length);
/**
 * A number and its unit. 余/多 (more than) may stand before the unit, also inside a 万/亿 unit
 * (1万余人: value 1, unit 万人 — 余 is an approximation, like 以上, and no part of the unit).
 */
/** Comparison words a plan writes after a number (400万人次以上): one alternation for both number patterns. */
const AFTER_NUMBER = '(以上|左右|以内)?';
const NUMBER_UNIT = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(?:(万|亿)(?:余|多))?(?:余|多)?\\s*(${UNITS.join('|')})${AFTER_NUMBER}`, 'g');
/**
 * A count in Chinese numerals (县级科普教育基地达到十个): taken only right after a comparison word and
 * with the clause ending at the unit, so that 建设一批, 实施十大工程 and 提升到一个新台阶 are not counts.
 * One to three numerals (up to 九十九, what the numbering grammar's reader reads).
 */
const CN_COUNT = new RegExp(`(?<=(?:达到|不少于|不低于|超过|新增|增加|增至|达))([一二两三四五六七八九十]{1,3})(${UNITS.join('|')})${AFTER_NUMBER}(?=[，。；、,;]|$)`, 'g');

/** What stands before a range's upper bound: a number, its unit perhaps, and a range mark (— – ~ ～ 至 -). */
const RANGE_UPPER = new RegExp(`\\d\\s*(?:余|多)?\\s*(?:${UNITS.join('|')})?\\s*[—–~～至-]{1,2}\\s*$`);

/** Comparison words that stand just before a target's number, longest first (a verb such as 培训 is not one). */
const COMPARATORS = ['力争达到', '不少于', '不低于', '不超过', '超过', '达到', '新增', '增加', '提高到', '提升到', '提升至', '高于', '突破', '达'];
/** The plan counting its own parts (实施5项提升行动, 6项重点工程): a structure, not a target. */
const OWN_PARTS = /^(?:[\u4e00-\u9fff]{0,4})(?:行动|工程|任务|措施|方面|原则|部分)(?:[，。；、]|$)/;
/** A target sentence sets something to happen: a verb of this kind precedes the number, or 以上 follows it. */
const TARGET_VERB = /创作|编写|出版|达到|超过|不少于|不低于|力争|新增|增加|提高|提升|培训|培育|培养|建成|建设|创建|认定|打造|开展|举办|选派|发展|组建|覆盖|实现|拥有|注册|达/;

export interface TargetNumber {
  value: number;
  unit: string;
  /** Year of the 到2025年 the sentence opens with; null for 每年 targets and when none is named. */
  year: number | null;
  /** A 每年 (every year) target: its year stays null whatever the paragraph says. */
  perYear: boolean;
  comparator: string | null;
  /** What is counted, in the plan's words (the clause before the number, without the year). */
  measure: string;
}

/** Character ranges inside “…”, 「…」, 《…》 and ‘…’: names, not quantities. */
function quotedRanges(s: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of s.matchAll(/“[^“”]*”|「[^「」]*」|《[^《》]*》|‘[^‘’]*’|"[^"]*"/g)) out.push([m.index!, m.index! + m[0].length]);
  return out;
}

export const targetNumbers = defineRule<string, TargetNumber[]>({
  id: 'meta/target-numbers',
  description: 'Reads every number with a unit in a target sentence (value, unit, year, comparator, measure); skips quoted names, years, dates, ordinals and 个百分点 changes.',
  apply(sentence) {
    const quoted = quotedRanges(sentence);
    const out: TargetNumber[] = [];
    // Arabic numbers, then Chinese-numeral counts, as [text, value, unit, 以上…] at their place in the sentence.
    const matches = [
      ...[...sentence.matchAll(NUMBER_UNIT)].map((m) => ({ index: m.index!, text: m[0], number: m[1]!, value: Number(m[1]), unit: `${m[2] ?? ''}${m[3]!}`, suffix: m[4] })),
      ...[...sentence.matchAll(CN_COUNT)].map((m) => ({ index: m.index!, text: m[0], number: m[1]!, value: numberValue(m[1]!.replace('两', '二')) ?? NaN, unit: m[2]!, suffix: m[3] })),
    ].filter((m) => !Number.isNaN(m.value)).sort((a, b) => a.index - b.index);
    for (const m of matches) {
      const at = m.index;
      const unit = m.unit;
      if (unit === '个百分点') continue;
      if (quoted.some(([a, b]) => at >= a && at < b)) continue;
      const before = sentence.slice(0, at);
      if (/第\s*$/.test(before) || /[\d.]$/.test(before)) continue;
      // The upper bound of a range (15%—18%, 10～15个): the target is its lower bound, the committed floor, read already.
      if (RANGE_UPPER.test(before)) continue;
      if (/^(?:19|20)\d{2}$/.test(m.number) && /^[年月]/.test(sentence.slice(at + m.number.length))) continue;
      const clauseStart = Math.max(before.lastIndexOf('，'), before.lastIndexOf('、'), before.lastIndexOf('：'), before.lastIndexOf('；'), before.lastIndexOf(','), before.lastIndexOf(';'));
      const clause = before.slice(clauseStart + 1);
      if (!TARGET_VERB.test(before) && !m.suffix) continue;
      const rest = sentence.slice(at + m.text.length);
      if (/^(?:项|个)$/.test(unit) && OWN_PARTS.test(rest) && /(?:实施|开展|推进|组织|部署)[^，。；]{0,8}$/.test(before)) continue;
      const yearMatch = [...before.matchAll(/(?:到|至|于|在)\s*((?:20)\d{2})\s*年(?:底|末)?/g)].at(-1);
      // 每年 after the last named year governs the rest of the sentence: an every-year target, no year.
      const perYear = /每年|年均/.test(before.slice(yearMatch ? yearMatch.index! : 0));
      const year = perYear ? null : yearMatch ? Number(yearMatch[1]) : null;
      const trimmed = clause.replace(/\s+$/, '');
      const comparator = COMPARATORS.find((c) => trimmed.endsWith(c)) ?? (m.suffix === '以上' ? '以上' : null);
      const lead = (comparator && trimmed.endsWith(comparator) ? trimmed.slice(0, -comparator.length) : trimmed)
        .replace(/^(?:到|至)?\s*20\d{2}\s*年(?:底|末)?/, '')
        .replace(/^(?:每年|年均)/, '')
        .trim();
      // The thing counted may follow the number (建设10家以上特色产业科普基地): then the measure is the whole phrase.
      // …but not a range's upper bound (15%—18%): that is no thing counted.
      const range = /^\s*[—–~～至-]/.test(rest);
      let after = range ? '' : /^[^，。；、,;！？]*/.exec(rest)![0];
      if (!range && after.length < 2 && lead.length <= 3) after = /^[^，。；,;！？]*/.exec(rest)![0];
      const measure = after.length >= 2 ? `${lead}${m.text}${after}` : lead;
      out.push({ value: m.value, unit: unit === '％' ? '%' : unit, year, perYear, comparator, measure: measure || clause.trim() || m.text });
    }
    return out.length ? out : null;
  },
  examples: [
    {
      name: 'two numbers in one sentence',
      input: '每年培训农民5万人次，培育农村实用人才20万名以上。',
      output: [
        { value: 5, unit: '万人次', year: null, perYear: true, comparator: null, measure: '培训农民' },
        { value: 20, unit: '万名', year: null, perYear: true, comparator: '以上', measure: '培育农村实用人才' },
      ],
    },
    {
      name: 'a year target',
      input: '到2025年，全市市级以上科普教育基地达到80个。',
      output: [{ value: 80, unit: '个', year: 2025, perYear: false, comparator: '达到', measure: '全市市级以上科普教育基地' }],
    },
    {
      name: 'an every-year target has no year',
      input: '每年开展各类科普活动不少于300场次，',
      output: [{ value: 300, unit: '场次', year: null, perYear: true, comparator: '不少于', measure: '开展各类科普活动' }],
    },
    {
      name: 'a 4-digit count is not a year',
      input: '注册科技志愿者达到2000人以上，',
      output: [{ value: 2000, unit: '人', year: null, perYear: false, comparator: '达到', measure: '注册科技志愿者' }],
    },
    {
      name: 'more than, inside a unit of ten thousand',
      input: '全县注册科技志愿者达到1万余人，',
      output: [{ value: 1, unit: '万人', year: null, perYear: false, comparator: '达到', measure: '全县注册科技志愿者' }],
    },
    {
      name: 'a count in Chinese numerals after a comparison word',
      input: '县级科普教育基地达到十个，',
      output: [{ value: 10, unit: '个', year: null, perYear: false, comparator: '达到', measure: '县级科普教育基地' }],
    },
    { name: 'Chinese numerals naming a thing, not a count', input: '实施十大工程，建设一批科普基地，推动科普工作迈上一个新台阶。', output: null },
    { name: 'a campaign’s name in quotes', input: '深入实施“7个专项行动”和“十大工程”。', output: null },
    { name: 'years and a change in points', input: '2023年开展中期评估，比2015年提高4.1个百分点。', output: null },
    { name: 'no target verb', input: '本方案共分为5个部分。', output: null },
    {
      name: 'a range gives its lower bound only',
      input: '农牧民参加科技培训的比例达到15%—18%。',
      output: [{ value: 15, unit: '%', year: null, perYear: false, comparator: '达到', measure: '农牧民参加科技培训的比例' }],
    },
    {
      name: 'works to be created',
      input: '创作科普作品100部。',
      output: [{ value: 100, unit: '部', year: null, perYear: false, comparator: null, measure: '创作科普作品' }],
    },
    { name: 'the plan counting its own actions', input: '在“十四五”时期实施5项提升行动。', output: null },
    {
      name: 'the thing counted follows the number',
      input: '建设10家以上特色产业科普基地。',
      output: [{ value: 10, unit: '家', year: null, perYear: false, comparator: '以上', measure: '建设10家以上特色产业科普基地' }],
    },
  ],
});

/** A sentence that reports the past, not a goal (截至2021年底…, “十三五”以来…, 已建成…). */
export const pastResult = defineRule<string, string>({
  id: 'meta/past-result',
  description: 'A sentence reporting results already achieved (截至…年底, “十三五”以来/期间, 已建成, 累计) states no target.',
  apply(sentence) {
    const m = /截至|截止|(?:“十三五”|十三五)(?:以来|期间|时期)|以来[，,]|累计(?:建成|培训|开展)|已(?:建成|累计|达到|有)|共有/.exec(sentence);
    // 累计 after 到2025年 counts towards a goal (到2025年，累计培训高素质农民1.5万人次), not a result.
    if (m && m[0].startsWith('累计') && /(?:到|至)\s*20\d{2}\s*年/.test(sentence.slice(0, m.index))) return null;
    return m ? m[0] : null;
  },
  examples: [
    { name: 'as of a past date', input: '截至2021年底，全区共有区级以上科普教育基地12个。', output: '截至' },
    { name: 'since the last plan', input: '“十三五”以来，建成市级以上科普教育基地52个。', output: '“十三五”以来' },
    { name: 'a goal', input: '到2025年，全市市级以上科普教育基地达到80个。', output: null },
    { name: 'a cumulative goal', input: '到2025年，累计培训高素质农民1.5万人次。', output: null },
  ],
});

/** A section that reports the background of the plan (发展基础, 现状, 成就): no targets in it. */
export const backgroundSection = defineRule<string, string>({
  id: 'meta/background-section',
  description: 'A section on the plan’s background (发展基础, 工作基础, 发展现状, 主要成效, 面临形势) holds past results, not targets.',
  apply(heading) {
    // A chapter that also sets the goals (发展基础和总体要求, 现状与目标) is not background only.
    if (/目标|要求|任务|思路|原则/.test(heading)) return null;
    const m = /发展基础|工作基础|现实基础|基本情况|发展现状|现状|主要成[效就]|工作成[效就]|取得的成[效就]|面临的?形势|形势(?:与|和)?(?:挑战|任务)?$|背景/.exec(heading);
    return m ? m[0] : null;
  },
  examples: [
    { name: '发展基础', input: '发展基础', output: '发展基础' },
    { name: '“十三五”时期主要成效', input: '“十三五”时期主要成效', output: '主要成效' },
    { name: '目标', input: '主要目标', output: null },
    { name: 'a chapter of background and goals', input: '发展基础和总体要求', output: null },
    { name: '现状与目标', input: '现状与目标', output: null },
  ],
});

/**
 * A percentage clause of a literacy sentence that names a rate of its own (…覆盖率达到90%,
 * 科普经费投入比2020年增长20%, 农牧民参加科技培训的比例达到15%): another target beside the literacy
 * level, not the level restated. The rate is named before the number by a word of OTHER_RATE_WORDS;
 * a clause about 科学素质 or without such a word (达到11.6%, 城镇居民达到15%) belongs to the literacy level.
 */
const OTHER_RATE_WORDS = /[\u4e00-\u9fff]率|比例|增长|投入|经费/;
export const otherRateClause = defineRule<string, string>({
  id: 'meta/other-rate-clause',
  description: 'A percentage clause beside a literacy level that names its own rate (覆盖率, 比例, 经费投入…增长) is a target of its own, not part of the literacy level.',
  apply(clause) {
    const at = clause.search(/\d+(?:\.\d+)?\s*[%％]/);
    if (at < 0 || /科学素质|科学素养/.test(clause)) return null;
    const m = OTHER_RATE_WORDS.exec(clause.slice(0, at));
    return m ? m[0] : null;
  },
  examples: [
    { name: 'a coverage rate', input: '嘎查村科普活动室覆盖率达到90%；', output: '盖率' },
    { name: 'a growth of funding', input: '全区科普经费投入比2020年增长20%，', output: '经费' },
    { name: 'the share of another group', input: '农牧民参加科技培训的比例达到15%—18%，', output: '比例' },
    { name: 'the literacy level restated', input: '达到11.6%；', output: null },
    { name: 'a group’s literacy level', input: '城镇居民达到15%，', output: null },
    { name: 'the literacy share itself', input: '全市公民具备科学素质的比例达到15%，', output: null },
    { name: 'a rate word after the number', input: '达到90%的覆盖率，', output: null },
  ],
});
