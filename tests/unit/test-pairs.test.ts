// The pairs the compare e2e opens: all of them up to ALL_PAIRS_UP_TO plans, a ring beyond.
import { describe, expect, it } from 'vitest';
import { ALL_PAIRS_UP_TO, pairsToOpen } from '../support/pairs';

const plans = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);

describe('pairsToOpen', () => {
  it('opens every pair at ALL_PAIRS_UP_TO plans', () => {
    const n = ALL_PAIRS_UP_TO;
    expect(pairsToOpen(plans(n))).toHaveLength((n * (n - 1)) / 2);
  });

  it('opens one pair per plan beyond it, every plan once on each side', () => {
    const n = ALL_PAIRS_UP_TO + 1;
    const pairs = pairsToOpen(plans(n));
    expect(pairs).toHaveLength(n);
    expect(new Set(pairs.map(([a]) => a)).size).toBe(n);
    expect(new Set(pairs.map(([, b]) => b)).size).toBe(n);
    expect(pairs.every(([a, b]) => a !== b)).toBe(true);
  });

  it('has nothing to open for one plan or none', () => {
    expect(pairsToOpen(plans(1))).toEqual([]);
    expect(pairsToOpen(plans(0))).toEqual([]);
  });
});
