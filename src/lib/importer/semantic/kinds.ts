import type { AnchoredBlock } from '../classify';
import type { MessageLog } from '../messages';
import { kindRule } from '../rules/names/kind';
import type { AssignedSection } from './assign';

/**
 * Every department name the plan states for a group or project resolves to a kind
 * (src/lib/departments/kinds.ts); one that does not is a warning, once per name, at the first
 * place it is stated (the measure's statement, else the section heading). The name is still
 * published: the site lists it under 未归类 until its word is added to the list of kinds.
 */
export function reportUnresolvedKinds(sections: readonly AssignedSection[], blocks: readonly AnchoredBlock[], log: MessageLog): void {
  const reported = new Set<string>();
  const lineOf = (anchor: string | null) => blocks.find((b) => b.id === anchor)?.line ?? null;
  const check = (name: string, anchor: string | null) => {
    if (reported.has(name) || kindRule.apply(name)) return;
    reported.add(name);
    kindRule.warn(log, `“${name}”归不进任何部门类别（src/lib/departments/kinds.ts），网站暂列为“未归类”；请在部门类别中补上它的写法`, { line: lineOf(anchor), anchor });
  };
  for (const s of sections) {
    const heading = blocks[s.index]!;
    for (const m of s.measures) for (const d of m.departments) check(d.name, m.statedAt ?? heading.id);
    for (const d of s.departments) check(d.name, heading.id);
  }
}
