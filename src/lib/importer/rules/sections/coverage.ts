import { defineRule } from '../rule';

/**
 * What a topic section (a priority group's or a key project's) must have for the matrix to count it:
 * measures and responsible departments. A section without either is reported at its heading, never
 * published as an empty row without a word; an annex row no measure took is reported at the row.
 */

export interface SectionCount {
  /** The heading as printed (number and text). */
  heading: string;
  measures: number;
  departments: number;
}

export const noMeasures = defineRule<SectionCount, string>({
  id: 'structure/no-measures',
  description: 'A topic section with no countable measure (no numbered item and no paragraph of text) is reported at its heading.',
  apply: (s) => (s.measures === 0 ? s.heading : null),
  examples: [
    { name: 'a heading alone', input: { heading: '（三）农民科学素质提升行动', measures: 0, departments: 0 }, output: '（三）农民科学素质提升行动' },
    { name: 'one measure', input: { heading: '（三）农民科学素质提升行动', measures: 1, departments: 0 }, output: null },
  ],
});

export const noDepartments = defineRule<SectionCount, string>({
  id: 'responsibility/none',
  description: 'A topic section for which neither the text nor an annex table names a responsible department is reported at its heading.',
  apply: (s) => (s.departments === 0 ? s.heading : null),
  examples: [
    { name: 'nobody named', input: { heading: '（一）青少年科学素质提升行动', measures: 4, departments: 0 }, output: '（一）青少年科学素质提升行动' },
    { name: 'a lead department', input: { heading: '（一）青少年科学素质提升行动', measures: 4, departments: 1 }, output: null },
  ],
});

/**
 * A row of an annex responsibility table no measure of the text took: under a heading that is no
 * group or project (组织实施, 保障措施) it is about the plan's administration (a note); otherwise it
 * matches nothing the text says (a warning).
 */
export const annexRowUnmatched = defineRule<{ taken: boolean; under: string | null; underTopic: string | null }, 'administration' | 'unmatched'>({
  id: 'responsibility/annex-row-unmatched',
  description: 'An annex table row no measure of the text took: about the plan’s administration when it stands under a heading that names no group or project, else unmatched.',
  apply: ({ taken, under, underTopic }) => (taken ? null : under && !underTopic ? 'administration' : 'unmatched'),
  examples: [
    { name: 'under 组织实施', input: { taken: false, under: '组织实施', underTopic: null }, output: 'administration' },
    { name: 'under a group, not taken', input: { taken: false, under: '青少年科学素质提升行动', underTopic: 'youth' }, output: 'unmatched' },
    { name: 'taken by a measure', input: { taken: true, under: '青少年科学素质提升行动', underTopic: 'youth' }, output: null },
  ],
});
