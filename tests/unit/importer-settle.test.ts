import { describe, expect, it } from 'vitest';
import { importPlan } from '../../src/lib/importer/pipeline';

// Settling a case in <slug>.yaml (README "Settling a case in YAML"), on a small made-up plan.
const utf8 = (s: string) => new TextEncoder().encode(s);
const TEXT = [
  '某市人民政府关于印发某市全民科学素质行动实施方案的通知',
  '各区人民政府：',
  '现将方案印发给你们。',
  '某市人民政府',
  '2022年3月1日',
  '某市全民科学素质行动实施方案(2021—2025年)',
  '一、重点任务',
  '(一)实施青少年科学素质提升行动',
  '加强科学教育。(牵头单位:市教育局;配合单位:市科协)',
  '(二)实施农民科学素质提升行动',
  '培育高素质农民。(牵头单位:市农业农村局)',
  '(三)加强乡村振兴人才培养',
  '开展培训。(牵头单位:市人力资源社会保障局)',
].join('\n');
const imp = (yaml?: string) =>
  importPlan({ slug: 'x', file: 'content/sources/x.txt', bytes: utf8(TEXT), meta: yaml ? { file: 'content/sources/x.yaml', text: yaml } : undefined });
const rules = (out: ReturnType<typeof imp>, severity: string) => out.messages.filter((m) => m.severity === severity).map((m) => m.ruleId);

describe('settling cases in YAML', () => {
  it('without YAML: a heading beside the group sections that is none of them, and absent groups, are warnings', () => {
    const out = imp();
    expect(rules(out, 'warning')).toContain('topics/unplaced-heading');
    expect(out.messages.filter((m) => m.ruleId === 'topics/group-absent' && m.severity === 'warning')).toHaveLength(3);
    expect(out.messages.find((m) => m.ruleId === 'topics/unplaced-heading')?.line).toBe(12);
  });
  it('topics: maps a heading to a group (with its departments), or marks it as none', () => {
    const asWorkers = imp('topics:\n  加强乡村振兴人才培养: group:workers\n');
    expect(asWorkers.frontmatter.groups.workers).toMatchObject({ heading: '加强乡村振兴人才培养', matched: '加强乡村振兴人才培养', departments: { lead: ['市人力资源社会保障局'] } });
    expect(rules(asWorkers, 'warning')).not.toContain('topics/unplaced-heading');
    const none = imp('topics:\n  加强乡村振兴人才培养: none\n');
    expect(rules(none, 'warning')).not.toContain('topics/unplaced-heading');
    expect(none.frontmatter.groups.workers).toBeNull();
  });
  it('absent: confirms that groups are missing, turning the warning into a note', () => {
    const out = imp('absent: [workers, elderly, officials]\ntopics:\n  加强乡村振兴人才培养: none\n');
    // The made-up plan is a fragment (no closing part, a few lines): text/truncated says so, rightly; the topics are settled.
    expect(rules(out, 'warning').filter((r) => r.startsWith('topics/'))).toEqual([]);
    expect(out.messages.filter((m) => m.ruleId === 'topics/group-absent' && m.severity === 'info')).toHaveLength(3);
  });
  it('a settled heading the text does not have is itself a warning', () => {
    expect(rules(imp('topics:\n  不存在的标题: none\n'), 'warning')).toContain('topics/settled');
  });
  it('an unknown topic is refused when the YAML is read', () => {
    expect(() => imp('topics:\n  加强乡村振兴人才培养: group:students\n')).toThrow(/topics/);
  });
});
