// The slow delivery check:site measures layout shift on (src/lib/checks/trickle.ts).
import { describe, expect, it } from 'vitest';
import { TRICKLE, trickleChunks } from '../../src/lib/checks/trickle';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('trickleChunks', () => {
  it('cuts finely up to fineUpTo and coarsely after it, the pieces summing to the whole', () => {
    const length = TRICKLE.fineUpTo + 2 * TRICKLE.coarseBytes + 5;
    const sizes = trickleChunks(length);
    expect(sum(sizes)).toBe(length);
    const fine = TRICKLE.fineUpTo / TRICKLE.fineBytes;
    expect(sizes.slice(0, fine).every((s) => s === TRICKLE.fineBytes)).toBe(true);
    expect(sizes.slice(fine)).toEqual([TRICKLE.coarseBytes, TRICKLE.coarseBytes, 5]);
  });

  it('at the boundary: a body of exactly fineUpTo bytes is all fine pieces; one byte more adds one piece', () => {
    const plan = { fineBytes: 4, fineUpTo: 8, coarseBytes: 16 };
    expect(trickleChunks(8, plan)).toEqual([4, 4]);
    expect(trickleChunks(9, plan)).toEqual([4, 4, 1]);
    expect(trickleChunks(30, plan)).toEqual([4, 4, 16, 6]);
  });

  it('a short body is one piece shorter than fineBytes; an empty body is none', () => {
    expect(trickleChunks(3)).toEqual([3]);
    expect(trickleChunks(0)).toEqual([]);
  });

  it('pauses longer than a frame, so the browser paints between pieces', () => {
    expect(TRICKLE.pauseMs).toBeGreaterThan(1000 / 60);
  });
});
