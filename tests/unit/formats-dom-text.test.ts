import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { domLines, joinCellParts, tableGrid, type DomNode } from '../../src/lib/importer/formats/dom-text';

const body = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document.body as unknown as DomNode;

describe('domLines', () => {
  it('gives a line per paragraph, heading and line break, without the page’s script or style', () => {
    expect(domLines(body('<h1>标题</h1><p>　　一、总体要求<br>第二行</p><script>x()</script><style>p{}</style><div>末段</div>'))).toEqual(['标题', '一、总体要求', '第二行', '末段']);
  });
  it('makes a data table TAB rows, a cell’s paragraphs joined; a table of one cell per row is layout, read as blocks', () => {
    expect(domLines(body('<table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td><p>开展</p><p>活动</p></td></tr></table>'))).toEqual(['序号\t任务', '1\t开展活动']);
    expect(domLines(body('<table><tr><td><p>一、正文</p><p>二、正文</p></td></tr></table>'))).toEqual(['一、正文', '二、正文']);
  });
  it('collapses the spaces of HTML source, and keeps a Word file’s own spaces with literalSpaces', () => {
    const html = '<p>市科协    市教育局</p><p>    续行</p>';
    expect(domLines(body(html))).toEqual(['市科协 市教育局', '续行']);
    expect(domLines(body(html), { literalSpaces: true })).toEqual(['市科协    市教育局', '    续行']);
  });
  it('joins a cell’s parts with nothing between CJK characters and a space otherwise', () => {
    expect(joinCellParts(['开展', '活动'])).toBe('开展活动');
    expect(joinCellParts(['Section', 'two'])).toBe('Section two');
    expect(joinCellParts(['2025年', 'A级'])).toBe('2025年 A级');
  });
});

describe('tableGrid: merged cells as a browser draws them', () => {
  const c = (text: string, rowspan = 1, colspan = 1) => ({ text, rowspan, colspan });
  it('repeats a cell merged down in every row it covers, keeping the other cells in their columns', () => {
    expect(tableGrid([[c('青少年', 2), c('开展科学教育'), c('市教育局')], [c('建设科普基地'), c('市科协')]])).toEqual([
      ['青少年', '开展科学教育', '市教育局'],
      ['青少年', '建设科普基地', '市科协'],
    ]);
  });
  it('writes a cell merged across once and leaves the columns it covers empty; at the row’s end, the row ends with it', () => {
    expect(tableGrid([[c('序号'), c('任务'), c('牵头单位')], [c('合计', 1, 2), c('3项')], [c('一、青少年', 1, 3)]])).toEqual([
      ['序号', '任务', '牵头单位'],
      ['合计', '', '3项'],
      ['一、青少年'],
    ]);
  });
  it('leaves a table without merged cells as it is', () => {
    expect(tableGrid([[c('a'), c('b')], [c('c'), c('d')]])).toEqual([['a', 'b'], ['c', 'd']]);
  });
  it('reads rowspan and colspan from the page', () => {
    expect(domLines(body('<table><tr><td rowspan="2">青少年</td><td>开展</td></tr><tr><td>建设</td></tr><tr><td colspan="2">合计</td></tr></table>'))).toEqual(['青少年\t开展', '青少年\t建设', '合计']);
  });
});
