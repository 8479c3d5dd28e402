/**
 * Downloads for analysis: CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese text)
 * and JSON. CSV quoting is csv-stringify's (RFC 4180). Pure functions of the built matrix.
 */
import { stringify } from 'csv-stringify/sync';
import type { DepartmentIndex } from './departments';
import type { Matrix, PlanLike, TargetRow } from './build';
import { kindLabels, kindsOf } from '../departments/kinds';
import { DEPARTMENTS_COLUMNS, MATRIX_COLUMNS, TARGETS_COLUMNS, headerOf } from '../data/columns';
import { targetRecords, targetValueText } from './targets';
import { planUrl } from '../site/format';
import type { MatrixJson, PlanRecord } from '../data/records';

export const BOM = '\uFEFF';

/** Joins names in one CSV cell the way the plans write lists. */
const names = (list: readonly string[]) => list.join('、');

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return BOM + stringify([header as string[], ...rows.map((r) => r.map((v) => (v === null ? '' : typeof v === 'boolean' ? (v ? 'true' : 'false') : v)))], { eof: true, record_delimiter: '\r\n', quoted_match: /[\r\n]/ });
}

/** The header of matrix.csv: the names of its columns, defined once with their descriptions (src/lib/data/columns.ts). */
export const MATRIX_CSV_HEADER = headerOf(MATRIX_COLUMNS);

export type CsvCell = string | number | boolean | null;

/** One row per plan × group (or project), plans outermost. `base` makes the urls absolute. */
export function matrixCsv(matrices: readonly Matrix[], base = ''): string {
  return toCsv(MATRIX_CSV_HEADER, matrixCsvRows(matrices, base));
}

/** The rows of matrix.csv (without header); column 0 is the plan's slug. */
export function matrixCsvRows(matrices: readonly Matrix[], base = ''): CsvCell[][] {
  const rows: CsvCell[][] = [];
  for (const m of matrices) {
    m.columns.forEach((col, c) => {
      for (const row of m.rows) {
        const cell = row.cells[c]!;
        rows.push([
          col.slug,
          col.shortName,
          col.region,
          col.level,
          col.province,
          col.period,
          m.kind,
          row.key,
          row.zh,
          row.en,
          cell.present,
          cell.present ? cell.number : null,
          cell.present ? cell.heading : null,
          cell.present ? cell.matched : null,
          cell.present ? cell.measures : null,
          cell.present ? cell.chars : null,
          cell.present ? names(cell.lead) : null,
          cell.present ? names(cell.support) : null,
          cell.present ? names(cell.responsible) : null,
          cell.present ? base + cell.href : null,
          cell.note,
        ]);
      }
    });
  }
  return rows;
}

/** The matrices and targets as JSON: columns once, cells keyed by plan slug. Unindented: indentation was a third of its bytes. */
export function matrixJson(groups: Matrix, projects: Matrix, targets: readonly TargetRow[]): string {
  const shape = (m: Matrix) => ({
    rows: m.rows.map((r) => ({ key: r.key, zh: r.zh, en: r.en, href: r.href, cells: Object.fromEntries(r.cells.map((c) => [c.slug, c])) })),
  });
  // Typed by its published shape (src/lib/data/records.ts, whence /data/matrix.schema.json).
  const json: MatrixJson = {
    // The columns as published: without the labels a page writes in its own language (label, regionLabel).
    plans: groups.columns.map(({ label, regionLabel, ...column }) => column),
    groups: shape(groups),
    projects: shape(projects),
    targets: targets.map((t) => ({ slug: t.column.slug, literacy: t.literacy, baseline: t.baseline, others: t.others })),
  };
  return `${JSON.stringify(json)}\n`;
}

/** A plan's record in plans.json: its slug and all its frontmatter. */
export function planRecord(plan: PlanLike): PlanRecord {
  return { slug: plan.id, ...plan.data };
}

/**
 * All frontmatter of all plans, with the slug: one record per line. Indenting every nested field
 * (as this file once was) made a third of its bytes whitespace; one line per plan keeps it
 * readable with `head` or `grep` and is the same JSON to any parser.
 */
export function plansJson(plans: readonly PlanLike[]): string {
  return plans.length ? `[\n${plans.map((p) => JSON.stringify(planRecord(p))).join(',\n')}\n]\n` : '[]\n';
}

/** The header of departments.csv: its columns' names (src/lib/data/columns.ts, where each is described). */
export const DEPARTMENTS_CSV_HEADER = headerOf(DEPARTMENTS_COLUMNS);

/** Column of departments.csv holding the plan's slug (what the splits and per-plan counts go by). */
export const DEPARTMENTS_SLUG_COLUMN = DEPARTMENTS_CSV_HEADER.indexOf('plan_slug');
/** Column of matrix.csv holding the plan's slug. */
export const MATRIX_SLUG_COLUMN = MATRIX_CSV_HEADER.indexOf('plan_slug');

/** One row per department × plan × section × role, plus one per measure it is named for. */
export function departmentsCsv(index: DepartmentIndex, base = ''): string {
  return toCsv(DEPARTMENTS_CSV_HEADER, departmentsCsvRows(index, base));
}

/** The rows of departments.csv (without header). */
export function departmentsCsvRows(index: DepartmentIndex, base = ''): CsvCell[][] {
  const rows: CsvCell[][] = [];
  for (const dep of index.departments) {
    const kind = departmentKindCells(dep.name);
    for (const o of dep.occurrences) {
      rows.push([dep.name, names(o.asWritten), o.slug, o.plan, o.kind, o.key, o.zh, o.role, 'section', null, null, base + o.href, null, ...kind]);
      for (const m of o.measures) rows.push([dep.name, names(o.asWritten), o.slug, o.plan, o.kind, o.key, o.zh, o.role, 'measure', m.number, m.text, base + m.href, m.statedAt ? base + m.statedAt : null, ...kind]);
    }
  }
  return rows;
}

/** The department_kind, department_kind_en and department_kind_key cells of a name: its kinds joined (教育、体育 / Education; Sports / education;sports); 未归类 and an empty key when unresolved. */
export function departmentKindCells(name: string): [string, string, string] {
  return [kindLabels(name, 'zh'), kindLabels(name, 'en'), kindsOf(name).join(';')];
}

/** The header of targets.csv: its columns' names (src/lib/data/columns.ts, where each is described). */
export const TARGETS_CSV_HEADER = headerOf(TARGETS_COLUMNS);
/** Column of targets.csv holding the plan's slug. */
export const TARGETS_SLUG_COLUMN = TARGETS_CSV_HEADER.indexOf('plan_slug');

/** The rows of targets.csv (without header): one per plan × quantified target, plans in the order given. */
export function targetsCsvRows(plans: readonly PlanLike[], base = ''): CsvCell[][] {
  return plans.flatMap((plan) =>
    targetRecords(plan).map((t, i) => [plan.id, plan.data.shortName, i + 1, t.kind, t.measure, t.value, t.unit || null, t.comparator, t.year, targetValueText(t), t.sentence, t.anchor, base + planUrl(plan.id, t.anchor)]),
  );
}

/** targets.csv for these plans. */
export function targetsCsv(plans: readonly PlanLike[], base = ''): string {
  return toCsv(TARGETS_CSV_HEADER, targetsCsvRows(plans, base));
}
