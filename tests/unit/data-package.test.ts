// The Data Package (src/lib/data/package.ts) over any set of plans: every column described in both
// languages, the Table Schemas' fields exactly the headers written, every download described, and
// the folder as written checked by libraries (tests/support/data-package.ts) — which must also
// report a deliberately broken folder.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { DEPARTMENTS_COLUMNS, MATRIX_COLUMNS, PLAN_INDEX_COLUMNS, SPLIT_INDEX_COLUMNS, TARGETS_COLUMNS, type Column } from '../../src/lib/data/columns';
import { buildDownloads, perPlanPath, type DataPlan, type SplitLimits } from '../../src/lib/data/downloads';
import { DATA_FILES, dataPackage } from '../../src/lib/data/package';
import { planSchema } from '../../src/lib/schema';
import { checkDataPackage } from '../support/data-package';
import { committed, withFixtures } from '../support/data-plans';

const BASE = 'https://example.test';
/** Limits small enough to cut every province with two plans into parts. */
const TINY: SplitLimits = { rows: 1, bytes: 16 * 1024 * 1024 };

const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));
/** Writes the downloads as the build does and returns the data folder. */
function written(plans: readonly DataPlan[], limits?: SplitLimits): string {
  const root = mkdtempSync(join(tmpdir(), 'plan-atlas-datapackage-'));
  temp.push(root);
  for (const [path, text] of buildDownloads(plans, BASE, limits).files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return join(root, 'data');
}
const headerOf = (text: string) => (parseCsv(text.slice(1), { to_line: 1 }) as string[][])[0]!;

describe('column definitions', () => {
  const lists: [string, readonly Column[]][] = [
    ['departments.csv', DEPARTMENTS_COLUMNS],
    ['matrix.csv', MATRIX_COLUMNS],
    ['targets.csv', TARGETS_COLUMNS],
    ['plans/index.csv', PLAN_INDEX_COLUMNS],
    ['by-province/index.csv', SPLIT_INDEX_COLUMNS],
  ];
  it.each(lists)('%s: every column has a distinct name and a title and description in Chinese and English', (_file, columns) => {
    expect(new Set(columns.map((c) => c.name)).size).toBe(columns.length);
    for (const c of columns) {
      for (const text of [c.title.zh, c.title.en, c.description.zh, c.description.en]) expect(text.trim().length, c.name).toBeGreaterThan(0);
      expect(c.title.zh, `${c.name}: the Chinese title is Chinese`).toMatch(/[\u4e00-\u9fff]/);
      expect(c.description.zh, `${c.name}: the Chinese description is Chinese`).toMatch(/[\u4e00-\u9fff]/);
      expect(c.description.en, `${c.name}: the English description is not Chinese`).toMatch(/^[^\u4e00-\u9fff]*[A-Za-z]/);
    }
  });
  it('are what the CSVs are written with: each Table Schema has exactly the header as fields, in order', () => {
    const dir = written(withFixtures);
    const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { resources: { path: string; schema?: string | { fields: { name: string }[] } }[] };
    const csvs = pkg.resources.filter((r) => r.path.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(4);
    for (const r of csvs) {
      const schema = typeof r.schema === 'string' ? JSON.parse(readFileSync(join(dir, r.schema), 'utf8')) : r.schema;
      expect(schema.fields.map((f: { name: string }) => f.name), r.path).toEqual(headerOf(readFileSync(join(dir, r.path), 'utf8')));
    }
  });
});

describe('the data package', () => {
  it('names every download once, and describes the per-plan files through the plan index, not one resource each', () => {
    const { files, splits } = buildDownloads(withFixtures, BASE);
    const pkg = dataPackage(splits, `${BASE}/data/`);
    const paths = pkg.resources.map((r) => `/data/${r.path}`);
    expect(new Set(paths).size).toBe(paths.length);
    const perPlan = new Set(withFixtures.map((p) => perPlanPath(p.id)));
    const downloads = [...files.keys()].filter((p) => !/\.(schema|tableschema)\.json$|\/datapackage\.json$/.test(p) && !perPlan.has(p));
    expect(paths.sort()).toEqual(downloads.sort());
    expect(JSON.stringify(pkg)).not.toContain(perPlanPath(withFixtures[0]!.id).slice('/data/'.length));
    expect(pkg.resources.find((r) => r.name === 'plan-index')).toMatchObject({ files: { field: 'data_url', jsonSchema: 'plan.schema.json' } });
  });
  it('has a Chinese and English title and description for every file (what the /data/ page shows)', () => {
    for (const f of DATA_FILES) for (const t of [f.title.zh, f.title.en, f.description.zh, f.description.en]) expect(t.trim().length, f.name).toBeGreaterThan(0);
  });
  it('publishes a JSON Schema for plans.json generated from the frontmatter schema: every frontmatter field and the slug', () => {
    const dir = written(committed);
    const schema = JSON.parse(readFileSync(join(dir, 'plans.schema.json'), 'utf8'));
    expect(Object.keys(schema.items.properties).sort()).toEqual([...Object.keys(planSchema.shape), 'slug'].sort());
    expect(schema.items.additionalProperties).toBe(false);
  });
});

describe('library check of the written folder', () => {
  it('finds nothing wrong for the plans in content/', async () => {
    expect(await checkDataPackage(written(committed))).toEqual([]);
  });
  it('finds nothing wrong with fixture plans of an unlisted and of no province, and splits cut into parts', async () => {
    expect(await checkDataPackage(written(withFixtures, TINY))).toEqual([]);
  });

  // Deliberate mismatches: each must be reported, naming the file.
  const broken = (edit: (dir: string) => void) => {
    const dir = written(committed);
    edit(dir);
    return checkDataPackage(dir);
  };
  const rewrite = (dir: string, path: string, change: (text: string) => string) => writeFileSync(join(dir, path), change(readFileSync(join(dir, path), 'utf8')));

  it('reports a cell of the wrong type (a boolean column holding "yes")', async () => {
    const problems = await broken((dir) => rewrite(dir, 'matrix.csv', (t) => t.replace(/,(true|false),/, ',yes,')));
    expect(problems.join('\n')).toMatch(/^matrix\.csv: .*"yes".*"present".*boolean/m);
  });
  it('reports a column the Table Schema does not have', async () => {
    const problems = await broken((dir) =>
      rewrite(dir, 'departments.tableschema.json', (t) => {
        const schema = JSON.parse(t);
        schema.fields = schema.fields.filter((f: { name: string }) => f.name !== 'stated_at');
        return JSON.stringify(schema);
      }),
    );
    expect(problems.some((p) => p.startsWith('departments.csv: '))).toBe(true);
  });
  it('reports a plan_slug that is no plan of the index (foreign key) and a repeated primary key', async () => {
    const problems = await broken((dir) =>
      rewrite(dir, 'matrix.csv', (t) => {
        const lines = t.split('\r\n');
        lines[1] = lines[1]!.replace(/^[^,]+,/, 'no-such-plan,');
        return [...lines.slice(0, -1), lines[2], ''].join('\r\n');
      }),
    );
    expect(problems.join('\n')).toMatch(/matrix\.csv: .*Foreign key/);
    expect(problems.join('\n')).toMatch(/matrix\.csv: .*unique constraint/);
  });
  it('reports a target row of a plan the index does not have, a repeated target number and a value that is no number', async () => {
    const problems = await broken((dir) =>
      rewrite(dir, 'targets.csv', (t) => {
        const lines = t.split('\r\n');
        lines[1] = lines[1]!.replace(/^[^,]+,/, 'no-such-plan,');
        const dup = lines[2]!;
        const header = lines[0]!.replace(/^\uFEFF/, '').split(',');
        const cells = lines[3]!.split(',');
        cells[header.indexOf('value')] = 'many';
        lines[3] = cells.join(',');
        return [...lines.slice(0, -1), dup, ''].join('\r\n');
      }),
    );
    const text = problems.join('\n');
    expect(text).toMatch(/targets\.csv: .*Foreign key/);
    expect(text).toMatch(/targets\.csv: .*unique constraint/);
    expect(text).toMatch(/targets\.csv: .*"many".*"value".*number/);
  });
  it('reports a per-plan file that breaks its JSON Schema, and a JSON file of the wrong shape', async () => {
    const slug = committed[0]!.id;
    const problems = await broken((dir) => {
      rewrite(dir, `plans/${slug}.json`, (t) => JSON.stringify({ ...JSON.parse(t), signedDate: '2022-02-30' }));
      rewrite(dir, 'matrix.json', (t) => JSON.stringify({ ...JSON.parse(t), plans: 'none' }));
    });
    expect(problems.some((p) => p.startsWith(`plans/${slug}.json: /signedDate`))).toBe(true);
    expect(problems.some((p) => p.startsWith('matrix.json: /plans'))).toBe(true);
  });
  it('reports a file the package does not describe, and a described file that is missing', async () => {
    const problems = await broken((dir) => {
      writeFileSync(join(dir, 'extra.csv'), 'a\r\n1\r\n');
      rmSync(join(dir, 'department-kinds.json'));
    });
    expect(problems).toContain('extra.csv: in the data folder, not described by datapackage.json');
    expect(problems).toContain('department-kinds.json: named in the package, missing');
  });
});
