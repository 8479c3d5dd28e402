import { defineRule } from '../rule';
import { RESPONSIBILITY_LABELS, STATEMENT_INNER } from './labels';

/**
 * A measure's published text is its first sentence without the responsibility statement it may end
 * in: 开展科普活动（主责单位：县科协；参与单位：县教育局）。 → 开展科普活动。 The statement is
 * recognised by the one label list (labels.ts), so every label a reader knows is also stripped.
 */

/** The first sentence: up to the first 。！？； outside parentheses (a statement's ； is inside its parenthesis). */
export function firstSentenceOf(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (depth === 0 && /[。！？；]/.test(c)) return text.slice(0, i + 1);
  }
  return text;
}

/** `text` without a responsibility parenthesis at its end (before its closing punctuation), or null when it ends in none. */
export function withoutStatement(text: string): string | null {
  const m = /^(.*?)([。．.；;！？]?)$/.exec(text.trim())!;
  const body = m[1]!;
  if (!/[）)]$/.test(body)) return null;
  // The matching opening bracket of the last parenthesis (names inside it may have their own).
  let depth = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    const c = body[i]!;
    if (c === '）' || c === ')') depth++;
    else if (c === '（' || c === '(') {
      depth--;
      if (depth === 0) return STATEMENT_INNER.test(body.slice(i + 1, -1)) ? body.slice(0, i).trimEnd() + m[2]! : null;
    }
  }
  return null;
}

const LABEL_EXAMPLES = Object.values(RESPONSIBILITY_LABELS)
  .flat()
  .map((label) => ({ name: `（${label}：…）`, input: `开展科普活动（${label}：县科协、县教育局）。`, output: '开展科普活动。' }));

export const measureTextRule = defineRule<string, string>({
  id: 'responsibility/measure-text',
  description: 'A measure\'s text without the responsibility parenthesis it ends in, for every label (（责任部门：…）, （主责单位：…；参与单位：…）, （A牵头，B配合）).',
  apply: withoutStatement,
  examples: [
    ...LABEL_EXAMPLES,
    { name: 'two fields, names with their own parentheses', input: '开展培训（主责单位：县委组织部；参与单位：县委党校（县行政学院））。', output: '开展培训。' },
    { name: 'the verb form', input: '开展科普活动（县科协牵头，县教育局配合）', output: '开展科普活动' },
    { name: 'a parenthesis that is part of the wording', input: '建设新时代文明实践中心（所、站）。', output: null },
    { name: 'a parenthesis naming duties, not units', input: '开展科普活动（每年不少于2次）。', output: null },
    { name: 'no parenthesis', input: '开展科普活动。', output: null },
  ],
});
