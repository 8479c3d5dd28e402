import { describe, expect, it } from 'vitest';
import { MAX_PAIR_SECTIONS, SET_OUT_TEXT_FACTOR, partnersSetOut } from '../../src/lib/reuse/view';

const partner = (chars: number) => ({ chars });

describe('how many partners a plan’s shared-wording page sets out', () => {
  it('sets out partners while their shared text stays within the plan’s own text, the boundary included', () => {
    const own = 1000;
    const limit = SET_OUT_TEXT_FACTOR * own;
    expect(partnersSetOut([partner(limit / 2), partner(limit / 2), partner(1)], own)).toBe(2);
    expect(partnersSetOut([partner(limit / 2), partner(limit / 2 + 1)], own)).toBe(1);
  });
  it('always sets out the partner sharing the most, however much it shares', () => {
    expect(partnersSetOut([partner(5000), partner(1)], 100)).toBe(1);
    expect(partnersSetOut([partner(10)], 0)).toBe(1);
    expect(partnersSetOut([], 1000)).toBe(0);
  });
  it('never sets out more than MAX_PAIR_SECTIONS', () => {
    const many = Array.from({ length: MAX_PAIR_SECTIONS + 5 }, () => partner(1));
    expect(partnersSetOut(many, 1_000_000)).toBe(MAX_PAIR_SECTIONS);
  });
});
