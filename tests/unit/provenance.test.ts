import { describe, expect, it } from 'vitest';
import { FORMAT_LABELS, provenanceOf } from '../../src/lib/provenance';
import { officialUrl } from '../../src/lib/importer/rules/meta/official-url';
import { SOURCE_FORMATS } from '../../src/lib/importer/formats/types';
import { loadPlans } from '../support/plans';

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
