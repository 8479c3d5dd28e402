/**
 * The comparison matrix: priority groups (or key projects) × plans, built only from plan
 * frontmatter. Pure: no Astro, no file system, so a fixture plan can be fed in tests.
 * Linear in the number of plans (each plan is visited once per row).
 */
import { siteBuildDate } from '../build-date';
import { PLAN_STATUSES, planStatus, type PlanStatus } from '../plan-status';
import { provinceOf } from '../regions';
import { GROUPS, PROJECTS, projectAnchor, type GroupKey, type ProjectKey, type TaxonomyEntry } from '../taxonomy';
import type { PlanFrontmatter, RegionLevel, SectionRef } from '../schema';
import { LEVEL_LABELS, formatPeriod, planUrl } from '../site/format';
import { uniqueDepartments } from './department-names';
import { ZH, type Messages } from '../i18n/messages';
import { regionNameEn } from '../i18n/region';

export { LEVEL_LABELS, formatPeriod };

/** What the matrix needs of a plan: its slug and frontmatter (a content-collection entry fits). */
export interface PlanLike {
  id: string;
  data: PlanFrontmatter;
}

export type MatrixKind = 'groups' | 'projects';
export type SectionKey = GroupKey | ProjectKey;

export interface MatrixColumn {
  slug: string;
  shortName: string;
  /** The plan's name as the page's language shows it: shortName, or the region in English (src/lib/i18n/region.ts). */
  label: string;
  title: string;
  region: string;
  /** The region as the page's language shows it. */
  regionLabel: string;
  level: RegionLevel;
  levelLabel: string;
  /** The province the region is in (itself for a province), or null when the data does not say. */
  province: string | null;
  parents: string[];
  /** "2021—2025年", or null. */
  period: string | null;
  /** Whether its period has ended on the build date (src/lib/plan-status.ts). */
  status: PlanStatus;
  href: string;
}

interface CellBase {
  slug: string;
  key: SectionKey;
  /** Why the cell reads as it does: a different wording, a measure standing in for a section, or an absence. */
  note: string | null;
}

export interface PresentCell extends CellBase {
  present: true;
  heading: string;
  number: string;
  anchor: string;
  href: string;
  matched: string;
  measures: number;
  chars: number;
  lead: string[];
  support: string[];
  responsible: string[];
}

export interface AbsentCell extends CellBase {
  present: false;
  note: string;
  /** Measures that name the key project although the plan does not single it out, with links. */
  mentions: { text: string; href: string }[];
}

export type MatrixCell = PresentCell | AbsentCell;

export interface MatrixRow {
  key: SectionKey;
  zh: string;
  en: string;
  /** The comparison page for this row. */
  href: string;
  /** One cell per column, in column order. */
  cells: MatrixCell[];
}

export interface Matrix {
  kind: MatrixKind;
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

export const planHref = planUrl;

export { provinceOf };

/** A plan as a matrix column; labels in the language of `m` (Chinese by default: the data downloads). */
export function matrixColumn(plan: PlanLike, today: string = siteBuildDate(), m: Messages = ZH): MatrixColumn {
  const { data } = plan;
  const english = m.lang === 'en';
  const regionEn = english ? regionNameEn(data.region, data.regionEn) : null;
  return {
    slug: plan.id,
    shortName: data.shortName,
    label: regionEn ?? data.shortName,
    title: data.title,
    region: data.region.name,
    regionLabel: regionEn ?? data.region.name,
    level: data.region.level,
    levelLabel: m.levels[data.region.level],
    province: provinceOf(data.region),
    parents: data.region.parents,
    period: data.period ? m.period(data.period.from, data.period.to) : null,
    status: planStatus(data.period, today),
    href: planHref(plan.id),
  };
}

export function entriesOf(kind: MatrixKind): readonly TaxonomyEntry<SectionKey>[] {
  return kind === 'groups' ? GROUPS : PROJECTS;
}

export function sectionsOf(data: PlanFrontmatter, kind: MatrixKind): Partial<Record<SectionKey, SectionRef | null>> {
  return kind === 'groups' ? data.groups : data.projects;
}

/** The href of the comparison page of a group or project. */
export function comparisonHref(kind: MatrixKind, key: SectionKey): string {
  return `/${kind}/${key}/`;
}

/** The anchor a section has on a plan page (#youth, #project-digital). */
export function sectionAnchor(kind: MatrixKind, key: SectionKey): string {
  return kind === 'groups' ? key : projectAnchor(key as ProjectKey);
}

/**
 * The note of a present cell: the plan's own wording when it is not the taxonomy's (深圳 calls
 * its workers 城市劳动者), or that the "section" is really one measure of another section.
 */
function presentNote(data: PlanFrontmatter, kind: MatrixKind, entry: TaxonomyEntry<SectionKey>, ref: SectionRef, m: Messages): string | null {
  const notes: string[] = [];
  if (!ref.heading.includes(entry.zh)) notes.push(m.matrixNotes.renamed(ref.matched, m === ZH ? entry.zh : entry.en));
  const depthOf = new Map(data.outline.map((o, i) => [o.id, { depth: o.depth, i }]));
  const own = depthOf.get(ref.anchor);
  const siblings = Object.values(sectionsOf(data, kind))
    .filter((s): s is SectionRef => !!s)
    .map((s) => depthOf.get(s.anchor)?.depth)
    .filter((d): d is number => d !== undefined);
  const shallowest = siblings.length ? Math.min(...siblings) : undefined;
  if (own && shallowest !== undefined && own.depth > shallowest) {
    const parent = data.outline.slice(0, own.i).reverse().find((o) => o.depth < own.depth);
    if (parent) notes.push(m.matrixNotes.measureOf(kind, `${parent.number}${parent.text}`, ref.number.replace(/[.．、]$/, '')));
  }
  return notes.length ? m.matrixNotes.join(notes) : null;
}

/** The note of an absent cell: what the plan singles out instead. */
function absentNote(data: PlanFrontmatter, kind: MatrixKind, entry: TaxonomyEntry<SectionKey>, m: Messages): string {
  const listed = Object.values(sectionsOf(data, kind))
    .filter((s): s is SectionRef => !!s)
    .map((s) => s.matched);
  const name = m === ZH ? data.shortName : regionNameEn(data.region, data.regionEn);
  const entryName = m === ZH ? entry.zh : entry.en;
  return listed.length ? m.matrixNotes.absentOthers(name, entryName, kind, listed) : m.matrixNotes.absentNone(name, entryName, kind);
}

/** A plan's cell in a row; its note in the language of `m` (Chinese by default). */
export function matrixCell(plan: PlanLike, kind: MatrixKind, entry: TaxonomyEntry<SectionKey>, m: Messages = ZH): MatrixCell {
  const ref = sectionsOf(plan.data, kind)[entry.key] ?? null;
  if (!ref) {
    const mentions = kind === 'projects' ? (plan.data.projectMentions[entry.key as ProjectKey] ?? []).map((x) => ({ text: x.text, href: planHref(plan.id, x.anchor) })) : [];
    const mentioned = mentions.length ? m.matrixNotes.mentioned(mentions.map((x) => x.text)) : '';
    return { slug: plan.id, key: entry.key, present: false, note: absentNote(plan.data, kind, entry, m) + mentioned, mentions };
  }
  return {
    slug: plan.id,
    key: entry.key,
    present: true,
    heading: ref.heading,
    number: ref.number,
    anchor: ref.anchor,
    href: planHref(plan.id, ref.anchor),
    matched: ref.matched,
    measures: ref.measures,
    chars: ref.chars,
    lead: uniqueDepartments(ref.departments.lead, plan.data.departmentAliases),
    support: uniqueDepartments(ref.departments.support, plan.data.departmentAliases),
    responsible: uniqueDepartments(ref.departments.responsible, plan.data.departmentAliases),
    note: presentNote(plan.data, kind, entry, ref, m),
  };
}

/** Rows in taxonomy order, columns in the order given (getPlans() order on the site); labels and notes in the language of `m`. */
export function buildMatrix(plans: readonly PlanLike[], kind: MatrixKind, m: Messages = ZH): Matrix {
  const today = siteBuildDate();
  return {
    kind,
    columns: plans.map((p) => matrixColumn(p, today, m)),
    rows: entriesOf(kind).map((entry) => ({
      key: entry.key,
      zh: entry.zh,
      en: entry.en,
      href: comparisonHref(kind, entry.key),
      cells: plans.map((p) => matrixCell(p, kind, entry, m)),
    })),
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Quantitative targets.                                                                        */
/* ------------------------------------------------------------------------------------------ */

export interface LiteracyFigure {
  year: number;
  percent: number;
  /** 超过 / 达到 for targets; null for baselines. */
  comparator: string | null;
  sentence: string;
  href: string;
}

export interface OtherTarget {
  measure: string;
  value: number;
  unit: string;
  comparator: string | null;
  year: number | null;
  sentence: string;
  href: string;
}

export interface TargetRow {
  column: MatrixColumn;
  literacy: LiteracyFigure | null;
  baseline: LiteracyFigure | null;
  others: OtherTarget[];
}

export function buildTargets(plans: readonly PlanLike[], m: Messages = ZH): TargetRow[] {
  const today = siteBuildDate();
  return plans.map((plan) => {
    const { data } = plan;
    const t = data.literacyTarget;
    const b = data.literacyBaseline;
    return {
      column: matrixColumn(plan, today, m),
      literacy: t ? { year: t.year, percent: t.percent, comparator: t.comparator, sentence: t.sentence, href: planHref(plan.id, t.anchor) } : null,
      baseline: b ? { year: b.year, percent: b.percent, comparator: null, sentence: b.sentence, href: planHref(plan.id, b.anchor) } : null,
      others: data.targets.map((o) => ({
        measure: o.measure,
        value: o.value,
        unit: o.unit,
        comparator: o.comparator,
        year: o.year,
        sentence: o.sentence,
        href: planHref(plan.id, o.anchor),
      })),
    };
  });
}

/** 2025年超过25%; 2020年21.1%. */
export function formatLiteracy(f: LiteracyFigure, m: Messages = ZH): string {
  return m.literacy(f.year, f.comparator, f.percent);
}

/** Filter facets for the matrix: provinces and levels present, in first-seen order (levels in level order). */
export function facets(columns: readonly MatrixColumn[], m: Messages = ZH): {
  provinces: string[];
  levels: { level: RegionLevel; label: string }[];
  statuses: { status: PlanStatus; label: string }[];
} {
  const provinces = [...new Set(columns.map((c) => c.province).filter((p): p is string => !!p))].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
  const present = new Set(columns.map((c) => c.level));
  const levels = (Object.keys(LEVEL_LABELS) as RegionLevel[]).filter((l) => present.has(l)).map((level) => ({ level, label: m.levels[level] }));
  const statusesPresent = new Set(columns.map((c) => c.status));
  const statuses = PLAN_STATUSES.filter((s) => statusesPresent.has(s)).map((status) => ({ status, label: m.statuses[status] }));
  return { provinces, levels, statuses };
}
