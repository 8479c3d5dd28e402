// The check that an English page says nothing in Chinese outside plan text and names (lang="zh…").
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { chineseOutsideZh } from '../../src/lib/checks/language';

const leaks = (html: string, lang = 'en') => chineseOutsideZh(parse(html), lang).map((l) => l.text);

describe('chineseOutsideZh', () => {
  it('passes English, Chinese marked lang="zh-Hans", quoted plan wording, scripts and styles', () => {
    expect(leaks('<p>Plans <span lang="zh-Hans">深圳市</span></p>')).toEqual([]);
    expect(leaks('<div lang="zh-Hans"><p>青少年<b>科学</b></p></div>')).toEqual([]);
    expect(leaks('<p>The plan calls it “城市劳动者”, counted as “Industrial workers”.</p>')).toEqual([]);
    expect(leaks('<script>const s = "搜索";</script><style>/* 注 */</style>')).toEqual([]);
    expect(leaks('<input lang="zh-Hans" placeholder="如：深圳">')).toEqual([]);
  });

  it('reports Chinese interface text, CJK punctuation and read attributes outside lang="zh…"', () => {
    expect(leaks('<p>共 5 个方案</p>')).toEqual(['共 5 个方案']);
    expect(leaks('<p>5 plans（all）</p>')).toEqual(['5 plans（all）']);
    expect(leaks('<a aria-label="搜索">Search</a>')).toEqual(['搜索']);
    expect(leaks('<input placeholder="搜索方案">')).toEqual(['搜索方案']);
    expect(leaks('<div lang="zh-Hans"><p lang="en">Back 回到</p></div>')).toEqual(['Back 回到']);
  });

  it('takes the language the root inherits', () => {
    expect(leaks('<p>共 5 个方案</p>', 'zh-Hans')).toEqual([]);
  });
});
