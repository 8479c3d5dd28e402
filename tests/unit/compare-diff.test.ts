import { describe, expect, it } from 'vitest';
import { MIN_SHARED_CHARS, diffSegments, clauses, sharedChars, sideRuns } from '../../src/lib/compare/diff';

const join = (runs: { text: string }[]) => runs.map((r) => r.text).join('');

describe('clauses', () => {
  it('splits after closing punctuation, commas and line breaks, losing nothing', () => {
    expect(clauses('甲，乙。丙；\n丁')).toEqual(['甲，', '乙。', '丙；\n', '丁']);
    expect(clauses('“好。”他说')).toEqual(['“好。”', '他说']);
    expect(clauses('')).toEqual([]);
    for (const t of ['一、总体要求\n（一）指导思想。坚持……', '无标点', '。。；\n\n', '甲、乙：丙']) expect(clauses(t).join('')).toBe(t);
  });
});

describe('diffSegments', () => {
  it('each side is rebuilt from its runs; equal clauses are shared', () => {
    const a = '加强组织领导。深圳市科协牵头负责。';
    const b = '加强组织领导。南沙区科协牵头负责。另设专班。';
    const segs = diffSegments(a, b);
    expect(join(sideRuns(segs, 'a'))).toBe(a);
    expect(join(sideRuns(segs, 'b'))).toBe(b);
    expect(segs[0]).toEqual({ op: 'same', text: '加强组织领导。' });
    expect(sideRuns(segs, 'b').at(-1)).toEqual({ shared: false, text: expect.stringContaining('另设专班。') });
  });

  it(`a shared run inside changed clauses counts from ${MIN_SHARED_CHARS} characters, not below`, () => {
    const run = '一二三四五六七八九十'.slice(0, MIN_SHARED_CHARS);
    const short = run.slice(0, MIN_SHARED_CHARS - 1);
    expect(sharedChars(diffSegments(`甲${run}乙`, `丙${run}丁`))).toBe(MIN_SHARED_CHARS);
    expect(sharedChars(diffSegments(`甲${short}乙`, `丙${short}丁`))).toBe(0);
    // below the minimum, the run is each side's own text: both sides still rebuilt
    const segs = diffSegments(`甲${short}乙`, `丙${short}丁`);
    expect(join(sideRuns(segs, 'a'))).toBe(`甲${short}乙`);
    expect(join(sideRuns(segs, 'b'))).toBe(`丙${short}丁`);
  });

  it('one side empty: all the other side’s own text', () => {
    expect(diffSegments('', '新增一段。')).toEqual([{ op: 'b', text: '新增一段。' }]);
    expect(diffSegments('', '')).toEqual([]);
  });

  it('runs alternate: no two neighbouring runs of one side are both shared or both own', () => {
    const segs = diffSegments('科普工作体系更加完善，科普基础设施不断完善。', '科普工作体系日益健全，科普基础设施持续完善。');
    for (const side of ['a', 'b'] as const) {
      const runs = sideRuns(segs, side);
      runs.forEach((r, i) => i > 0 && expect(r.shared).not.toBe(runs[i - 1]!.shared));
    }
  });
});
