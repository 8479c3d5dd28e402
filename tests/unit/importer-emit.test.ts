import { describe, expect, it } from 'vitest';
import type { AnchoredBlock } from '../../src/lib/importer/classify';
import { emitMdx, escapeAttribute, escapeText, headingLevel, parseMdxFrontmatter } from '../../src/lib/importer/emit';

describe('emit helpers', () => {
  it('writes text as a JSX string expression that evaluates to the text itself', () => {
    for (const text of ['{x} <b>*a*</b> [l](u) `c` ~s~ a|b !x @y http://z www.q "引号" \\ 反斜杠', '到2025年，比例超过25%。', '\u2028']) {
      const literal = escapeText(text);
      expect(literal.startsWith('{"') && literal.endsWith('"}')).toBe(true);
      expect(literal.slice(1, -1)).not.toMatch(/[{}<>|`]/);
      expect(JSON.parse(literal.slice(1, -1))).toBe(text);
    }
  });
  it('leaves Chinese text, numbers and full-width punctuation readable', () => {
    expect(escapeText('到2025年，比例超过25%（21.1%）。')).toBe('{"到2025年，比例超过25%（21.1%）。"}');
  });
  it('maps outline depth to heading levels h2–h6', () => {
    expect([0, 1, 2, 3, 4, 5].map(headingLevel)).toEqual([2, 3, 4, 5, 6, 6]);
  });
});

describe('emitMdx', () => {
  const fm = { title: '某市方案', period: { from: 2021, to: 2025 } } as unknown as Parameters<typeof emitMdx>[0];
  const blocks: AnchoredBlock[] = [
    { kind: 'heading', id: 'plan', line: 1, depth: 0, number: '', text: '某市方案', part: 'body', role: 'title' },
    { kind: 'heading', id: 's1', line: 2, depth: 0, number: '一、', text: '总体要求', part: 'body' },
    { kind: 'paragraph', id: 's1-p1', line: 3, text: '加强<b>{x}</b>', part: 'body', number: '1"' },
    { kind: 'paragraph', id: 's1-p2', line: 4, text: '无编号', part: 'body' },
    { kind: 'table', id: 's1-t1', line: 5, part: 'annex', header: ['任务', '牵头'], rows: [['加强', ''], ['推进', '市科协']], rowLines: [6, 7] },
  ];
  const mdx = emitMdx(fm, blocks);

  it('opens with the frontmatter between --- lines, read back as the same data', () => {
    expect(mdx.startsWith('---\ntitle: 某市方案\nperiod:\n')).toBe(true);
    expect(parseMdxFrontmatter(mdx, 'x.mdx')).toEqual(fm);
  });
  it('writes a heading, a paragraph and a table per block, each with its id', () => {
    const lines = mdx.split('\n');
    expect(lines).toContain('<Heading id="s1" level={2} number="一、">{"总体要求"}</Heading>');
    expect(lines).toContain('<Para id="s1-p1" number="1&#34;">{"加强\\u003cb\\u003e\\u007bx\\u007d\\u003c/b\\u003e"}</Para>');
    expect(lines).toContain('<Para id="s1-p2">{"无编号"}</Para>');
    const table = lines.slice(lines.indexOf('<DataTable id="s1-t1" label="一、总体要求 表1">'));
    expect(table.slice(0, 8)).toEqual(['<DataTable id="s1-t1" label="一、总体要求 表1">', '', '| {"任务"} | {"牵头"} |', '| --- | --- |', '| {"加强"} |   |', '| {"推进"} | {"市科协"} |', '', '</DataTable>']);
  });
  it('separates blocks by an empty line and ends with one', () => {
    expect(mdx.endsWith('</DataTable>\n')).toBe(true);
    expect(mdx).toMatch(/<\/Heading>\n\n<Heading/);
  });
});

describe('escapeAttribute', () => {
  it('writes & " < > { } as character references and leaves other text alone', () => {
    expect(escapeAttribute('a&b"c<d>e{f}g（一）')).toBe('a&#38;b&#34;c&#60;d&#62;e&#123;f&#125;g（一）');
  });
});

describe('parseMdxFrontmatter', () => {
  it('reads frontmatter closed at the end of the file or with CRLF lines', () => {
    expect(parseMdxFrontmatter('---\ntitle: a\n---', 'x')).toEqual({ title: 'a' });
    expect(parseMdxFrontmatter('---\r\ntitle: a\r\n---\r\nbody', 'x')).toEqual({ title: 'a' });
  });
  it('refuses an entry without frontmatter or with one that is not a mapping, naming the entry', () => {
    expect(() => parseMdxFrontmatter('title: a', 'p.mdx')).toThrow(/^p\.mdx: no frontmatter/);
    expect(() => parseMdxFrontmatter('---\n- a\n---\n', 'p.mdx')).toThrow(/^p\.mdx: the frontmatter is not a YAML mapping/);
    expect(() => parseMdxFrontmatter('---\n~\n---\n', 'p.mdx')).toThrow(/not a YAML mapping/);
  });
  it('reads YAML 1.1 as written (yes stays a string only when quoted)', () => {
    expect(parseMdxFrontmatter('---\na: yes\nb: "yes"\n---\n', 'x')).toEqual({ a: true, b: 'yes' });
  });
});
