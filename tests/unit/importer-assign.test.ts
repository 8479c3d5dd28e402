import { describe, expect, it } from 'vitest';
import { importPlan } from '../../src/lib/importer/pipeline';
import { MIN_QUOTED_ROW, QUOTED_ROW_OVERLAP, ROW_MATCH_THRESHOLD, SECTION_ROW_MATCH, similarity, TRADITIONAL_SHARE } from '../../src/lib/importer/semantic/assign';

/**
 * Which annex row states who is responsible for a measure that states nothing itself
 * (semantic/assign.ts), at the named thresholds: wording similarity, a row quoting the measure's
 * paragraph, a row naming the whole section. Small made-up plans with one annex table.
 */
const plan = (measure: string, row: string, task = '青少年科学素质提升行动', numbered = true) =>
  [
    '某市人民政府关于印发某市全民科学素质行动实施方案的通知',
    '各区：',
    '现将方案印发。',
    '某市全民科学素质行动实施方案（2021—2025年）',
    '一、重点任务',
    '（一）青少年科学素质提升行动',
    // Numbered, a measure's first sentence is its heading; unnumbered, the measure is a paragraph.
    `${numbered ? '1.' : ''}${measure}`,
    `${numbered ? '2.' : ''}开展青少年科技节。`,
    '附件',
    '某市重点任务分工表',
    '序号\t重点任务\t具体措施\t责任单位',
    `1\t${task}\t${row}\t市教育局、市科协`,
    '',
  ].join('\n');

interface Item {
  text: string;
  responsible: string[];
}
const youth = (measure: string, row: string, task?: string, numbered = true) => {
  const fm = importPlan({ slug: 'x', file: 'content/sources/x.txt', bytes: new TextEncoder().encode(plan(measure, row, task, numbered)) }).frontmatter as unknown as {
    groups: { youth: { items: Item[]; departments: { responsible: string[] } } };
  };
  return fm.groups.youth;
};
const stated = (measure: string, row: string, numbered = true) => youth(measure, row, undefined, numbered).items[0]!.responsible;

describe(`annex rows to measures: ROW_MATCH_THRESHOLD ${ROW_MATCH_THRESHOLD}`, () => {
  it('gives a measure the row worded at least that similarly, not one worded less so', () => {
    // 建设 设科 科技 技馆 against 建设 设科 科学 学馆: 2·2 / 8 = 0.5.
    expect(similarity('建设科技馆', '建设科学馆')).toBe(ROW_MATCH_THRESHOLD);
    expect(stated('建设科技馆。', '建设科学馆')).toEqual(['市教育局', '市科协']);
    // …against 建设 设科 科学 学展 展馆: 4 / 9.
    expect(similarity('建设科技馆', '建设科学展馆')).toBeLessThan(ROW_MATCH_THRESHOLD);
    expect(stated('建设科技馆。', '建设科学展馆')).toEqual([]);
  });
  it('gives the row to the measure it fits best, once', () => {
    const s = youth('建设科技馆。', '开展青少年科技节');
    expect(s.items.map((i) => i.responsible)).toEqual([[], ['市教育局', '市科协']]);
  });
  it('a row that contains a measure’s whole first sentence of six characters or more is that measure’s', () => {
    expect(stated('建设青少年科技馆。', '新建青少年科技馆一座')).toEqual(['市教育局', '市科协']);
  });
});

describe(`a row quoting a measure's paragraph: MIN_QUOTED_ROW ${MIN_QUOTED_ROW}, QUOTED_ROW_OVERLAP ${QUOTED_ROW_OVERLAP}`, () => {
  // Thirty different characters: every bigram occurs once.
  const rest = '依托学校图书馆配备专职辅导员组织开展阅读活动并评选优秀作品予以表彰奖励';
  // A long paragraph, so that a quoted row's Dice similarity to all of it stays below ROW_MATCH_THRESHOLD.
  const measure = `建设科技馆。${rest}。同时加强师资培训，完善课程体系，推动家庭社会协同育人，营造崇尚科学的良好氛围。`;
  it('takes a quoted row of MIN_QUOTED_ROW characters, not one shorter', () => {
    expect(stated(measure, rest.slice(0, MIN_QUOTED_ROW), false)).toEqual(['市教育局', '市科协']);
    expect(stated(measure, rest.slice(0, MIN_QUOTED_ROW - 1), false)).toEqual([]);
  });
  it(`takes a row sharing ${QUOTED_ROW_OVERLAP * 100}% of its bigrams with the paragraph, not less`, () => {
    const quoted = rest.slice(0, 21); // 20 bigrams
    // One character changed inside (two bigrams lost) and the last (one more): 17 of 20 = 85%.
    const at85 = `${quoted.slice(0, 10)}甲${quoted.slice(11, 20)}乙`;
    expect(similarity(at85, measure, true)).toBeCloseTo(QUOTED_ROW_OVERLAP);
    expect(stated(measure, at85, false)).toEqual(['市教育局', '市科协']);
    // Two characters changed inside: 16 of 20 = 80%.
    const at80 = `${quoted.slice(0, 5)}甲${quoted.slice(6, 15)}乙${quoted.slice(16)}`;
    expect(similarity(at80, measure, true)).toBeCloseTo(0.8);
    expect(stated(measure, at80, false)).toEqual([]);
  });
});

describe(`a row naming the whole section: SECTION_ROW_MATCH ${SECTION_ROW_MATCH}`, () => {
  it('a row worded like the section heading states the section’s departments, not a measure’s', () => {
    const s = youth('建设科技馆。', '青少年科学素质提升行动', '');
    expect(s.items.map((i) => i.responsible)).toEqual([[], []]);
    expect(s.departments.responsible).toEqual(['市教育局', '市科协']);
  });
  it('at SECTION_ROW_MATCH similarity to the heading, not below', () => {
    // One character changed inside: 8 of 10 bigrams, 0.8; one more character: 16 / 21.
    const at = '青少年科学甲质提升行动';
    expect(similarity(at, '青少年科学素质提升行动')).toBeCloseTo(SECTION_ROW_MATCH);
    expect(youth('建设科技馆。', at, '').departments.responsible).toEqual(['市教育局', '市科协']);
    const below = `${at}们`;
    expect(similarity(below, '青少年科学素质提升行动')).toBeLessThan(SECTION_ROW_MATCH);
    expect(youth('建设科技馆。', below, '').departments.responsible).toEqual([]);
  });
});

describe(`names given back as printed: TRADITIONAL_SHARE ${TRADITIONAL_SHARE}`, () => {
  // One traditional character (衛) in a plan otherwise printed in simplified characters, and a
  // filler paragraph that sets how many Han characters the plan has.
  const text = (filler: number) =>
    [
      '某市全民科学素质行动实施方案（2021—2025年）',
      '一、重点任务',
      '（一）青少年科学素质提升行动',
      '建设科技馆。（责任单位：市衛生健康委）',
      '二、组织实施',
      `${'科'.repeat(filler)}。`,
      '',
    ].join('\n');
  const run = (filler: number) => {
    const out = importPlan({ slug: 'x', file: 'content/sources/x.txt', bytes: new TextEncoder().encode(text(filler)) });
    const han = out.blocks.map((b) => (b.kind === 'table' ? [...b.header, ...b.rows.flat()].join('\n') : b.text)).join('\n').match(/[\u3400-\u9fff]/g)!.length;
    const youth = (out.frontmatter as unknown as { groups: { youth: { departments: { responsible: string[] } } } }).groups.youth;
    return { han, names: youth.departments.responsible };
  };
  it('gives names back in the printed characters when 1 in 50 Han characters folds, not when fewer do', () => {
    const base = run(1).han - 1;
    const atShare = Math.round(1 / TRADITIONAL_SHARE) - base;
    expect(run(atShare)).toEqual({ han: 1 / TRADITIONAL_SHARE, names: ['市衛生健康委'] });
    expect(run(atShare + 1)).toEqual({ han: 1 / TRADITIONAL_SHARE + 1, names: ['市卫生健康委'] });
  });
});
