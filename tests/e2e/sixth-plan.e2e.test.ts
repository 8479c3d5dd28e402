// A sixth plan appears everywhere with no code change: build a copy of the site with one more
// plan in content/plans/ (the fixture) and look for it on the matrix, comparison and data pages.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitMdx } from '../../src/lib/importer/emit';
import { GROUP_KEYS, PROJECT_KEYS } from '../../src/lib/taxonomy';
import { fixtureBlocks, fixtureModel, fixturePlan, loadPlans } from '../support/plans';
import { serializeModel } from '../../src/lib/model/files';

const SLUG = 'testxian-2023-2025';
/** The plans already there, plus the fixture. */
const COLUMNS = loadPlans().length + 1;
const skip = process.env.SKIP_SIXTH_PLAN_BUILD === '1';

describe.skipIf(skip)('a sixth plan, built', () => {
  let dir: string;
  const page = (path: string) => parse(readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8'));

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sixth-plan-'));
    for (const f of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) if (existsSync(f)) cpSync(f, join(dir, f), { recursive: true });
    symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'), 'dir');
    // What `npm run import` writes for a plan: its MDX entry and, beside it, its model.
    writeFileSync(join(dir, 'content/plans', `${SLUG}.mdx`), emitMdx(fixturePlan(SLUG).data, fixtureBlocks()));
    writeFileSync(join(dir, 'content/models', `${SLUG}.json`), serializeModel(fixtureModel(SLUG)));
    execFileSync(join(process.cwd(), 'node_modules/.bin/astro'), ['build'], { cwd: dir, stdio: 'pipe' });
  }, 240_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has its own page with its text, every block under its id', () => {
    const article = page(`plans/${SLUG}`).querySelector('article.plan-text');
    expect(article).not.toBeNull();
    for (const b of fixtureBlocks()) {
      const el = article!.querySelector(`#${b.id}`);
      expect(el, b.id).not.toBeNull();
      if (b.kind !== 'table') expect(el!.textContent).toContain(b.text);
    }
  });

  it('adds a column to both matrices and a row to the targets', () => {
    const matrix = page('matrix');
    expect(matrix.querySelectorAll('#matrix-groups thead th[data-col]')).toHaveLength(COLUMNS);
    expect(matrix.querySelector(`#matrix-groups thead th[data-col=${SLUG}]`)!.text).toContain('县级');
    expect(matrix.querySelector(`#matrix-groups tr[data-row=youth] td[data-col=${SLUG}] a.cell-heading`)!.getAttribute('href')).toBe(`/plans/${SLUG}/#youth`);
    expect(matrix.querySelector(`#matrix-groups tr[data-row=farmers] td[data-col=${SLUG}]`)!.text).toContain('未单列');
    expect(matrix.querySelectorAll('#matrix-projects thead th[data-col]')).toHaveLength(COLUMNS);
    expect(matrix.querySelector(`#targets tr[data-col=${SLUG}]`)!.text).toContain('2025年达到10.5%');
    expect(matrix.querySelector('#matrix-filter a[data-filter-level=county]')!.getAttribute('href')).toBe('/matrix/level/county/');
    expect(page('matrix/level/county').querySelectorAll('#matrix-groups thead th[data-col]').map((th) => th.getAttribute('data-col')).sort()).toEqual([...loadPlans().filter((p) => p.data.region.level === 'county').map((p) => p.id), SLUG].sort());
    expect(page(`plans/${SLUG}`).querySelector('#youth')).not.toBeNull();
  });

  it('adds a block to every group and project page, and its departments to the index', () => {
    expect(page('groups/youth').querySelector(`article#${SLUG}`)!.text).toContain('县教育局');
    expect(page('groups/farmers').querySelector(`article#${SLUG}`)!.text).toContain('未单列');
    expect(page('projects/digital').querySelector(`article#${SLUG}`)).not.toBeNull();
    expect(page('departments').querySelectorAll('table.dept-table th a').map((a) => a.text)).toContain('县卫生健康局');
  });

  it('adds data rows', () => {
    const csv = readFileSync(join(dir, 'dist/data/matrix.csv'), 'utf8');
    const rows = parseCsv(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.filter((r) => r.plan_slug === SLUG)).toHaveLength(GROUP_KEYS.length + PROJECT_KEYS.length);
    const plans = JSON.parse(readFileSync(join(dir, 'dist/data/plans.json'), 'utf8')) as { slug: string }[];
    expect(plans.map((p) => p.slug)).toContain(SLUG);
  });
});
