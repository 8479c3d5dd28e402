import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OTHER_PART, SITE_PARTS, measureSite, sitePart } from '../../src/lib/checks/site-size';

describe('site parts', () => {
  it('names the part of each kind of file, first match winning', () => {
    expect(sitePart('plans/a-2021-2025/index.html')).toBe('plan pages');
    expect(sitePart('plans/a-2021-2025/cite.bib')).toBe('plan citations (cite.json, cite.bib)');
    expect(sitePart('plans/a-2021-2025/social.png')).toBe('plan social images');
    expect(sitePart('data/plans/a.json')).toBe('data: per-plan files');
    expect(sitePart('data/departments.csv')).toBe('data: combined files');
    expect(sitePart('en/matrix/index.html')).toBe('English pages (en/)');
    expect(sitePart('index.html')).toBe(OTHER_PART);
    expect(new Set(SITE_PARTS.map((p) => p.name)).size).toBe(SITE_PARTS.length);
  });
  it('sums files and bytes per part, and the parts add up to the whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-size-'));
    const files: Record<string, string> = { 'plans/a/index.html': '<p>abc</p>', 'plans/a/cite.json': '{}', 'plans/b/index.html': '<p>d</p>', 'data/plans/a.json': '[1]', 'index.html': 'x' };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const m = measureSite(dir);
    rmSync(dir, { recursive: true });
    expect(m.parts?.find((p) => p.name === 'plan pages')).toEqual({ name: 'plan pages', files: 2, bytes: 18 });
    expect(m.parts?.reduce((n, p) => n + p.files, 0)).toBe(m.files);
    expect(m.parts?.reduce((n, p) => n + p.bytes, 0)).toBe(m.totalBytes);
    expect(m.planPageBytes).toBe(18);
  });
});
