import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { planSchema, sourceMetaSchema } from '../../src/lib/schema';

const frontmatter = () => parse(readFileSync('content/plans/shenzhen-2022-2025.mdx', 'utf8').split('\n---\n')[0]!.replace(/^---\n/, ''), { version: '1.1' }) as Record<string, unknown>;
const issue = (data: unknown) => {
  const r = planSchema.safeParse(data);
  return r.success ? null : `${r.error.issues[0]!.path.join('.')}: ${r.error.issues[0]!.message}`;
};

describe('planSchema', () => {
  it('accepts the committed frontmatter', () => {
    expect(issue(frontmatter())).toBeNull();
  });
  it('names the field of a violation', () => {
    expect(issue({ ...frontmatter(), region: { name: '深圳市', level: 'town', parents: [] } })).toMatch(/^region\.level/);
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
    expect(issue({ ...fm, literacyTarget: { ...(fm.literacyTarget as object), comparator: '约' } })).toMatch(/^literacyTarget\.comparator/);
  });
});

describe('sourceMetaSchema', () => {
  it('accepts partial overrides and rejects unknown fields', () => {
    expect(sourceMetaSchema.safeParse({ region: { parents: ['广东省'] } }).success).toBe(true);
    expect(sourceMetaSchema.safeParse({ regoin: {} }).success).toBe(false);
  });
});
