import { GROUP_KEYS, PROJECT_KEYS, type GroupKey, type ProjectKey } from '../../taxonomy';
import type { PlanFrontmatter, SectionRef } from '../../schema';
import type { AnchorAlias, ModelMeasure, ModelSection, PlanModel } from '../../model/plan';
import type { AnchoredBlock, ClassifyResult } from '../classify';
import type { ImportMessage } from '../messages';
import { sectionExtent } from '../structure/sections';
import type { AssignedSection, TopicSection } from './assign';
import { byRole } from './responsibility';

/** The topic sections of a classification, in document order: "group:youth", "project:digital", "extra:妇女". */
export function topicSections(classified: ClassifyResult): TopicSection[] {
  return [
    ...classified.groups.map((g) => ({ index: g.index, topic: `group:${g.key}` })),
    ...classified.projects.map((p) => ({ index: p.index, topic: `project:${p.key}` })),
    ...classified.extraGroups.map((e) => ({ index: e.index, topic: `extra:${e.name}` })),
  ].sort((a, b) => a.index - b.index);
}

/** The frontmatter's summary of one topic section (the published matrix data). */
export function sectionRef(blocks: readonly AnchoredBlock[], assigned: AssignedSection, matched: string): SectionRef {
  const heading = blocks[assigned.index]!;
  if (heading.kind !== 'heading') throw new Error(`block ${assigned.index} is no heading`);
  return {
    heading: heading.text,
    number: heading.number,
    anchor: heading.id,
    matched,
    measures: assigned.measures.length,
    chars: assigned.chars,
    departments: byRole(assigned.departments),
    items: assigned.measures.map((m) => ({ anchor: m.id, number: m.number, text: m.text, ...byRole(m.departments), statedAt: m.statedAt })),
  };
}

export interface SectionRefs {
  groups: Record<GroupKey, SectionRef | null>;
  projects: Record<ProjectKey, SectionRef | null>;
  extraGroups: (SectionRef & { name: string })[];
  /** Written form → canonical name, where a list left out the region prefix (市委组织部、宣传部 → 市委宣传部). */
  departmentAliases: Record<string, string>;
}

export function sectionRefs(blocks: readonly AnchoredBlock[], classified: ClassifyResult, assigned: readonly AssignedSection[]): SectionRefs {
  const at = (index: number) => assigned.find((a) => a.index === index)!;
  const groups = Object.fromEntries(
    GROUP_KEYS.map((key) => {
      const g = classified.groups.find((x) => x.key === key);
      return [key, g ? sectionRef(blocks, at(g.index), g.matched) : null];
    }),
  ) as Record<GroupKey, SectionRef | null>;
  const projects = Object.fromEntries(
    PROJECT_KEYS.map((key) => {
      const p = classified.projects.find((x) => x.key === key);
      return [key, p ? sectionRef(blocks, at(p.index), p.matched) : null];
    }),
  ) as Record<ProjectKey, SectionRef | null>;
  const extraGroups = classified.extraGroups.map((e) => ({ ...sectionRef(blocks, at(e.index), e.name), name: e.name }));
  const aliases = new Map<string, string>();
  for (const a of assigned) for (const d of [...a.departments, ...a.measures.flatMap((m) => m.departments)]) if (d.written !== d.name) aliases.set(d.written, d.name);
  const departmentAliases = Object.fromEntries([...aliases].sort(([x], [y]) => x.localeCompare(y, 'zh-Hans-CN')));
  return { groups, projects, extraGroups, departmentAliases };
}

/** The plan model: blocks, every section with its extent and topic, the topic sections' measures, and the messages. */
export function buildModel(
  slug: string,
  meta: PlanFrontmatter,
  blocks: readonly AnchoredBlock[],
  topics: readonly TopicSection[],
  assigned: readonly AssignedSection[],
  messages: readonly ImportMessage[],
  anchorAliases: readonly AnchorAlias[] = [],
): PlanModel {
  const topicAt = new Map(topics.map((t) => [t.index, t.topic]));
  const sections: ModelSection[] = [];
  const stack: { depth: number; id: string; part: string }[] = [];
  blocks.forEach((b, index) => {
    if (b.kind !== 'heading') return;
    const depth = b.depth;
    while (stack.length && (stack[stack.length - 1]!.depth >= depth || stack[stack.length - 1]!.part !== b.part || b.role)) stack.pop();
    const extent = sectionExtent(blocks, index);
    sections.push({ id: b.id, start: index, ownEnd: extent.ownEnd, end: extent.end, depth, part: b.part, parent: stack[stack.length - 1]?.id ?? null, topic: topicAt.get(index) ?? null });
    stack.push({ depth, id: b.id, part: b.part });
  });
  const measures: ModelMeasure[] = assigned.flatMap((a) =>
    a.measures.map((m) => ({ id: m.id, section: m.section, start: m.start, end: m.end, number: m.number, text: m.text, departments: m.departments, statedAt: m.statedAt, ruleId: m.ruleId })),
  );
  const modelBlocks = blocks.map((b) => {
    const { id, ...rest } = b;
    return { id, ...rest } as PlanModel['blocks'][number];
  });
  return { slug, meta, blocks: modelBlocks, sections, measures, messages: [...messages], anchorAliases: [...anchorAliases] };
}
