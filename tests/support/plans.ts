// The committed plans' frontmatter, read as the content collection reads it (for pure tests), and a
// fixture sixth plan that the site code has never seen.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { planSchema, type PlanFrontmatter } from '../../src/lib/schema';
import type { PlanLike } from '../../src/lib/matrix/build';
import { buildModel } from '../../src/lib/importer/semantic/model';
import { planModelSchema, type PlanModel } from '../../src/lib/model/plan';

export function loadPlans(root = process.cwd()): PlanLike[] {
  const dir = join(root, 'content/plans');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const yaml = /^---\n([\s\S]*?)\n---\n/.exec(text)![1]!;
      return { id: f.replace(/\.mdx$/, ''), data: planSchema.parse(parse(yaml, { version: '1.1' })) };
    });
}

const section = (heading: string, anchor: string, matched: string, lead: string[], support: string[] = []) => ({
  heading,
  number: '（一）',
  anchor,
  matched,
  measures: 1,
  chars: heading.length + 20,
  departments: { lead, support, responsible: [] },
  items: [{ anchor: `${anchor}-p1`, number: '', text: '开展活动。', lead, support, responsible: [], statedAt: `${anchor}-p2` }],
});

/** A sixth plan, valid against the schema: a county with youth and elderly only, one project. */
export function fixturePlan(slug = 'testxian-2023-2025'): PlanLike {
  const data: PlanFrontmatter = planSchema.parse({
    title: '测试县全民科学素质行动实施方案（2023—2025年）',
    shortName: '测试县',
    region: { name: '测试县', level: 'county', parents: ['测试省', '测试市'] },
    issuer: '测试县人民政府',
    documentNumber: null,
    signedDate: null,
    publishedDate: null,
    printedDate: null,
    period: { from: 2023, to: 2025 },
    literacyTarget: { year: 2025, percent: 10.5, comparator: '达到', sentence: '到2025年，全县公民具备科学素质的比例达到10.5%。', anchor: 's1-p1' },
    literacyBaseline: { year: 2020, percent: 6.2, sentence: '2020年全县公民具备科学素质的比例为6.2%。', anchor: 's1-p2' },
    targets: [{ sentence: '建成科普基地10个以上。', anchor: 's1-p3', year: 2025, value: 10, unit: '个', comparator: '以上', measure: '建成科普基地10个以上' }],
    implements: [],
    groups: {
      youth: section('实施青少年科学素质提升行动', 'youth', '青少年', ['县教育局'], ['县科协']),
      farmers: null,
      workers: null,
      elderly: section('实施老年人科学素质提升行动', 'elderly', '老年人', ['县卫生健康局', '县科协']),
      officials: null,
    },
    projects: {
      resources: null,
      digital: section('实施科普信息化工程', 'project-digital', '科普信息化', ['县科协']),
      infrastructure: null,
      grassroots: null,
      emergency: null,
      talent: null,
      industry: null,
      cooperation: null,
    },
    outline: [
      { id: 'plan', depth: 0, number: '', text: '测试县全民科学素质行动实施方案（2023—2025年）', part: 'body' },
      { id: 'youth', depth: 2, number: '（一）', text: '实施青少年科学素质提升行动', part: 'body' },
      { id: 'elderly', depth: 2, number: '（二）', text: '实施老年人科学素质提升行动', part: 'body' },
      { id: 'project-digital', depth: 2, number: '（三）', text: '实施科普信息化工程', part: 'body' },
    ],
    departmentAliases: {},
    sourceUrl: null,
    source: { file: `${slug}.txt`, sha256: '0'.repeat(64), encoding: 'utf-8' },
    corrections: [],
  });
  return { id: slug, data };
}

/** The body blocks of the fixture plan, matching its outline and anchors. */
export function fixtureBlocks(): import('../../src/lib/importer/classify').AnchoredBlock[] {
  const h = (id: string, depth: number, number: string, text: string) => ({ kind: 'heading' as const, id, depth, number, text, part: 'body' as const, line: 1 });
  const p = (id: string, text: string) => ({ kind: 'paragraph' as const, id, text, part: 'body' as const, line: 1 });
  return [
    { ...h('plan', 0, '', '测试县全民科学素质行动实施方案（2023—2025年）'), role: 'title' as const },
    p('s1-p1', '到2025年，全县公民具备科学素质的比例达到10.5%。'),
    p('s1-p2', '2020年全县公民具备科学素质的比例为6.2%。'),
    p('s1-p3', '建成科普基地10个以上。'),
    h('youth', 2, '（一）', '实施青少年科学素质提升行动'),
    p('youth-p1', '开展活动。'),
    p('youth-p2', '（县教育局牵头，县科协配合）'),
    h('elderly', 2, '（二）', '实施老年人科学素质提升行动'),
    p('elderly-p1', '开展活动。'),
    p('elderly-p2', '（县卫生健康局、县科协牵头）'),
    h('project-digital', 2, '（三）', '实施科普信息化工程'),
    p('project-digital-p1', '开展活动。'),
    p('project-digital-p2', '（县科协牵头）'),
  ];
}

/**
 * The fixture plan's model, as the importer writes it beside the MDX entry (the plan page renders
 * the text from it): its blocks, the sections the importer's own buildModel computes from them,
 * the fixture's group and project sections as topics; no measures or messages.
 */
export function fixtureModel(slug = 'testxian-2023-2025', data: PlanFrontmatter = fixturePlan(slug).data): PlanModel {
  const blocks = fixtureBlocks();
  const topic = (id: string, key: string) => ({ index: blocks.findIndex((b) => b.id === id), topic: key });
  const topics = [topic('youth', 'group:youth'), topic('elderly', 'group:elderly'), topic('project-digital', 'project:digital')];
  return planModelSchema.parse(buildModel(slug, data, blocks, topics, [], []));
}

/** The same region's plan for the next period (2026—2030): the fixture's successor. */
export function fixtureSuccessor(slug = 'testxian-2026-2030'): PlanLike {
  const { data } = fixturePlan(slug);
  const title = data.title.replace('2023—2025', '2026—2030');
  return {
    id: slug,
    data: planSchema.parse({
      ...data,
      title,
      period: { from: 2026, to: 2030 },
      literacyTarget: null,
      literacyBaseline: null,
      targets: [],
      outline: data.outline.map((o) => (o.id === 'plan' ? { ...o, text: title } : o)),
    }),
  };
}
