import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_LABELS, provenanceOf } from '../../src/lib/provenance';
import { officialUrl } from '../../src/lib/importer/rules/meta/official-url';
import { SOURCE_FORMATS } from '../../src/lib/importer/formats/types';
import { loadPlans } from '../support/plans';
import { importPlan } from '../../src/lib/importer/pipeline';

const SHA = 'a'.repeat(64);
const fm = (sourceUrl: string | null, obtainedFrom: string | null, format: (typeof SOURCE_FORMATS)[number] = 'txt') => ({
  sourceUrl,
  source: { file: `x.${format}`, sha256: SHA, encoding: 'utf-8', format, obtainedFrom, obtainedDate: null },
});

describe('provenanceOf', () => {
  it('offers the official original as 原文 and says nothing of a copy when the text came from it', () => {
    const p = provenanceOf(fm('https://www.x.gov.cn/a.html', 'https://www.x.gov.cn/a.html'));
    expect(p).toMatchObject({ original: 'https://www.x.gov.cn/a.html', copyHost: null });
  });
  it('names the host of a re-posting copy, never as the original', () => {
    const p = provenanceOf(fm(null, 'https://mirror.example.com/art/1.html'));
    expect(p).toMatchObject({ original: null, copyHost: 'mirror.example.com' });
  });
  it('never calls the publisher’s own page a copy, however its address is written', () => {
    expect(provenanceOf(fm('https://www.x.gov.cn/a.html', 'http://www.x.gov.cn/a.html')).copyHost).toBeNull();
    expect(provenanceOf(fm(null, 'http://www.x.gov.cn/a.html')).copyHost).toBeNull();
  });
  it('says nothing of where the text came from when it is not recorded', () => {
    expect(provenanceOf(fm(null, null))).toMatchObject({ original: null, copyHost: null });
  });
  it('labels every source format', () => {
    for (const f of SOURCE_FORMATS) expect(provenanceOf(fm(null, null, f)).format).toBe(FORMAT_LABELS[f]);
  });
});

describe('the plans in content/', () => {
  const plans = loadPlans();
  it('name a copy only when the text did not come from the original, and never link it', () => {
    for (const plan of plans) {
      const p = provenanceOf(plan.data);
      if (p.copyHost) expect(plan.data.source.obtainedFrom, plan.id).not.toBe(plan.data.sourceUrl);
      if (p.copyHost) expect(p.original ?? '', plan.id).not.toContain(p.copyHost);
    }
  });
});

describe('meta/official-url', () => {
  it('takes as the original only an address on a government host', () => {
    expect(officialUrl.apply('https://www.x.gov.cn/a.html')).toBe('https://www.x.gov.cn/a.html');
    expect(officialUrl.apply('https://x.gov.cn.example.com/a.html')).toBeNull();
    expect(officialUrl.apply('not an address')).toBeNull();
  });
});

describe('a source file’s own address, through the import', () => {
  const text = readFileSync(join(__dirname, '../fixtures/layouts', readdirSync(join(__dirname, '../fixtures/layouts')).find((f) => f.endsWith('.txt'))!), 'utf8');
  const imp = (url: string | null, yaml?: string) =>
    importPlan({
      slug: 'x',
      file: 'content/sources/x.html',
      bytes: new TextEncoder().encode(text),
      original: { file: 'content/sources/x.html', format: 'html', sha256: SHA, url, attachments: [], messages: [{ ruleId: 'formats/html-body', severity: 'info', reason: 'body chosen', line: 3 }] },
      ...(yaml ? { meta: { file: 'content/sources/x.yaml', text: yaml } } : {}),
    });
  it('is the original when on a government host, and where the text was obtained either way', () => {
    const out = imp('https://www.x.gov.cn/a.html');
    expect(out.frontmatter.sourceUrl).toBe('https://www.x.gov.cn/a.html');
    expect(out.frontmatter.source).toMatchObject({ file: 'x.html', format: 'html', sha256: SHA, obtainedFrom: 'https://www.x.gov.cn/a.html' });
  });
  it('is only where the text was obtained when off government hosts, and the report says why', () => {
    const out = imp('https://mirror.example.com/a.html');
    expect(out.frontmatter.sourceUrl).toBeNull();
    expect(out.frontmatter.source.obtainedFrom).toBe('https://mirror.example.com/a.html');
    expect(out.messages.some((m) => m.ruleId === officialUrl.id && m.reason.includes('mirror.example.com'))).toBe(true);
  });
  it('gives way to the YAML, and the reader’s messages join the report at their lines', () => {
    const out = imp('https://mirror.example.com/a.html', 'sourceUrl: "https://www.y.gov.cn/b.html"\nobtainedDate: "2026-12-01"\n');
    expect(out.frontmatter.sourceUrl).toBe('https://www.y.gov.cn/b.html');
    expect(out.frontmatter.source.obtainedDate).toBe('2026-12-01');
    expect(out.messages).toContainEqual(expect.objectContaining({ ruleId: 'formats/html-body', line: 3 }));
  });
  it('a page’s bytes are never imported as text', () => {
    expect(() => importPlan({ slug: 'x', file: 'content/sources/x.pdf', bytes: new TextEncoder().encode(text) })).toThrow(/format reader first/);
  });
});
