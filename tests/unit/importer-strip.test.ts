import { describe, expect, it } from 'vitest';
import { LINE_RULES, stripBoilerplate } from '../../src/lib/importer/strip';
import { toLines } from '../../src/lib/importer/decode';

const strip = (text: string) => stripBoilerplate(toLines(text));
const kept = (text: string) => strip(text).lines.map((l) => l.text).filter((t) => t.trim() !== '');
const rules = (text: string) => strip(text).furniture.map((f) => f.rule);

const notice = (head: string, tail = '') => `${head}\n各区人民政府，市有关单位：\n现将方案印发给你们。\n${tail}`;

describe('stripBoilerplate', () => {
  it('removes PDF page numbers in their variants', () => {
    expect(rules('正文。\n— 7 —\n— 5 **—**\n- 12 -\n')).toEqual(['pdf-page-number', 'pdf-page-number', 'pdf-page-number']);
  });
  it('removes navigation, breadcrumbs, view counters and the font toolbar in the head', () => {
    const head = ['您所在的位置:网站首页 某栏目 标题', '当前位置 :首页', '> 政务公开 > 政府信息公开 > 政府公报', '2024-06-19 00:41| 来源: 网络整理| 查看: 265', '标题 信息来源:某市人民政府 【字体:大中小 】'].join('\n');
    expect(rules(notice(head))).toEqual(['site-location', 'site-location', 'breadcrumb', 'view-counter', 'page-toolbar']);
  });
  it('removes website metadata fields, spaced labels and bullet pairs alike', () => {
    const head = ['索 引 号:', '文      号: 某政办发〔2022〕18号', '发布机构 : 某市人民政府办公室 发布日期: 2022年08月09日', '• 索引号', '  • 58735799-9-/2022-0424002', '  • 日期: 2021- 12- 22 11: 01', '  • 主题词'].join('\n');
    expect(kept(notice(head))).toEqual(['各区人民政府，市有关单位：', '现将方案印发给你们。']);
  });
  it('keeps metadata-like text after the head: it is the plan talking', () => {
    expect(kept(notice('', '来源：各级财政。'))).toContain('来源：各级财政。');
  });
  it('removes a title repeated in the head but keeps its first occurrence', () => {
    const out = strip(notice('某市人民政府关于印发方案的通知\n某市人民政府关于印发方案的通知'));
    expect(out.furniture.map((f) => [f.rule, f.line])).toEqual([['repeated-title', 2]]);
  });
  it('removes footers, download and print links, widgets and attachment file names', () => {
    const tail = ['【本文地址】', '今日新闻', '推荐新闻', 'CopyRight 2018-2019 某网 版权所有', '扫一扫在手机上查看当前页面', '附件下载:某通知.pdf', '某通知.pdf', '打印 关闭', 'Baidu', 'map'].join('\n');
    expect(rules(notice('', tail))).toEqual([
      'share-footer', 'share-footer', 'share-footer', 'copyright-footer', 'share-footer', 'attachment-download', 'attachment-file-name', 'print-close-links', 'map-widget', 'map-widget',
    ]);
  });
  it('removes a news page\'s closing lines after the text (editor, previous/next links, a print link), not sentences that start alike', () => {
    const tail = ['责任编辑：郑小红', '责任编辑：王丽　审核：赵强', '上一篇：我县召开安全生产工作会议', '下一篇：某县举办农民丰收节', '【打印】'].join('\n');
    expect(rules(notice('', tail))).toEqual(['editor-footer', 'editor-footer', 'prev-next-links', 'prev-next-links', 'print-link']);
    expect(rules(notice('', ['审核：各部门要加强审核。', '编辑：把科学精神贯穿全过程', '上一篇文章'].join('\n')))).toEqual([]);
  });
  it('strips the "- " bullets of PDF text and records them', () => {
    const out = strip('- 1.将弘扬科学精神贯穿于育人全链条。\n - ——坚持协同推进。');
    expect(out.lines.map((l) => l.text)).toEqual(['1.将弘扬科学精神贯穿于育人全链条。', '——坚持协同推进。']);
    expect(out.furniture).toEqual([
      { rule: 'pdf-list-bullet', line: 1, text: '-' },
      { rule: 'pdf-list-bullet', line: 2, text: '-' },
    ]);
  });
  it('never deletes a line no rule names', () => {
    const text = notice('某某市人民政府文件\n某府〔2022〕7号', '附件\n（此件公开发布）\n一段不认识的文字');
    const out = strip(text);
    expect(out.furniture).toEqual([]);
    expect(out.lines.map((l) => l.text)).toEqual(text.split('\n'));
  });
  it('says whether the text came from a PDF', () => {
    expect(strip('正文\n— 3 —').fromPdf).toBe(true);
    expect(strip('正文').fromPdf).toBe(false);
  });
  it('has uniquely named rules', () => {
    const names = LINE_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('stripBoilerplate: header fields opening a text with no salutation and no prose line', () => {
  it('are its head (a page reader writes the card before a PDF’s hard-wrapped text)', () => {
    const lines = ['标题：关于印发《某区全民科学素质行动实施方案', '发布日期：2022-05-06', '某区全民科学素质工作领导小组文件', '关于印发《某区全民科学素质行动实施方案', '（2022—2025年）》的通知'].map((text, i) => ({ line: i + 1, text }));
    const r = stripBoilerplate(lines);
    expect(r.furniture.map((f) => f.line)).toEqual([1, 2]);
    expect(r.lines.map((l) => l.line)).toEqual([3, 4, 5]);
  });
});
