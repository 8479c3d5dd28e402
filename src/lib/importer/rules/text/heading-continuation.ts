import { opensItem } from '../../structure/numbering';
import { defineRule } from '../rule';

/**
 * A group or project heading broken over two lines, in web text as in PDF text:
 * （五）领导干部和公务员 / 科学素质提升行动. The second line is short, has no punctuation and completes
 * the heading's usual ending (…行动, …工程, …计划), which the first line alone lacks.
 */

/** The rest of a broken heading is at most this long. */
export const MAX_HEADING_REST = 12;
const HEADING_END = /(行动|工程|计划)$/;

export const headingContinuation = defineRule<{ previous: string; next: string }, string>({
  id: 'text/heading-continuation',
  description: 'Joins a numbered heading broken over two lines (（五）领导干部和公务员 / 科学素质提升行动) when the second line completes its …行动 / …工程 ending.',
  apply: ({ previous, next }) => {
    if (!opensItem(previous) || opensItem(next) || /[。，；：、,.;:]/.test(previous + next) || next.length > MAX_HEADING_REST) return null;
    if (HEADING_END.test(previous) || !HEADING_END.test(next)) return null;
    return previous + next;
  },
  examples: [
    { name: 'a group heading over two lines', input: { previous: '（五）领导干部和公务员', next: '科学素质提升行动' }, output: '（五）领导干部和公务员科学素质提升行动' },
    { name: 'a whole heading, then its paragraph', input: { previous: '（一）实施青少年科学素质提升行动', next: '加强科学教育。' }, output: null },
    { name: 'a short heading, then another heading', input: { previous: '（一）指导思想', next: '（二）基本原则' }, output: null },
  ],
});
