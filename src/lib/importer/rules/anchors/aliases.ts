import { defineRule } from '../rule';

/**
 * The rules of anchor aliases (importer/aliases.ts): a published id that a new reading no longer
 * produces keeps working by pointing at the block or table row that now holds its source line.
 * Each rule decides one of the stage's messages.
 */

/** Why a published id cannot be re-pointed: its line is unknown, or that line is no longer text of the plan. */
export const aliasUnresolved = defineRule<{ line: number | null; isText: boolean }, 'no-line' | 'not-text'>({
  id: 'anchors/unresolved',
  description: 'A published id this import no longer produces cannot be re-pointed when the previous model does not record its source line, or when that line is no longer text of the plan (furniture or past the end): an error, its link is broken.',
  apply: ({ line, isText }) => (line === null ? 'no-line' : isText ? null : 'not-text'),
  examples: [
    { name: 'no recorded line', input: { line: null, isText: false }, output: 'no-line' },
    { name: 'line is furniture now', input: { line: 12, isText: false }, output: 'not-text' },
    { name: 'line still text: re-pointed', input: { line: 12, isText: true }, output: null },
  ],
});

/** Text compared for the alias check: no white space (a re-reading may join cells or lines). */
const compact = (s: string) => s.replace(/[\s\u3000]/g, '');

/** The old text of a re-pointed id that its new target does not contain: the source may have changed under it. */
export const aliasText = defineRule<{ old: string | undefined; there: string }, string>({
  id: 'anchors/alias-text',
  description: 'A re-pointed id whose old text (from the previous model) is not in the block or row it now points at, white space aside: a warning that the source may have changed.',
  apply: ({ old, there }) => (old === undefined || compact(there).includes(compact(old)) ? null : old),
  examples: [
    { name: 'old paragraph text not in the row', input: { old: '开展科普活动', there: '1加强科学教育县教育局' }, output: '开展科普活动' },
    { name: 'old cell text inside the row, spaces aside', input: { old: '加强 科学教育', there: '1加强科学教育县教育局' }, output: null },
    { name: 'no old text recorded', input: { old: undefined, there: '任何' }, output: null },
  ],
});

/** How many published ids were re-pointed: a note in the report when any were. */
export const aliasCount = defineRule<number, number>({
  id: 'anchors/alias',
  description: 'Counts the published ids re-pointed by source line to the block or table row now holding them (model anchorAliases), for a note in the report.',
  apply: (count) => (count > 0 ? count : null),
  examples: [
    { name: 'some re-pointed', input: 3, output: 3 },
    { name: 'none', input: 0, output: null },
  ],
});
