import type { AnchoredBlock } from './classify';
import { measureBlocks } from './sections';
import { LEADING_NUMBER as ITEM_NUMBER, numberValue } from './structure/numbering';
import { GROUPS, PROJECTS, findEntries } from '../taxonomy';

/**
 * Who is responsible: the lead (牵头) and supporting (配合) departments a plan names for a
 * section and for each measure in it. Plans write them in several ways; each is one reader here:
 *   牵头部门：A、B  /  配合部门：C、D                      (Shenzhen's 3.分工 paragraphs)
 *   （责任单位：A、B牵头，…其他成员单位配合）              (Zhejiang, one line per section)
 *   （A牵头B、C配合） after each measure, separators lost (Baoshan)
 *   annex table 要点 | 牵头单位 | 配合单位                 (Nansha; rows matched to the body's measure headings)
 *   annex flattened to paragraphs: measure, then 责任单位   (Ezhou; matched to the body's measures by their
 *                                                           first sentence; 责任单位 does not say who leads,
 *                                                           so those names are `responsible`, never `lead`)
 * Names are kept as the plan writes them (after corrections). Where a plan abbreviates a name in a
 * list (保山: 市委组织部、宣传部 = 市委宣传部), `departmentAliases` maps the written name to the full
 * one, but only when the full name itself occurs in the same plan.
 */

export interface Departments {
  lead: string[];
  support: string[];
  /** Named as 责任单位 without saying who leads (Ezhou's annex). */
  responsible: string[];
}

export interface MeasureDepartments extends Departments {
  /** The measure's heading or first paragraph. */
  anchor: string;
  /** The printed numbering, or "" when the measure is an unnumbered paragraph. */
  number: string;
  /** The measure's heading, or the first sentence of its paragraph. */
  text: string;
  /** Where the plan states who is responsible for the measure (a paragraph, table or annex line), or null. */
  statedAt: string | null;
}

export interface SectionDepartments {
  departments: Departments;
  items: MeasureDepartments[];
}

const empty = (): Departments => ({ lead: [], support: [], responsible: [] });

/** Suffixes that end a department name; a new name starting right after one lost its separator. */
const NAME_END = /(局|委|部|办|会|联|院|所|厅|中心|集团|团委|政府|管委会|办公室|支队|党校)$/;
const NAME_START = /^(市|省|区|县|团|自治)/;
/** A name must contain at least one of these (drops OCR debris such as 区域、区域). */
const ORG_MORPHEME = /[局委部办会联协院所厅署队站校处室组馆社团台司行]|中心|集团|政府|管理|单位|[^区]区$/;
/** Region prefixes a list may leave out after its first name (市委组织部、宣传部). */
const PREFIX = /^(市委|省委|区委|县委|州委|市|省|区|县|州)/;

/**
 * Splits a written list of departments into names, as written: on 、，,；, and where a separator
 * was lost — between a name ending in 局/委/部/… and one starting with 市/省/区/县/团, or between
 * two names the same plan writes separately elsewhere (`vocabulary`). Duplicates and OCR debris
 * (局局, names with no organisational word) are dropped.
 */
export function splitDepartments(list: string, vocabulary: ReadonlySet<string> = new Set()): string[] {
  const names: string[] = [];
  for (const piece of list.split(/[、，,；;\s]+|和(?=[市省区县])/)) {
    if (!piece) continue;
    for (const part of splitRunTogether(piece)) names.push(...splitByVocabulary(part, vocabulary));
  }
  const out: string[] = [];
  for (const raw of names) {
    const n = raw
      .replace(/^(等|及|和)/, '')
      .replace(/(按职责分工负责|按职责负责|负责)$/, '')
      .replace(/(等单位|等部门|等)$/, '');
    if (n.length < 2 || !ORG_MORPHEME.test(n) || /(.)\1$/.test(n)) continue;
    if (!out.includes(n)) out.push(n);
  }
  return out;
}

function splitRunTogether(piece: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i < piece.length; i++) {
    const head = piece.slice(start, i);
    const tail = piece.slice(i);
    // 市委 is a prefix (市委宣传部), not a name: only split once the head is a whole name.
    if (NAME_END.test(head) && NAME_START.test(tail) && !/^(市委|区委|省委|县委|市|区|省|县)$/.test(head) && head.length >= 3) {
      out.push(head);
      start = i;
    }
  }
  out.push(piece.slice(start));
  return out;
}

/** 市科技局乡村振兴局 → 市科技局, 乡村振兴局 when the plan writes both names separately elsewhere. */
function splitByVocabulary(piece: string, vocabulary: ReadonlySet<string>): string[] {
  if (vocabulary.size === 0) return [piece];
  const known = (s: string) => vocabulary.has(s) || vocabulary.has(s.replace(PREFIX, ''));
  // The whole piece may itself be in the vocabulary (it is written run together), so try splits first.
  const go = (rest: string, top: boolean): string[] | null => {
    if (!top && known(rest)) return [rest];
    for (let i = rest.length - 2; i >= 2; i--) {
      const head = rest.slice(0, i);
      if (!NAME_END.test(head) || !known(head)) continue;
      const tail = go(rest.slice(i), false);
      if (tail) return [head, ...tail];
    }
    return null;
  };
  const split = go(piece, true);
  return split && split.length > 1 ? split : [piece];
}

const FIELD = /^(牵头部门|牵头单位|配合部门|配合单位|责任单位|责任部门)\s*[:：]\s*(.+?)[。]?$/;

/**
 * Reads one responsibility statement, or null when the text is not one: a 牵头部门：/配合部门：
 * line, or a trailing parenthesis （责任单位：…牵头，…配合）/（A牵头B配合） (also when its opening
 * bracket was lost: "…。A牵头；B配合）").
 */
export function parseResponsibility(text: string, vocabulary: ReadonlySet<string> = new Set()): Departments | null {
  const field = FIELD.exec(text);
  if (field) {
    const [, label, list] = field;
    if (/牵头/.test(label!)) return { ...empty(), lead: splitDepartments(list!, vocabulary) };
    if (/配合/.test(label!)) return { ...empty(), support: splitDepartments(list!, vocabulary) };
    return parseLeadSupport(list!, vocabulary) ?? { ...empty(), responsible: splitDepartments(list!, vocabulary) };
  }
  const inner = trailingParenthesis(text);
  if (inner === null || !/牵头|配合|责任单位|责任部门/.test(inner)) return null;
  const list = inner.replace(/^(责任单位|责任部门)\s*[:：]\s*/, '');
  return parseLeadSupport(list, vocabulary) ?? { ...empty(), responsible: splitDepartments(list, vocabulary) };
}

/** The text of a closing parenthesis at the end of `text` (opening bracket optional), or null. */
function trailingParenthesis(text: string): string | null {
  const t = text.replace(/[。．.]$/, '');
  if (!/[）)]$/.test(t)) return null;
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    const c = t[i]!;
    if (c === '）' || c === ')') depth++;
    else if (c === '（' || c === '(') {
      depth--;
      if (depth === 0) return t.slice(i + 1, -1);
    } else if (depth === 1 && c === '。') {
      // The opening bracket was lost: the statement starts after the last full stop.
      return t.slice(i + 1, -1);
    }
  }
  return null;
}

function parseLeadSupport(list: string, vocabulary: ReadonlySet<string>): Departments | null {
  const m = /^(.*?)牵头[，,、；;]?(.*?)(?:配合|参与|协同)?$/.exec(list);
  if (!m) return null;
  const lead = splitDepartments(m[1]!, vocabulary);
  // "省全民科学素质纲要实施工作办公室其他成员单位按职责分工负责" is a collective, kept as written.
  const support = splitDepartments(m[2] ?? '', vocabulary).filter((n) => !lead.includes(n));
  return { lead, support, responsible: [] };
}

/* ------------------------------------------------------------------------------------------ */
/* Plan-wide context: annex rows, vocabulary, aliases.                                          */
/* ------------------------------------------------------------------------------------------ */

/** One responsibility row of an annex, with what it is about. */
export interface AnnexRow {
  /** The table, or the paragraph of the measure, in the annex. */
  anchor: string;
  /** The printed number of the measure in the annex ("1."), or "". */
  number: string;
  text: string;
  departments: Departments;
  /** The annex heading the row is under (Ezhou: "2.农民科学素质提升行动"), or "". */
  under: string;
}

export interface PlanDepartmentContext {
  vocabulary: Set<string>;
  rows: AnnexRow[];
  /** Body heading id → the annex table row that names its departments (Nansha). */
  rowByHeading: Map<string, AnnexRow>;
  /** Written name → full name, for names a list abbreviates. */
  aliases: Record<string, string>;
}

const contexts = new WeakMap<readonly AnchoredBlock[], PlanDepartmentContext>();

/** The context for a plan's blocks, computed once per blocks array. */
export function departmentContext(blocks: readonly AnchoredBlock[]): PlanDepartmentContext {
  let ctx = contexts.get(blocks);
  if (!ctx) {
    ctx = buildContext(blocks);
    contexts.set(blocks, ctx);
  }
  return ctx;
}

/** Raw lists (department list strings) the plan contains, for the vocabulary and aliases. */
function rawLists(blocks: readonly AnchoredBlock[]): string[] {
  const lists: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      const field = FIELD.exec(b.text);
      if (field) lists.push(field[2]!);
      const inner = trailingParenthesis(b.text);
      if (inner && /牵头|配合|责任单位/.test(inner)) {
        const m = /^(?:(?:责任单位|责任部门)\s*[:：]\s*)?(.*?)牵头[，,、；;]?(.*?)(?:配合|参与|协同)?$/.exec(inner);
        if (m) lists.push(m[1]!, m[2] ?? '');
      }
      if (b.part === 'annex' && isDepartmentList(b.text)) lists.push(b.text);
    } else if (b.kind === 'table') {
      const cols = tableColumns(b.header);
      if (!cols) continue;
      for (const r of b.rows) for (const c of [cols.lead, cols.support, cols.responsible]) if (c >= 0 && r[c]) lists.push(r[c]!);
    }
  }
  return lists;
}

function buildContext(blocks: readonly AnchoredBlock[]): PlanDepartmentContext {
  const lists = rawLists(blocks);
  const vocabulary = new Set<string>();
  for (const l of lists) for (const piece of l.split(/[、，,；;\s]+/)) if (piece.length >= 2) vocabulary.add(piece);
  const rows = [...annexTableRows(blocks, vocabulary), ...annexListRows(blocks, vocabulary)];
  const rowByHeading = matchRowsToHeadings(blocks, rows.filter((r) => r.number !== '' && r.anchor.includes('-t')));
  return { vocabulary, rows, rowByHeading, aliases: aliasesOf(lists, vocabulary) };
}

/** Columns of a responsibility table, or null when the table is not one. */
function tableColumns(header: readonly string[]): { text: number; lead: number; support: number; responsible: number } | null {
  const find = (re: RegExp) => header.findIndex((h) => re.test(h.replace(/\s/g, '')));
  const lead = find(/^牵头(单位|部门)/);
  const support = find(/^配合(单位|部门)/);
  const responsible = find(/^责任(单位|部门)/);
  if (lead < 0 && responsible < 0) return null;
  const text = find(/要点|任务|措施|内容/);
  return { text: text >= 0 ? text : Math.max(0, Math.min(...[lead, responsible].filter((i) => i >= 0)) - 1), lead, support, responsible };
}


/** Nansha: annex tables with 要点 | 牵头单位 | 配合单位. */
function annexTableRows(blocks: readonly AnchoredBlock[], vocabulary: ReadonlySet<string>): AnnexRow[] {
  const rows: AnnexRow[] = [];
  for (const b of blocks) {
    if (b.kind !== 'table' || b.part !== 'annex') continue;
    const cols = tableColumns(b.header);
    if (!cols) continue;
    for (const r of b.rows) {
      const cell = (r[cols.text] ?? '').trim();
      if (!cell) continue;
      const number = ITEM_NUMBER.exec(cell)?.[1] ?? '';
      const list = (i: number) => (i >= 0 ? splitDepartments(r[i] ?? '', vocabulary) : []);
      const lead = list(cols.lead);
      rows.push({
        anchor: b.id,
        number,
        text: cell.slice(number ? (ITEM_NUMBER.exec(cell)?.[0].length ?? 0) : 0),
        // Table rows are matched to measures by number and wording, not by a task heading.
        under: '',
        departments: { lead, support: list(cols.support).filter((n) => !lead.includes(n)), responsible: list(cols.responsible) },
      });
    }
  }
  return rows;
}

/** A paragraph that is only a list of departments (no sentence). */
function isDepartmentList(text: string): boolean {
  if (/[。；：:！？]/.test(text) || text.length < 3) return false;
  const pieces = text.split(/[、，,]/).filter(Boolean);
  const named = pieces.filter((p) => p.length <= 40 && ORG_MORPHEME.test(p)).length;
  return pieces.length > 0 && named >= pieces.length * 0.6 && pieces.every((p) => p.length <= 40);
}

/**
 * Ezhou: an annex table flattened to paragraphs — header cells (重点任务, 主要措施, 责任单位), then per
 * task a numbered heading, then alternating measure paragraph / department-list paragraph.
 */
function annexListRows(blocks: readonly AnchoredBlock[], vocabulary: ReadonlySet<string>): AnnexRow[] {
  const annex = blocks.filter((b) => b.part === 'annex');
  const headerCell = annex.find((b) => b.kind === 'paragraph' && /^(责任单位|责任部门|牵头单位)$/.test(b.text));
  if (!headerCell || headerCell.kind !== 'paragraph') return [];
  const role: keyof Departments = /牵头/.test(headerCell.text) ? 'lead' : 'responsible';
  const rows: AnnexRow[] = [];
  let measure: AnchoredBlock | null = null;
  let under = '';
  for (const b of annex.slice(annex.indexOf(headerCell) + 1)) {
    if (b.kind === 'heading') {
      measure = null;
      under = b.text;
      continue;
    }
    if (b.kind !== 'paragraph') continue;
    if (isDepartmentList(b.text)) {
      if (measure && measure.kind === 'paragraph') {
        rows.push({ anchor: measure.id, number: '', text: measure.text, under, departments: { ...empty(), [role]: splitDepartments(b.text, vocabulary) } });
      }
      measure = null;
    } else if (/[。，]/.test(b.text) || b.text.length > 12) {
      measure = b;
    } else if (!measure) {
      // The rest of a heading the flattening broke over two lines ("2.农民科学素质" / "提升行动").
      under += b.text;
    }
  }
  return rows;
}

/** Character bigrams, for comparing wordings that lost or gained a few characters. */
function similarity(a: string, b: string): number {
  const grams = (s: string) => {
    const t = s.replace(/[\s。，、；：:.,“”"（）()]/g, '');
    const out: string[] = [];
    for (let i = 0; i < t.length - 1; i++) out.push(t.slice(i, i + 2));
    return out;
  };
  const x = grams(a);
  const y = grams(b);
  if (!x.length || !y.length) return 0;
  const pool = new Map<string, number>();
  for (const g of y) pool.set(g, (pool.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of x) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      common++;
      pool.set(g, n - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

/** Annex table rows (numbered 要点) → the body heading with the same number and the nearest wording. */
function matchRowsToHeadings(blocks: readonly AnchoredBlock[], rows: readonly AnnexRow[]): Map<string, AnnexRow> {
  const out = new Map<string, AnnexRow>();
  if (!rows.length) return out;
  const headings = blocks.filter((b) => b.kind === 'heading' && b.part === 'body' && b.number !== '');
  const byNumber = new Map<number, AnchoredBlock[]>();
  for (const h of headings) {
    if (h.kind !== 'heading') continue;
    const v = numberValue(h.number);
    if (v === null) continue;
    byNumber.set(v, [...(byNumber.get(v) ?? []), h]);
  }
  for (const row of rows) {
    const candidates = byNumber.get(numberValue(row.number) ?? -1) ?? [];
    let best: { id: string; score: number } | null = null;
    for (const h of candidates) {
      if (h.kind !== 'heading' || out.has(h.id)) continue;
      const score = similarity(row.text, h.text);
      if (score >= 0.6 && (!best || score > best.score)) best = { id: h.id, score };
    }
    if (best) out.set(best.id, row);
  }
  return out;
}

/** 宣传部 after 市委组织部 in one list is 市委宣传部, when the plan also writes 市委宣传部 in full. */
function aliasesOf(lists: readonly string[], vocabulary: ReadonlySet<string>): Record<string, string> {
  const found = new Map<string, Set<string>>();
  const all = new Set<string>();
  const split = lists.map((l) => splitDepartments(l, vocabulary));
  for (const names of split) for (const n of names) all.add(n);
  for (const names of split) {
    let prefix: string | null = null;
    for (const n of names) {
      const p = PREFIX.exec(n)?.[1];
      if (p) {
        prefix = p;
        continue;
      }
      if (/^(团|各|中共|国家)/.test(n) || !prefix) continue;
      const full = prefix + n;
      if (all.has(full)) found.set(n, new Set([...(found.get(n) ?? []), full]));
    }
  }
  const aliases: Record<string, string> = {};
  for (const [n, fulls] of [...found].sort(([a], [b]) => a.localeCompare(b, 'zh-Hans-CN'))) if (fulls.size === 1) aliases[n] = [...fulls][0]!;
  return aliases;
}

/* ------------------------------------------------------------------------------------------ */
/* Per section and per measure.                                                                 */
/* ------------------------------------------------------------------------------------------ */

/** The first sentence of a paragraph, without a trailing responsibility parenthesis. */
export function firstSentence(text: string): string {
  const s = (text.match(/^[^。；！？]+[。；！？]?/)?.[0] ?? text).replace(/[（(][^（）()]*(牵头|配合|责任单位)[^（）()]*[）)]$/, '');
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}

function addAll(into: Departments, from: Departments) {
  for (const n of from.lead) if (!into.lead.includes(n)) into.lead.push(n);
  for (const n of from.support) if (!into.support.includes(n)) into.support.push(n);
  for (const n of from.responsible) if (!into.responsible.includes(n)) into.responsible.push(n);
}

function tidy(d: Departments): Departments {
  const support = d.support.filter((n) => !d.lead.includes(n));
  return { lead: d.lead, support, responsible: d.responsible.filter((n) => !d.lead.includes(n) && !support.includes(n)) };
}

const compact = (s: string) => s.replace(/[\s。，、；：:.,“”"‘’（）()]/g, '');

/** The annex list row (Ezhou) whose measure text contains this measure's first sentence. */
function listRowFor(ctx: PlanDepartmentContext, text: string): AnnexRow | null {
  const key = compact(firstSentence(text).replace(/…$/, ''));
  if (key.length < 4) return null;
  const listRows = ctx.rows.filter((r) => !r.anchor.includes('-t'));
  const exact = listRows.find((r) => compact(r.text).includes(key));
  if (exact) return exact;
  // Lost characters: the sentence of a row that is nearly the same.
  let best: { row: AnnexRow; score: number } | null = null;
  for (const r of listRows) {
    for (const s of r.text.split(/[。，,]/)) {
      const score = similarity(key, s);
      if (score >= 0.75 && (!best || score > best.score)) best = { row: r, score };
    }
  }
  return best?.row ?? null;
}

/** The group or project a heading (or annex task) names: "youth", "project:digital", or null. */
function sectionKey(b: AnchoredBlock | string): string | null {
  const text = typeof b === 'string' ? b : b.kind === 'heading' ? b.text : '';
  const group = findEntries(GROUPS, text)[0];
  if (group) return group.key;
  const project = findEntries(PROJECTS, text)[0];
  return project ? `project:${project.key}` : null;
}

/** Departments of the section at blocks [index, end): per measure, and their union with section-level statements. */
export function sectionDepartments(blocks: readonly AnchoredBlock[], index: number, end: number): SectionDepartments {
  const ctx = departmentContext(blocks);
  const measures = measureBlocks(blocks, index, end);
  const inMeasure = new Set<number>();
  const items: MeasureDepartments[] = measures.map(({ index: at, end: stop }) => {
    for (let i = at; i < stop; i++) inMeasure.add(i);
    const b = blocks[at]!;
    const d = empty();
    let statedAt: string | null = null;
    for (let i = at; i < stop; i++) {
      const p = blocks[i]!;
      if (p.kind !== 'paragraph') continue;
      const found = parseResponsibility(p.text, ctx.vocabulary);
      if (found) {
        addAll(d, found);
        statedAt ??= p.id;
      }
    }
    const row = ctx.rowByHeading.get(b.id) ?? (measures.length === 1 ? ctx.rowByHeading.get(blocks[index]!.id) : undefined);
    if (row) {
      addAll(d, row.departments);
      statedAt ??= row.anchor;
    }
    if (!statedAt && b.kind === 'paragraph') {
      const listRow = listRowFor(ctx, b.text);
      if (listRow) {
        addAll(d, listRow.departments);
        statedAt = listRow.anchor;
      }
    }
    const text = b.kind === 'heading' ? b.text : b.kind === 'paragraph' ? firstSentence(b.text) : '';
    const number = b.kind === 'table' ? '' : (b.number ?? '');
    return { anchor: b.id, number, text, ...tidy(d), statedAt };
  });
  const section = empty();
  // Section-level statements (Shenzhen's 分工, Zhejiang's 责任单位 line) come first.
  for (let i = index; i < end; i++) {
    const p = blocks[i]!;
    if (inMeasure.has(i) || p.kind !== 'paragraph') continue;
    const found = parseResponsibility(p.text, ctx.vocabulary);
    if (found) addAll(section, found);
  }
  const own = ctx.rowByHeading.get(blocks[index]!.id);
  if (own) addAll(section, own.departments);
  for (const item of items) addAll(section, item);
  // Annex lines under this section's task that no measure of the body matched still name its departments.
  const key = sectionKey(blocks[index]!);
  if (key) {
    const used = new Set(items.map((i) => i.statedAt));
    for (const row of ctx.rows) if (row.under && !used.has(row.anchor) && sectionKey(row.under) === key) addAll(section, row.departments);
  }
  return { departments: tidy(section), items };
}

/** Union of the responsibility statements of a section (kept for callers that need only the union). */
export function extractDepartments(blocks: readonly AnchoredBlock[], index: number, end: number): Departments {
  return sectionDepartments(blocks, index, end).departments;
}
