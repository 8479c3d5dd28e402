import { withoutStatement } from '../importer/rules/responsibility/measure-text';
import type { ModelMeasure, PlanModel } from '../model/plan';

/**
 * What a measure commits to, as the alignment compares it: the text of its blocks (heading without
 * its printed number, paragraphs, table cells), each without the responsibility statement it may end
 * in (（市教育局牵头…配合）, read by the importer's one stripper, measure-text.ts), and without the
 * names of the departments the measure names — who does it is not what is done, and two plans'
 * bracket lists of the same bureaus would otherwise make unrelated measures look alike.
 */
export function measureContent(plan: Pick<PlanModel, 'blocks'>, measure: ModelMeasure): string {
  const parts: string[] = [];
  for (const block of plan.blocks.slice(measure.start, measure.end)) {
    if (block.kind === 'table') {
      // A table that states who is responsible is not content.
      if (block.id !== measure.statedAt) parts.push(block.rows.flat().join('，'));
    } else parts.push(withoutStatement(block.text) ?? block.text);
  }
  let text = parts.join('\n');
  const names = [...new Set(measure.departments.flatMap((d) => [d.written, d.name]))].sort((a, b) => b.length - a.length);
  for (const name of names) text = text.split(name).join('');
  return text;
}

/** The topic of a section: its own, or its nearest ancestor's (a subsection 2.措施 of 青少年 is about youth), or null. */
export function topicOfSection(plan: Pick<PlanModel, 'sections'>, sectionId: string): string | null {
  const byId = new Map(plan.sections.map((s) => [s.id, s]));
  for (let s = byId.get(sectionId); s; s = s.parent ? byId.get(s.parent) : undefined) if (s.topic) return s.topic;
  return null;
}
