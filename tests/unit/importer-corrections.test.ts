import { describe, expect, it } from 'vitest';
import { applyCorrections, parseCorrections } from '../../src/lib/importer/corrections';

describe('parseCorrections', () => {
  it('reads a list of original, replacement, reason and optional line', () => {
    const yaml = '- original: "(20212025)"\n  replacement: "(2021—2025年)"\n  reason: 破折号丢失\n  line: 17\n';
    expect(parseCorrections(yaml, 'c.yaml')).toEqual([{ original: '(20212025)', replacement: '(2021—2025年)', reason: '破折号丢失', line: 17 }]);
  });
  it('treats an empty file as no corrections', () => {
    expect(parseCorrections('', 'c.yaml')).toEqual([]);
  });
  it('rejects an entry without a reason, naming file and entry', () => {
    expect(() => parseCorrections('- original: a\n  replacement: b\n', 'content/corrections/x.yaml')).toThrow(/content\/corrections\/x\.yaml: entry 0\.reason/);
  });
  it('rejects unknown fields', () => {
    expect(() => parseCorrections('- original: a\n  replacement: b\n  reason: r\n  note: n\n', 'x.yaml')).toThrow(/x\.yaml/);
  });
});

describe('applyCorrections', () => {
  const text = '现将《方案(20212025)》印发\n某市全民科学素质行动实施方案\n20212025年)\n';
  it('replaces every occurrence and counts them', () => {
    const out = applyCorrections('a X b X', [{ original: 'X', replacement: 'Y', reason: 'r' }], 'f');
    expect(out.text).toBe('a Y b Y');
    expect(out.applied[0]!.count).toBe(2);
  });
  it('restricts a correction to its line', () => {
    const out = applyCorrections(text, [{ original: '20212025年)', replacement: '(2021—2025年)', reason: 'r', line: 3 }], 'f');
    expect(out.text.split('\n')[2]).toBe('(2021—2025年)');
    expect(out.text.split('\n')[0]).toBe('现将《方案(20212025)》印发');
  });
  it('fails when an original no longer occurs', () => {
    expect(() => applyCorrections(text, [{ original: '不存在', replacement: 'x', reason: 'r' }], 'content/corrections/b.yaml')).toThrow(
      /content\/corrections\/b\.yaml: correction 1 no longer matches/,
    );
  });
  it('fails when the original is not on the given line, naming the line', () => {
    expect(() => applyCorrections(text, [{ original: '20212025年)', replacement: 'x', reason: 'r', line: 1 }], 'b.yaml')).toThrow(/b\.yaml:1: .*not on line 1/);
  });
});
