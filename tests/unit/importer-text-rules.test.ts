import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { importPlan } from '../../src/lib/importer/pipeline';
import { toSimplifiedForMatching } from '../../src/lib/importer/text/fold';

/** Whole-pipeline checks of the text and metadata rules on small synthetic plans (fictional regions). */
const imp = (text: string) => importPlan({ slug: 'x', file: 'content/sources/x.txt', bytes: new TextEncoder().encode(text) });

const NOTICE = ['某市人民政府关于印发某市全民科学素质行动实施方案（{P}年）的通知', '某政〔2022〕3号', '各县（市、区）人民政府，市直各单位：', '现将《某市全民科学素质行动实施方案（{P}年）》印发给你们，请认真贯彻落实。', '某市人民政府', '{D}', ''];
const BODY = [
  '某市全民科学素质行动实施方案（{P}年）',
  '为深入贯彻落实《全民科学素质行动规划纲要（2021—2035年）》，按照某某省关于全民科学素质建设的部署要求，制定本方案。',
  '一、发展基础',
  '截至{B}年底，全市共有科普教育基地12个。全市公民具备科学素质的比例{B}年达到{BV}%。',
  '二、目标',
  '到{E}年，全市公民具备科学素质的比例超过{EV}%；到2035年，达到25%以上。全市科普教育基地达到30个，每年开展科普活动不少于300场次，培训农民5万人次、农村实用人才2万名以上，深入实施“7个专项行动”。',
  '三、重点任务',
  '（一）实施青少年科学素质提升行动',
  '1.激发青少年好奇心。',
];
const plan = (o: { P?: string; D?: string; B?: string; BV?: string; E?: string; EV?: string } = {}) => {
  const v = { P: '2021—2025', D: '2022年3月10日', B: '2020', BV: '9.8', E: '2025', EV: '14', ...o };
  return [...NOTICE, ...BODY].join('\n').replace(/\{(\w+)\}/g, (_, k: keyof typeof v) => v[k]);
};

describe('text and metadata rules in the pipeline', () => {
  it('reads the facts of the base plan', () => {
    const fm = imp(plan()).frontmatter;
    expect(fm).toMatchObject({ title: '某市全民科学素质行动实施方案（2021—2025年）', issuer: '某市人民政府', documentNumber: '某政〔2022〕3号', signedDate: '2022-03-10' });
    expect(fm.region.parents).toEqual(['某某省']);
    expect(fm.literacyTarget).toMatchObject({ year: 2025, percent: 14, comparator: '超过' });
    expect(fm.literacyBaseline).toMatchObject({ year: 2020, percent: 9.8 });
    expect(fm.targets.map((t) => [t.value, t.unit, t.year])).toEqual([[30, '个', 2025], [300, '场次', null], [5, '万人次', null], [2, '万名', null]]);
  });
  it('takes the target of the end year of a 2026—2030 plan, and the 2025 level as its baseline', () => {
    const fm = imp(plan({ P: '2026—2030', B: '2025', BV: '15.5', E: '2030', EV: '20' })).frontmatter;
    expect(fm.literacyTarget).toMatchObject({ year: 2030, percent: 20 });
    expect(fm.literacyBaseline).toMatchObject({ year: 2025, percent: 15.5 });
  });
  it('reads a signature date in Chinese numerals and never produces an impossible one', () => {
    expect(imp(plan({ D: '二〇二二年三月十日' })).frontmatter.signedDate).toBe('2022-03-10');
    const bad = imp(plan({ D: '2022年2月30日' }));
    expect(bad.frontmatter.signedDate).toBeNull();
    expect(bad.messages.some((m) => m.ruleId === 'meta/date-arabic')).toBe(true);
  });
  it('removes invisible characters and says how many', () => {
    const out = imp(plan().replace('激发青少年', '激\u200b发青\u00ad少年'));
    expect(out.mdx).toContain('激发青少年好奇心');
    expect(out.messages.find((m) => m.ruleId === 'text/invisible-chars')?.reason).toMatch(/^2 /);
  });
  it('keeps the notice and its date when the title stands above it', () => {
    const lines = plan().split('\n');
    const title = lines.find((l) => /^某市全民.*）$/.test(l))!;
    const text = [title, ...lines.slice(2, 6), ...lines.slice(NOTICE.length + 1)].join('\n');
    const out = imp(text);
    expect(out.frontmatter).toMatchObject({ title, issuer: '某市人民政府', signedDate: '2022-03-10' });
    expect(out.blocks.filter((b) => b.part === 'notice').length).toBeGreaterThan(0);
  });
  it('is not misled by a news lead and byline before the notice', () => {
    const out = imp(`本报讯（记者 王某）日前，市政府印发《关于印发某市全民科学素质行动实施方案的通知》。\n记者 王某 通讯员 李某\n${plan()}`);
    expect(out.frontmatter.title).toBe('某市全民科学素质行动实施方案（2021—2025年）');
    expect(out.blocks.find((b) => b.kind === 'heading' && b.role === 'notice')).toMatchObject({ text: expect.stringMatching(/^某市人民政府关于印发/) });
    expect(out.furniture.some((f) => f.rule === 'news-byline')).toBe(true);
  });
  it('reads a traditional-character repost and shows it as published', () => {
    const toT = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const trad = toT(plan());
    const fm = imp(trad).frontmatter;
    expect(toSimplifiedForMatching(fm.title)).toBe('某市全民科学素质行动实施方案（2021—2025年）');
    expect(fm.title).not.toBe(toSimplifiedForMatching(fm.title));
    expect(fm.signedDate).toBe('2022-03-10');
    expect(fm.literacyTarget).toMatchObject({ year: 2025, percent: 14 });
    expect(fm.targets.length).toBe(4);
  });
  it('joins PDF lines broken at a fixed width without page numbers', () => {
    const para = '为深入贯彻落实全民科学素质行动规划纲要，进一步提升全市公民科学素质，推动科普工作高质量发展，结合我市实际，'.repeat(6) + '制定本方案。';
    const wrapped = para.match(/.{1,28}/g)!.join('\n');
    const text = plan().replace(/^为深入贯彻落实.*$/m, wrapped);
    const out = imp(text);
    expect(out.messages.some((m) => m.ruleId === 'text/pdf-fixed-width')).toBe(true);
    expect(out.blocks.some((b) => b.kind === 'paragraph' && b.text === para)).toBe(true);
  });
});
