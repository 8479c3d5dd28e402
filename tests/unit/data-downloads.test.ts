// The data downloads (src/lib/data/downloads.ts): properties that hold for any set of plans — the
// plans in content/ with their models, the same plus a fixture plan from a province no table
// lists and one whose province the data does not give, and splits forced into several parts.
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  EXCEL_MAX_ROWS,
  PLAN_INDEX_CSV_HEADER,
  SPLIT_DATASETS,
  SPLIT_INDEX_CSV_HEADER,
  SPLIT_LIMITS,
  SPLIT_MAX_BYTES,
  SPLIT_MAX_DATA_ROWS,
  buildDownloads,
  chunkPlans,
  perPlanPath,
  type DataPlan,
  type SplitLimits,
} from '../../src/lib/data/downloads';
import { buildDepartmentIndex } from '../../src/lib/matrix/departments';
import { buildMatrix } from '../../src/lib/matrix/build';
import { DEPARTMENTS_CSV_HEADER, MATRIX_CSV_HEADER, TARGETS_CSV_HEADER, departmentsCsv, matrixCsv, planRecord, targetsCsv } from '../../src/lib/matrix/serialize';
import { targetRecords, targetValueText } from '../../src/lib/matrix/targets';
import { PROVINCES, PROVINCE_SLUGS, UNKNOWN_PROVINCE_SLUG, provinceOf, provinceSlug } from '../../src/lib/regions';
import { planUrl } from '../../src/lib/site/format';
import { committed, withFixtures } from '../support/data-plans';

/*
 * The columns as first published. Spreadsheets read these by position and name: a download may
 * add columns after them, never rename, reorder or drop one.
 */
const PUBLISHED = {
  departments: ['department', 'as_written', 'plan_slug', 'plan', 'kind', 'key', 'label_zh', 'role', 'scope', 'measure_number', 'measure', 'url', 'stated_at'],
  matrix: ['plan_slug', 'plan', 'region', 'level', 'province', 'period', 'kind', 'key', 'label_zh', 'label_en', 'present', 'number', 'heading', 'matched_wording', 'measures', 'chars', 'lead', 'support', 'responsible', 'url', 'note'],
  planIndex: ['slug', 'title', 'short_name', 'region', 'level', 'province', 'province_slug', 'period_from', 'period_to', 'signed_date', 'published_date', 'printed_date', 'url', 'data_url', 'groups', 'projects', 'measures', 'departments', 'department_rows', 'matrix_rows'],
  splitIndex: ['dataset', 'province', 'province_slug', 'part', 'parts', 'url', 'plans', 'rows', 'bytes'],
  targets: ['plan_slug', 'plan', 'target', 'kind', 'measure', 'value', 'unit', 'comparator', 'year', 'value_text', 'sentence', 'anchor', 'url'],
};

const BASE = 'https://example.test';

const csvRows = (text: string) => {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parseCsv(text.slice(1), { columns: true }) as Record<string, string>[];
};
const headerOf = (text: string) => (parseCsv(text.slice(1), { to_line: 1 }) as string[][])[0]!;
const key = (r: Record<string, string>) => JSON.stringify(r);
const sorted = (rows: Record<string, string>[]) => rows.map(key).sort();

/** Row limits that cut the province with most plans between its plans (when one has two or more). */
const cutting = (() => {
  const { index } = buildDownloads(withFixtures, BASE);
  const count = (slug: string) => index.filter((e) => e.provinceSlug === slug).length;
  const biggest = index.map((e) => e.provinceSlug).sort((a, b) => count(b) - count(a))[0]!;
  const rows = Math.max(...index.filter((e) => e.provinceSlug === biggest).map((e) => Math.max(e.counts.departmentRows, e.counts.matrixRows)));
  return { rows, bytes: SPLIT_MAX_BYTES };
})();

const SETS: [string, DataPlan[], SplitLimits][] = [
  ['content/ plus fixtures, limits that cut a province between plans', withFixtures, cutting],
  ['the plans in content/', committed, SPLIT_LIMITS],
  ['content/ plus plans of an unlisted and of no province', withFixtures, SPLIT_LIMITS],
  // Limits so small that every province with more than one plan has several parts.
  ['content/ plus fixtures, tiny split limits', withFixtures, { rows: 1, bytes: 1 }],
];

describe.each(SETS)('data downloads for %s', (_name, plans, limits) => {
  const { files, index, splits } = buildDownloads(plans, BASE, limits);
  const file = (path: string) => {
    const text = files.get(path);
    expect(text, path).toBeDefined();
    return text!;
  };

  it('gives every plan exactly one per-plan file, with its plans.json record unchanged', () => {
    const perPlan = [...files.keys()].filter((p) => /^\/data\/plans\/[^/]+\.json$/.test(p) && !p.endsWith('/index.json'));
    expect(perPlan.sort()).toEqual(plans.map((p) => perPlanPath(p.id)).sort());
    const combined = JSON.parse(file('/data/plans.json')) as Record<string, unknown>[];
    plans.forEach((plan, i) => {
      const own = JSON.parse(file(perPlanPath(plan.id))) as Record<string, unknown>;
      // Every field plans.json has for the plan, with the same value; the rest is added.
      expect(combined[i]).toEqual(JSON.parse(JSON.stringify(planRecord(plan))));
      for (const [k, v] of Object.entries(combined[i]!)) expect(own[k], `${plan.id}.${k}`).toEqual(v);
      expect(own.url).toBe(BASE + planUrl(plan.id));
      expect(own.measures === null).toBe(plan.model === null);
      if (plan.model) expect((own.measures as unknown[]).length).toBe(plan.model.measures.length);
      expect((own.counts as { measures: number | null }).measures).toBe(plan.model ? plan.model.measures.length : null);
    });
  });

  it('lists every plan once in index.csv and index.json, with urls of its page and of its file', () => {
    const json = JSON.parse(file('/data/plans/index.json')) as { slug: string; url: string; dataUrl: string }[];
    const csv = csvRows(file('/data/plans/index.csv'));
    expect(json.map((e) => e.slug)).toEqual(plans.map((p) => p.id));
    expect(csv.map((e) => e.slug)).toEqual(plans.map((p) => p.id));
    const pages = new Set(plans.map((p) => BASE + planUrl(p.id)));
    for (const [i, e] of json.entries()) {
      expect(pages.has(e.url), e.url).toBe(true);
      expect(e.url).toBe(BASE + planUrl(e.slug));
      expect(e.dataUrl.startsWith(BASE)).toBe(true);
      expect(files.has(e.dataUrl.slice(BASE.length)), e.dataUrl).toBe(true);
      expect(csv[i]).toMatchObject({ url: e.url, data_url: e.dataUrl });
    }
  });

  it('counts in the index are the plan’s rows of the combined files, and they sum to them', () => {
    const deps = csvRows(file('/data/departments.csv'));
    const matrix = csvRows(file('/data/matrix.csv'));
    for (const e of index) {
      expect(e.counts.departmentRows, e.slug).toBe(deps.filter((r) => r.plan_slug === e.slug).length);
      expect(e.counts.matrixRows, e.slug).toBe(matrix.filter((r) => r.plan_slug === e.slug).length);
    }
    expect(index.reduce((n, e) => n + e.counts.departmentRows, 0)).toBe(deps.length);
    expect(index.reduce((n, e) => n + e.counts.matrixRows, 0)).toBe(matrix.length);
    // The combined rows are the union of each plan's own rows, computed from that plan alone.
    const perPlanDeps = plans.flatMap((p) => csvRows(departmentsCsv(buildDepartmentIndex([p]), BASE)));
    expect(sorted(perPlanDeps)).toEqual(sorted(deps));
    const perPlanMatrix = plans.flatMap((p) => csvRows(matrixCsv([buildMatrix([p], 'groups'), buildMatrix([p], 'projects')], BASE)));
    expect(sorted(perPlanMatrix)).toEqual(sorted(matrix));
  });

  it('gives every quantified target of every plan one row of targets.csv: value, unit, year, what it counts, its sentence and anchor', () => {
    const rows = csvRows(file('/data/targets.csv'));
    for (const plan of plans) {
      const d = plan.data;
      const own = rows.filter((r) => r.plan_slug === plan.id);
      // The literacy target, the baseline and every other target the frontmatter holds, numbered 1..n.
      expect(own, plan.id).toHaveLength(d.targets.length + (d.literacyTarget ? 1 : 0) + (d.literacyBaseline ? 1 : 0));
      expect(own.map((r) => r.target)).toEqual(own.map((_, i) => String(i + 1)));
      const others = own.filter((r) => r.kind === 'other');
      expect(others.map((r) => [r.measure, Number(r.value), r.unit, r.year === '' ? null : Number(r.year), r.sentence, r.anchor])).toEqual(d.targets.map((t) => [t.measure, t.value, t.unit, t.year, t.sentence, t.anchor]));
      const literacy = own.filter((r) => r.kind === 'literacy');
      expect(literacy.map((r) => [Number(r.value), Number(r.year), r.comparator])).toEqual(d.literacyTarget ? [[d.literacyTarget.percent, d.literacyTarget.year, d.literacyTarget.comparator]] : []);
      expect(own.filter((r) => r.kind === 'literacy_baseline').map((r) => Number(r.value))).toEqual(d.literacyBaseline ? [d.literacyBaseline.percent] : []);
      for (const r of own) {
        expect(r.url).toBe(BASE + planUrl(plan.id, r.anchor));
        expect(r.value_text).toContain(`${r.value}${r.unit}`);
      }
      expect(own.map((r) => r.value_text)).toEqual(targetRecords(plan).map(targetValueText));
    }
    // The combined file is each plan's own rows, computed from that plan alone.
    expect(sorted(plans.flatMap((p) => csvRows(targetsCsv([p], BASE))))).toEqual(sorted(rows));
  });

  it.each(SPLIT_DATASETS)('splits %s.csv by province: the parts partition the combined rows, plan by plan', (dataset) => {
    const combined = csvRows(file(`/data/${dataset}.csv`));
    const parts = splits.filter((s) => s.dataset === dataset);
    const provinceOfSlug = new Map(plans.map((p) => [p.id, provinceOf(p.data.region)]));
    const seen: Record<string, string>[] = [];
    for (const part of parts) {
      const rows = csvRows(file(part.path));
      expect(headerOf(part.text)).toEqual(headerOf(file(`/data/${dataset}.csv`)));
      expect(rows).toHaveLength(part.rows);
      for (const r of rows) expect(provinceSlug(provinceOfSlug.get(r.plan_slug!) ?? null), part.path).toBe(part.provinceSlug);
      // Plan by plan, in site order; each plan's rows as in the combined file.
      expect(rows).toEqual(part.slugs.flatMap((slug) => combined.filter((r) => r.plan_slug === slug)));
      expect(part.slugs).toEqual(plans.map((p) => p.id).filter((id) => part.slugs.includes(id)));
      seen.push(...rows);
    }
    expect(sorted(seen)).toEqual(sorted(combined));
    // Each plan is in exactly one part; each province's parts are numbered 1..n.
    expect(parts.flatMap((p) => p.slugs).sort()).toEqual(plans.map((p) => p.id).sort());
    const provinces = new Set(plans.map((p) => provinceSlug(provinceOf(p.data.region))));
    expect(new Set(parts.map((p) => p.provinceSlug))).toEqual(provinces);
    for (const slug of provinces) {
      const own = parts.filter((p) => p.provinceSlug === slug);
      expect(own.map((p) => p.part)).toEqual(own.map((_, i) => i + 1));
      for (const p of own) expect(p.parts).toBe(own.length);
      if (own.length === 1) expect(own[0]!.path).toBe(`/data/by-province/${slug}/${dataset}.csv`);
    }
    // Within the limits unless one plan alone is over them (then flagged, never cut in two).
    for (const p of parts) {
      expect(p.over || (p.rows <= limits.rows && p.bytes <= limits.bytes), p.path).toBe(true);
      if (p.over) expect(p.slugs).toHaveLength(1);
      expect(p.bytes).toBe(new TextEncoder().encode(p.text).length);
    }
  });

  it('lists every split file in by-province/index.csv with its rows and bytes', () => {
    const listed = csvRows(file('/data/by-province/index.csv'));
    expect(listed.map((r) => r.url)).toEqual(splits.map((s) => BASE + s.path));
    for (const [i, s] of splits.entries()) expect(listed[i]).toMatchObject({ dataset: s.dataset, province_slug: s.provinceSlug, rows: String(s.rows), bytes: String(s.bytes), plans: String(s.slugs.length) });
    for (const r of listed) expect(files.has(r.url!.slice(BASE.length)), r.url).toBe(true);
  });

  it('keeps the published columns first and in order; new columns only after them', () => {
    const check = (text: string, published: readonly string[]) => expect(headerOf(text).slice(0, published.length)).toEqual(published);
    check(file('/data/departments.csv'), PUBLISHED.departments);
    check(file('/data/matrix.csv'), PUBLISHED.matrix);
    check(file('/data/plans/index.csv'), PUBLISHED.planIndex);
    check(file('/data/by-province/index.csv'), PUBLISHED.splitIndex);
    check(file('/data/targets.csv'), PUBLISHED.targets);
    expect(TARGETS_CSV_HEADER.slice(0, PUBLISHED.targets.length)).toEqual(PUBLISHED.targets);
    expect(DEPARTMENTS_CSV_HEADER.slice(0, PUBLISHED.departments.length)).toEqual(PUBLISHED.departments);
    expect(MATRIX_CSV_HEADER.slice(0, PUBLISHED.matrix.length)).toEqual(PUBLISHED.matrix);
    expect(PLAN_INDEX_CSV_HEADER.slice(0, PUBLISHED.planIndex.length)).toEqual(PUBLISHED.planIndex);
    expect(SPLIT_INDEX_CSV_HEADER.slice(0, PUBLISHED.splitIndex.length)).toEqual(PUBLISHED.splitIndex);
  });

  it('emits no file outside the documented shapes', () => {
    const shapes = [/^\/data\/(plans|matrix|department-kinds)\.json$/, /^\/data\/(departments|matrix|targets)\.csv$/, /^\/data\/plans\/[a-z0-9-]+\.(json|csv)$/, /^\/data\/by-province\/index\.csv$/, /^\/data\/by-province\/[a-z0-9-]+\/(departments|matrix|targets)(-\d+)?\.csv$/, /^\/data\/datapackage\.json$/, /^\/data\/[a-z-]+\.(schema|tableschema)\.json$/];
    for (const path of files.keys()) expect(shapes.some((s) => s.test(path)), path).toBe(true);
  });
});

describe('split thresholds', () => {
  it('cut a province over them into numbered parts (when content/ has a province with two plans)', () => {
    const { index, splits } = buildDownloads(withFixtures, BASE, cutting);
    const shared = index.filter((e) => index.filter((o) => o.provinceSlug === e.provinceSlug).length > 1 && e.counts.departmentRows > 0);
    const cut = splits.filter((s) => s.dataset === 'departments' && s.parts > 1);
    expect(cut.length > 0).toBe(shared.length > 1);
    for (const s of cut) expect(s.path).toBe(`/data/by-province/${s.provinceSlug}/departments-${s.part}.csv`);
  });
  it('are Excel’s sheet less its header row, and a modest size', () => {
    expect(EXCEL_MAX_ROWS).toBe(1_048_576);
    expect(SPLIT_MAX_DATA_ROWS).toBe(EXCEL_MAX_ROWS - 1);
    expect(SPLIT_LIMITS).toEqual({ rows: SPLIT_MAX_DATA_ROWS, bytes: SPLIT_MAX_BYTES });
  });
  it('keep a part of exactly the limit whole and start a new one one past it (rows)', () => {
    const half = Math.floor(SPLIT_MAX_DATA_ROWS / 2);
    const at = [{ rows: half, bytes: 1 }, { rows: SPLIT_MAX_DATA_ROWS - half, bytes: 1 }];
    expect(chunkPlans(at).map((p) => p.plans.length)).toEqual([2]);
    const past = [{ rows: half, bytes: 1 }, { rows: SPLIT_MAX_DATA_ROWS - half + 1, bytes: 1 }];
    expect(chunkPlans(past).map((p) => p.plans.length)).toEqual([1, 1]);
  });
  it('keep a part of exactly the limit whole and start a new one one past it (bytes)', () => {
    expect(chunkPlans([{ rows: 1, bytes: SPLIT_MAX_BYTES - 10 }, { rows: 1, bytes: 10 }]).map((p) => p.plans.length)).toEqual([2]);
    expect(chunkPlans([{ rows: 1, bytes: SPLIT_MAX_BYTES - 10 }, { rows: 1, bytes: 11 }]).map((p) => p.plans.length)).toEqual([1, 1]);
  });
  it('never cut a plan: one over the limits is a part of its own, flagged', () => {
    const parts = chunkPlans([{ rows: 1, bytes: 1 }, { rows: SPLIT_MAX_DATA_ROWS + 1, bytes: 1 }, { rows: 1, bytes: 1 }]);
    expect(parts.map((p) => [p.plans.length, p.over])).toEqual([[1, false], [1, true], [1, false]]);
  });
});

describe('province slugs', () => {
  it('are ASCII, distinct, one per provincial-level division, and none is the unknown folder', () => {
    const slugs = PROVINCES.map((p) => PROVINCE_SLUGS[p]);
    expect(new Set(slugs).size).toBe(PROVINCES.length);
    for (const s of slugs) expect(s).toMatch(/^[a-z]+$/);
    expect(slugs).not.toContain(UNKNOWN_PROVINCE_SLUG);
  });
  it('give a stable ASCII folder to a province name the table lacks, and say unknown for none', () => {
    expect(provinceSlug('测试省')).toMatch(/^p-[a-z0-9-]+$/);
    expect(provinceSlug('测试省')).toBe(provinceSlug('测试省'));
    expect(provinceSlug('测试省')).not.toBe(provinceSlug('另一省'));
    expect(provinceSlug(null)).toBe(UNKNOWN_PROVINCE_SLUG);
  });
});
