/**
 * The department index: every department any plan names, with everything it leads, supports or
 * is responsible for, across plans. Names are grouped by their full form: a plan's abbreviation
 * (保山 writes 宣传部 after 市委组织部) is resolved through that plan's `departmentAliases`; the
 * names as written are kept beside it. The same name in two plans (市科协) is two bodies, one in
 * each city: the index lines them up because their roles are comparable, and says which plan.
 * Linear in the total number of names.
 */
import type { MeasureItem, SectionRef } from '../schema';
import { entriesOf, planHref, type MatrixKind, type PlanLike, type SectionKey } from './build';
import { departmentId, normalizeName } from './department-names';
import { ZH } from '../i18n/messages';

export { departmentId, normalizeName, uniqueDepartments } from './department-names';

export type Role = 'lead' | 'support' | 'responsible';
export const ROLE_LABELS: Record<Role, string> = ZH.roles;
const ROLES: readonly Role[] = ['lead', 'support', 'responsible'];

export interface MeasureRef {
  number: string;
  text: string;
  href: string;
  /** Path and anchor where the plan names the department for this measure. */
  statedAt: string | null;
}

export interface Occurrence {
  slug: string;
  plan: string;
  kind: MatrixKind;
  key: SectionKey;
  zh: string;
  heading: string;
  role: Role;
  /** The names as the plan writes them that resolve to this department here. */
  asWritten: string[];
  href: string;
  /** The measures of the section it is named for (empty where the plan names departments per section only). */
  measures: MeasureRef[];
}

export interface DepartmentEntry {
  name: string;
  /** A fragment id for the index page. */
  id: string;
  occurrences: Occurrence[];
  plans: string[];
  counts: Record<Role, number>;
}

export interface DepartmentIndex {
  departments: DepartmentEntry[];
}


export function buildDepartmentIndex(plans: readonly PlanLike[]): DepartmentIndex {
  const byName = new Map<string, DepartmentEntry>();
  const entry = (name: string) => {
    let e = byName.get(name);
    if (!e) {
      e = { name, id: departmentId(name), occurrences: [], plans: [], counts: { lead: 0, support: 0, responsible: 0 } };
      byName.set(name, e);
    }
    return e;
  };
  for (const plan of plans) {
    const aliases = plan.data.departmentAliases;
    for (const kind of ['groups', 'projects'] as const) {
      const sections = (kind === 'groups' ? plan.data.groups : plan.data.projects) as Partial<Record<SectionKey, SectionRef | null>>;
      for (const tax of entriesOf(kind)) {
        const ref = sections[tax.key];
        if (!ref) continue;
        for (const role of ROLES) {
          // Names resolving to the same department in one section and role are one occurrence.
          const grouped = new Map<string, string[]>();
          for (const written of ref.departments[role]) {
            const full = normalizeName(written, aliases);
            grouped.set(full, [...(grouped.get(full) ?? []), written]);
          }
          for (const [full, asWritten] of grouped) {
            const measures = ref.items
              .filter((item: MeasureItem) => item[role].some((n) => asWritten.includes(n)))
              .map((item) => ({
                number: item.number,
                text: item.text,
                href: planHref(plan.id, item.anchor),
                statedAt: item.statedAt ? planHref(plan.id, item.statedAt) : null,
              }));
            const e = entry(full);
            e.occurrences.push({ slug: plan.id, plan: plan.data.shortName, kind, key: tax.key, zh: tax.zh, heading: ref.heading, role, asWritten, href: planHref(plan.id, ref.anchor), measures });
            e.counts[role]++;
            // Plans are visited one after another: the plan is already listed only as the last one.
            if (e.plans[e.plans.length - 1] !== plan.id) e.plans.push(plan.id);
          }
        }
      }
    }
  }
  const departments = [...byName.values()].sort((a, b) => b.plans.length - a.plans.length || a.name.localeCompare(b.name, 'zh-Hans-CN'));
  return { departments };
}
