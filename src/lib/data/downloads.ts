/**
 * The data downloads under /data/, computed once from the plan model (frontmatter and model of
 * every plan; nothing re-parses MDX or HTML). Three shapes of the same data:
 *
 * - combined files, all plans in one (plans.json, departments.csv, matrix.csv, matrix.json, targets.csv): the
 *   published interface, kept as they are (columns and fields are only ever added);
 * - one file per plan, /data/plans/<slug>.json, listed by /data/plans/index.csv and index.json;
 * - the CSVs split by province, /data/by-province/<province>/<dataset>.csv, listed by
 *   /data/by-province/index.csv, each within what a spreadsheet opens (the thresholds below).
 *
 * Pure: plans, models and the site origin in, file texts out, so tests feed any set of plans.
 */
import { buildDepartmentIndex, normalizeName } from '../matrix/departments';
import { PLAN_INDEX_COLUMNS, SPLIT_INDEX_COLUMNS, headerOf } from './columns';
import { packageFiles } from './package';
import type { DepartmentKindsJson, PlanCounts, PlanFile, PlanIndexEntry } from './records';
import { DEPARTMENT_KINDS, kindsOf } from '../departments/kinds';
import { buildMatrix, buildTargets, entriesOf, matrixColumn, sectionsOf, type PlanLike } from '../matrix/build';
import {
  DEPARTMENTS_CSV_HEADER,
  DEPARTMENTS_SLUG_COLUMN,
  MATRIX_CSV_HEADER,
  MATRIX_SLUG_COLUMN,
  TARGETS_CSV_HEADER,
  TARGETS_SLUG_COLUMN,
  departmentsCsvRows,
  matrixCsvRows,
  matrixJson,
  planRecord,
  plansJson,
  targetsCsvRows,
  toCsv,
  type CsvCell,
} from '../matrix/serialize';
import type { PlanModel, Role } from '../model/plan';
import { provinceSlug } from '../regions';
import { planUrl } from '../site/format';

/** Excel's sheet size, header row included (Excel 2007 and later; LibreOffice Calc has the same). */
export const EXCEL_MAX_ROWS = 1_048_576;
/** Data rows one split CSV may hold: a sheet's rows less the header. */
export const SPLIT_MAX_DATA_ROWS = EXCEL_MAX_ROWS - 1;
/**
 * Bytes one split CSV may have: "a modest size", a download of seconds that a spreadsheet opens
 * without waiting. 16 MiB is about 500 plans' share of departments.csv; a province has far fewer.
 */
export const SPLIT_MAX_BYTES = 16 * 1024 * 1024;

/** What one split CSV may hold: data rows, and bytes including the BOM and header. */
export interface SplitLimits {
  rows: number;
  bytes: number;
}
export const SPLIT_LIMITS: SplitLimits = { rows: SPLIT_MAX_DATA_ROWS, bytes: SPLIT_MAX_BYTES };

/** The CSV datasets that are split by province, by their combined file's name. */
export const SPLIT_DATASETS = ['departments', 'matrix', 'targets'] as const;
export type SplitDataset = (typeof SPLIT_DATASETS)[number];

export const DATA_DIR = '/data';
export const perPlanPath = (slug: string) => `${DATA_DIR}/plans/${slug}.json`;

/** A plan's counts and its entry in plans/index.json: shapes defined once in zod (src/lib/data/records.ts), whence the published JSON Schemas. */
export type { PlanCounts, PlanIndexEntry } from './records';

/** Headers of plans/index.csv and by-province/index.csv: their columns' names, each described in src/lib/data/columns.ts. */
export const PLAN_INDEX_CSV_HEADER = headerOf(PLAN_INDEX_COLUMNS);

export const SPLIT_INDEX_CSV_HEADER = headerOf(SPLIT_INDEX_COLUMNS);

export interface SplitFile {
  dataset: SplitDataset;
  province: string | null;
  provinceSlug: string;
  /** 1-based; a province over the thresholds has several parts, each a whole number of plans. */
  part: number;
  parts: number;
  /** Site path, /data/by-province/<slug>/<dataset>.csv (or <dataset>-<part>.csv). */
  path: string;
  slugs: string[];
  rows: number;
  bytes: number;
  /** One plan alone exceeds the limits (it is never cut in two): the build warns. */
  over: boolean;
  text: string;
}

export interface Downloads {
  /** Path (under the site root) → file text, for every file this module emits. */
  files: Map<string, string>;
  index: PlanIndexEntry[];
  splits: SplitFile[];
}

/** A plan with its model (the model gives the measures of every section, with their departments). */
export interface DataPlan extends PlanLike {
  model: Pick<PlanModel, 'blocks' | 'sections' | 'measures'> | null;
  /** Share of its body text found in no other plan (src/lib/reuse/view.ts uniqueShare), when computed. */
  uniqueShare?: number | null;
}

const utf8 = new TextEncoder();
const byteLength = (text: string) => utf8.encode(text).length;

/**
 * Groups plans, in order, into parts whose rows and bytes stay within the limits. A plan is never
 * cut in two: a plan alone over a limit is a part of its own (`over` says so; no plan comes near).
 */
export function chunkPlans<T extends { rows: number; bytes: number }>(plans: readonly T[], limits: SplitLimits = SPLIT_LIMITS): { plans: T[]; over: boolean }[] {
  const parts: { plans: T[]; rows: number; bytes: number; over: boolean }[] = [];
  for (const p of plans) {
    const last = parts[parts.length - 1];
    if (last && last.rows + p.rows <= limits.rows && last.bytes + p.bytes <= limits.bytes) {
      last.plans.push(p);
      last.rows += p.rows;
      last.bytes += p.bytes;
    } else {
      parts.push({ plans: [p], rows: p.rows, bytes: p.bytes, over: p.rows > limits.rows || p.bytes > limits.bytes });
    }
  }
  return parts.map(({ plans: ps, over }) => ({ plans: ps, over }));
}

/**
 * A plan's measures as the per-plan file gives them: every measure of the model (not only those of
 * the groups and projects), with anchors as the frontmatter gives them (the page is `url`), and
 * its departments by role under their full names (the forms written are in `departmentAliases`).
 */
function measuresOf(plan: DataPlan) {
  const model = plan.model;
  if (!model) return null;
  const sectionOf = new Map(model.sections.map((s) => [s.id, s]));
  return model.measures.map((m) => {
    const section = sectionOf.get(m.section);
    const heading = section ? model.blocks[section.start] : undefined;
    const named = (role: Role) => [...new Set(m.departments.filter((d) => d.role === role).map((d) => d.name))];
    return {
      anchor: m.id,
      number: m.number,
      text: m.text,
      section: m.section,
      sectionHeading: heading && heading.kind === 'heading' ? heading.text : null,
      topic: section?.topic ?? null,
      lead: named('lead'),
      support: named('support'),
      responsible: named('responsible'),
      statedAt: m.statedAt,
      ruleId: m.ruleId,
    };
  });
}

/**
 * Every department name of a plan (its sections' and measures', full and as written) → its kind
 * keys (src/lib/departments/kinds.ts; [] when unresolved), for the per-plan file's `departmentKinds`.
 */
function departmentKindsOf(plan: DataPlan): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (name: string) => {
    const full = normalizeName(name, plan.data.departmentAliases);
    out[full] ??= kindsOf(full);
  };
  for (const kind of ['groups', 'projects'] as const) {
    for (const ref of Object.values(sectionsOf(plan.data, kind))) if (ref) for (const role of ['lead', 'support', 'responsible'] as const) ref.departments[role].forEach(add);
  }
  for (const m of plan.model?.measures ?? []) for (const d of m.departments) add(d.name);
  return out;
}

/** /data/department-kinds.json: every kind (key, Chinese and English label) with the department names of this build that resolve to it; then the names that resolve to none. */
export function departmentKindsJson(names: readonly string[]): string {
  const json: DepartmentKindsJson = {
    kinds: DEPARTMENT_KINDS.map((k) => ({ key: k.key, zh: k.zh, en: k.en, names: names.filter((n) => kindsOf(n).includes(k.key)) })),
    unresolved: names.filter((n) => !kindsOf(n).length),
  };
  return `${JSON.stringify(json)}\n`;
}

/** Every data download for these plans (in the site's plan order). `base` is the site origin for absolute urls. */
export function buildDownloads(plans: readonly DataPlan[], base = '', limits: SplitLimits = SPLIT_LIMITS): Downloads {
  const files = new Map<string, string>();
  const departmentIndex = buildDepartmentIndex(plans);
  const departmentRows = departmentsCsvRows(departmentIndex, base);
  const groups = buildMatrix(plans, 'groups');
  const projects = buildMatrix(plans, 'projects');
  const matrixRows = matrixCsvRows([groups, projects], base);
  const targetRows = targetsCsvRows(plans, base);
  // The combined files, as they have always been published.
  files.set(`${DATA_DIR}/plans.json`, plansJson(plans));
  files.set(`${DATA_DIR}/departments.csv`, toCsv(DEPARTMENTS_CSV_HEADER, departmentRows));
  files.set(`${DATA_DIR}/matrix.csv`, toCsv(MATRIX_CSV_HEADER, matrixRows));
  files.set(`${DATA_DIR}/matrix.json`, matrixJson(groups, projects, buildTargets(plans)));
  files.set(`${DATA_DIR}/targets.csv`, toCsv(TARGETS_CSV_HEADER, targetRows));
  files.set(`${DATA_DIR}/department-kinds.json`, departmentKindsJson(departmentIndex.departments.map((d) => d.name)));
  const rowsBySlug = (rows: readonly CsvCell[][], column: number) => {
    const by = new Map<string, CsvCell[][]>(plans.map((p) => [p.id, []]));
    for (const r of rows) by.get(String(r[column]))!.push(r);
    return by;
  };
  const datasets: Record<SplitDataset, { header: readonly string[]; bySlug: Map<string, CsvCell[][]> }> = {
    departments: { header: DEPARTMENTS_CSV_HEADER, bySlug: rowsBySlug(departmentRows, DEPARTMENTS_SLUG_COLUMN) },
    matrix: { header: MATRIX_CSV_HEADER, bySlug: rowsBySlug(matrixRows, MATRIX_SLUG_COLUMN) },
    targets: { header: TARGETS_CSV_HEADER, bySlug: rowsBySlug(targetRows, TARGETS_SLUG_COLUMN) },
  };

  // Per plan: the index entry and the plan's own file.
  const index: PlanIndexEntry[] = plans.map((plan) => {
    const col = matrixColumn(plan);
    const d = plan.data;
    const present = (kind: 'groups' | 'projects') => entriesOf(kind).filter((e) => sectionsOf(d, kind)[e.key]).length;
    const depRows = datasets.departments.bySlug.get(plan.id)!;
    const counts: PlanCounts = {
      groups: present('groups'),
      projects: present('projects'),
      measures: plan.model ? plan.model.measures.length : null,
      departments: new Set(depRows.map((r) => r[0])).size,
      departmentRows: depRows.length,
      matrixRows: datasets.matrix.bySlug.get(plan.id)!.length,
    };
    return {
      slug: plan.id,
      title: d.title,
      shortName: d.shortName,
      region: d.region.name,
      level: d.region.level,
      province: col.province,
      provinceSlug: provinceSlug(col.province),
      period: d.period,
      signedDate: d.signedDate,
      publishedDate: d.publishedDate,
      printedDate: d.printedDate,
      url: base + planUrl(plan.id),
      dataUrl: base + perPlanPath(plan.id),
      counts,
      uniqueShare: plan.uniqueShare == null ? null : Math.round(plan.uniqueShare * 10000) / 10000,
      textComplete: d.incomplete === undefined,
      sourceUrl: d.sourceUrl,
      sourceFormat: d.source.format ?? 'txt',
      sourceSha256: d.source.sha256,
      sourceObtainedFrom: d.source.obtainedFrom ?? null,
    };
  });
  plans.forEach((plan, i) => {
    const entry = index[i]!;
    // The plans.json record first (same fields, same values), then what only this file has.
    const record: PlanFile = {
      ...planRecord(plan),
      url: entry.url,
      dataUrl: entry.dataUrl,
      province: entry.province,
      provinceSlug: entry.provinceSlug,
      counts: entry.counts,
      measures: measuresOf(plan),
      departmentKinds: departmentKindsOf(plan),
    };
    files.set(perPlanPath(plan.id), `${JSON.stringify(record)}\n`);
  });
  files.set(`${DATA_DIR}/plans/index.json`, `[\n${index.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`);
  files.set(
    `${DATA_DIR}/plans/index.csv`,
    toCsv(
      PLAN_INDEX_CSV_HEADER,
      index.map((e) => [
        e.slug, e.title, e.shortName, e.region, e.level, e.province, e.provinceSlug, e.period?.from ?? null, e.period?.to ?? null,
        e.signedDate, e.publishedDate, e.printedDate, e.url, e.dataUrl,
        e.counts.groups, e.counts.projects, e.counts.measures, e.counts.departments, e.counts.departmentRows, e.counts.matrixRows,
        e.uniqueShare, e.textComplete, e.sourceUrl, e.sourceFormat, e.sourceSha256, e.sourceObtainedFrom,
      ]),
    ),
  );

  // By province: each province's plans, in parts within the thresholds.
  const provinces = new Map<string, { province: string | null; slugs: string[] }>();
  for (const e of index) {
    const p = provinces.get(e.provinceSlug) ?? { province: e.province, slugs: [] };
    p.slugs.push(e.slug);
    provinces.set(e.provinceSlug, p);
  }
  const splits: SplitFile[] = [];
  for (const dataset of SPLIT_DATASETS) {
    const { header, bySlug } = datasets[dataset];
    const headerText = toCsv(header, []);
    // Each plan's rows written once (csv-stringify is most of this module's time); a split is its
    // plans' rows one plan after another, each plan's rows in the combined file's order.
    const bodyOf = new Map([...bySlug].map(([s, rows]) => [s, rows.length ? toCsv(header, rows).slice(headerText.length) : '']));
    for (const [slug, { province, slugs }] of provinces) {
      const sized = slugs.map((s) => ({ slug: s, rows: bySlug.get(s)!.length, bytes: byteLength(bodyOf.get(s)!) }));
      const parts = chunkPlans(sized, { rows: limits.rows, bytes: limits.bytes - byteLength(headerText) });
      parts.forEach((part, k) => {
        const text = headerText + part.plans.map((p) => bodyOf.get(p.slug)!).join('');
        const path = `${DATA_DIR}/by-province/${slug}/${dataset}${parts.length > 1 ? `-${k + 1}` : ''}.csv`;
        const rows = part.plans.reduce((n, p) => n + p.rows, 0);
        splits.push({ dataset, province, provinceSlug: slug, part: k + 1, parts: parts.length, path, slugs: part.plans.map((p) => p.slug), rows, bytes: byteLength(text), over: part.over, text });
        files.set(path, text);
      });
    }
  }
  files.set(
    `${DATA_DIR}/by-province/index.csv`,
    toCsv(
      SPLIT_INDEX_CSV_HEADER,
      splits.map((s) => [s.dataset, s.province, s.provinceSlug, s.part, s.parts, base + s.path, s.slugs.length, s.rows, s.bytes]),
    ),
  );
  // The Data Package describing all of the above, and the schema files it names (src/lib/data/package.ts).
  for (const [path, text] of packageFiles(splits, `${base}${DATA_DIR}/`)) files.set(path, text);
  return { files, index, splits };
}
