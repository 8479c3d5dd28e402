/**
 * Who leads, by department kind: department kinds (kinds.ts) against the priority groups and key
 * projects (taxonomy.ts) — for each kind × topic, in how many plans a department of that kind leads,
 * supports or is responsible. Read from the department index (matrix/departments.ts), the same
 * occurrences the department pages list, so the counts and the lists agree. A combined body
 * (市教育体育局) counts under each of its kinds; a plan counts once per role however many of its
 * departments of the kind are named. Pure; linear in the occurrences.
 */
import { entriesOf, type MatrixKind, type PlanLike, type SectionKey } from '../matrix/build';
import type { DepartmentEntry, DepartmentIndex, Occurrence, Role } from '../matrix/departments';
import { comparisonBlockHref, groupByProvince, splitByProvince } from '../site/lists';
import { DEPARTMENT_KINDS, UNRESOLVED_KIND, kindsOf } from './kinds';

export const ROLES: readonly Role[] = ['lead', 'support', 'responsible'];

/** A kind as pages show it: one of DEPARTMENT_KINDS, or 未归类 for names the rule cannot resolve. */
export interface KindLabel {
  key: string;
  zh: string;
  en: string;
}

export interface KindTopic {
  kind: MatrixKind;
  key: SectionKey;
  zh: string;
  en: string;
  /** Fragment id of the topic on a kind's page: groups-youth, projects-digital. */
  id: string;
}

/** Plans (slugs, in plan order) per role. */
export type KindCell = Record<Role, string[]>;

export interface KindRow extends KindLabel {
  /** The department names of this kind, in index order. */
  names: string[];
  /** Plans naming a department of this kind for any group or project. */
  plans: number;
  /** One cell per topic, in the order of `topics`. */
  cells: KindCell[];
}

export interface KindTable {
  topics: KindTopic[];
  /** Kinds that occur, in the order of DEPARTMENT_KINDS, 未归类 last. */
  rows: KindRow[];
}

export const topicId = (kind: MatrixKind, key: string) => `${kind}-${key}`;

/** The groups then the key projects, as the matrix lists them. */
export function kindTopics(): KindTopic[] {
  return (['groups', 'projects'] as const).flatMap((kind) => entriesOf(kind).map((e) => ({ kind, key: e.key, zh: e.zh, en: e.en, id: topicId(kind, e.key) })));
}

const KIND_LABELS: readonly KindLabel[] = [...DEPARTMENT_KINDS.map(({ key, zh, en }) => ({ key, zh, en })), UNRESOLVED_KIND];

/** The kinds of a department name for counting: its kinds, or 未归类. */
export function countedKinds(name: string): string[] {
  const kinds = kindsOf(name);
  return kinds.length ? kinds : [UNRESOLVED_KIND.key];
}

/**
 * Rows of the kind table a phone lays out at once: on a phone each kind is a card, and laying out
 * all of them (57 kinds × 13 topics) was most of the page's main-thread work (Lighthouse mobile
 * total blocking time 150–450 ms, performance 89–97). The rows after these are laid out when
 * scrolled near (content-visibility on their own <tbody>); six cards, even of one topic each, fill
 * a phone's first screen below the page's introduction, so nothing laid out late is on it.
 */
export const KIND_ROWS_AT_ONCE = 6;

/** The table's rows as <tbody> parts: those laid out at once, then the rest (omitted when empty). */
export function kindRowParts<T>(rows: readonly T[], atOnce: number = KIND_ROWS_AT_ONCE): { rows: T[]; deferred: boolean }[] {
  const parts = [{ rows: rows.slice(0, atOnce), deferred: false }, { rows: rows.slice(atOnce), deferred: true }];
  return parts.filter((p) => p.rows.length > 0);
}

/** The page of a kind. */
export const kindHref = (key: string) => `/department-kinds/${key}/`;
/** A kind × topic cell: the topic on the kind's page. */
export const kindCellHref = (key: string, topic: KindTopic) => `${kindHref(key)}#${topic.id}`;

export function buildKindTable(index: DepartmentIndex, plans: readonly PlanLike[]): KindTable {
  const topics = kindTopics();
  const column = new Map(topics.map((t, i) => [t.id, i]));
  const order = new Map(plans.map((p, i) => [p.id, i]));
  const rows = new Map<string, { names: string[]; plans: Set<string>; cells: Record<Role, Set<string>>[] }>();
  for (const d of index.departments) {
    for (const key of countedKinds(d.name)) {
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { names: [], plans: new Set(), cells: topics.map(() => ({ lead: new Set(), support: new Set(), responsible: new Set() })) }));
      row.names.push(d.name);
      for (const o of d.occurrences) {
        row.plans.add(o.slug);
        row.cells[column.get(topicId(o.kind, o.key))!]![o.role].add(o.slug);
      }
    }
  }
  const inPlanOrder = (s: Set<string>) => [...s].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return {
    topics,
    rows: KIND_LABELS.filter((k) => rows.has(k.key)).map((k) => {
      const row = rows.get(k.key)!;
      return {
        ...k,
        names: row.names,
        plans: row.plans.size,
        cells: row.cells.map((c) => ({ lead: inPlanOrder(c.lead), support: inPlanOrder(c.support), responsible: inPlanOrder(c.responsible) })),
      };
    }),
  };
}

/** One plan's departments of a kind in one topic: by role, the names as the index gives them. */
export interface KindPlanEntry {
  slug: string;
  plan: string;
  roles: Record<Role, string[]>;
  /** The plan's block on the group or project page (its existing id: the plan's slug). */
  href: string;
}

export interface KindProvinceEntry {
  province: string;
  /** The province's comparison page for the topic. */
  href: string;
  counts: Record<Role, number>;
  plans: number;
}

export interface KindTopicSection {
  topic: KindTopic;
  /** Every plan, when few enough plans name the kind here to list (MAX_LISTED_PLANS); else null. */
  plans: KindPlanEntry[] | null;
  /** Plans by province, when there are too many to list; else null. */
  provinces: KindProvinceEntry[] | null;
  counts: Record<Role, number>;
}

/** A kind's page: per topic where it is named, the plans and which of its departments do what. */
export function kindSections(key: string, index: DepartmentIndex, plans: readonly PlanLike[]): KindTopicSection[] {
  const departments: DepartmentEntry[] = index.departments.filter((d) => countedKinds(d.name).includes(key));
  const bySlug = new Map(plans.map((p) => [p.id, p]));
  const order = new Map(plans.map((p, i) => [p.id, i]));
  return kindTopics().flatMap((topic): KindTopicSection[] => {
    const occurrences: (Occurrence & { name: string })[] = departments.flatMap((d) => d.occurrences.filter((o) => o.kind === topic.kind && o.key === topic.key).map((o) => ({ ...o, name: d.name })));
    if (!occurrences.length) return [];
    const byPlan = new Map<string, KindPlanEntry>();
    for (const o of occurrences) {
      let e = byPlan.get(o.slug);
      if (!e) byPlan.set(o.slug, (e = { slug: o.slug, plan: o.plan, roles: { lead: [], support: [], responsible: [] }, href: comparisonBlockHref(topic.kind, topic.key, bySlug.get(o.slug)!, plans.length) }));
      if (!e.roles[o.role].includes(o.name)) e.roles[o.role].push(o.name);
    }
    const entries = [...byPlan.values()].sort((a, b) => order.get(a.slug)! - order.get(b.slug)!);
    const counts = { lead: 0, support: 0, responsible: 0 };
    for (const e of entries) for (const r of ROLES) if (e.roles[r].length) counts[r]++;
    if (!splitByProvince(entries.length)) return [{ topic, plans: entries, provinces: null, counts }];
    const named = new Map(entries.map((e) => [e.slug, e]));
    const provinces = groupByProvince(plans.filter((p) => named.has(p.id))).map((g) => {
      const c = { lead: 0, support: 0, responsible: 0 };
      for (const p of g.plans) for (const r of ROLES) if (named.get(p.id)!.roles[r].length) c[r]++;
      return { province: g.province, href: `/${topic.kind}/${topic.key}/${g.segment}/`, counts: c, plans: g.plans.length };
    });
    return [{ topic, plans: null, provinces, counts }];
  });
}

/** The department index in kind order: each department under its first kind (未归类 last), the index order kept within a kind. */
export function departmentsByKind(departments: readonly DepartmentEntry[]): DepartmentEntry[] {
  const rank = new Map(KIND_LABELS.map((k, i) => [k.key, i]));
  return departments
    .map((d, i) => ({ d, i, r: rank.get(countedKinds(d.name)[0]!)! }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.d);
}

/** Consecutive runs of one first kind, for headings over a page of the kind-ordered index. */
export function kindRuns(departments: readonly DepartmentEntry[]): { kind: KindLabel; departments: DepartmentEntry[]; others: Map<string, string> }[] {
  const label = new Map(KIND_LABELS.map((k) => [k.key, k]));
  const runs: { kind: KindLabel; departments: DepartmentEntry[]; others: Map<string, string> }[] = [];
  for (const d of departments) {
    const [first, ...rest] = countedKinds(d.name);
    let run = runs[runs.length - 1];
    if (!run || run.kind.key !== first) runs.push((run = { kind: label.get(first!)!, departments: [], others: new Map() }));
    run.departments.push(d);
    if (rest.length) run.others.set(d.id, rest.map((k) => label.get(k)!.zh).join('、'));
  }
  return runs;
}
