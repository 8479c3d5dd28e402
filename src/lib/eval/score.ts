import { toSimplifiedForMatching } from '../importer/text/fold';
import { GROUP_KEYS, PROJECT_KEYS, type GroupKey, type ProjectKey } from '../taxonomy';
import type { Gold, GoldSection, GoldTarget } from './gold';

/**
 * Field-level scoring of what the importer extracted from one plan against its gold file
 * (`npm run eval:extraction`, tests/unit/expected-facts.test.ts). Pure: no file system.
 *
 * Strings are compared in the gold files' canonical form: trimmed, with ASCII `, : ; ( )` folded to
 * `，：；（）` (the gold README's rule; the importer repairs the same punctuation). Nothing is
 * fuzzy-matched: a department name either equals the gold one after that folding or it is wrong.
 */

// ---------------------------------------------------------------------------------------------
// The importer's answer, reduced to what the gold files state.

export interface PredictedSection {
  heading: string;
  number: string;
  measures: number;
  lead: string[];
  support: string[];
  responsible: string[];
}

export interface PredictedTarget {
  value: number;
  unit: string;
  sentence: string;
}

export interface Predicted {
  title: string | null;
  issuer: string | null;
  documentNumber: string | null;
  signedDate: string | null;
  publishedDate: string | null;
  period: { from: number; to: number } | null;
  region: { name: string; level: string; parents: string[] } | null;
  literacyTarget: { year: number; percent: number; comparator: string } | null;
  literacyBaseline: { year: number; percent: number } | null;
  groups: Record<GroupKey, PredictedSection | null>;
  projects: Record<ProjectKey, PredictedSection | null>;
  extraGroups: PredictedSection[];
  /** Other targets: literacy percentages already left out. */
  targets: PredictedTarget[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * `alias` resolves a name the plan abbreviates to the full name the importer says it stands for
 * (frontmatter.departmentAliases, e.g. 保山's 科技局 → 市科技局). The gold files write the full name;
 * using the importer's own, declared resolution is not fuzzy matching: an alias it did not record
 * stays wrong.
 */
function sectionOf(v: unknown, alias: (unit: string) => string = (u) => u): PredictedSection | null {
  if (!isRecord(v)) return null;
  const d = isRecord(v.departments) ? v.departments : {};
  return {
    heading: str(v.heading) ?? '',
    number: str(v.number) ?? '',
    measures: num(v.measures) ?? 0,
    lead: strings(d.lead).map(alias),
    support: strings(d.support).map(alias),
    responsible: strings(d.responsible).map(alias),
  };
}

/**
 * A target the importer lists that is really the literacy level (公民具备科学素质的比例): the gold
 * files keep those in literacyTarget / literacyBaseline, never among other targets.
 */
function isLiteracyPercent(t: Record<string, unknown>, fm: Record<string, unknown>): boolean {
  if (t.unit !== '%') return false;
  if (typeof t.measure === 'string' && t.measure.includes('科学素质')) return true;
  return [fm.literacyTarget, fm.literacyBaseline].some((l) => isRecord(l) && l.sentence === t.sentence && l.percent === t.value);
}

/**
 * Reads the importer's frontmatter defensively: the importer is changing, so fields that may be
 * added (`extraGroups`) or reshaped are read with type checks, and whatever is missing counts as
 * absent rather than crashing the evaluation.
 */
export function predictedFromFrontmatter(frontmatter: unknown): Predicted {
  const fm = isRecord(frontmatter) ? frontmatter : {};
  const groups = isRecord(fm.groups) ? fm.groups : {};
  const projects = isRecord(fm.projects) ? fm.projects : {};
  const region = isRecord(fm.region) ? fm.region : null;
  const period = isRecord(fm.period) ? fm.period : null;
  const lt = isRecord(fm.literacyTarget) ? fm.literacyTarget : null;
  const lb = isRecord(fm.literacyBaseline) ? fm.literacyBaseline : null;
  const targets = Array.isArray(fm.targets) ? fm.targets.filter(isRecord) : [];
  const aliases = isRecord(fm.departmentAliases) ? fm.departmentAliases : {};
  const alias = (u: string) => str(aliases[u]) ?? u;
  const section = (v: unknown) => sectionOf(v, alias);
  return {
    title: str(fm.title),
    issuer: str(fm.issuer),
    documentNumber: str(fm.documentNumber),
    signedDate: str(fm.signedDate),
    publishedDate: str(fm.publishedDate),
    period: period && num(period.from) !== null && num(period.to) !== null ? { from: period.from as number, to: period.to as number } : null,
    region: region ? { name: str(region.name) ?? '', level: str(region.level) ?? '', parents: strings(region.parents) } : null,
    literacyTarget: lt ? { year: num(lt.year) ?? NaN, percent: num(lt.percent) ?? NaN, comparator: str(lt.comparator) ?? '' } : null,
    literacyBaseline: lb ? { year: num(lb.year) ?? NaN, percent: num(lb.percent) ?? NaN } : null,
    groups: Object.fromEntries(GROUP_KEYS.map((k) => [k, section(groups[k])])) as Record<GroupKey, PredictedSection | null>,
    projects: Object.fromEntries(PROJECT_KEYS.map((k) => [k, section(projects[k])])) as Record<ProjectKey, PredictedSection | null>,
    extraGroups: (Array.isArray(fm.extraGroups) ? fm.extraGroups : []).map(section).filter((s): s is PredictedSection => s !== null),
    targets: targets
      .filter((t) => !isLiteracyPercent(t, fm))
      .map((t) => ({ value: num(t.value) ?? NaN, unit: str(t.unit) ?? '', sentence: str(t.sentence) ?? '' })),
  };
}

// ---------------------------------------------------------------------------------------------
// Canonical forms.

const FOLD: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）' };

/** The gold files' canonical string: trimmed, ASCII `, : ; ( )` folded to full width. */
export function canon(s: string): string {
  return s.trim().replace(/[,:;()]/g, (c) => FOLD[c]!);
}

/** A heading without trailing punctuation (the gold format leaves it off; plans print `。` or `；`). */
export function canonHeading(s: string): string {
  return canon(s).replace(/[。．.，、；：\s]+$/u, '');
}

/** A section number folded to full width, `1.` and `1．` alike. */
export function canonNumber(s: string): string {
  return canon(s).replace(/\./g, '．').replace(/\s+/g, '');
}

/** Sentences are compared without whitespace: PDF text leaves spaces inside Chinese words. */
const canonSentence = (s: string) => canon(s).replace(/\s+/g, '');

// ---------------------------------------------------------------------------------------------
// Scores.

export interface FieldCheck {
  field: string;
  expected: string;
  got: string;
  ok: boolean;
}

export interface Count {
  right: number;
  total: number;
}

export interface PrfCount {
  /** Matched pairs / targets. */
  tp: number;
  predicted: number;
  expected: number;
}

export interface DepartmentPair {
  section: string;
  unit: string;
  role: Role;
}

export type Role = 'lead' | 'support' | 'responsible';

export interface PlanScore {
  metadata: FieldCheck[];
  presence: FieldCheck[];
  headings: FieldCheck[];
  measures: FieldCheck[];
  departments: PrfCount & {
    rolesRight: number;
    missing: DepartmentPair[];
    extra: DepartmentPair[];
    wrongRole: { section: string; unit: string; expected: Role; got: Role }[];
  };
  targets: PrfCount & { missed: GoldTarget[]; extra: PredictedTarget[] };
}

const show = (v: unknown): string => (v === null || v === undefined ? 'null' : typeof v === 'string' ? v : JSON.stringify(v));

function check(field: string, expected: unknown, got: unknown, same: (a: unknown, b: unknown) => boolean = (a, b) => a === b): FieldCheck {
  return { field, expected: show(expected), got: show(got), ok: same(expected, got) };
}

const canonOrNull = (s: string | null | undefined) => (s === null || s === undefined ? null : canon(s));
const sameSet = (a: unknown, b: unknown) => {
  const x = [...new Set((a as string[]).map(canon))].sort();
  const y = [...new Set((b as string[]).map(canon))].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
};

function scoreMetadata(gold: Gold, p: Predicted): FieldCheck[] {
  const gt = gold.literacyTarget;
  const pt = p.literacyTarget;
  const gb = gold.literacyBaseline;
  const pb = p.literacyBaseline;
  const period = (v: { from: number; to: number } | null) => (v ? `${v.from}—${v.to}` : null);
  return [
    check('title', canon(gold.title), canonOrNull(p.title)),
    check('issuer', canonOrNull(gold.issuer), canonOrNull(p.issuer)),
    check('documentNumber', canonOrNull(gold.documentNumber), canonOrNull(p.documentNumber)),
    check('signedDate', gold.signedDate, p.signedDate),
    check('publishedDate', gold.publishedDate, p.publishedDate),
    check('period', period(gold.period), period(p.period)),
    check('region.name', canon(gold.region.name), canonOrNull(p.region?.name)),
    check('region.level', gold.region.level, p.region?.level ?? null),
    check('region.parents', gold.region.parents, p.region?.parents ?? [], sameSet),
    check('literacyTarget.year', gt?.year ?? null, pt?.year ?? null),
    check('literacyTarget.percent', gt?.percent ?? null, pt?.percent ?? null),
    // The comparator is a word of a fixed list (schema LITERACY_COMPARATORS), compared in simplified characters.
    check('literacyTarget.comparator', gt?.comparator ? toSimplifiedForMatching(gt.comparator) : null, pt?.comparator ?? null),
    check('literacyBaseline.year', gb?.year ?? null, pb?.year ?? null),
    check('literacyBaseline.percent', gb?.percent ?? null, pb?.percent ?? null),
  ];
}

interface Paired {
  key: string;
  gold: GoldSection | null;
  pred: PredictedSection | null;
}

/** Groups and projects by key; extra groups paired by heading (they have no key). */
function pairSections(gold: Gold, p: Predicted): Paired[] {
  const out: Paired[] = [];
  for (const k of GROUP_KEYS) out.push({ key: `groups.${k}`, gold: gold.groups[k], pred: p.groups[k] });
  for (const k of PROJECT_KEYS) out.push({ key: `projects.${k}`, gold: gold.projects[k], pred: p.projects[k] });
  const left = [...p.extraGroups];
  for (const g of gold.extraGroups) {
    const i = left.findIndex((s) => canonHeading(s.heading) === canonHeading(g.heading));
    out.push({ key: `extraGroups[${canonHeading(g.heading)}]`, gold: g, pred: i >= 0 ? left.splice(i, 1)[0]! : null });
  }
  for (const s of left) out.push({ key: `extraGroups[${canonHeading(s.heading)}]`, gold: null, pred: s });
  return out;
}

const presenceLabel = (s: { heading: string; number: string } | null) => (s ? `present (${canonNumber(s.number)} ${canonHeading(s.heading)})` : 'absent');

/** One role per (section, unit): a unit listed under several roles counts as lead, then support. */
function rolesOf(s: { lead: string[]; support: string[]; responsible: string[] }): Map<string, Role> {
  const m = new Map<string, Role>();
  for (const role of ['lead', 'support', 'responsible'] as const) for (const u of s[role]) if (!m.has(canon(u))) m.set(canon(u), role);
  return m;
}

/**
 * Matches predicted targets to gold ones, each at most once: equal value and unit, and the
 * predicted sentence contains the gold substring (or, for a predicted sentence shorter than it,
 * the other way round).
 */
export function targetMatches(gold: GoldTarget, pred: PredictedTarget): boolean {
  if (!(Math.abs(gold.value - pred.value) < 1e-9) || canon(gold.unit) !== canon(pred.unit)) return false;
  const g = canonSentence(gold.sentenceContains);
  const s = canonSentence(pred.sentence);
  return s.length > 0 && (s.includes(g) || g.includes(s));
}

export function scorePlan(gold: Gold, p: Predicted): PlanScore {
  const sections = pairSections(gold, p);
  const presence: FieldCheck[] = sections.map(({ key, gold: g, pred: s }) => ({
    field: key,
    expected: presenceLabel(g && { heading: g.heading, number: g.number }),
    got: presenceLabel(s),
    ok: (g === null) === (s === null),
  }));
  // When neither side has extra groups, say so as one check, so the listing shows it was looked at.
  if (gold.extraGroups.length === 0 && p.extraGroups.length === 0) presence.push({ field: 'extraGroups', expected: '[]', got: '[]', ok: true });

  const headings: FieldCheck[] = [];
  const measures: FieldCheck[] = [];
  const goldPairs = new Map<string, DepartmentPair>();
  const predPairs = new Map<string, DepartmentPair>();
  for (const { key, gold: g, pred: s } of sections) {
    if (g) {
      headings.push(check(`${key}.heading`, canonHeading(g.heading), s ? canonHeading(s.heading) : 'absent'));
      headings.push(check(`${key}.number`, canonNumber(g.number), s ? canonNumber(s.number) : 'absent'));
      measures.push(check(`${key}.measures`, g.measures, s ? s.measures : 'absent'));
      for (const [unit, role] of rolesOf(g)) goldPairs.set(`${key}\u0000${unit}`, { section: key, unit, role });
    }
    if (s) for (const [unit, role] of rolesOf(s)) predPairs.set(`${key}\u0000${unit}`, { section: key, unit, role });
  }
  const missing: DepartmentPair[] = [];
  const wrongRole: PlanScore['departments']['wrongRole'] = [];
  let tp = 0;
  for (const [k, g] of goldPairs) {
    const s = predPairs.get(k);
    if (!s) missing.push(g);
    else {
      tp++;
      if (s.role !== g.role) wrongRole.push({ section: g.section, unit: g.unit, expected: g.role, got: s.role });
    }
  }
  const extra = [...predPairs].filter(([k]) => !goldPairs.has(k)).map(([, v]) => v);

  const left = [...p.targets];
  const missed: GoldTarget[] = [];
  for (const g of gold.otherTargets) {
    const i = left.findIndex((t) => targetMatches(g, t));
    if (i >= 0) left.splice(i, 1);
    else missed.push(g);
  }
  return {
    metadata: scoreMetadata(gold, p),
    presence,
    headings,
    measures,
    departments: { tp, predicted: predPairs.size, expected: goldPairs.size, rolesRight: tp - wrongRole.length, missing, extra, wrongRole },
    targets: { tp: gold.otherTargets.length - missed.length, predicted: p.targets.length, expected: gold.otherTargets.length, missed, extra: left },
  };
}

// ---------------------------------------------------------------------------------------------
// Totals, rates and the thresholds of "done".

export interface Totals {
  plans: number;
  metadata: Count;
  presence: Count;
  headings: Count;
  measures: Count;
  departments: PrfCount & { rolesRight: number };
  targets: PrfCount;
}

const count = (checks: FieldCheck[]): Count => ({ right: checks.filter((c) => c.ok).length, total: checks.length });

export function totalsOf(scores: PlanScore[]): Totals {
  const add = (a: Count, b: Count): Count => ({ right: a.right + b.right, total: a.total + b.total });
  const zero = (): Count => ({ right: 0, total: 0 });
  const t: Totals = {
    plans: scores.length,
    metadata: zero(),
    presence: zero(),
    headings: zero(),
    measures: zero(),
    departments: { tp: 0, predicted: 0, expected: 0, rolesRight: 0 },
    targets: { tp: 0, predicted: 0, expected: 0 },
  };
  for (const s of scores) {
    t.metadata = add(t.metadata, count(s.metadata));
    t.presence = add(t.presence, count(s.presence));
    t.headings = add(t.headings, count(s.headings));
    t.measures = add(t.measures, count(s.measures));
    t.departments.tp += s.departments.tp;
    t.departments.predicted += s.departments.predicted;
    t.departments.expected += s.departments.expected;
    t.departments.rolesRight += s.departments.rolesRight;
    t.targets.tp += s.targets.tp;
    t.targets.predicted += s.targets.predicted;
    t.targets.expected += s.targets.expected;
  }
  return t;
}

/** right / total; an empty total is vacuously all right (1). */
export function share({ right, total }: Count): number {
  return total === 0 ? 1 : right / total;
}

/**
 * Precision, recall and F1. With nothing predicted, precision is 1 only if nothing was expected
 * either (and likewise recall), so "found nothing where there was something" scores 0, not 1.
 */
export function prf({ tp, predicted, expected }: PrfCount): { precision: number; recall: number; f1: number } {
  const precision = predicted === 0 ? (expected === 0 ? 1 : 0) : tp / predicted;
  const recall = expected === 0 ? (predicted === 0 ? 1 : 0) : tp / expected;
  // 2tp / (predicted + expected) is the harmonic mean of P and R, computed as one exact ratio so that
  // 19 of 20 is exactly 0.95 at the threshold, not 0.9499999.
  const f1 = predicted + expected === 0 ? 1 : (2 * tp) / (predicted + expected);
  return { precision, recall, f1 };
}

export const THRESHOLDS = { measures: 0.95, departmentsF1: 0.95, roles: 0.95, targetsF1: 0.9 } as const;

/**
 * The bar for a plan read from a page, PDF or Word file rendered from the same text (issue 18): a
 * format reader may lose a little of what the plain text gives, never the structure. Shares, not
 * "all": metadata and headings ≥ 95%, presence all, measures ≥ 90%, departments F1 ≥ 0.95 with
 * roles ≥ 95%, targets F1 ≥ 0.80.
 */
export const FORMAT_THRESHOLDS = { metadata: 0.95, headings: 0.95, measures: 0.9, departmentsF1: 0.95, roles: 0.95, targetsF1: 0.8 } as const;

/** FORMAT_THRESHOLDS over the totals of one format's renderings. */
export function formatThresholds(t: Totals): ThresholdResult[] {
  const m = share(t.measures);
  const d = prf(t.departments);
  const roles = share({ right: t.departments.rolesRight, total: t.departments.tp });
  const tg = prf(t.targets);
  const at = (name: string, x: number, bar: number): ThresholdResult => ({ name, pass: x >= bar, detail: `${pct(x)} (≥ ${pct(bar)})` });
  return [
    at('metadata', share(t.metadata), FORMAT_THRESHOLDS.metadata),
    { name: 'presence', pass: t.presence.right === t.presence.total, detail: `${t.presence.right}/${t.presence.total} right (all required)` },
    at('headings', share(t.headings), FORMAT_THRESHOLDS.headings),
    at('measure counts', m, FORMAT_THRESHOLDS.measures),
    { name: 'departments F1', pass: d.f1 >= FORMAT_THRESHOLDS.departmentsF1, detail: `F1 ${d.f1.toFixed(3)} (≥ ${FORMAT_THRESHOLDS.departmentsF1})` },
    at('department roles', roles, FORMAT_THRESHOLDS.roles),
    { name: 'targets F1', pass: tg.f1 >= FORMAT_THRESHOLDS.targetsF1, detail: `F1 ${tg.f1.toFixed(3)} (≥ ${FORMAT_THRESHOLDS.targetsF1})` },
  ];
}

export interface ThresholdResult {
  name: string;
  pass: boolean;
  detail: string;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The definition of done, over one plan's score or the totals of several. */
export function thresholds(t: Totals): ThresholdResult[] {
  const all = (name: string, c: Count): ThresholdResult => ({ name, pass: c.right === c.total, detail: `${c.right}/${c.total} right (all required)` });
  const m = share(t.measures);
  const d = prf(t.departments);
  const roles = share({ right: t.departments.rolesRight, total: t.departments.tp });
  const tg = prf(t.targets);
  return [
    all('metadata', t.metadata),
    all('presence', t.presence),
    all('headings', t.headings),
    { name: 'measure counts', pass: m >= THRESHOLDS.measures, detail: `${pct(m)} exact (≥ ${pct(THRESHOLDS.measures)})` },
    { name: 'departments F1', pass: d.f1 >= THRESHOLDS.departmentsF1, detail: `F1 ${d.f1.toFixed(3)} (≥ ${THRESHOLDS.departmentsF1})` },
    { name: 'department roles', pass: roles >= THRESHOLDS.roles, detail: `${pct(roles)} of matched pairs (≥ ${pct(THRESHOLDS.roles)})` },
    { name: 'targets F1', pass: tg.f1 >= THRESHOLDS.targetsF1, detail: `F1 ${tg.f1.toFixed(3)} (≥ ${THRESHOLDS.targetsF1})` },
  ];
}
