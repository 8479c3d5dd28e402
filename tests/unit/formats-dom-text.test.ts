import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { domLines, joinCellParts, type DomNode } from '../../src/lib/importer/formats/dom-text';

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
