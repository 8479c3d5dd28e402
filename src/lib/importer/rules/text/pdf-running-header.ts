import { defineRule } from '../rule';

/**
 * A PDF's running header: the line a printed page repeats at its top (a gazette's name 某某人民政府公报,
 * its issue 2022年第4期), left by PDF conversion right after the previous page's number. Read on
 * its own it is a line of the plan's text, and the line join glues it into the sentence that runs
 * across the page break (…科普活动室覆宝格达旗人民政府公报 / 盖率达到90%). Taken only when all of these
 * hold, so that no line of the plan is lost: it comes right after a removed page number
 * (text/pdf-page-number), the same line stands at least MIN_REPEATS times in the document, it is
 * short (≤ MAX_LENGTH characters) and has no sentence punctuation.
 */
export const MIN_REPEATS = 2;
export const MAX_LENGTH = 30;

export interface RunningHeaderInput {
  /** The line, white space normalized. */
  text: string;
  /** How many lines of the document read exactly the same. */
  repeats: number;
  /** The line before it (blank lines aside) was a page number the strip stage removed. */
  afterPageNumber: boolean;
}

export const pdfRunningHeader = defineRule<RunningHeaderInput, string>({
  id: 'text/pdf-running-header',
  description: 'Removes a PDF page’s running header (a gazette’s name or issue): a short line without sentence punctuation, right after a page number, repeated in the document.',
  apply({ text, repeats, afterPageNumber }) {
    if (!afterPageNumber || repeats < MIN_REPEATS) return null;
    if (text.length === 0 || text.length > MAX_LENGTH || /[。，；：！？,;:]/.test(text)) return null;
    return text;
  },
  examples: [
    { name: 'a gazette’s name after a page number', input: { text: '宝格达旗人民政府公报', repeats: 4, afterPageNumber: true }, output: '宝格达旗人民政府公报' },
    { name: 'its issue, at the least number of repeats', input: { text: '2022年第4期', repeats: 2, afterPageNumber: true }, output: '2022年第4期' },
    { name: 'a line that stands once is text', input: { text: '宝格达旗人民政府公报', repeats: 1, afterPageNumber: true }, output: null },
    { name: 'not after a page number', input: { text: '宝格达旗人民政府公报', repeats: 4, afterPageNumber: false }, output: null },
    { name: 'a sentence, even repeated', input: { text: '请结合实际，认真组织实施。', repeats: 2, afterPageNumber: true }, output: null },
    { name: 'at the length limit', input: { text: '某'.repeat(MAX_LENGTH), repeats: 2, afterPageNumber: true }, output: '某'.repeat(MAX_LENGTH) },
    { name: 'past the length limit', input: { text: '某'.repeat(MAX_LENGTH + 1), repeats: 2, afterPageNumber: true }, output: null },
  ],
});
