import { describe, expect, it } from 'vitest';
import { readPlanArticle } from '../../src/lib/checks/plan-article';
import { buildSections, sectionTopics, type ArticleNode } from '../../src/lib/search/sections';

const html = `<!doctype html><html><body><main><h1>标题</h1>
<article class="plan-text" data-plan="demo" data-pagefind-body>
<h2 id="plan">某市方案<a class="anchor" href="#plan">#</a></h2>
<p id="plan-p1">为贯彻落实。<a class="anchor" href="#plan-p1">¶</a></p>
<h3 id="s2"><span class="num">二、</span>提升行动<a class="anchor" href="#s2">#</a></h3>
<h4 id="youth"><span class="num">（一）</span>青少年科学素质提升行动<a class="anchor" href="#youth">#</a></h4>
<p id="youth-p1">完善科学教育。<a class="anchor" href="#youth-p1">¶</a></p>
<h5 id="s2-1-1"><span class="num">1.</span>馆校合作。<a class="anchor" href="#s2-1-1">#</a></h5>
<p id="s2-1-1-p1">实施馆校合作行动。<a class="anchor" href="#s2-1-1-p1">¶</a></p>
<h4 id="farmers"><span class="num">（二）</span>农民<a class="anchor" href="#farmers">#</a></h4>
<div class="table-wrap" id="annex-t1"><table><thead><tr><th>任务</th><th>单位</th></tr></thead><tbody><tr><td>培训</td><td>市农业农村局</td></tr></tbody></table><a class="anchor" href="#annex-t1">¶</a></div>
</article><section id="corrections"><h2 id="corrections-heading">校勘记</h2><p>不属于方案</p></section></main></body></html>`;

describe('readPlanArticle', () => {
  const article = readPlanArticle(html);
  it('reads the plan slug and drops copy-link controls', () => {
    expect(article?.slug).toBe('demo');
    expect(article?.nodes[0]).toEqual({ kind: 'heading', level: 2, id: 'plan', text: '某市方案' });
    expect(article?.nodes[1]).toEqual({ kind: 'block', id: 'plan-p1', texts: ['为贯彻落实。'] });
  });
  it('keeps printed numbers in headings, table cells as separate blocks, nothing outside the article', () => {
    const texts = article?.nodes.flatMap((n) => (n.kind === 'heading' ? [n.text] : n.texts)) ?? [];
    expect(texts).toContain('（一）青少年科学素质提升行动');
    expect(texts).toContain('市农业农村局');
    expect(texts).not.toContain('不属于方案');
  });
  it('returns null for pages without a plan article', () => {
    expect(readPlanArticle('<html><body><p>x</p></body></html>')).toBeNull();
  });
});

describe('buildSections', () => {
  const sections = buildSections(readPlanArticle(html)?.nodes ?? []);
  it('makes one section per heading, with its own blocks only', () => {
    expect(sections.map((s) => s.id)).toEqual(['plan', 's2', 'youth', 's2-1-1', 'farmers']);
    expect(sections.find((s) => s.id === 'youth')?.blocks).toEqual(['（一）青少年科学素质提升行动', '完善科学教育。']);
    expect(sections.find((s) => s.id === 's2')?.blocks).toEqual(['二、提升行动']);
    expect(sections.find((s) => s.id === 'farmers')?.blocks).toEqual(['（二）农民', '任务', '单位', '培训', '市农业农村局']);
  });
  it('records the heading path and ancestry', () => {
    const s = sections.find((x) => x.id === 's2-1-1');
    expect(s?.path).toEqual(['某市方案', '二、提升行动', '（一）青少年科学素质提升行动', '1.馆校合作。']);
    expect(s?.ancestry).toEqual(['plan', 's2', 'youth', 's2-1-1']);
    expect(sections.find((x) => x.id === 'farmers')?.ancestry).toEqual(['plan', 's2', 'farmers']);
  });
  it('anchors text before the first heading at its first block', () => {
    const nodes: ArticleNode[] = [
      { kind: 'block', id: 'p0', texts: ['前言'] },
      { kind: 'heading', level: 2, id: 'a', text: '甲' },
    ];
    expect(buildSections(nodes).map((s) => [s.id, s.level, s.blocks])).toEqual([
      ['p0', 0, ['前言']],
      ['a', 2, ['甲']],
    ]);
  });
  it('assigns topics by enclosing section', () => {
    const anchors = { 'group:youth': 'youth', 'group:farmers': 'farmers', 'group:elderly': null };
    expect(sectionTopics(sections.find((x) => x.id === 's2-1-1')!, anchors)).toEqual(['group:youth']);
    expect(sectionTopics(sections.find((x) => x.id === 's2')!, anchors)).toEqual([]);
  });
});
