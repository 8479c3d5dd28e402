import { describe, expect, it } from 'vitest';
import { EXCERPT_BLOCKS, EXCERPT_LENGTH, MAX_RESULT_LINKS, excerpt, linksToDrop } from '../../src/lib/search/results';
import { fold } from '../../src/lib/search/text';

describe('result links in the page', () => {
  it('drops nothing up to MAX_RESULT_LINKS, the excess past it', () => {
    expect(linksToDrop(MAX_RESULT_LINKS)).toBe(0);
    expect(linksToDrop(MAX_RESULT_LINKS + 1)).toBe(1);
    expect(linksToDrop(0)).toBe(0);
  });
});

describe('excerpt', () => {
  const filler = '科学素质'.repeat(40);
  it('cuts around the first match of a block, marking cuts with …', () => {
    const [part] = excerpt(`${filler}智慧助老${filler}`, [fold('智慧助老')]);
    expect(part).toContain('智慧助老');
    expect(part?.startsWith('…')).toBe(true);
    expect(part?.endsWith('…')).toBe(true);
  });
  it('shows at most EXCERPT_BLOCKS blocks with a match', () => {
    const text = Array.from({ length: EXCERPT_BLOCKS + 2 }, (_, i) => `第${i}段智慧助老`).join('\n');
    expect(excerpt(text, ['智慧助老'])).toHaveLength(EXCERPT_BLOCKS);
  });
  it('falls back to the start of the first block when the match is in the heading, and is empty for a heading-only section', () => {
    expect(excerpt(filler, ['智慧助老'])).toEqual([`${filler.slice(0, EXCERPT_LENGTH)}…`]);
    expect(excerpt('', ['智慧助老'])).toEqual([]);
  });
});
