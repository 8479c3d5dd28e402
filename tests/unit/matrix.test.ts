// The matrix builder, the department index and the downloads, on the five plans and a fixture sixth.
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildMatrix, buildTargets, facets, provinceOf, type PresentCell } from '../../src/lib/matrix/build';
import { buildDepartmentIndex, normalizeName } from '../../src/lib/matrix/departments';
import { BOM, departmentsCsv, MATRIX_CSV_HEADER, matrixCsv, matrixJson, plansJson, toCsv } from '../../src/lib/matrix/serialize';
import { fixturePlan, loadPlans } from '../support/plans';

const plans = loadPlans();
const slugs = plans.map((p) => p.id);

describe('buildMatrix (groups) on the five plans', () => {
  const m = buildMatrix(plans, 'groups');
  const cells = m.rows.flatMap((r) => r.cells);

  it('has the five groups as rows and the plans as columns', () => {
    expect(m.rows.map((r) => r.key)).toEqual(['youth', 'farmers', 'workers', 'elderly', 'officials']);
    expect(m.rows[0]).toMatchObject({ zh: '青少年', en: 'Youth', href: '/groups/youth/' });
    expect(m.columns.map((c) => c.slug)).toEqual(slugs);
    for (const r of m.rows) expect(r.cells.map((c) => c.slug)).toEqual(slugs);
  });

  it('has 24 linked cells and one explained absence: Shenzhen × farmers', () => {
    const present = cells.filter((c): c is PresentCell => c.present);
    expect(present).toHaveLength(24);
    for (const c of present) expect(c.href).toBe(`/plans/${c.slug}/#${c.key}`);
    const absent = cells.filter((c) => !c.present);
    expect(absent.map((c) => `${c.slug}×${c.key}`)).toEqual(['shenzhen-2022-2025×farmers']);
    expect(absent[0]!.note).toContain('未单列“农民”');
    expect(absent[0]!.note).toContain('城市劳动者');
  });

  it('says that Shenzhen’s 城市劳动者 counts as workers', () => {
    const cell = m.rows[2]!.cells[slugs.indexOf('shenzhen-2022-2025')] as PresentCell;
    expect(cell).toMatchObject({ present: true, matched: '城市劳动者', heading: '实施城市劳动者科学素质提升行动。' });
    expect(cell.note).toBe('方案称“城市劳动者”，计入“产业工人”。');
  });

  it('carries measures, text length and lead departments from the frontmatter', () => {
    const elderly = m.rows[3]!.cells[slugs.indexOf('shenzhen-2022-2025')] as PresentCell;
    expect(elderly.lead).toEqual(['市卫生健康委', '市科协']);
    expect(elderly.measures).toBe(plans.find((p) => p.id === 'shenzhen-2022-2025')!.data.groups.elderly!.measures);
    expect(elderly.chars).toBeGreaterThan(0);
  });

  it('gives columns region, level and province', () => {
    const nansha = m.columns[slugs.indexOf('guangzhou-nansha-2022-2025')]!;
    expect(nansha).toMatchObject({ region: '南沙区', level: 'district', levelLabel: '区级', province: '广东省', period: '2022—2025年' });
    expect(provinceOf({ name: '浙江省', level: 'province', parents: [] })).toBe('浙江省');
  });
});

describe('buildMatrix (projects)', () => {
  const m = buildMatrix(plans, 'projects');
  it('links to #project-<key>, and a project a plan names only inside another is absent with a link to where it does', () => {
    for (const row of m.rows) {
      row.cells.forEach((cell, i) => {
        const ref = plans[i]!.data.projects[row.key as keyof (typeof plans)[number]['data']['projects']];
        if (cell.present) expect((cell as PresentCell).href).toBe(`/plans/${slugs[i]}/#${ref!.anchor}`);
        else expect(ref).toBeNull();
      });
    }
    const absent = m.rows.find((r) => r.key === 'industry')!.cells[slugs.indexOf('shenzhen-2022-2025')]!;
    expect(absent.present).toBe(false);
    expect(absent.note).toMatch(/^深圳方案未单列“科普产业”；其重点工程为/);
  });
});

describe('a sixth plan', () => {
  const six = [...plans, fixturePlan()];
  it('adds a column, a cell in every row and data rows, with no code change', () => {
    const m = buildMatrix(six, 'groups');
    expect(m.columns).toHaveLength(6);
    expect(m.columns[5]).toMatchObject({ slug: 'testxian-2023-2025', level: 'county', levelLabel: '县级', province: '测试省' });
    for (const r of m.rows) expect(r.cells).toHaveLength(6);
    expect(m.rows[0]!.cells[5]).toMatchObject({ present: true, href: '/plans/testxian-2023-2025/#youth', lead: ['县教育局'] });
    expect(m.rows[1]!.cells[5]).toMatchObject({ present: false });
    expect(m.rows[1]!.cells[5]!.note).toBe('测试县方案未单列“农民”；其重点人群为青少年、老年人（共2项）。');
    const csv = parseCsv(matrixCsv([m]).slice(1), { columns: true }) as Record<string, string>[];
    expect(csv.filter((r) => r.plan_slug === 'testxian-2023-2025')).toHaveLength(5);
    expect(facets(m.columns).levels.map((l) => l.level)).toEqual(['province', 'city', 'district', 'county']);
    expect(facets(m.columns).provinces).toContain('测试省');
    const targets = buildTargets(six);
    expect(targets[5]!.literacy).toMatchObject({ percent: 10.5, comparator: '达到', href: '/plans/testxian-2023-2025/#s1-p1' });
    expect(targets[5]!.baseline).toMatchObject({ year: 2020, percent: 6.2 });
    const index = buildDepartmentIndex(six);
    expect(index.departments.find((d) => d.name === '县教育局')!.occurrences[0]).toMatchObject({ slug: 'testxian-2023-2025', key: 'youth', role: 'lead' });
  });
});

describe('buildTargets', () => {
  it('lines up literacy targets with comparator and baselines, linked to their sentences', () => {
    const t = buildTargets(plans);
    const sz = t.find((r) => r.column.slug === 'shenzhen-2022-2025')!;
    expect(sz.literacy).toMatchObject({ year: 2025, percent: 25, comparator: '超过' });
    expect(sz.literacy!.href).toMatch(/^\/plans\/shenzhen-2022-2025\/#[a-z0-9-]+$/);
    expect(sz.baseline).toMatchObject({ year: 2020, percent: 21.1 });
    expect(t.find((r) => r.column.slug === 'guangzhou-nansha-2022-2025')!.literacy).toBeNull();
    expect(t.flatMap((r) => r.others).length).toBeGreaterThan(0);
  });
});

describe('department index', () => {
  const index = buildDepartmentIndex(plans);
  it('lists each department with what it leads or supports, across plans', () => {
    const kx = index.departments.find((d) => d.name === '市科协')!;
    expect(kx.plans).toEqual(expect.arrayContaining(['shenzhen-2022-2025', 'baoshan-2021-2025']));
    expect(kx.occurrences.some((o) => o.slug === 'shenzhen-2022-2025' && o.key === 'elderly' && o.role === 'lead')).toBe(true);
  });
  it('groups an abbreviation under the full name, keeping the written form', () => {
    for (const p of plans) for (const written of Object.keys(p.data.departmentAliases)) expect(index.departments.find((d) => d.name === written), written).toBeUndefined();
    expect(normalizeName('宣传部', { 宣传部: '市委宣传部' })).toBe('市委宣传部');
  });
  it('lists per-measure references where the plan names departments per measure', () => {
    const edu = index.departments.find((d) => d.name === '区教育局')!;
    const youth = edu.occurrences.find((o) => o.key === 'youth' && o.role === 'lead')!;
    expect(youth.measures).toHaveLength(6);
    expect(youth.measures[0]!.statedAt).toMatch(/^\/plans\/guangzhou-nansha-2022-2025\/#annex-/);
  });
  it('keeps Ezhou’s 责任单位 as responsible', () => {
    const ez = index.departments.flatMap((d) => d.occurrences).filter((o) => o.slug === 'ezhou-2021-2025');
    expect(ez.length).toBeGreaterThan(0);
    expect(ez.every((o) => o.role === 'responsible')).toBe(true);
  });
});

describe('CSV and JSON', () => {
  it('writes UTF-8 CSV with a BOM and RFC 4180 quoting', () => {
    const csv = toCsv(['a', 'b'], [['x,y', 'say "hi"'], ['line\nbreak', null]]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",\r\n');
    expect(parseCsv(csv.slice(1))).toEqual([['a', 'b'], ['x,y', 'say "hi"'], ['line\nbreak', '']]);
  });
  it('has one matrix row per plan × group and per plan × project', () => {
    const g = buildMatrix(plans, 'groups');
    const p = buildMatrix(plans, 'projects');
    const text = matrixCsv([g, p], 'https://example.org');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text.slice(1), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...MATRIX_CSV_HEADER]);
    expect(rows).toHaveLength(plans.length * 5 + plans.length * 8);
    const groupRows = rows.filter((r) => r.kind === 'groups');
    expect(groupRows).toHaveLength(25);
    expect(groupRows.filter((r) => r.present === 'true')).toHaveLength(24);
    const sz = groupRows.find((r) => r.plan_slug === 'shenzhen-2022-2025' && r.key === 'elderly')!;
    expect(sz).toMatchObject({ lead: '市卫生健康委、市科协', url: 'https://example.org/plans/shenzhen-2022-2025/#elderly', label_zh: '老年人' });
    const absent = groupRows.find((r) => r.plan_slug === 'shenzhen-2022-2025' && r.key === 'farmers')!;
    expect(absent).toMatchObject({ present: 'false', url: '', measures: '' });
    expect(absent.note).toContain('未单列');
  });
  it('writes matrix.json with cells keyed by plan and plans.json with all frontmatter', () => {
    const json = JSON.parse(matrixJson(buildMatrix(plans, 'groups'), buildMatrix(plans, 'projects'), buildTargets(plans)));
    expect(json.plans.map((c: { slug: string }) => c.slug)).toEqual(slugs);
    expect(json.groups.rows[1].cells['shenzhen-2022-2025']).toMatchObject({ present: false });
    expect(json.groups.rows[0].cells['zhejiang-2021-2025']).toMatchObject({ present: true, href: '/plans/zhejiang-2021-2025/#youth' });
    const all = JSON.parse(plansJson(plans));
    expect(all).toHaveLength(plans.length);
    expect(all[0]).toMatchObject({ slug: slugs[0], title: plans[0]!.data.title, outline: plans[0]!.data.outline });
  });
  it('writes departments.csv with one row per department × section × role and per measure', () => {
    const rows = parseCsv(departmentsCsv(buildDepartmentIndex(plans)).slice(1), { columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r.department === '市卫生健康委' && r.plan_slug === 'shenzhen-2022-2025' && r.key === 'elderly')!;
    expect(row).toMatchObject({ role: 'lead', scope: 'section', label_zh: '老年人', url: '/plans/shenzhen-2022-2025/#elderly' });
    expect(rows.some((r) => r.scope === 'measure' && r.plan_slug === 'baoshan-2021-2025')).toBe(true);
  });
});

describe('matrix filter', async () => {
  const { filterHref, filterPaths, filterPlans } = await import('../../src/lib/matrix/filter');
  const six = [...plans, fixturePlan()];
  it('has a static page per level and per province present', () => {
    const paths = filterPaths(six).map((p) => `${p.params.facet}/${p.params.value}`);
    expect(paths).toEqual(expect.arrayContaining(['level/province', 'level/city', 'level/district', 'level/county', 'province/广东省', 'province/浙江省', 'province/测试省']));
    expect(paths).toHaveLength(4 + 5);
  });
  it('selects plans and builds links', () => {
    expect(filterPlans(six, { province: '广东省' }).map((p) => p.id).sort()).toEqual(['guangzhou-nansha-2022-2025', 'shenzhen-2022-2025']);
    expect(filterPlans(six, { level: 'county' }).map((p) => p.id)).toEqual(['testxian-2023-2025']);
    expect(filterHref({})).toBe('/matrix/');
    expect(filterHref({ level: 'city' })).toBe('/matrix/level/city/');
    expect(filterHref({ province: '广东省' })).toBe(`/matrix/province/${encodeURIComponent('广东省')}/`);
  });
});

describe('uniqueDepartments', () => {
  it('keeps the first written form of names that stand for the same department', async () => {
    const { uniqueDepartments } = await import('../../src/lib/matrix/departments');
    expect(uniqueDepartments(['市发展改革委', '卫生健康委', '市卫生健康委', '科协'], { 卫生健康委: '市卫生健康委', 科协: '市科协' })).toEqual(['市发展改革委', '卫生健康委', '科协']);
  });
});
