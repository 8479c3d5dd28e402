import { GROUP_KEYS, GROUPS, PROJECTS, findEntries, type GroupKey, type ProjectKey } from '../../../taxonomy';
import { defineRule } from '../rule';
import { foldForMatching } from './topics';

/**
 * How the classify stage places the headings the topic rules (topics.ts) do not name outright: the
 * plan's YAML settles a heading by hand; a heading standing beside the topic sections is placed by
 * its wording or by what its measures name, or reported; a group the plan has no section on is
 * reported (as info when the YAML confirms it is absent).
 */

/** A heading as the YAML keys it: its printed text without a closing stop. */
export const headingKey = (text: string) => text.replace(/[。．.：:]$/, '');

export type Settlement = { kind: 'group'; key: GroupKey } | { kind: 'project'; key: ProjectKey } | { kind: 'extra'; name: string } | { kind: 'none' };

export const topicSettled = defineRule<{ heading: string; settled: Readonly<Record<string, string>> }, Settlement | { kind: 'invalid'; value: string }>({
  id: 'topics/settled',
  description: 'A heading the plan’s YAML settles by hand (topics: 标题: group:elderly | project:talent | extra:妇女 | none), keyed by its text without a closing stop.',
  apply({ heading, settled }) {
    const value = settled[headingKey(heading)];
    if (value === undefined) return null;
    if (value === 'none') return { kind: 'none' };
    const [kind, key] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
    if (kind === 'group' && (GROUP_KEYS as readonly string[]).includes(key)) return { kind, key: key as GroupKey };
    if (kind === 'project' && PROJECTS.some((p) => p.key === key)) return { kind, key: key as ProjectKey };
    if (kind === 'extra' && key) return { kind, name: key };
    return { kind: 'invalid', value };
  },
  examples: [
    { name: 'a group', input: { heading: '关爱银龄行动。', settled: { 关爱银龄行动: 'group:elderly' } }, output: { kind: 'group', key: 'elderly' } },
    { name: 'an added group', input: { heading: '巾帼建功', settled: { 巾帼建功: 'extra:妇女' } }, output: { kind: 'extra', name: '妇女' } },
    { name: 'settled as none', input: { heading: '强化示范引领', settled: { 强化示范引领: 'none' } }, output: { kind: 'none' } },
    { name: 'not settled', input: { heading: '强化示范引领', settled: {} }, output: null },
  ],
});

export type Placement = { kind: 'project'; key: ProjectKey; wording: string } | { kind: 'group'; key: GroupKey; wording: string };

/** A heading beside the topic sections, named without its usual word (科学素质国际交流合作, no 工程): its wording says which. */
export const topicSibling = defineRule<{ heading: string; taken: readonly string[] }, Placement>({
  id: 'topics/sibling',
  description: 'Places a heading that stands beside the topic sections by the project or group its wording names (without the usual 工程 or 行动), when no other section has that topic.',
  apply({ heading, taken }) {
    const folded = foldForMatching(heading);
    const project = findEntries(PROJECTS, folded)[0];
    if (project && !taken.includes(project.key)) return { kind: 'project', key: project.key, wording: project.wording };
    const group = findEntries(GROUPS, folded)[0];
    if (group && !taken.includes(group.key)) return { kind: 'group', key: group.key, wording: group.wording };
    return null;
  },
  examples: [
    { name: 'a project without 工程', input: { heading: '科学素质国际交流合作', taken: [] }, output: { kind: 'project', key: 'cooperation', wording: '交流合作' } },
    { name: 'the project is taken', input: { heading: '科学素质国际交流合作', taken: ['cooperation'] }, output: null },
    { name: 'no topic named', input: { heading: '强化示范引领', taken: [] }, output: null },
  ],
});

/** How many more times than the runner-up the chosen project must be named: strictly more (a tie chooses none). */
export const topicByContent = defineRule<{ leads: readonly string[]; taken: readonly ProjectKey[] }, { key: ProjectKey; wording: string }>({
  id: 'topics/by-content',
  description: 'Places a section beside the key projects, named in the plan’s own words (科普融合创新工程), by the project its sub-headings and lead sentences name most, when it is named more than any other and no section has it.',
  apply({ leads, taken }) {
    const counts = new Map<ProjectKey, { n: number; wording: string }>();
    for (const lead of leads) {
      for (const f of findEntries(PROJECTS, foldForMatching(lead))) {
        if (taken.includes(f.key)) continue;
        counts.set(f.key, { n: (counts.get(f.key)?.n ?? 0) + 1, wording: f.wording });
      }
    }
    const best = [...counts].sort((a, b) => b[1].n - a[1].n);
    return best[0] && (best.length === 1 || best[0][1].n > best[1]![1].n) ? { key: best[0][0], wording: best[0][1].wording } : null;
  },
  examples: [
    { name: 'measures name one project', input: { leads: ['推动科普产业发展', '培育科普产业主体'], taken: [] }, output: { key: 'industry', wording: '科普产业' } },
    { name: 'that project has a section', input: { leads: ['推动科普产业发展'], taken: ['industry'] }, output: null },
    { name: 'nothing named', input: { leads: ['加强组织领导'], taken: [] }, output: null },
  ],
});

export interface OutlineHeading {
  depth: number;
  /** Index of the parent heading, or null at the top of its part. */
  parent: number | null;
}

/**
 * A heading standing beside the topic sections (same depth, same parent) and holding none of them:
 * a topic section the rules could not name. When no placement rule places it, it is reported.
 */
export const unplacedHeading = defineRule<{ heading: OutlineHeading; topics: readonly OutlineHeading[]; holdsTopic: boolean }, { siblings: number }>({
  id: 'topics/unplaced-heading',
  description: 'A heading at the depth and under the parent of topic sections, holding none of them, stands among the topics: placed by its wording or measures, else reported to be settled in the YAML.',
  apply({ heading, topics, holdsTopic }) {
    if (holdsTopic) return null;
    const siblings = topics.filter((t) => t.depth === heading.depth && t.parent === heading.parent).length;
    return siblings ? { siblings } : null;
  },
  examples: [
    { name: 'beside two group sections', input: { heading: { depth: 2, parent: 4 }, topics: [{ depth: 2, parent: 4 }, { depth: 2, parent: 4 }], holdsTopic: false }, output: { siblings: 2 } },
    { name: 'under another chapter', input: { heading: { depth: 2, parent: 9 }, topics: [{ depth: 2, parent: 4 }], holdsTopic: false }, output: null },
    { name: 'a chapter holding the topics', input: { heading: { depth: 1, parent: null }, topics: [{ depth: 1, parent: null }], holdsTopic: true }, output: null },
  ],
});

/** The priority groups a plan has no section on: confirmed when the YAML lists them as absent. */
export const groupAbsent = defineRule<{ found: readonly GroupKey[]; absent: readonly string[] }, { key: GroupKey; confirmed: boolean }[]>({
  id: 'topics/group-absent',
  description: 'Each of the five priority groups the plan has no section on: a note when the plan’s YAML confirms it absent, else a warning to confirm it or settle the heading.',
  apply({ found, absent }) {
    const missing = GROUP_KEYS.filter((k) => !found.includes(k)).map((key) => ({ key, confirmed: absent.includes(key) }));
    return missing.length ? missing : null;
  },
  examples: [
    { name: 'all five found', input: { found: [...GROUP_KEYS], absent: [] }, output: null },
    {
      name: 'one confirmed absent, one missing',
      input: { found: GROUP_KEYS.filter((k) => k !== 'farmers' && k !== 'workers'), absent: ['farmers'] },
      output: [{ key: 'farmers', confirmed: true }, { key: 'workers', confirmed: false }],
    },
  ],
});
