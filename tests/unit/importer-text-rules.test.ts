import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { importPlan } from '../../src/lib/importer/pipeline';
import { toSimplifiedForMatching } from '../../src/lib/importer/text/fold';
import { newsByline } from '../../src/lib/importer/rules/text/news-byline';
import { pdfPageNumber } from '../../src/lib/importer/rules/text/pdf-page-number';
import { pdfFixedWidth, printedWidth } from '../../src/lib/importer/rules/text/pdf-fixed-width';
import { pdfLineJoin } from '../../src/lib/importer/rules/text/pdf-line-join';

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

describe('text/pdf-fixed-width at its thresholds', () => {
  // A line broken mid-sentence: Han characters without closing punctuation, printed width 2 each.
  const broken = (chars: number) => '科'.repeat(chars);
  const finished = (chars: number) => `${'科'.repeat(chars - 1)}。`;
  const lines = (n: number, chars = 28) => Array.from({ length: n }, () => broken(chars));
  it('needs eight lines broken at one width, not seven', () => {
    expect(pdfFixedWidth.apply(lines(8))).toEqual({ width: 56, lines: 8 });
    expect(pdfFixedWidth.apply(lines(7))).toBeNull();
  });
  it('counts lines within two of the width together, not three', () => {
    expect(pdfFixedWidth.apply([...lines(6), broken(28) + 'ab'])).toBeNull();
    expect(pdfFixedWidth.apply([...lines(6), broken(28) + 'ab', broken(27)])).toEqual({ width: 56, lines: 8 });
    expect(pdfFixedWidth.apply([...lines(6), broken(28) + 'abc', broken(28) + 'abc'])).toBeNull();
    expect(pdfFixedWidth.apply([...lines(6), broken(28) + 'a', broken(28) + 'a'])).toEqual({ width: 56, lines: 8 });
  });
  it('gives the most common exact width of the cluster, the wider on a tie', () => {
    expect(pdfFixedWidth.apply([...lines(5), ...lines(5, 27)])).toEqual({ width: 56, lines: 10 });
    expect(pdfFixedWidth.apply([...lines(4), ...lines(6, 27)])).toEqual({ width: 54, lines: 10 });
  });
  it('needs 60% of the mid-sentence lines at that width', () => {
    const others = (k: number) => Array.from({ length: k }, (_, i) => broken(8 + 2 * i));
    // 8 of 13 = 61.5%; 8 of 14 = 57.1%.
    expect(pdfFixedWidth.apply([...lines(8), ...others(5)])).toEqual({ width: 56, lines: 8 });
    expect(pdfFixedWidth.apply([...lines(8), ...others(6)])).toBeNull();
  });
  it('needs 30% of all lines of eight characters or more at that width', () => {
    const done = (m: number) => Array.from({ length: m }, () => finished(20));
    // 9 of 30 = 30%; 9 of 31 below. Shorter lines do not count.
    expect(pdfFixedWidth.apply([...lines(9), ...done(21), '一、总体要求'])).toEqual({ width: 56, lines: 9 });
    expect(pdfFixedWidth.apply([...lines(9), ...done(22)])).toBeNull();
  });
  it('counts no line shorter than eight characters, none with a tab, none that ends a sentence', () => {
    expect(pdfFixedWidth.apply(lines(8, 7))).toBeNull();
    expect(pdfFixedWidth.apply(lines(8, 8))).toEqual({ width: 16, lines: 8 });
    expect(pdfFixedWidth.apply([...lines(7), `${broken(13)}\t${broken(14)}`])).toBeNull();
    expect(pdfFixedWidth.apply([...lines(7), `${broken(27)}；`])).toBeNull();
  });
  it('prints full-width characters two wide and ASCII and half-width katakana one', () => {
    expect(printedWidth('科学ab1，')).toBe(9);
    expect(printedWidth('ｱｲ')).toBe(2);
    expect(printedWidth('—')).toBe(2);
  });
});

describe('text/pdf-line-join at its thresholds', () => {
  const join = (previous: string, next: string, width?: number | null) => pdfLineJoin.apply({ previous, next, width });
  it('without a known width, continues a line of 20 characters or more, not 19', () => {
    expect(join('科'.repeat(20), '学素质。')).toBe(`${'科'.repeat(20)}学素质。`);
    expect(join('科'.repeat(19), '学素质。')).toBeNull();
  });
  it('with the printed width, continues a line up to six narrower than it, not seven', () => {
    expect(join('科'.repeat(25), '学素质。', 56)).toBe(`${'科'.repeat(25)}学素质。`);
    expect(join(`${'科'.repeat(24)}a`, '学素质。', 56)).toBeNull();
  });
  it('a heading of up to 40 characters is never continued by a paragraph; a longer numbered line is text', () => {
    const heading = (n: number) => `（五）${'科'.repeat(n - 3)}`;
    expect(join(heading(40), '以提升科学决策能力为重点')).toBeNull();
    expect(join(heading(41), '以提升科学决策能力为重点')).toBe(`${heading(41)}以提升科学决策能力为重点`);
  });
  it('a full line ends its paragraph only at a full stop, otherwise at any clause end', () => {
    expect(join(`${'科'.repeat(27)}：`, '市科协）', 56)).toBe(`${'科'.repeat(27)}：市科协）`);
    expect(join(`${'科'.repeat(27)}：`, '市科协）')).toBeNull();
    expect(join(`${'科'.repeat(27)}。`, '市科协）', 56)).toBeNull();
    expect(join(`${'科'.repeat(26)}。”`, '市科协）', 56)).toBeNull();
  });
  it('never continues a date, a notice title, the annex label, the signer, a seal line or a tab row', () => {
    expect(join(`${'科'.repeat(20)}2021年12月28日`, '科学')).toBeNull();
    expect(join(`某市人民政府${'科'.repeat(14)}通知`, '科学')).toBeNull();
    expect(join(`某市人民政府关于印发${'科'.repeat(14)}`, '科学')).toBeNull();
    expect(join(`附 件${'科'.repeat(20)}`, '科学')).toBeNull();
    expect(join(`${'科'.repeat(20)}`, '（某区科学技术协会代章）')).toBeNull();
    expect(join(`${'科'.repeat(20)}\t科`, '科学')).toBeNull();
    expect(join(`${'科'.repeat(20)}`, '科\t学')).toBeNull();
  });
});

describe('text/news-byline word by word', () => {
  it.each(['记者', '通讯员', '实习生', '特约记者', '摄影', '撰稿'])('%s with a name is a byline; the word alone in a sentence is text', (word) => {
    expect(newsByline.apply(`${word} 王小明`)).toBe('byline');
    expect(newsByline.apply(`${word}：王小明 通讯员 李华`)).toBe('byline');
    expect(newsByline.apply(`请${word}王小明参加。`)).toBeNull();
  });
  it('takes one to four names, of two to six characters', () => {
    expect(newsByline.apply('记者 王小 记者 李华 记者 张三 记者 赵四')).toBe('byline');
    expect(newsByline.apply('记者 王小 记者 李华 记者 张三 记者 赵四 记者 钱五')).toBeNull();
    expect(newsByline.apply('记者 王')).toBeNull();
    expect(newsByline.apply('记者 欧阳司马小明')).toBe('byline');
    expect(newsByline.apply('记者 欧阳司马小明明')).toBeNull();
  });
  it.each(['作者', '责任编辑', '编辑', '审核', '校对', '供稿'])('%s： with up to 20 characters is a byline', (label) => {
    expect(newsByline.apply(`${label}：${'王'.repeat(20)}`)).toBe('byline');
    expect(newsByline.apply(`${label}：${'王'.repeat(21)}`)).toBeNull();
    expect(newsByline.apply(`${label}王小明`)).toBeNull();
  });
  it.each(['来源', '作者', '编辑', '责任编辑', '发布', '发布者', '稿源'])('a date then %s： is a dateline', (label) => {
    expect(newsByline.apply(`2023-05-12 08:45:10　${label}：某县融媒体中心`)).toBe('byline');
    expect(newsByline.apply(`2023年5月12日 ${label}：某县`)).toBe('byline');
    expect(newsByline.apply(`2023年5月12日 ${label}某县`)).toBeNull();
  });
  it.each([
    '本报讯 日前',
    '本网讯 日前',
    '本台讯 日前',
    '某某县网讯 日前',
    '某某日报讯 日前',
    '晚报讯 日前',
    '某县新闻网讯 日前',
    '某县电视台讯 日前',
    '新华社长沙5月6日电 近日',
    '（记者 王小明）日前',
  ])('%s opens a news lead', (line) => {
    expect(newsByline.apply(line)).toBe('lead');
  });
  it('a line merely containing those words is text', () => {
    expect(newsByline.apply('据本报讯，日前')).toBeNull();
    expect(newsByline.apply('新华社报道')).toBeNull();
  });
});

describe('text/pdf-page-number: a page never after the last', () => {
  it('takes 第n页共m页 and n/m up to n = m, and no page 0', () => {
    expect(pdfPageNumber.apply('第20页共20页')).toEqual({ page: 20 });
    expect(pdfPageNumber.apply('第21页共20页')).toBeNull();
    expect(pdfPageNumber.apply('第 3 页，共 20 页')).toEqual({ page: 3 });
    expect(pdfPageNumber.apply('20/20')).toEqual({ page: 20 });
    expect(pdfPageNumber.apply('21/20')).toBeNull();
    expect(pdfPageNumber.apply('1 / 20')).toEqual({ page: 1 });
    expect(pdfPageNumber.apply('0/20')).toBeNull();
  });
  it('takes up to four digits and dashes of any kind, bold marks included', () => {
    expect(pdfPageNumber.apply('  – 1234 –  ')).toEqual({ page: 1234 });
    expect(pdfPageNumber.apply('- 12345 -')).toBeNull();
    expect(pdfPageNumber.apply('-- 7 **--**')).toEqual({ page: 7 });
  });
});
