import { describe, expect, it } from 'vitest';
import { findTitle, MAX_ANNEX_TITLE_LENGTH, outline, parseNumber, splitHeading } from '../../src/lib/importer/outline';
import { toLines } from '../../src/lib/importer/decode';

const doc = (body: string) =>
  outline(toLines(`某市人民政府关于印发某市全民科学素质行动实施方案的通知\n各区：\n现将方案印发。\n某市全民科学素质行动实施方案（2021—2025年）\n${body}`), 'f.txt');
const headings = (body: string) =>
  doc(body).blocks.filter((b) => b.kind === 'heading' && b.part === 'body' && !b.role).map((b) => (b.kind === 'heading' ? `${b.depth}:${b.number}${b.text}` : ''));

describe('parseNumber', () => {
  it('recognises the four numbering levels of official documents', () => {
    expect(parseNumber('一、总体要求')).toMatchObject({ kind: 'cn', number: '一、' });
    expect(parseNumber('十二、其他')).toMatchObject({ kind: 'cn', number: '十二、' });
    expect(parseNumber('（一）指导思想')).toMatchObject({ kind: 'cn-paren', number: '（一）' });
    expect(parseNumber('1.任务。')).toMatchObject({ kind: 'arabic', number: '1.' });
    expect(parseNumber('2、措施')).toMatchObject({ kind: 'arabic', number: '2、' });
    expect(parseNumber('（3）分工')).toMatchObject({ kind: 'arabic-paren', number: '（3）' });
  });
  it('does not take years or decimals for numbering', () => {
    expect(parseNumber('2025年目标：超过25%')).toBeNull();
    expect(parseNumber('21.1%的比例')).toBeNull();
  });
});

describe('splitHeading', () => {
  it('splits a numbered line that carries its body into a short heading and a paragraph', () => {
    expect(splitHeading('组织保障。加强对科学素质建设的领导')).toEqual({ heading: '组织保障。', body: '加强对科学素质建设的领导' });
  });
  it('keeps a heading without body whole', () => {
    expect(splitHeading('实施青少年科学素质提升行动')).toEqual({ heading: '实施青少年科学素质提升行动', body: '' });
  });
  it('refuses a 400-character heading: that is a numbered paragraph', () => {
    expect(splitHeading('很长'.repeat(40) + '。后文')).toBeNull();
  });
});

describe('findTitle', () => {
  it('finds the plan title, not the notice title, breadcrumb or the 《》 mention', () => {
    const lines = toLines('某省人民政府办公厅关于印发某省全民科学素质行动规划纲要实施方案的通知\n《某省全民科学素质行动规划纲要实施方案（2021—2025年）》已经同意。\n某省全民科学素质行动规划纲要实施方案（2021—2025年）\n');
    expect(findTitle(lines)?.text).toBe('某省全民科学素质行动规划纲要实施方案（2021—2025年）');
  });
  it('joins a title whose period is printed on the next line', () => {
    expect(findTitle(toLines('某市全民科学素质行动实施方案\n\n（2021—2025年）\n正文'))).toMatchObject({ index: 0, span: 3, text: '某市全民科学素质行动实施方案（2021—2025年）' });
  });
  it('returns null when there is none', () => {
    expect(findTitle(toLines('一、总体要求\n正文。'))).toBeNull();
  });
});

describe('outline', () => {
  it('gives headings depths by their numbering', () => {
    expect(headings('一、总体要求\n（一）指导思想\n1.任务。\n（1）细则\n二、重点任务')).toEqual(['1:一、总体要求', '2:（一）指导思想', '3:1.任务。', '4:（1）细则', '1:二、重点任务']);
  });
  it('uses relative depth when a level is skipped', () => {
    expect(headings('一、总体要求\n1.任务。')).toEqual(['1:一、总体要求', '2:1.任务。']);
  });
  it('splits a heading and its same-line body into heading and paragraph', () => {
    const blocks = doc('（一）组织保障。加强对科学素质建设的领导。').blocks.slice(-2);
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph']);
    expect(blocks[1]).toMatchObject({ text: '加强对科学素质建设的领导。' });
  });
  it('separates notice, body and annex', () => {
    const { blocks } = doc('一、总体要求\n正文。\n附件\n分工表\n1.青少年\n措施。');
    expect(blocks.map((b) => `${b.part}:${b.kind}${b.kind === 'heading' && b.role ? `/${b.role}` : ''}`)).toEqual([
      'notice:heading/notice', 'notice:paragraph', 'notice:paragraph', 'body:heading/title', 'body:heading', 'body:paragraph', 'annex:heading/annex', 'annex:paragraph', 'annex:heading', 'annex:paragraph',
    ]);
  });
  it('recognises an annex that starts with its table title', () => {
    const { blocks } = doc('一、总体要求\n某区实施方案（2022-2025年）任务分工表\n项目\t要点\t牵头单位\t配合单位\n\t1.甲。\t区教育局\t区科协');
    expect(blocks.at(-2)).toMatchObject({ kind: 'heading', role: 'annex', part: 'annex' });
    expect(blocks.at(-1)).toMatchObject({ kind: 'table', header: ['项目', '要点', '牵头单位', '配合单位'], rows: [['', '1.甲。', '区教育局', '区科协']] });
  });
  it('starts a new table at a repeated header row and pads short rows', () => {
    const { blocks } = doc('一、分工\n项目\t要点\t牵头\n\t1.甲\n项目\t要点\t牵头\n乙\t2.丙\t区科协');
    const tables = blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(2);
    expect(tables[0]).toMatchObject({ rows: [['', '1.甲', '']] });
  });
  it('fails without a recognisable title, naming the file', () => {
    expect(() => outline(toLines('一、总体要求\n正文。'), 'content/sources/x.txt')).toThrow(/content\/sources\/x\.txt: no recognisable plan title/);
  });
});

describe('a plan that does not repeat its title under the notice', () => {
  const text = '某县人民政府办公室关于印发某县全民科学素质行动实施方案（2021—2025年）的通知\n各乡镇：\n现将方案印发给你们。\n某县人民政府办公室\n2022年1月5日\n一、总体要求\n正文。\n';
  it('takes the title from the notice and starts the plan at its first chapter', () => {
    const { blocks, title } = outline(toLines(text), 'f.txt');
    expect(title).toBe('某县全民科学素质行动实施方案（2021—2025年）');
    expect(blocks.map((b) => `${b.part}:${b.kind}`)).toEqual(['notice:heading', 'notice:paragraph', 'notice:paragraph', 'notice:paragraph', 'notice:paragraph', 'body:heading', 'body:paragraph']);
  });
  it('still fails when the notice names no plan', () => {
    expect(() => outline(toLines('某县人民政府关于印发有关事项的通知\n一、甲\n'), 'f.txt')).toThrow(/no recognisable plan title/);
  });
});

describe('第一部分 / 第一章 numbering', () => {
  it('is a level above 一、', () => {
    expect(parseNumber('第一部分 总体要求')).toMatchObject({ kind: 'part', number: '第一部分' });
    expect(headings('第一章 总则\n一、指导思想\n第二章 重点任务')).toEqual(['1:第一章总则', '2:一、指导思想', '1:第二章重点任务']);
  });
});

describe('where the annex opens', () => {
  const parts = (body: string) => doc(body).blocks.filter((b) => b.kind === 'heading' && b.role === 'annex').map((b) => (b.kind === 'heading' ? b.text : ''));
  it(`at an annex table's title standing alone of up to MAX_ANNEX_TITLE_LENGTH (${MAX_ANNEX_TITLE_LENGTH}) characters, not longer`, () => {
    const title = (n: number) => `${'某'.repeat(n - 5)}任务分工表`;
    expect(parts(`一、总体要求\n正文。\n${title(MAX_ANNEX_TITLE_LENGTH)}\n措施。`)).toEqual([title(MAX_ANNEX_TITLE_LENGTH)]);
    expect(parts(`一、总体要求\n正文。\n${title(MAX_ANNEX_TITLE_LENGTH + 1)}\n措施。`)).toEqual([]);
  });
  it.each(['分工表', '责任分工', '任务分工', '分工方案', '任务清单'])('at a title ending in %s', (ending) => {
    expect(parts(`一、总体要求\n正文。\n某市重点${ending}\n措施。`)).toEqual([`某市重点${ending}`]);
    expect(parts(`一、总体要求\n正文。\n某市重点${ending}说明\n措施。`)).toEqual([]);
  });
  it('not at a numbered heading or a table caption with those endings', () => {
    expect(parts('一、总体要求\n正文。\n（二）明确责任分工\n措施。')).toEqual([]);
    expect(parts('一、总体要求\n正文。\n表1　重点任务分工\n措施。')).toEqual([]);
  });
  it('at 附件, 附件1, 附 件 二： alone, or 附件1：<table title> when no label of its own follows', () => {
    for (const label of ['附件', '附件1', '附 件 二：']) expect(parts(`一、总体要求\n正文。\n${label}\n某表\n措施。`), label).toEqual([label]);
    expect(parts('一、总体要求\n正文。\n附件1：某市任务分工表\n措施。')).toEqual(['附件1：某市任务分工表']);
    expect(parts('一、总体要求\n正文。\n附件1：某市任务分工表\n附件1\n措施。')).toEqual(['附件1']);
    expect(parts('一、总体要求\n正文。\n附件1：某市工作方案\n措施。')).toEqual([]);
  });
});
