/**
 * The table at the top of the /compare/ page: metadata, targets and departments of two plans,
 * from each plan's /data/plans/<slug>.json (src/lib/data/downloads.ts writes it). Browser-safe:
 * the shape below is what this page reads of that file (the schema's types would bring zod into
 * the page's bundle). Its few display helpers repeat site/format.ts's on purpose: that module
 * imports the schema's types, and the architecture test keeps browser code off schema.ts entirely.
 */

export interface ComparePlanData {
  slug: string;
  title: string;
  shortName: string;
  region: { name: string; level: string; parents: string[] };
  issuer: string | null;
  documentNumber: string | null;
  signedDate: string | null;
  publishedDate: string | null;
  printedDate: string | null;
  period: { from: number; to: number } | null;
  literacyTarget: { year: number; percent: number; comparator: string } | null;
  targets: { sentence: string; year: number | null; value: number; unit: string; comparator: string | null; measure: string }[];
  groups: Record<string, SectionDepartments | null>;
  projects: Record<string, SectionDepartments | null>;
  measures: { lead: string[]; support: string[]; responsible: string[] }[] | null;
}

interface SectionDepartments {
  departments: { lead: string[]; support: string[]; responsible: string[] };
}

/** A row of the table: the value on each side (null: the plan does not state it) and whether they agree. */
export interface MetaRow {
  label: string;
  a: string | null;
  b: string | null;
  same: boolean;
}

/** What an absent fact shows (as everywhere on the site). */
export const ABSENT_TEXT = '未载明';

const date = (iso: string | null): string | null => {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
const row = (label: string, a: string | null, b: string | null): MetaRow => ({ label, a, b, same: a !== null && a === b });

/** Metadata rows: issuer, document number, dates, period, literacy target. */
export function metadataRows(a: ComparePlanData, b: ComparePlanData): MetaRow[] {
  const period = (p: ComparePlanData) => (p.period ? `${p.period.from}—${p.period.to}年` : null);
  const literacy = (p: ComparePlanData) => (p.literacyTarget ? `${p.literacyTarget.year}年${p.literacyTarget.comparator}${p.literacyTarget.percent}%` : null);
  return [
    row('发文机关', a.issuer, b.issuer),
    row('文号', a.documentNumber, b.documentNumber),
    row('成文日期', date(a.signedDate), date(b.signedDate)),
    row('发布日期', date(a.publishedDate), date(b.publishedDate)),
    row('印发日期', date(a.printedDate), date(b.printedDate)),
    row('实施期限', period(a), period(b)),
    row('公民具备科学素质的比例目标', literacy(a), literacy(b)),
  ];
}

/**
 * Other numeric targets, lined up by what they count (the plan's words, e.g. 培训高素质农民):
 * one row per measure named by either plan, in A's order then B's.
 */
export function targetRows(a: ComparePlanData, b: ComparePlanData): MetaRow[] {
  const text = (t: ComparePlanData['targets'][number]) => `${t.year ? `${t.year}年` : ''}${t.comparator ?? ''}${t.value}${t.unit}`;
  const byMeasure = (p: ComparePlanData) => {
    const m = new Map<string, string>();
    for (const t of p.targets) m.set(t.measure, m.has(t.measure) ? `${m.get(t.measure)}；${text(t)}` : text(t));
    return m;
  };
  const ma = byMeasure(a);
  const mb = byMeasure(b);
  return [...new Set([...ma.keys(), ...mb.keys()])].map((measure) => row(measure, ma.get(measure) ?? null, mb.get(measure) ?? null));
}

// Not the 市 of 市场 (市场监管局 is no city's 场监管局): the same exception as department kinds' level rule.
const LEVEL_PREFIX = /^[省市区县州旗](?!场)(?=.{2,})/u;
/**
 * A department's name with the plan's own region set aside, so that the same office of two plans
 * at different places or levels is one key: 深圳市科协 / 市科协 / 区科协 → 科协. Rule
 * (named): strip the plan's region names (own and parents, with and without 省/市/区/县), then one
 * leading level character. It does not map 教育厅 to 教育局 (different names, not only a prefix).
 */
export function departmentKey(name: string, region: ComparePlanData['region']): string {
  const names = [region.name, ...region.parents].flatMap((n) => [n, n.replace(/(省|市|区|县|自治州|自治县|自治区)$/u, '')]).filter((n) => n.length >= 2);
  names.sort((x, y) => y.length - x.length);
  let key = name.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const n of names) {
      if (key.startsWith(n) && key.length > n.length + 1) {
        key = key.slice(n.length);
        changed = true;
      }
    }
  }
  return key.replace(LEVEL_PREFIX, '');
}

/** A plan's departments by key, with the name as the plan writes it and the roles it has anywhere. */
export function planDepartments(p: ComparePlanData): Map<string, { name: string; lead: boolean; support: boolean }> {
  const out = new Map<string, { name: string; lead: boolean; support: boolean }>();
  const add = (names: readonly string[], role: 'lead' | 'support' | null) => {
    for (const name of names) {
      const key = departmentKey(name, p.region);
      const d = out.get(key) ?? { name, lead: false, support: false };
      if (role) d[role] = true;
      out.set(key, d);
    }
  };
  const sections = [...Object.values(p.groups), ...Object.values(p.projects)];
  for (const s of sections) {
    if (!s) continue;
    add(s.departments.lead, 'lead');
    add(s.departments.support, 'support');
    add(s.departments.responsible, null);
  }
  for (const m of p.measures ?? []) {
    add(m.lead, 'lead');
    add(m.support, 'support');
    add(m.responsible, null);
  }
  return out;
}

export interface DepartmentComparison {
  rows: MetaRow[];
  /** Departments named by A only / B only (as each writes them), in A's / B's order. */
  onlyA: string[];
  onlyB: string[];
  /** Departments both name, as A writes them. */
  both: string[];
}

/** Counts of departments that lead and support on each side, and the departments only one side names. */
export function compareDepartments(a: ComparePlanData, b: ComparePlanData): DepartmentComparison {
  const da = planDepartments(a);
  const db = planDepartments(b);
  const count = (m: ReturnType<typeof planDepartments>, role: 'lead' | 'support') => String([...m.values()].filter((d) => d[role]).length);
  return {
    rows: [
      row('牵头部门（个）', count(da, 'lead'), count(db, 'lead')),
      row('配合部门（个）', count(da, 'support'), count(db, 'support')),
      row('所列部门合计（个）', String(da.size), String(db.size)),
    ],
    onlyA: [...da].filter(([k]) => !db.has(k)).map(([, d]) => d.name),
    onlyB: [...db].filter(([k]) => !da.has(k)).map(([, d]) => d.name),
    both: [...da].filter(([k]) => db.has(k)).map(([, d]) => d.name),
  };
}
