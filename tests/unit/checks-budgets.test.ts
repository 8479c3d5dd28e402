import { describe, expect, it } from 'vitest';
import { kindOf, lighthouseFailures, planPageBudget, summarize } from '../../src/lib/checks/budgets';

describe('budgets', () => {
  it('classifies resources', () => {
    expect(kindOf('http://h/plans/a/', 'text/html')).toBe('html');
    expect(kindOf('http://h/_astro/a.css', '')).toBe('css');
    expect(kindOf('http://h/_astro/a.js', 'text/javascript')).toBe('js');
    expect(kindOf('http://h/pagefind/wasm.zh.pagefind', 'application/wasm')).toBe('js');
    expect(kindOf('http://h/favicon.svg', 'image/svg+xml')).toBe('other');
  });
  it('sums transfers by kind', () => {
    expect(summarize([{ url: 'a', kind: 'html', bytes: 10 }, { url: 'b', kind: 'js', bytes: 5 }, { url: 'c', kind: 'js', bytes: 1 }])).toEqual({ requests: 3, bytes: { html: 10, css: 0, js: 6, other: 0 }, total: 16 });
  });
  it('allows a plan page 1.3 × its gzipped source + 8 KB', () => {
    expect(planPageBudget(10_000)).toBe(13_000 + 8192);
  });
  it('reports Lighthouse categories under their minimum', () => {
    expect(lighthouseFailures({ performance: 94, accessibility: 100, 'best-practices': 100, seo: 92 })).toEqual(['performance 94 < 95', 'seo 92 < 100']);
    expect(lighthouseFailures({ performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 })).toEqual([]);
  });
});
