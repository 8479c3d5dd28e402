import { noDepartments, noMeasures, annexRowUnmatched } from '../rules/sections/coverage';
import { placeholderName } from '../rules/names/placeholder';
import type { AnchoredBlock } from '../classify';
import type { MessageLog } from '../messages';
import { garbledRule } from '../rules/names/garbled';
import { firstListedConventionRule } from '../rules/responsibility/first-listed';
import { trailingParenthesis } from '../rules/responsibility/statement';
import { isResponsibilityLine, measureRanges, sectionExtent, type MeasureRange } from '../structure/sections';
import { numberValue } from '../structure/numbering';
import type { DepartmentRef } from '../../model/plan';
import { GROUPS, PROJECTS, findEntries } from '../../taxonomy';
import { tableRows, type AnnexRow } from './annex';
import { mergeRefs, readStatement, resolveStatement, settleRoles, vocabularyOf, type NameContext } from './responsibility';
import { toSimplifiedForMatching } from '../text/fold';
import { firstSentenceOf, measureTextRule } from '../rules/responsibility/measure-text';

/**
 * Who is responsible for each measure of each topic section: statements in the measure's own
 * paragraphs (rules/responsibility/), else the annex row that matches it, and statements that
 * stand for the whole section. Names that look garbled are withheld and reported.
 */

export interface TopicSection {
  index: number;
  /** "group:youth", "project:digital", "extra:妇女". */
  topic: string;
}

export interface AssignedMeasure extends MeasureRange {
  id: string;
  section: string;
  number: string;
  text: string;
  departments: DepartmentRef[];
  statedAt: string | null;
  /** The source line of the statement when it is finer than `statedAt`'s block (an annex table's row). */
  statedLine?: number;
  ruleId: string | null;
}

export interface AssignedSection {
  index: number;
  topic: string;
  measures: AssignedMeasure[];
  /** All departments of the section: its measures and section-level statements. */
  departments: DepartmentRef[];
  /** Characters of its measures' text, responsibility statements left out (comparable across plans). */
  chars: number;
}

/** Annex rows match a measure when their wordings are at least this similar (Dice over character bigrams). */
export const ROW_MATCH_THRESHOLD = 0.5;

/** A row names a whole section when its wording is this close to the section's heading (not just to one of its measures). */
export const SECTION_ROW_MATCH = 0.8;

/** A row this long (characters) that shares this share of its bigrams with a measure's paragraph quotes that measure. */
export const MIN_QUOTED_ROW = 12;
export const QUOTED_ROW_OVERLAP = 0.85;

/** Character bigrams' Dice coefficient, for wordings that lost or gained a few characters; `containment` divides by the shorter instead. */
export function similarity(a: string, b: string, containment = false): number {
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
  return containment ? common / Math.min(x.length, y.length) : (2 * common) / (x.length + y.length);
}

const compact = (s: string) => s.replace(/[\s。，、；：:.,“”"‘’（）()]/g, '');

/** The first sentence of a paragraph, without a trailing responsibility parenthesis. */
export function firstSentence(text: string): string {
  const sentence = firstSentenceOf(text);
  const s = measureTextRule.apply(sentence) ?? sentence;
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}

/** How well an annex row fits a measure: wording, then number and group as tie-breakers. */
function rowScore(row: AnnexRow, measureText: string, measureNumber: string, topic: string): number {
  const key = compact(measureText.replace(/…$/, ''));
  let score = similarity(row.text, measureText);
  if (key.length >= 6 && compact(row.text).includes(key)) score = Math.max(score, 0.9);
  // An annex row that quotes part of a measure's paragraph (not its first sentence).
  if (compact(row.text).length >= MIN_QUOTED_ROW && similarity(row.text, measureText, true) >= QUOTED_ROW_OVERLAP) score = Math.max(score, 0.8);
  if (score < ROW_MATCH_THRESHOLD) return 0;
  if (row.number && measureNumber && numberValue(row.number) === numberValue(measureNumber)) score += 0.1;
  if (row.under && topicOfText(row.under) === topic) score += 0.1;
  return score;
}

/** The topic a group line or task heading of an annex names, or null. */
export function topicOfText(text: string): string | null {
  const group = findEntries(GROUPS, text)[0];
  if (group) return `group:${group.key}`;
  const project = findEntries(PROJECTS, text)[0];
  return project ? `project:${project.key}` : null;
}

const textOf = (b: AnchoredBlock) => (b.kind === 'table' ? '' : b.text);

/**
 * Reads who is responsible on the text folded to simplified characters (a traditional-character
 * repost reads like the original), then gives names and measure texts back as printed.
 */
export function assignDepartments(printed: readonly AnchoredBlock[], topics: readonly TopicSection[], log: MessageLog): AssignedSection[] {
  const blocks = printed.map(foldBlock);
  const sections = readSections(blocks, topics, log);
  const unfold = unfolder(printed, blocks);
  for (const s of sections) {
    for (const m of s.measures) {
      const first = printed[m.start]!;
      m.text = first.kind === 'heading' ? (measureTextRule.apply(first.text) ?? first.text) : first.kind === 'paragraph' ? firstSentence(first.text) : '';
      m.departments = m.departments.map((d) => ({ ...d, name: unfold(d.name), written: unfold(d.written) }));
    }
    s.departments = s.departments.map((d) => ({ ...d, name: unfold(d.name), written: unfold(d.written) }));
  }
  return sections;
}

function foldBlock(b: AnchoredBlock): AnchoredBlock {
  if (b.kind === 'table') return { ...b, header: b.header.map(toSimplifiedForMatching), rows: b.rows.map((r) => r.map(toSimplifiedForMatching)) };
  return { ...b, text: toSimplifiedForMatching(b.text) };
}

/** A plan counts as printed in traditional characters when at least this share of its Han characters fold. */
export const TRADITIONAL_SHARE = 0.02;

/**
 * Simplified → the plan's printed characters, for names read on the folded text: a name is cut
 * from the printed text where its folded form occurs (the fold keeps positions), so a character
 * is never "unfolded" into a form the plan does not print there (制 vs 製). A name completed
 * from its list (市 + 科技局) is cut in parts. The identity for a plan printed in simplified
 * characters (a stray traditional character elsewhere must not change its names).
 */
function unfolder(printed: readonly AnchoredBlock[], folded: readonly AnchoredBlock[]): (name: string) => string {
  const texts = (bs: readonly AnchoredBlock[]) => bs.map((b) => (b.kind === 'table' ? [...b.header, ...b.rows.flat()].join('\n') : b.text)).join('\n');
  const original = texts(printed);
  const simplified = texts(folded);
  let han = 0;
  let changed = 0;
  for (let k = 0; k < original.length; k++) {
    if (/[\u3400-\u9fff]/.test(original[k]!)) han++;
    if (original[k] !== simplified[k]) changed++;
  }
  if (han === 0 || changed / han < TRADITIONAL_SHARE) return (name) => name;
  const cut = (part: string): string | null => {
    const at = simplified.indexOf(part);
    return at >= 0 ? original.slice(at, at + part.length) : null;
  };
  return (name) => {
    const whole = cut(name);
    if (whole !== null) return whole;
    // A prefix carried from the list (市, 市委) before a name as written.
    for (let k = 1; k < name.length; k++) {
      const head = cut(name.slice(0, k));
      const tail = cut(name.slice(k));
      if (head !== null && tail !== null) return head + tail;
    }
    return name;
  };
}

function readSections(blocks: readonly AnchoredBlock[], topics: readonly TopicSection[], log: MessageLog): AssignedSection[] {
  // The plan-wide convention that the first listed unit leads, stated in the notice or the plan.
  const convention = blocks.find((b) => b.kind === 'paragraph' && firstListedConventionRule.apply(b.text));
  if (convention) firstListedConventionRule.info(log, '全文约定“列第一位的为牵头单位”：责任单位名单的第一个单位记为牵头，其余记为配合', { line: convention.line, anchor: convention.id });
  const tableTexts = blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat() : []));
  const vocabulary = vocabularyOf(blocks.map(textOf));
  for (const cell of tableTexts) for (const piece of cell.split(/[、，,；;\s]+/)) if (piece.length >= 2 && piece.length <= 20) vocabulary.add(piece);
  const ctx: NameContext = { vocabulary, firstListedLeads: convention !== undefined };
  const rows = [...tableRows(blocks, ctx)];

  const sections: AssignedSection[] = topics.map(({ index, topic }) => {
    const heading = blocks[index]!;
    const ranges = measureRanges(blocks, index);
    const measures: AssignedMeasure[] = ranges.map((r) => {
      const first = blocks[r.start]!;
      const refs: DepartmentRef[] = [];
      let statedAt: string | null = null;
      let ruleId: string | null = null;
      for (let i = r.start; i < r.end; i++) {
        const p = blocks[i]!;
        // A measure's heading may carry its statement: 1.加强科学教育（责任单位：市教育局）.
        if (p.kind === 'table' || (p.kind === 'heading' && i !== r.start)) continue;
        const found = readStatement(p.text);
        if (!found) continue;
        refs.push(...resolveStatement(found.statement, ctx));
        statedAt ??= p.id;
        ruleId ??= found.ruleId;
      }
      const text = first.kind === 'heading' ? (measureTextRule.apply(first.text) ?? first.text) : first.kind === 'paragraph' ? firstSentence(first.text) : '';
      const number = first.kind === 'table' ? '' : (first.number ?? '');
      return { ...r, id: first.id, section: heading.id, number, text, departments: settleRoles(mergeRefs(refs)), statedAt, ruleId };
    });
    return { index, topic, measures, departments: [], chars: 0 };
  });

  // Rows that name a whole section (a table of one row per group or project: 青少年科学素质提升行动 | A | B)
  // belong to that section, not to one of its measures.
  const sectionRows = new Map<AnnexRow, AssignedSection>();
  for (const row of rows) {
    const topic = topicOfText(row.text);
    const section = topic ? sections.find((x) => x.topic === topic) : undefined;
    const heading = section ? blocks[section.index]! : undefined;
    if (!section || heading?.kind !== 'heading') continue;
    const toSection = similarity(row.text, heading.text);
    // A measure worded like its section (实施基层科普服务能力提升工程 under 基层科普能力提升工程) keeps its row.
    const toMeasure = Math.max(0, ...section.measures.map((m) => similarity(row.text, m.text)));
    if (toSection >= SECTION_ROW_MATCH && toSection > toMeasure) sectionRows.set(row, section);
  }
  // Annex rows → measures that state nothing themselves: best wording first, each used once.
  const open = sections.flatMap((s) => s.measures.filter((m) => !m.statedAt).map((m) => ({ m, topic: s.topic })));
  const pairs: { row: AnnexRow; m: AssignedMeasure; score: number }[] = [];
  for (const row of rows) for (const { m, topic } of sectionRows.has(row) ? [] : open) {
    const score = Math.max(rowScore(row, m.text, m.number, topic), blocks[m.start]?.kind === 'paragraph' ? rowScore(row, textOf(blocks[m.start]!), m.number, topic) : 0);
    if (score > 0) pairs.push({ row, m, score });
  }
  pairs.sort((a, b) => b.score - a.score);
  const usedRows = new Set<AnnexRow>();
  for (const { row, m } of pairs) {
    if (usedRows.has(row) || m.statedAt) continue;
    usedRows.add(row);
    m.departments = mergeRefs(row.refs);
    m.statedAt = row.anchor;
    m.statedLine = row.line;
    m.ruleId = row.ruleId;
  }

  for (const s of sections) {
    const inMeasure = new Set<number>();
    for (const m of s.measures) for (let i = m.start; i < m.end; i++) inMeasure.add(i);
    const heading = blocks[s.index]!;
    const { end } = sectionExtent(blocks, s.index);
    const sectionRefs: DepartmentRef[] = [];
    for (let i = s.index; i < end; i++) {
      const p = blocks[i]!;
      // The section's own heading may carry the statement: （一）青少年科学素质提升行动（牵头单位：…）.
      if (inMeasure.has(i) || p.kind === 'table' || (p.kind === 'heading' && i !== s.index)) continue;
      const found = readStatement(p.text);
      if (found) sectionRefs.push(...resolveStatement(found.statement, ctx));
    }
    for (const [row, section] of sectionRows) if (section === s && !usedRows.has(row)) {
      usedRows.add(row);
      sectionRefs.push(...row.refs);
    }
    // Annex rows under this section's group line that no measure took still name its units.
    for (const row of rows) if (!usedRows.has(row) && row.under && topicOfText(row.under) === s.topic) {
      usedRows.add(row);
      sectionRefs.push(...row.refs);
    }
    s.departments = mergeRefs([...settleRoles(sectionRefs), ...s.measures.flatMap((m) => m.departments)]);
    s.chars = s.measures.reduce((n, m) => n + measureChars(blocks, m), 0);
    const count = { heading: heading.kind === 'heading' ? heading.number + heading.text : '', measures: s.measures.length, departments: s.departments.length };
    const where = { line: heading.line, anchor: heading.id };
    if (noMeasures.apply(count) !== null) noMeasures.warn(log, `“${count.heading}”一节没有可计的措施（既无编号条目，也无正文段落）`, where);
    if (noDepartments.apply(count) !== null) noDepartments.warn(log, `“${count.heading}”一节没有找到责任单位（正文和附件分工表都没有可读的分工）`, where);
  }
  for (const row of rows) {
    const unmatched = annexRowUnmatched.apply({ taken: usedRows.has(row), under: row.under ?? null, underTopic: row.under ? topicOfText(row.under) : null });
    if (unmatched === null) continue;
    const where = { line: row.line, anchor: row.anchor };
    // A row under a heading that names no group or project (组织实施, 保障措施) is about the plan's administration.
    if (unmatched === 'administration') annexRowUnmatched.info(log, `附件分工表“${row.under}”下的“${row.text.slice(0, 30)}”一行不属于重点人群或重点工程，未计入`, where);
    else annexRowUnmatched.warn(log, `附件分工表的“${row.text.slice(0, 30)}”一行对不上正文的任何措施，未计入`, where);
  }

  withholdGarbled(sections, blocks, log);
  return sections;
}


/** Characters of a measure's text without its responsibility statements. */
function measureChars(blocks: readonly AnchoredBlock[], m: MeasureRange): number {
  let n = 0;
  for (let i = m.start; i < m.end; i++) {
    const b = blocks[i]!;
    if (b.kind === 'table') continue;
    if (b.kind === 'paragraph' && isResponsibilityLine(b.text)) continue;
    const statement = b.kind === 'paragraph' && readStatement(b.text) ? trailingParenthesis(b.text) : null;
    n += b.text.length - (statement !== null ? statement.length + 2 : 0);
  }
  return n;
}

/** Names that look garbled are taken out of every list, with a message naming where they stand. */
function withholdGarbled(sections: readonly AssignedSection[], blocks: readonly AnchoredBlock[], log: MessageLog): void {
  // Every occurrence, so that a slip written once stands out against the name written often.
  const known: string[] = [];
  for (const s of sections) for (const m of s.measures) for (const d of m.departments) known.push(d.name);
  for (const s of sections) for (const d of s.departments) if (!s.measures.some((m) => m.departments.some((x) => x.name === d.name))) known.push(d.name);
  const reasons = new Map<string, string>();
  for (const name of new Set(known)) {
    const reason = garbledRule.apply({ name, known });
    if (reason) reasons.set(name, reason);
  }
  if (!reasons.size) return;
  const lineOf = (anchor: string | null) => blocks.find((b) => b.id === anchor)?.line ?? null;
  const reported = new Set<string>();
  for (const s of sections) {
    for (const m of s.measures) {
      for (const d of m.departments) {
        const reason = reasons.get(d.name);
        if (reason && !reported.has(`${d.name}@${m.statedAt}`)) {
          reported.add(`${d.name}@${m.statedAt}`);
          report(log, d.name, reason, { line: m.statedLine ?? lineOf(m.statedAt), anchor: m.statedAt });
        }
      }
      m.departments = m.departments.filter((d) => !reasons.has(d.name));
    }
    const left = s.departments.filter((d) => reasons.has(d.name) && !s.measures.some((m) => reported.has(`${d.name}@${m.statedAt}`)));
    for (const d of left) report(log, d.name, reasons.get(d.name)!, { line: blocks[s.index]!.line, anchor: blocks[s.index]!.id });
    s.departments = s.departments.filter((d) => !reasons.has(d.name));
  }
}

/** A placeholder (其他成员单位) is no department: noted as info; a garbled name is a warning to settle by a correction. */
function report(log: MessageLog, name: string, reason: string, where: { line: number | null; anchor: string | null }): void {
  if (placeholderName.apply(name) !== null) placeholderName.info(log, `${reason}，未列为单位`, where);
  else garbledRule.warn(log, `${reason}；未公布，请用校勘记更正`, where);
}
