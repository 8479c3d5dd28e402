// The matrix builder, the department index and the downloads: properties that hold for the plans in
// content/plans (whatever they are) and for a fixture sixth plan the site code has never seen.
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildMatrix, buildTargets, facets, matrixColumn, provinceOf, type MatrixKind, type PresentCell } from '../../src/lib/matrix/build';
import { buildDepartmentIndex, normalizeName } from '../../src/lib/matrix/departments';
import { BOM, departmentsCsv, MATRIX_CSV_HEADER, matrixCsv, matrixJson, plansJson, toCsv } from '../../src/lib/matrix/serialize';
import type { SectionRef } from '../../src/lib/schema';
import { GROUPS, GROUP_KEYS, PROJECTS, PROJECT_KEYS } from '../../src/lib/taxonomy';
import { fixturePlan, loadPlans } from '../support/plans';

const plans = loadPlans();
const slugs = plans.map((p) => p.id);
const KINDS = [
  ['groups', GROUPS, (i: number, key: string) => plans[i]!.data.groups[key as (typeof GROUP_KEYS)[number]]],
  ['projects', PROJECTS, (i: number, key: string) => plans[i]!.data.projects[key as (typeof PROJECT_KEYS)[number]]],
] as const;

describe.each(KINDS)('buildMatrix (%s) on the plans in content/', (kind, entries, sectionOf) => {
  const m = buildMatrix(plans, kind as MatrixKind);

  it('has the taxonomy as rows, in order, and the plans as columns, in order', () => {
    expect(m.rows.map((r) => [r.key, r.zh, r.en, r.href])).toEqual(entries.map((e) => [e.key, e.zh, e.en, `/${kind}/${e.key}/`]));
    expect(m.columns.map((c) => c.slug)).toEqual(slugs);
    for (const r of m.rows) expect(r.cells.map((c) => c.slug)).toEqual(slugs);
  });

  it('has a linked cell for exactly the sections the frontmatter records, with their facts', () => {
    for (const row of m.rows) {
      row.cells.forEach((cell, i) => {
        const ref: SectionRef | null = sectionOf(i, row.key) ?? null;
        const at = `${cell.slug}×${row.key}`;
        expect(cell.present, at).toBe(ref !== null);
        if (!cell.present || !ref) return;
        expect(cell, at).toMatchObject({ href: `/plans/${cell.slug}/#${ref.anchor}`, heading: ref.heading, matched: ref.matched, measures: ref.measures, chars: ref.chars });
        for (const d of cell.lead) expect(ref.departments.lead, at).toContain(d);
      });
    }
  });

  it('explains every absence, naming the plan, and every wording that is not the taxonomy’s', () => {
    for (const row of m.rows) {
      row.cells.forEach((cell, i) => {
        const at = `${cell.slug}×${row.key}`;
        if (!cell.present) {
          expect(cell.note, at).toContain('未单列');
          expect(cell.note, at).toContain(plans[i]!.data.shortName);
        } else if (!cell.heading.includes(row.zh)) {
          expect(cell.note, at).toContain(`“${cell.matched}”`);
        }
      });
    }
  });
});

describe('columns', () => {
  it('give region, level and the province, from the frontmatter', () => {
    const m = buildMatrix(plans, 'groups');
    m.columns.forEach((col, i) => {
      const { region } = plans[i]!.data;
      expect(col).toMatchObject({ region: region.name, level: region.level, province: provinceOf(region) });
      expect(col.levelLabel).toMatch(/级$/);
    });
    expect(provinceOf({ name: '某省', level: 'province', parents: [] })).toBe('某省');
    expect(provinceOf({ name: '某区', level: 'district', parents: ['某省', '某市'] })).toBe('某省');
  });
});

describe('a sixth plan', () => {
  const six = [...plans, fixturePlan()];
  const n = six.length;
  it('adds a column, a cell in every row and data rows, with no code change', () => {
    const m = buildMatrix(six, 'groups');
    expect(m.columns).toHaveLength(n);
    expect(m.columns[n - 1]).toMatchObject({ slug: 'testxian-2023-2025', level: 'county', levelLabel: '县级', province: '测试省' });
    for (const r of m.rows) expect(r.cells).toHaveLength(n);
    expect(m.rows[0]!.cells[n - 1]).toMatchObject({ present: true, href: '/plans/testxian-2023-2025/#youth', lead: ['县教育局'] });
    expect(m.rows[1]!.cells[n - 1]).toMatchObject({ present: false });
    expect(m.rows[1]!.cells[n - 1]!.note).toBe('测试县方案未单列“农民”；其重点人群为青少年、老年人（共2项）。');
    const csv = parseCsv(matrixCsv([m]).slice(1), { columns: true }) as Record<string, string>[];
    expect(csv.filter((r) => r.plan_slug === 'testxian-2023-2025')).toHaveLength(GROUP_KEYS.length);
    expect(facets(m.columns).levels.map((l) => l.level)).toContain('county');
    expect(facets(m.columns).provinces).toContain('测试省');
    const targets = buildTargets(six);
    expect(targets[n - 1]!.literacy).toMatchObject({ percent: 10.5, comparator: '达到', href: '/plans/testxian-2023-2025/#s1-p1' });
    expect(targets[n - 1]!.baseline).toMatchObject({ year: 2020, percent: 6.2 });
    const index = buildDepartmentIndex(six);
    expect(index.departments.find((d) => d.name === '县教育局')!.occurrences.find((o) => o.slug === 'testxian-2023-2025')).toMatchObject({ key: 'youth', role: 'lead' });
  });
  it('explains a measure standing in for a project, naming the section it is taken from', () => {
    const p = fixturePlan('standin-2023-2025');
    // The fixture's digital project becomes the first measure under a chapter heading.
    p.data = {
      ...p.data,
      outline: [...p.data.outline.slice(0, 3), { id: 's3', depth: 2, number: '（三）', text: '实施基层科普能力提升工程', part: 'body' }, { id: 'project-digital', depth: 3, number: '1.', text: '推进科普信息化', part: 'body' }],
      projects: { ...p.data.projects, grassroots: { ...p.data.projects.digital!, anchor: 's3', heading: '实施基层科普能力提升工程', matched: '基层科普能力' }, digital: { ...p.data.projects.digital!, number: '1.' } },
    };
    const cell = buildMatrix([p], 'projects').rows.find((r) => r.key === 'digital')!.cells[0] as PresentCell;
    expect(cell.note).toMatch(/未单列此工程，取“（三）实施基层科普能力提升工程”下的第1条措施/);
  });
});

describe('buildTargets', () => {
  it('lines up each plan’s literacy target, baseline and other targets, linked to their sentences', () => {
    const t = buildTargets(plans);
    expect(t.map((r) => r.column.slug)).toEqual(slugs);
    t.forEach((row, i) => {
      const fm = plans[i]!.data;
      expect(row.literacy === null, row.column.slug).toBe(fm.literacyTarget === null);
      if (fm.literacyTarget) expect(row.literacy).toMatchObject({ year: fm.literacyTarget.year, percent: fm.literacyTarget.percent, comparator: fm.literacyTarget.comparator, href: `/plans/${row.column.slug}/#${fm.literacyTarget.anchor}` });
      if (fm.literacyBaseline) expect(row.baseline).toMatchObject({ year: fm.literacyBaseline.year, percent: fm.literacyBaseline.percent });
      expect(row.others).toHaveLength(fm.targets.length);
      for (const o of row.others) expect(o.href).toMatch(new RegExp(`^/plans/${row.column.slug}/#[a-z][a-z0-9-]*$`));
    });
  });
});

describe('department index', () => {
  const index = buildDepartmentIndex(plans);
  it('has one occurrence per department, plan, section and role the frontmatter names, and nothing else', () => {
    const expected = new Set<string>();
    for (const p of plans) {
      for (const [kind, sections] of [['groups', p.data.groups], ['projects', p.data.projects]] as const) {
        for (const [key, ref] of Object.entries(sections) as [string, SectionRef | null][]) {
          if (!ref) continue;
          for (const role of ['lead', 'support', 'responsible'] as const) for (const d of ref.departments[role]) expected.add(`${normalizeName(d, p.data.departmentAliases)}|${p.id}|${kind}|${key}|${role}`);
        }
      }
    }
    const actual = index.departments.flatMap((d) => d.occurrences.map((o) => `${d.name}|${o.slug}|${o.kind}|${o.key}|${o.role}`));
    expect(new Set(actual).size).toBe(actual.length);
    expect(new Set(actual)).toEqual(expected);
    for (const d of index.departments) expect(d.plans.sort()).toEqual([...new Set(d.occurrences.map((o) => o.slug))].sort());
  });
  it('groups an abbreviation under the full name, keeping the written form', () => {
    expect(normalizeName('宣传部', { 宣传部: '市委宣传部' })).toBe('市委宣传部');
    for (const p of plans) {
      for (const [short, full] of Object.entries(p.data.departmentAliases)) {
        expect(index.departments.find((d) => d.name === short && d.plans.includes(p.id)), `${p.id} ${short}`).toBeUndefined();
        expect(full).not.toBe(short);
      }
    }
    for (const d of index.departments) {
      for (const o of d.occurrences) {
        const aliases = plans.find((p) => p.id === o.slug)!.data.departmentAliases;
        for (const written of o.asWritten) expect(normalizeName(written, aliases), written).toBe(d.name);
      }
    }
  });
  it('lists the measures a department is named for, each linked to the measure and where it is stated', () => {
    for (const d of index.departments) {
      for (const o of d.occurrences) {
        for (const m of o.measures) {
          expect(m.href).toMatch(new RegExp(`^/plans/${o.slug}/#[a-z][a-z0-9-]*$`));
          if (m.statedAt) expect(m.statedAt).toMatch(new RegExp(`^/plans/${o.slug}/#[a-z][a-z0-9-]*$`));
        }
      }
    }
  });
  it('keeps 责任单位 as responsible: a section that names no lead has no lead occurrence', () => {
    for (const p of plans) {
      for (const ref of [...Object.values(p.data.groups), ...Object.values(p.data.projects)]) {
        if (!ref || ref.departments.lead.length) continue;
        const leads = index.departments.flatMap((d) => d.occurrences).filter((o) => o.slug === p.id && o.heading === ref.heading && o.role === 'lead');
        expect(leads).toEqual([]);
      }
    }
  });
});

describe('CSV and JSON', () => {
  it('writes UTF-8 CSV with a BOM and RFC 4180 quoting', () => {
    const csv = toCsv(['a', 'b'], [['x,y', 'say "hi"'], ['line\nbreak', null]]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",\r\n');
    expect(parseCsv(csv.slice(1))).toEqual([['a', 'b'], ['x,y', 'say "hi"'], ['line\nbreak', '']]);
  });
  it('has one matrix row per plan × group and per plan × project, matching the cells', () => {
    const g = buildMatrix(plans, 'groups');
    const p = buildMatrix(plans, 'projects');
    const text = matrixCsv([g, p], 'https://example.org');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text.slice(1), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...MATRIX_CSV_HEADER]);
    expect(rows).toHaveLength(plans.length * (GROUP_KEYS.length + PROJECT_KEYS.length));
    for (const m of [g, p]) {
      for (const row of m.rows) {
        for (const cell of row.cells) {
          const r = rows.find((x) => x.kind === m.kind && x.plan_slug === cell.slug && x.key === row.key)!;
          expect(r.present).toBe(String(cell.present));
          expect(r.label_zh).toBe(row.zh);
          if (cell.present) expect(r).toMatchObject({ lead: cell.lead.join('、'), url: `https://example.org${cell.href}`, measures: String(cell.measures) });
          else expect(r).toMatchObject({ url: '', measures: '', note: cell.note });
        }
      }
    }
  });
  it('writes matrix.json with cells keyed by plan and plans.json with all frontmatter', () => {
    const g = buildMatrix(plans, 'groups');
    const json = JSON.parse(matrixJson(g, buildMatrix(plans, 'projects'), buildTargets(plans)));
    expect(json.plans.map((c: { slug: string }) => c.slug)).toEqual(slugs);
    g.rows.forEach((row, r) => {
      for (const cell of row.cells) expect(json.groups.rows[r].cells[cell.slug]).toMatchObject({ present: cell.present, ...(cell.present ? { href: cell.href } : {}) });
    });
    const all = JSON.parse(plansJson(plans));
    expect(all).toHaveLength(plans.length);
    all.forEach((entry: { slug: string; title: string }, i: number) => expect(entry).toMatchObject({ slug: slugs[i], title: plans[i]!.data.title, outline: plans[i]!.data.outline }));
  });
  it('writes departments.csv with one row per department × section × role and per measure', () => {
    const index = buildDepartmentIndex(plans);
    const rows = parseCsv(departmentsCsv(index).slice(1), { columns: true }) as Record<string, string>[];
    const occurrences = index.departments.flatMap((d) => d.occurrences);
    expect(rows.filter((r) => r.scope === 'section')).toHaveLength(occurrences.length);
    expect(rows.filter((r) => r.scope === 'measure')).toHaveLength(occurrences.reduce((n, o) => n + o.measures.length, 0));
    for (const d of index.departments) for (const o of d.occurrences) expect(rows.some((r) => r.department === d.name && r.plan_slug === o.slug && r.key === o.key && r.role === o.role && r.url === o.href)).toBe(true);
  });
});

describe('matrix filter', async () => {
  const { filterHref, filterPaths, filterPlans } = await import('../../src/lib/matrix/filter');
  const six = [...plans, fixturePlan()];
  const columns = buildMatrix(six, 'groups').columns;
  it('has a static page per level, per province and per status present', () => {
    const paths = filterPaths(six).map((p) => `${p.params.facet}/${p.params.value}`).sort();
    const { levels, provinces, statuses } = facets(columns);
    expect(paths).toEqual([...levels.map((l) => `level/${l.level}`), ...provinces.map((p) => `province/${p}`), ...statuses.map((s) => `status/${s.status}`)].sort());
  });
  it('filters by status on a given date, and links to it', () => {
    // Every plan of the collection has ended by 2100 (or has no period); none has in 1900.
    const ended = six.filter((p) => p.data.period).map((p) => p.id);
    expect(six.filter((p) => matrixColumn(p, '2100-01-01').status === 'ended').map((p) => p.id)).toEqual(ended);
    expect(six.filter((p) => matrixColumn(p, '1900-01-01').status === 'ended')).toEqual([]);
    expect(filterHref({ status: 'ended' })).toBe('/matrix/status/ended/');
  });
  it('selects plans and builds links', () => {
    for (const province of facets(columns).provinces) expect(filterPlans(six, { province }).map((p) => p.id)).toEqual(columns.filter((c) => c.province === province).map((c) => c.slug));
    expect(filterPlans(six, { level: 'county' }).map((p) => p.id)).toEqual(columns.filter((c) => c.level === 'county').map((c) => c.slug));
    expect(filterHref({})).toBe('/matrix/');
    expect(filterHref({ level: 'city' })).toBe('/matrix/level/city/');
    expect(filterHref({ province: '某省' })).toBe(`/matrix/province/${encodeURIComponent('某省')}/`);
  });
});

describe('uniqueDepartments', () => {
  it('keeps the first written form of names that stand for the same department', async () => {
    const { uniqueDepartments } = await import('../../src/lib/matrix/departments');
    expect(uniqueDepartments(['市发展改革委', '卫生健康委', '市卫生健康委', '科协'], { 卫生健康委: '市卫生健康委', 科协: '市科协' })).toEqual(['市发展改革委', '卫生健康委', '科协']);
  });
});
