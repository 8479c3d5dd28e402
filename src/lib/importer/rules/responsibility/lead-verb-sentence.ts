import { defineRule } from '../rule';
import { readLeadVerb, type Statement } from './statement';

/**
 * A measure whose last sentence says who leads, without brackets: …活动。由区教委牵头，区科协、团区委配合。
 * Only a sentence that starts with 由 and names 牵头 counts (a sentence about a lead's duties does not).
 */
export const leadVerbSentenceRule = defineRule<string, Statement>({
  id: 'responsibility/lead-verb-sentence',
  description: 'A last sentence 由A牵头，B、C配合。 after a measure names who leads and who supports.',
  apply: (text) => {
    const last = /(?:^|[。；])\s*(由[^。；]*?牵头[^。；]*)[。；]?\s*$/.exec(text.trim());
    if (!last) return null;
    return readLeadVerb(last[1]!.replace(/[，,]?(共同)?(负责|组织实施|推进落实|抓好落实)$/, ''));
  },
  examples: [
    { name: 'lead and support', input: '开展科技活动。由区教委牵头，区科协、团区委配合。', output: { lists: [{ role: 'lead', text: '区教委' }, { role: 'support', text: '区科协、团区委' }] } },
    { name: 'lead alone', input: '开展科技活动。由区科协牵头负责。', output: { lists: [{ role: 'lead', text: '区科协' }] } },
    { name: 'a sentence about the lead’s duty', input: '牵头单位要由主要负责同志牵头抓总，定期调度。', output: null },
  ],
});
