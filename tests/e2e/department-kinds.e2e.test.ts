// The department-kind pages as built: the counts of /department-kinds/ equal counts computed from
// the plan models (content/models) with the kind resolver; every link of the kind pages reaches a
// built page and, where it has a fragment, an element with that id there; the department index
// lists every department once, under the heading of its first kind, keeping its row id.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readModels } from '../../src/lib/model/files';
import { buildDepartmentIndex, normalizeName } from '../../src/lib/matrix/departments';
import { sectionsOf, type SectionKey } from '../../src/lib/matrix/build';
import { kindsOf, UNRESOLVED_KIND } from '../../src/lib/departments/kinds';
import { DIST, allPages, hasBuild, readPage } from '../support/site';

const models = readModels();
const ROLES = ['lead', 'support', 'responsible'] as const;
const kindsFor = (name: string) => (kindsOf(name).length ? kindsOf(name) : [UNRESOLVED_KIND.key]);

/** Plans per kind × topic × role, straight from the models' sections. */
function expectedCounts(): Map<string, number> {
  const plans = new Map<string, Set<string>>();
  for (const m of models) {
    for (const kind of ['groups', 'projects'] as const) {
      for (const [key, ref] of Object.entries(sectionsOf(m.meta, kind))) {
        if (!ref) continue;
        for (const role of ROLES) {
          for (const n of ref.departments[role]) {
            for (const k of kindsFor(normalizeName(n, m.meta.departmentAliases))) {
              const id = `${k}|${kind}-${key as SectionKey}|${role}`;
              plans.set(id, (plans.get(id) ?? new Set()).add(m.slug));
            }
          }
        }
      }
    }
  }
  return new Map([...plans].map(([id, s]) => [id, s.size]));
}

/** Whether an internal link reaches a built page and, with a fragment, an element of that id. */
function resolves(href: string): boolean {
  const url = new URL(href, 'https://x.test');
  const path = decodeURIComponent(url.pathname);
  const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
  if (!existsSync(file)) return false;
  if (!url.hash) return true;
  return readPage(path).getElementById(decodeURIComponent(url.hash.slice(1))) !== null;
}

describe.skipIf(!hasBuild())('department kinds in dist/', () => {
  const page = hasBuild() ? readPage('/department-kinds/') : null;

  it('shows, per kind × topic, the numbers of plans leading, supporting and responsible computed from the models', () => {
    const expected = expectedCounts();
    const rows = page!.querySelectorAll('table.kind-table tbody tr');
    expect(rows.length).toBe(new Set([...expected.keys()].map((id) => id.split('|')[0])).size);
    let seen = 0;
    for (const tr of rows) {
      const kind = tr.getAttribute('data-kind')!;
      for (const td of tr.querySelectorAll('td')) {
        const topic = td.getAttribute('data-topic')!;
        for (const role of ROLES) {
          const n = expected.get(`${kind}|${topic}|${role}`) ?? 0;
          expect(Number(td.getAttribute(`data-${role}`)), `${kind} ${topic} ${role}`).toBe(n);
          if (n) seen++;
        }
        // What a reader sees: each non-zero count, in words.
        const text = td.textContent.replace(/\s+/g, ' ');
        for (const [role, label] of [['lead', '牵头'], ['support', '配合'], ['responsible', '责任单位']] as const) {
          const n = expected.get(`${kind}|${topic}|${role}`) ?? 0;
          if (n) expect(text, `${kind} ${topic}`).toContain(`${label} ${n}`);
        }
      }
    }
    expect(seen).toBe(expected.size);
  });

  it('links every cell and heading to a built page and an existing anchor', () => {
    const links = page!.querySelectorAll('main a[href^="/"]').map((a) => a.getAttribute('href')!);
    expect(links.length).toBeGreaterThan(0);
    for (const href of new Set(links)) expect(resolves(href), href).toBe(true);
  });

  it('has a page per kind whose plan links reach the plans’ blocks on the group and project pages', () => {
    const kindPages = allPages().filter((p) => /^\/department-kinds\/[^/]+\/$/.test(p));
    expect(kindPages.length).toBe(page!.querySelectorAll('table.kind-table tbody tr').length);
    const slugs = new Set(models.map((m) => m.slug));
    for (const path of kindPages) {
      const kp = readPage(path);
      for (const a of kp.querySelectorAll('ul.kind-plans a')) {
        const href = a.getAttribute('href')!;
        expect(href).toMatch(/^\/(groups|projects)\/[^#]+#.+$/);
        expect(slugs.has(href.split('#')[1]!), href).toBe(true);
        expect(resolves(href), href).toBe(true);
      }
      for (const a of kp.querySelectorAll('main a[href^="/departments/"]')) expect(resolves(a.getAttribute('href')!), a.getAttribute('href')!).toBe(true);
    }
  });

  it('groups the department index by kind, every department once, under its first kind, with its row id', () => {
    const index = buildDepartmentIndex(models.map((m) => ({ id: m.slug, data: m.meta })));
    const pages = allPages().filter((p) => p === '/departments/' || /^\/departments\/page\/\d+\/$/.test(p));
    const rows = pages.flatMap((p) => readPage(p).querySelectorAll('section.dept-kind').flatMap((s) => {
      const kind = s.querySelector('h2')!.getAttribute('id')!.replace(/^kind-/, '').replace(/-h$/, '');
      return s.querySelectorAll('tbody tr').map((tr) => ({ id: tr.getAttribute('id')!, kind }));
    }));
    expect(rows.map((r) => r.id).sort()).toEqual(index.departments.map((d) => d.id).sort());
    const kindOf = new Map(index.departments.map((d) => [d.id, kindsFor(d.name)[0]]));
    for (const r of rows) expect(r.kind, r.id).toBe(kindOf.get(r.id));
  });
});
