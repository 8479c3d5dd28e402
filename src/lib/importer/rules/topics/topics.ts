import { GROUPS, PROJECTS, findEntries, type GroupKey, type ProjectKey } from '../../../taxonomy';
import { defineRule } from '../rule';
import { LEADING_NUMBER } from '../../structure/numbering';
import { toSimplifiedForMatching } from '../../text/fold';

/**
 * Which priority group or key project a heading is about. The wordings are the taxonomy's
 * (src/lib/taxonomy.ts), matched after traditional → simplified folding (opencc-js), so a
 * traditional-character repost is classified like the original while its text is shown as published.
 */

/** The one fold for matching (text/fold.ts): traditional read as simplified, same length. */
export const foldForMatching = toSimplifiedForMatching;

/** Headings that introduce a group section rather than a measure (行动, 素质, 提升 …). */
const GROUP_SECTION_WORD = /(素质|行动|人群|提升|计划)/;
/** A key project is a 工程 (重点工程) of its own. */
const PROJECT_SECTION_WORD = /工程/;
/** The form of a group action's heading: …科学素质提升行动 / …素质提升行动. */
const GROUP_ACTION = /^(?:实施|开展|推进|深入实施|组织实施)?(.{1,16}?)(?:科学素质|科技素质|素质)(?:提升|提高|促进)?(?:行动|工程|计划)[。.]?$/;

export const groupHeadingRule = defineRule<string, { key: GroupKey; wording: string }>({
  id: 'topics/group-heading',
  description: 'A heading that opens the section on one of the five priority groups, in the wordings plans use (青少年学生, 职工, 产业工人和新就业形态劳动者, 银龄, 领导干部和公职人员, …).',
  apply: (heading) => {
    const text = foldForMatching(heading);
    if (!GROUP_SECTION_WORD.test(text)) return null;
    const found = findEntries(GROUPS, text)[0];
    return found ?? null;
  },
  examples: [
    { name: 'usual wording', input: '实施青少年科学素质提升行动', output: { key: 'youth', wording: '青少年' } },
    { name: 'variant wording', input: '（四）实施银龄科普助老行动', output: { key: 'elderly', wording: '银龄' } },
    { name: 'new forms of work', input: '产业工人和新就业形态劳动者科学素质提升行动', output: { key: 'workers', wording: '产业工人' } },
    { name: 'traditional characters', input: '實施農民科學素質提升行動', output: { key: 'farmers', wording: '农民' } },
    { name: 'a measure about the elderly', input: '加强老年人健康科普服务', output: null },
    { name: 'not a group', input: '实施科普信息化工程', output: null },
  ],
});

export const projectHeadingRule = defineRule<string, { key: ProjectKey; wording: string }>({
  id: 'topics/project-heading',
  description: 'A heading that opens a key-project (重点工程) section, in the wordings plans use (科普阵地建设, 智慧科普, 科普数字化, 科普队伍建设, …); a heading without 工程 is a measure, not a project.',
  apply: (heading) => {
    const text = foldForMatching(heading);
    if (!PROJECT_SECTION_WORD.test(text)) return null;
    return findEntries(PROJECTS, text)[0] ?? null;
  },
  examples: [
    { name: 'usual wording', input: '（二）实施科普信息化提升工程', output: { key: 'digital', wording: '科普信息化' } },
    { name: 'variant wording', input: '实施科普阵地建设工程', output: { key: 'infrastructure', wording: '科普阵地' } },
    { name: 'cooperation', input: '科学素质交流合作工程', output: { key: 'cooperation', wording: '交流合作' } },
    { name: 'a measure naming a project wording', input: '1.协同推进应急科普。', output: null },
    { name: 'a 工程 that is no key project', input: '实施教师科学素质提升工程', output: null },
  ],
});

export const extraGroupRule = defineRule<string, { name: string }>({
  id: 'topics/extra-group',
  description: 'A group action a plan adds beyond the five (妇女, 少数民族群众, …): a heading of the form …科学素质提升行动 that names none of the five groups.',
  apply: (heading) => {
    const text = foldForMatching(heading.replace(LEADING_NUMBER, ''));
    const m = GROUP_ACTION.exec(text);
    if (!m || findEntries(GROUPS, text).length || findEntries(PROJECTS, text).length) return null;
    const name = m[1]!.replace(/^(实施|开展|推进)/, '');
    return name && !/(全民|公民|科普|科技|教师)/.test(name) ? { name } : null;
  },
  examples: [
    { name: 'women', input: '（六）实施妇女科学素质提升行动', output: { name: '妇女' } },
    { name: 'ethnic minorities', input: '少数民族群众科学素质提升行动', output: { name: '少数民族群众' } },
    { name: 'one of the five', input: '实施老年人科学素质提升行动', output: null },
    { name: 'a measure inside a group', input: '实施教师科学素质提升工程', output: null },
  ],
});
