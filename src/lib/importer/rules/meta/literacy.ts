import { LITERACY_COMPARATORS } from '../../../schema';
import { defineRule } from '../rule';

/**
 * The literacy figures of a plan: the share of citizens with basic scientific literacy
 * (公民具备科学素质的比例). A sentence may state several levels, each with its year:
 *   由2015年的3.1%提升至2020年的6.02%        → 2015 / 3.1 and 2020 / 6.02
 *   2020年达到9.8%，比2015年提高4.1个百分点  → 2020 / 9.8 (4.1 个百分点 is a change, not a level)
 *   到2025年…超过14%，到2035年达到25%以上     → 2025 / 14 (超过) and 2035 / 25 (达到)
 * The comparator is the word just before the number; a trailing 以上 is not it.
 */

export const LITERACY_SUBJECT = /具备(?:基本)?科学素质(?:的)?(?:公民)?比例|公民科学素质(?:水平|达标率)/;

/** Words that may stand just before the percentage, longest first. */
export const COMPARATORS = LITERACY_COMPARATORS;

export interface LiteracyLevel {
  year: number;
  percent: number;
  /** The word just before the number (超过, 达到, 不低于, …), or null (由2015年的3.1%). */
  comparator: (typeof COMPARATORS)[number] | null;
}

const PERCENT = /(\d+(?:\.\d+)?)\s*[%％](?!\s*的?个?百分点)/g;
const YEAR = /((?:19|20)\d{2})\s*年/g;

export const literacyLevels = defineRule<string, LiteracyLevel[]>({
  id: 'meta/literacy-levels',
  description: 'Reads every (year, percent, comparator) level a literacy sentence states; the year of a level is the nearest year before it; 个百分点 changes are not levels.',
  apply(sentence) {
    const subject = LITERACY_SUBJECT.exec(sentence);
    if (!subject) return null;
    // 比2020年提高4个百分点 names the base of a change, not the year of the level after it.
    const years = [...sentence.matchAll(YEAR)].filter((m) => !/比\s*$/.test(sentence.slice(0, m.index!))).map((m) => ({ at: m.index!, year: Number(m[1]) }));
    const out: LiteracyLevel[] = [];
    for (const m of sentence.matchAll(PERCENT)) {
      const at = m.index!;
      const year = years.filter((y) => y.at < at).at(-1)?.year;
      if (year === undefined) continue;
      const before = sentence.slice(Math.max(0, at - 6), at).replace(/\s+$/, '');
      const comparator = COMPARATORS.find((c) => before.endsWith(c)) ?? null;
      out.push({ year, percent: Number(m[1]), comparator });
    }
    return out.length ? out : null;
  },
  examples: [
    { name: 'from … to …', input: '全县公民具备科学素质的比例由2015年的3.1%提升至2020年的6.02%，', output: [{ year: 2015, percent: 3.1, comparator: null }, { year: 2020, percent: 6.02, comparator: null }] },
    { name: 'a change in points is not a level', input: '全市公民具备科学素质的比例稳步提升，2020年达到9.8%，比2015年提高4.1个百分点。', output: [{ year: 2020, percent: 9.8, comparator: '达到' }] },
    { name: 'a rise over a base year, then the level', input: '到2025年，全旗公民具备科学素质的比例比2020年提高4个百分点，达到11.6%。', output: [{ year: 2025, percent: 11.6, comparator: '达到' }] },
    { name: 'target and outlook', input: '到2025年，全市公民具备科学素质的比例超过14%；到2035年，达到25%以上。', output: [{ year: 2025, percent: 14, comparator: '超过' }, { year: 2035, percent: 25, comparator: '达到' }] },
    { name: 'trailing 以上 is not the comparator', input: '到2025年，全县公民具备科学素质的比例达到8%以上。', output: [{ year: 2025, percent: 8, comparator: '达到' }] },
    { name: 'not a literacy sentence', input: '到2025年，科普教育基地覆盖率达到80%。', output: null },
  ],
});

export interface LiteracyChoice {
  target: LiteracyLevel | null;
  baseline: LiteracyLevel | null;
}

/**
 * Chooses among the levels of a plan (in text order): the target is the level for the plan's end
 * year (period.to), stated with a comparator; a later outlook (2035) is not the target; the
 * baseline is the latest level before the period starts. Without a period nothing is chosen.
 */
export const literacyChoice = defineRule<{ levels: readonly LiteracyLevel[]; period: { from: number; to: number } | null }, LiteracyChoice>({
  id: 'meta/literacy-target-year',
  description: 'The literacy target is the level for the plan’s end year (not a 2035 outlook, not a hard-coded 2025); the baseline is the latest level before the period.',
  apply({ levels, period }) {
    if (!period) return null;
    const target = levels.find((l) => l.year === period.to && l.comparator !== null) ?? null;
    const before = levels.filter((l) => l.year < period.from);
    const baseline = before.length ? before.reduce((a, b) => (b.year > a.year ? b : a)) : null;
    return target || baseline ? { target, baseline } : null;
  },
  examples: [
    {
      name: 'a 2026—2030 plan: 2030 is the target, 2025 the baseline',
      input: { levels: [{ year: 2025, percent: 15.2, comparator: '达到' }, { year: 2030, percent: 20, comparator: '超过' }, { year: 2035, percent: 25, comparator: '达到' }], period: { from: 2026, to: 2030 } },
      output: { target: { year: 2030, percent: 20, comparator: '超过' }, baseline: { year: 2025, percent: 15.2, comparator: '达到' } },
    },
    {
      name: 'latest pre-period level is the baseline',
      input: { levels: [{ year: 2015, percent: 3.1, comparator: null }, { year: 2020, percent: 6.02, comparator: null }], period: { from: 2021, to: 2025 } },
      output: { target: null, baseline: { year: 2020, percent: 6.02, comparator: null } },
    },
    { name: 'only an outlook', input: { levels: [{ year: 2035, percent: 25, comparator: '达到' }], period: { from: 2021, to: 2025 } }, output: null },
  ],
});
