// Department kinds (src/lib/departments/kinds.ts) and the kind table (kind-table.ts): the resolver
// on the names that occur, and properties of the counts that hold for any set of plans, derived
// from the plan models in content/models.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEPARTMENT_KINDS, UNRESOLVED_KIND, kindLabels, kindsOf, resolveDepartmentKinds, splitCore } from '../../src/lib/departments/kinds';
import { KIND_ROWS_AT_ONCE, ROLES, buildKindTable, countedKinds, departmentsByKind, kindRowParts, kindRuns, kindSections, kindTopics } from '../../src/lib/departments/kind-table';
import { buildDownloads } from '../../src/lib/data/downloads';
import { buildDepartmentIndex, normalizeName } from '../../src/lib/matrix/departments';
import { sectionsOf, type SectionKey } from '../../src/lib/matrix/build';
import { readModels } from '../../src/lib/model/files';
import { parse as parseCsv } from 'csv-parse/sync';
// Importer modules imported here, not inside a test: loaded inside a test, all their load-time code
// looks covered by that test alone to Stryker (see tests/unit/bench-synthetic.test.ts).
import { MessageLog } from '../../src/lib/importer/messages';
import { reportUnresolvedKinds } from '../../src/lib/importer/semantic/kinds';

const models = readModels();
const plans = models.map((m) => ({ id: m.slug, data: m.meta }));
const index = buildDepartmentIndex(plans);

/** Every department name a model holds: sections' (full and as written), measures', aliases. */
function modelNames(): { slug: string; name: string }[] {
  const out: { slug: string; name: string }[] = [];
  for (const m of models) {
    for (const kind of ['groups', 'projects'] as const) {
      for (const ref of Object.values(sectionsOf(m.meta, kind))) if (ref) for (const r of ROLES) for (const n of ref.departments[r]) out.push({ slug: m.slug, name: normalizeName(n, m.meta.departmentAliases) }, { slug: m.slug, name: n });
    }
    for (const ms of m.measures) for (const d of ms.departments) out.push({ slug: m.slug, name: d.name }, { slug: m.slug, name: d.written });
  }
  return out;
}

describe('the list of kinds', () => {
  it('has unique keys, labels in both languages, and no word claimed by two kinds', () => {
    expect(new Set(DEPARTMENT_KINDS.map((k) => k.key)).size).toBe(DEPARTMENT_KINDS.length);
    for (const k of DEPARTMENT_KINDS) {
      expect(k.zh.length).toBeGreaterThan(0);
      expect(k.en).toMatch(/^[A-Z]/);
      expect(k.words.length > 0 || ('forms' in k && k.forms.length > 0), k.key).toBe(true);
    }
    const words = DEPARTMENT_KINDS.flatMap((k) => k.words);
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
    expect(DEPARTMENT_KINDS.some((k) => (k.key as string) === UNRESOLVED_KIND.key)).toBe(false);
  });
  it('includes the kinds the issue names', () => {
    const labels = new Set<string>(DEPARTMENT_KINDS.map((k) => k.zh));
    for (const zh of ['教育', '科技', '科协', '卫生健康', '农业农村', '人力资源社会保障', '工会', '共青团', '妇联', '宣传', '组织', '党校', '应急管理', '气象', '文化和旅游']) expect(labels.has(zh), zh).toBe(true);
  });
});

describe('resolving a name', () => {
  it('resolves every department name of the plan models (or the import report says so)', () => {
    const unresolved = modelNames().filter((n) => !resolveDepartmentKinds(n.name));
    for (const { slug, name } of unresolved) {
      const model = models.find((m) => m.slug === slug)!;
      expect(model.messages.some((msg) => msg.ruleId === 'names/kind' && msg.reason.includes(`“${name}”`)), `${slug}: ${name}`).toBe(true);
    }
  });
  it('resolves every name the dev plans and layout fixtures write', () => {
    const names = readFileSync('tests/fixtures/department-names/dev-plans.txt', 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    expect(names.length).toBeGreaterThan(100);
    expect(names.filter((n) => !resolveDepartmentKinds(n))).toEqual([]);
  });
  it('gives the same kind to a body at every level and in traditional characters', () => {
    for (const name of ['省教育厅', '市教育局', '区教育局', '县教育局', '州教育局', '旗教育局', '地区教育局', '教育局', '區教育局', '自治州教育局']) expect(kindsOf(name), name).toEqual(['education']);
    for (const name of ['省委宣传部', '市委宣传部', '区委宣传部', '地区党委宣传部', '宣传部']) expect(kindsOf(name), name).toEqual(['publicity']);
  });
  it('gives a combined body each of its kinds, in the order written', () => {
    expect(kindsOf('市教育体育局')).toEqual(['education', 'sports']);
    expect(kindsOf('县卫生健康和体育局')).toEqual(['health', 'sports']);
    expect(kindsOf('区科技和工业信息化局')).toEqual(['science-technology', 'industry-it']);
  });
  it('splits a core only into whole words; one-character abbreviations only beside another word', () => {
    expect(splitCore('文体广旅')?.map((w) => w.word)).toEqual(['文', '体', '广', '旅']);
    expect(splitCore('农业农村')?.map((w) => w.word)).toEqual(['农业农村']);
    expect(splitCore('文')).toBeNull();
    expect(splitCore('科普')).toBeNull();
  });
  it('says 未归类 for a name it cannot resolve, never a guess', () => {
    expect(resolveDepartmentKinds('市明珠湾管理局')).toBeNull();
    expect(kindLabels('市明珠湾管理局')).toBe(UNRESOLVED_KIND.zh);
    expect(countedKinds('市明珠湾管理局')).toEqual([UNRESOLVED_KIND.key]);
    expect(kindLabels('市教育体育局')).toBe('教育、体育');
    expect(kindLabels('市教育体育局', 'en')).toBe('Education; Sports');
  });
});

describe('the kind table', () => {
  const table = buildKindTable(index, plans);
  /** Plans in which a department of kind `key` has `role` in a topic, straight from the models' frontmatter. */
  const expected = (key: string, topicKind: 'groups' | 'projects', topicKey: string, role: (typeof ROLES)[number]) =>
    models.filter((m) => {
      const ref = sectionsOf(m.meta, topicKind)[topicKey as SectionKey];
      return ref ? ref.departments[role].some((n: string) => countedKinds(normalizeName(n, m.meta.departmentAliases)).includes(key)) : false;
    }).map((m) => m.slug);

  it('counts, per kind × topic × role, the plans whose sections name such a department', () => {
    expect(table.topics).toEqual(kindTopics());
    for (const row of table.rows) {
      table.topics.forEach((t, c) => {
        for (const role of ROLES) expect([...row.cells[c]![role]].sort(), `${row.key} ${t.id} ${role}`).toEqual(expected(row.key, t.kind, t.key, role).sort());
      });
    }
  });
  it('has a row for every kind some name resolves to, and only those; every department is under each of its kinds', () => {
    const kinds = new Set(index.departments.flatMap((d) => countedKinds(d.name)));
    expect(new Set(table.rows.map((r) => r.key))).toEqual(kinds);
    for (const d of index.departments) for (const k of countedKinds(d.name)) expect(table.rows.find((r) => r.key === k)!.names).toContain(d.name);
    expect(table.rows.reduce((n, r) => n + r.names.length, 0)).toBe(index.departments.reduce((n, d) => n + countedKinds(d.name).length, 0));
  });
  it('agrees with each kind page: a topic listed there for every non-empty cell, with the same counts', () => {
    for (const row of table.rows) {
      const sections = kindSections(row.key, index, plans);
      const nonEmpty = table.topics.filter((_, c) => ROLES.some((r) => row.cells[c]![r].length));
      expect(sections.map((s) => s.topic.id)).toEqual(nonEmpty.map((t) => t.id));
      for (const s of sections) {
        const cell = row.cells[table.topics.findIndex((t) => t.id === s.topic.id)]!;
        for (const r of ROLES) expect(s.counts[r]).toBe(cell[r].length);
        for (const p of s.plans ?? []) expect(p.href).toMatch(new RegExp(`^/${s.topic.kind}/${s.topic.key}/.*#${p.slug}$`));
      }
    }
  });
});

describe('the department index by kind', () => {
  it('is the same departments in kind order, each under its first kind, index order kept within a kind', () => {
    const ordered = departmentsByKind(index.departments);
    expect([...ordered].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...index.departments].sort((a, b) => a.id.localeCompare(b.id)));
    const runs = kindRuns(ordered);
    expect(new Set(runs.map((r) => r.kind.key)).size).toBe(runs.length);
    for (const run of runs) {
      for (const d of run.departments) expect(countedKinds(d.name)[0]).toBe(run.kind.key);
      const positions = run.departments.map((d) => index.departments.indexOf(d));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });
});

describe('downloads', () => {
  const { files } = buildDownloads(models.map((m) => ({ id: m.slug, data: m.meta, model: m })), 'https://example.test');
  it('give every departments.csv row its department’s kinds at the end', () => {
    const rows = parseCsv(files.get('/data/departments.csv')!.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.department_kind).toBe(kindLabels(r.department!));
      expect(r.department_kind_key).toBe(kindsOf(r.department!).join(';'));
    }
  });
  it('list every kind with its names in department-kinds.json, and each plan’s names with their kinds in its own file', () => {
    const json = JSON.parse(files.get('/data/department-kinds.json')!) as { kinds: { key: string; names: string[] }[]; unresolved: string[] };
    expect(json.kinds.map((k) => k.key)).toEqual(DEPARTMENT_KINDS.map((k) => k.key));
    for (const d of index.departments) for (const k of kindsOf(d.name)) expect(json.kinds.find((x) => x.key === k)!.names).toContain(d.name);
    for (const m of models) {
      const record = JSON.parse(files.get(`/data/plans/${m.slug}.json`)!) as { departmentKinds: Record<string, string[]> };
      for (const ms of m.measures) for (const d of ms.departments) expect(record.departmentKinds[d.name]).toEqual(kindsOf(d.name));
    }
  });
});

describe('the import report', () => {
  it('warns once per unresolved name, at the line that states it', () => {
    const blocks = [
      { kind: 'heading', id: 'h', line: 3, text: '（一）青少年', depth: 1, number: '（一）', part: 'body' },
      { kind: 'paragraph', id: 'p', line: 5, text: '（牵头单位：市明珠湾管理局、市教育局）', part: 'body' },
    ] as never[];
    const dep = (name: string) => ({ name, written: name, role: 'lead' as const });
    const measure = { id: 'm', section: 'h', start: 1, end: 2, number: '1.', text: '开展活动', departments: [dep('市明珠湾管理局'), dep('市教育局')], statedAt: 'p', ruleId: null };
    const log = new MessageLog();
    reportUnresolvedKinds([{ index: 0, topic: 'group:youth', measures: [measure, { ...measure, id: 'm2' }], departments: [dep('市明珠湾管理局')], chars: 0 }], blocks, log);
    expect(log.messages).toHaveLength(1);
    expect(log.messages[0]).toMatchObject({ ruleId: 'names/kind', severity: 'warning', line: 5, anchor: 'p' });
    expect(log.messages[0]!.reason).toContain('“市明珠湾管理局”');
  });
});

describe('kindRowParts (rows laid out at once on a phone, then the rest)', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => i);
  it('keeps a table of KIND_ROWS_AT_ONCE rows in one part, laid out at once', () => {
    expect(kindRowParts(rows(KIND_ROWS_AT_ONCE))).toEqual([{ rows: rows(KIND_ROWS_AT_ONCE), deferred: false }]);
  });
  it('defers the rows after KIND_ROWS_AT_ONCE, in order, none lost', () => {
    const parts = kindRowParts(rows(KIND_ROWS_AT_ONCE + 1));
    expect(parts.map((p) => p.deferred)).toEqual([false, true]);
    expect(parts.flatMap((p) => p.rows)).toEqual(rows(KIND_ROWS_AT_ONCE + 1));
    expect(parts[1]!.rows).toEqual([KIND_ROWS_AT_ONCE]);
  });
  it('makes no empty part', () => {
    expect(kindRowParts([])).toEqual([]);
  });
});
