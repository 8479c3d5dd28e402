import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { planSchema, sourceMetaSchema } from '../../src/lib/schema';

const files = readdirSync('content/plans').filter((f) => f.endsWith('.mdx')).sort();
const read = (file: string) => parse(readFileSync(`content/plans/${file}`, 'utf8').split('\n---\n')[0]!.replace(/^---\n/, ''), { version: '1.1' }) as Record<string, unknown>;
/** A committed plan's frontmatter that states a literacy target (any will do), to break one field at a time. */
const withTarget = files.find((f) => read(f).literacyTarget) ?? files[0]!;
const frontmatter = () => read(withTarget);
const issue = (data: unknown) => {
  const r = planSchema.safeParse(data);
  return r.success ? null : `${r.error.issues[0]!.path.join('.')}: ${r.error.issues[0]!.message}`;
};

describe('planSchema', () => {
  it('accepts every committed frontmatter', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(issue(read(f)), f).toBeNull();
  });
  it('names the field of a violation', () => {
    expect(issue({ ...frontmatter(), region: { name: '某市', level: 'town', parents: [] } })).toMatch(/^region\.level/);
    expect(issue({ ...frontmatter(), signedDate: '2022/1/28' })).toMatch(/^signedDate: expected YYYY-MM-DD/);
    expect(issue({ ...frontmatter(), groups: { ...(frontmatter().groups as object), youth: { heading: '' } } })).toMatch(/^groups\.youth/);
    expect(issue({ ...frontmatter(), unknownField: 1 })).toMatch(/Unrecognized key/);
  });
  it('requires absent facts to be null, not missing', () => {
    const { publishedDate: _, ...rest } = frontmatter();
    expect(issue(rest)).toMatch(/^publishedDate/);
  });
  it('rejects a literacy target without 超过/达到', () => {
    const fm = frontmatter();
    const target = fm.literacyTarget ?? { year: 2025, percent: 10, comparator: '达到', sentence: '到2025年达到10%。', anchor: 'plan' };
    expect(issue({ ...fm, literacyTarget: { ...(target as object), comparator: '约' } })).toMatch(/^literacyTarget\.comparator/);
  });
});

describe('sourceMetaSchema', () => {
  it('accepts partial overrides and rejects unknown fields', () => {
    expect(sourceMetaSchema.safeParse({ region: { parents: ['某省'] } }).success).toBe(true);
    expect(sourceMetaSchema.safeParse({ regoin: {} }).success).toBe(false);
  });
  it('takes only absolute http(s) addresses as sourceUrl', () => {
    const ok = (sourceUrl: string) => sourceMetaSchema.safeParse({ sourceUrl }).success;
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '/plans/x/', 'plans/x', '//www.gov.cn/x', 'https:www.gov.cn', 'http://', 'ftp://www.gov.cn/x', 'mailto:a@b.cn', 'https://www.x.gov.cn/a"><script>x()</script>', 'https://www.x.gov.cn/a b', 'https://www.x.gov.cn/a<b>', 'https://www.x.gov.cn/`x`']) {
      expect(ok(bad), bad).toBe(false);
    }
    for (const good of ['https://www.gov.cn/zhengce/x.htm', 'http://kx.example.gov.cn/a?id=1#b', 'HTTPS://WWW.GOV.CN/', 'https://www.x.gov.cn/a?b=1&c=2', "https://www.x.gov.cn/it's", 'https://zzfmdn.com/art/%E5%85%A8.html']) expect(ok(good), good).toBe(true);
  });
  it('takes only real calendar days as dates', () => {
    const ok = (signedDate: string) => sourceMetaSchema.safeParse({ signedDate }).success && sourceMetaSchema.safeParse({ publishedDate: signedDate }).success;
    for (const bad of ['2022-13-45', '2022-02-30', '2023-02-29', '2100-02-29', '2022-04-31', '2022-00-10', '2022-1-5', '2022/01/05', '2022-01-05T00:00:00Z']) expect(ok(bad), bad).toBe(false);
    for (const good of ['2024-02-29', '2000-02-29', '2022-12-31', '2021-06-25']) expect(ok(good), good).toBe(true);
  });
});
