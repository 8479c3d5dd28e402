import { describe, expect, it } from 'vitest';
import { escapeText, headingLevel } from '../../src/lib/importer/emit';

describe('emit helpers', () => {
  it('writes text as a JSX string expression that evaluates to the text itself', () => {
    for (const text of ['{x} <b>*a*</b> [l](u) `c` ~s~ a|b !x @y http://z www.q "引号" \\ 反斜杠', '到2025年，比例超过25%。', '\u2028']) {
      const literal = escapeText(text);
      expect(literal.startsWith('{"') && literal.endsWith('"}')).toBe(true);
      expect(literal.slice(1, -1)).not.toMatch(/[{}<>|`]/);
      expect(JSON.parse(literal.slice(1, -1))).toBe(text);
    }
  });
  it('leaves Chinese text, numbers and full-width punctuation readable', () => {
    expect(escapeText('到2025年，比例超过25%（21.1%）。')).toBe('{"到2025年，比例超过25%（21.1%）。"}');
  });
  it('maps outline depth to heading levels h2–h6', () => {
    expect([0, 1, 2, 3, 4, 5].map(headingLevel)).toEqual([2, 3, 4, 5, 6, 6]);
  });
});
