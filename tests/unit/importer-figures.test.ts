import { describe, expect, it } from 'vitest';
import { importPlan } from '../../src/lib/importer/pipeline';
import { LITERACY_PERCENT, OUTLOOK_YEAR, PLAN_YEARS, figureRange } from '../../src/lib/importer/rules/meta/figure-range';
import { parentRegionFigure } from '../../src/lib/importer/rules/meta/parent-region';
import { planSchema } from '../../src/lib/schema';

/**
 * Whose figures a plan's literacy target, baseline and targets are (rule meta/parent-region-figure),
 * and figures outside what they can mean (rule meta/figure-range): the field stays empty and the
 * import report says why at the source line; the import never stops on such a value.
 * Small fictional county plans (青禾县 under 岚桥市), built here.
 */

const HEAD = [
  '青禾县人民政府办公室关于印发青禾县全民科学素质行动实施方案（2021—2025年）的通知',
  '各乡镇人民政府，县直各单位：',
  '现将方案印发给你们，请认真贯彻执行。',
  '青禾县人民政府办公室',
  '2021年9月1日',
  '青禾县全民科学素质行动实施方案（2021—2025年）',
  '为贯彻落实《全民科学素质行动规划纲要（2021—2035年）》和《岚桥市全民科学素质行动实施方案（2021—2025年）》，结合我县实际，制定本方案。',
];
const TAIL = ['三、重点任务', '（一）青少年科学素质提升行动', '加强科学教育。（牵头单位：县教育局）'];

function plan(background: string[], goals: string[]) {
  const lines = [...HEAD, '一、发展基础', ...background, '二、发展目标', ...goals, ...TAIL];
  const text = lines.join('\n') + '\n';
  const out = importPlan({ slug: 'qinghe', file: 'qinghe.txt', bytes: new TextEncoder().encode(text) });
  /** The 1-based source line holding `s`. */
  const lineOf = (s: string) => lines.findIndex((l) => l.includes(s)) + 1;
  const messages = (ruleId: string) => out.messages.filter((m) => m.ruleId === ruleId);
  return { out, fm: out.frontmatter, lineOf, messages };
}

describe('whose figures (meta/parent-region-figure)', () => {
  it('skips the parent city’s target in a 按照…部署 frame and takes the county’s own', () => {
    const frame = '按照全市到2025年公民具备科学素质的比例超过12%的总体部署，结合我县发展基础，确定我县目标如下：';
    const { fm, lineOf, messages } = plan(['2020年，全县公民具备科学素质的比例为6.1%。'], [frame, '到2025年，全县公民具备科学素质的比例达到9.5%。']);
    expect(fm.literacyTarget).toMatchObject({ year: 2025, percent: 9.5, comparator: '达到' });
    expect(fm.literacyBaseline).toMatchObject({ year: 2020, percent: 6.1 });
    expect(messages(parentRegionFigure.id)).toContainEqual(expect.objectContaining({ severity: 'info', line: lineOf(frame) }));
  });
  it('takes no baseline from the city’s survey when the county did not survey', () => {
    const survey = '据岚桥市2020年公民科学素质抽样调查，全市公民具备科学素质的比例为9.87%，我县未单独开展抽样调查。';
    const { fm, lineOf, messages } = plan([survey], ['到2025年，全县公民具备科学素质的比例达到11%。']);
    expect(fm.literacyBaseline).toBeNull();
    expect(fm.literacyTarget).toMatchObject({ percent: 11 });
    expect(messages(parentRegionFigure.id)).toContainEqual(expect.objectContaining({ line: lineOf(survey) }));
  });
  it('reads the county’s level after the city’s in one sentence', () => {
    const both = '2020年，全市公民具备科学素质的比例为10.06%，我县为6.12%，低于全市平均水平。';
    const { fm } = plan([both], ['到2025年，全县公民具备科学素质的比例达到9.5%。']);
    expect(fm.literacyBaseline).toMatchObject({ year: 2020, percent: 6.12 });
  });
  it('carries the city’s subject to the sentence that continues it, and the county’s to its own', () => {
    const city = plan(['2019年，全市公民具备科学素质的比例为9.1%。2020年，达到9.87%。'], ['到2025年，全县公民具备科学素质的比例达到11%。']);
    expect(city.fm.literacyBaseline).toBeNull();
    expect(city.messages(parentRegionFigure.id)).toHaveLength(2);
    const county = plan(['2019年，全县公民具备科学素质的比例为5.1%。2020年，达到6.2%。'], ['到2025年，全县公民具备科学素质的比例达到11%。']);
    expect(county.fm.literacyBaseline).toMatchObject({ year: 2020, percent: 6.2 });
  });
  it('still reads the plan’s own sentences (全县, 我县, the county’s name)', () => {
    for (const subject of ['全县', '我县', '青禾县']) {
      const { fm, messages } = plan([`2020年，${subject}公民具备科学素质的比例为6.1%。`], [`到2025年，${subject}公民具备科学素质的比例达到9.5%。`]);
      expect(fm.literacyTarget?.percent).toBe(9.5);
      expect(fm.literacyBaseline?.percent).toBe(6.1);
      expect(messages(parentRegionFigure.id)).toEqual([]);
    }
  });
  it('keeps the parent’s other figures out of the targets', () => {
    const frame = '按照全市到2025年建成市级以上科普教育基地80个的总体部署，到2025年，全县县级以上科普教育基地达到12个。';
    const { fm, lineOf, messages } = plan([], [frame]);
    expect(fm.targets.map((t) => t.value)).toEqual([12]);
    expect(messages(parentRegionFigure.id)).toContainEqual(expect.objectContaining({ line: lineOf(frame) }));
  });
});

describe('figures outside what they can mean (meta/figure-range)', () => {
  it('leaves a baseline with a lost decimal point empty, warns at its line, and does not throw', () => {
    const lost = '2020年，全县公民具备科学素质的比例达到547%。';
    const { fm, lineOf, messages } = plan([lost], ['到2025年，全县公民具备科学素质的比例达到9%。']);
    expect(fm.literacyBaseline).toBeNull();
    expect(fm.literacyTarget?.percent).toBe(9);
    expect(messages(figureRange.id)).toContainEqual(expect.objectContaining({ severity: 'warning', line: lineOf(lost) }));
  });
  it('leaves a target under 1% empty (a share read as 0.9%)', () => {
    const low = '到2025年，全县公民具备科学素质的比例达到0.9%。';
    const { fm, lineOf, messages } = plan([], [low]);
    expect(fm.literacyTarget).toBeNull();
    expect(messages(figureRange.id)).toContainEqual(expect.objectContaining({ line: lineOf(low) }));
  });
  it('publishes no rate over 100% and no target year outside the period, each reported at its line', () => {
    const rate = '到2025年，村级科普活动室覆盖率达到950%，县级科普教育基地达到10个。';
    const year = '到2052年，全县注册科技志愿者达到2500人。';
    const { fm, lineOf, messages } = plan([], [rate, year]);
    expect(fm.targets.map((t) => `${t.value}${t.unit}`)).toEqual(['10个']);
    const lines = messages(figureRange.id).map((m) => m.line);
    expect(lines).toContain(lineOf(rate));
    expect(lines).toContain(lineOf(year));
  });
  it('keeps a target in the period, at its boundaries and in the 2035 outlook', () => {
    const { fm, messages } = plan([], ['到2021年，全县科普教育基地达到8个。', '到2025年，全县科普教育基地达到10个。', `到${OUTLOOK_YEAR}年，全县科普教育基地达到20个。`]);
    expect(fm.targets.map((t) => t.year)).toEqual([2021, 2025, OUTLOOK_YEAR]);
    expect(messages(figureRange.id)).toEqual([]);
  });
  it('has thresholds inside the schema’s bounds: whatever the rule lets pass, the schema accepts', () => {
    const level = (percent: number, year: number) => ({ year, percent, sentence: '句。', anchor: 's1-p1' });
    for (const percent of [LITERACY_PERCENT.min, LITERACY_PERCENT.max]) {
      for (const year of [PLAN_YEARS.min, PLAN_YEARS.max]) {
        expect(figureRange.apply({ kind: 'literacy', year, percent })).toBeNull();
        expect(planSchema.shape.literacyBaseline.safeParse(level(percent, year)).success).toBe(true);
      }
    }
    // And what the schema refuses, the rule refuses first.
    for (const percent of [0, -1, 100.01, 547]) {
      expect(planSchema.shape.literacyBaseline.safeParse(level(percent, 2020)).success).toBe(false);
      expect(figureRange.apply({ kind: 'literacy', year: 2020, percent })).not.toBeNull();
    }
  });
});
