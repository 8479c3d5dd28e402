import { describe, expect, it } from 'vitest';
import { median, ratio, SEARCH_GOALS } from '../../src/lib/bench/search-figures';

describe('bench:search figures', () => {
  it('median of odd, even and empty lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
  it('ratio: ours over theirs, with zeros handled', () => {
    expect(ratio(1, 2)).toBe(0.5);
    expect(ratio(0, 0)).toBe(1);
    expect(ratio(1, 0)).toBe(Infinity);
  });
  it('goals at their boundaries', () => {
    expect(ratio(SEARCH_GOALS.ratio, 1) <= SEARCH_GOALS.ratio).toBe(true);
    expect(ratio(SEARCH_GOALS.ratio + 0.01, 1) <= SEARCH_GOALS.ratio).toBe(false);
    expect(SEARCH_GOALS.precision).toBeGreaterThanOrEqual(0.98);
  });
});
