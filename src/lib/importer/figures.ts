import type { ZodTypeAny } from 'zod';
import { planSchema, targetSchema, type PlanFrontmatter } from '../schema';
import type { AnchoredBlock } from './classify';
import type { ImportMessage } from './messages';
import { literacyChoice, literacyLevels, LITERACY_SUBJECT } from './rules/meta/literacy';
import { backgroundSection, otherRateClause, pastResult, targetNumbers } from './rules/meta/targets';
import { indicatorTable } from './rules/meta/indicator-table';
import { figureRange, type Figure } from './rules/meta/figure-range';
import { parentRegionFigure, regionWordsOf, type OtherRegionFigure } from './rules/meta/parent-region';
import { toSimplifiedForMatching } from './text/fold';

/**
 * The plan's figures: the literacy target and baseline (rules meta/literacy-*) and the other
 * numeric targets (meta/target-numbers, meta/indicator-table), read from the body's sentences and
 * tables. Part of the metadata stage (metadata.ts assembles them into the frontmatter).
 */

/** Splits text into sentences at 。；！？ keeping the mark. */
export function sentences(paragraph: string): string[] {
  return paragraph.match(/[^。；！？]+[。；！？]?/g) ?? [];
}

export type Note = (ruleId: string, severity: ImportMessage['severity'], reason: string, line?: number | null, anchor?: string | null) => void;

/** The plan's own region, as the frontmatter names it: whose figures are the plan's (rule meta/parent-region-figure). */
export interface OwnRegionInput {
  name: string;
  parents: readonly string[];
}

/**
 * A sentence with the figures of other regions (rule meta/parent-region-figure) taken out: their
 * digits are replaced, same length, so that no later rule reads them and positions stay those of
 * the sentence as printed. `continued`: for a sentence that continues a literacy sentence, the
 * region whose figure that one ended with (null: a survey the plan says it did not take); undefined
 * when the sentence continues none or the plan's own figure.
 */
function withoutOtherRegions(read: string, own: OwnRegionInput | null, continued: string | null | undefined): { text: string; others: OtherRegionFigure[] } {
  let others: OtherRegionFigure[] = [];
  const region = own ? { name: toSimplifiedForMatching(own.name), parents: own.parents.map(toSimplifiedForMatching) } : null;
  // A continuing sentence that names no region of its own (…为9.87%；到2025年，达到12%) speaks of the region before it.
  if (region && continued !== undefined && regionWordsOf(read, region).length === 0) {
    others = [...read.matchAll(/\d+(?:\.\d+)?(?=\s*[%％])/g)].map((m) => ({ at: m.index!, figure: `${m[0]}%`, region: continued }));
  } else if (region) {
    others = parentRegionFigure.apply({ sentence: read, own: region }) ?? [];
  }
  let text = read;
  for (const o of others) {
    const digits = /^[\d.]+/.exec(o.figure)![0];
    text = text.slice(0, o.at) + OTHER_REGION_MASK.repeat(digits.length) + text.slice(o.at + digits.length);
  }
  return { text, others };
}
/** Stands for a digit of another region's figure: no number pattern matches it. */
const OTHER_REGION_MASK = '＃';

const whose = (o: OtherRegionFigure) => (o.region ? `${o.figure}（${o.region}）` : `${o.figure}（本地未单独调查）`);

/**
 * A figure the rule meta/figure-range refuses, or the schema would (a safety net: the thresholds
 * sit inside the schema's bounds, so this second check should never be the one that speaks),
 * is reported at its source line; the caller leaves the field empty.
 */
function refused(figure: Figure, value: unknown, schema: ZodTypeAny, where: { line: number | null; anchor: string | null; sentence: string }, note: Note, what: string): boolean {
  const reason = figureRange.apply(figure);
  if (reason) {
    note(figureRange.id, 'warning', `${reason}; ${what} left empty: ${where.sentence}`, where.line, where.anchor);
    return true;
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    note(figureRange.id, 'warning', `${issue.path.join('.') || 'value'}: ${issue.message}; ${what} left empty: ${where.sentence}`, where.line, where.anchor);
    return true;
  }
  return false;
}

/**
 * The literacy target (for the plan's end year) and baseline (latest level before the period),
 * rules meta/literacy-*: the plan's own levels only (meta/parent-region-figure), each within
 * what a share can be (meta/figure-range; a chosen level outside it leaves the field empty, the
 * next level is not taken in its place: it would be another fact than the one the plan states).
 */
export function literacyFigures(body: readonly AnchoredBlock[], period: { from: number; to: number } | null, note: Note, own: OwnRegionInput | null = null) {
  let literacyTarget: PlanFrontmatter['literacyTarget'] = null;
  let literacyBaseline: PlanFrontmatter['literacyBaseline'] = null;
  const found: { level: LiteracyLevelAt; sentence: string; anchor: string; line: number | null }[] = [];
  type LiteracyLevelAt = NonNullable<ReturnType<typeof literacyLevels.apply>>[number];
  for (const b of body) {
    if (b.kind !== 'paragraph') continue;
    // The region of another's figure, carried to the sentence that continues it (全市…为9.87%；到2025年，达到12%).
    let carried: string | null | undefined;
    for (const { sentence: s, read, continued } of literacySentences(b.text)) {
      const { text, others } = withoutOtherRegions(read, own, continued ? carried : undefined);
      const lastPercent = [...read.matchAll(/\d+(?:\.\d+)?\s*[%％]/g)].at(-1);
      const lastOther = lastPercent ? others.find((o) => o.at === lastPercent.index) : undefined;
      carried = lastOther ? lastOther.region : undefined;
      const shown = others.filter((o) => o.figure.endsWith('%'));
      if (shown.length) note(parentRegionFigure.id, 'info', `another region's figure, not the plan's own: ${shown.map(whose).join('、')} in ${s}`, b.line, b.id);
      const levels = literacyLevels.apply(text);
      if (!levels) {
        if (LITERACY_SUBJECT.test(text) && /\d+(?:\.\d+)?\s*%/.test(text)) note(literacyLevels.id, 'warning', `a literacy sentence whose year or level could not be read: ${s}`, b.line, b.id);
        continue;
      }
      for (const level of levels) found.push({ level, sentence: s, anchor: b.id, line: b.line });
    }
  }
  // Every level outside what a share can be is reported, chosen or not: the text has a misprint there.
  const implausible = new Set(found.filter((f) => figureRange.apply({ kind: 'literacy', year: f.level.year, percent: f.level.percent }) !== null));
  const choice = literacyChoice.apply({ levels: found.map((f) => f.level), period });
  const at = (l: LiteracyLevelAt | null) => found.find((f) => f.level === l);
  const t = at(choice?.target ?? null);
  const base = at(choice?.baseline ?? null);
  for (const f of found) {
    if (!implausible.has(f) || f === t || f === base) continue;
    note(figureRange.id, 'warning', `${figureRange.apply({ kind: 'literacy', year: f.level.year, percent: f.level.percent })}; not read as a level: ${f.sentence}`, f.line, f.anchor);
  }
  if (t) {
    const value = { year: t.level.year, percent: t.level.percent, comparator: t.level.comparator!, sentence: t.sentence, anchor: t.anchor };
    if (!refused({ kind: 'literacy', year: value.year, percent: value.percent }, value, planSchema.shape.literacyTarget, t, note, 'literacyTarget')) literacyTarget = value;
  } else if (period && found.length) {
    note(literacyChoice.id, 'info', `no literacy level with a comparator for the end year ${period.to} (levels read: ${found.map((f) => `${f.level.year}/${f.level.percent}%`).join(', ')})`);
  }
  if (base) {
    const value = { year: base.level.year, percent: base.level.percent, sentence: base.sentence, anchor: base.anchor };
    if (!refused({ kind: 'literacy', year: value.year, percent: value.percent }, value, planSchema.shape.literacyBaseline, base, note, 'literacyBaseline')) literacyBaseline = value;
  }
  return { literacyTarget, literacyBaseline };
}

/**
 * The sentences of a paragraph, each with the text to read literacy levels from: a sentence that
 * continues a literacy sentence with a percentage of its own and no subject (…超过14%；到2035年，
 * 达到25%以上。) is read with the subject of the sentence before it. Simplified characters.
 */
function literacySentences(paragraph: string): { sentence: string; read: string; literacy: boolean; continued: boolean }[] {
  let subject: string | null = null;
  return sentences(paragraph).map((sentence) => {
    const folded = toSimplifiedForMatching(sentence);
    const own = LITERACY_SUBJECT.exec(folded);
    if (own) {
      subject = own[0];
      return { sentence, read: folded, literacy: true, continued: false };
    }
    if (subject && /\d+(?:\.\d+)?\s*%/.test(folded) && !/\d+(?:\.\d+)?\s*(?:余|多)?[个家所座名人支处场次项]/.test(folded)) {
      return { sentence, read: `${subject}${folded}`, literacy: true, continued: true };
    }
    subject = null;
    return { sentence, read: folded, literacy: false, continued: false };
  });
}

/** The heading texts above each block (its section path), to tell a background section from the targets. */
function sectionPaths(blocks: readonly AnchoredBlock[]): string[][] {
  const out: string[][] = [];
  let path: { depth: number; text: string }[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') {
      if (b.role) path = [];
      else path = [...path.filter((p) => p.depth < b.depth), { depth: b.depth, text: b.text }];
    }
    out.push(path.map((p) => p.text));
  }
  return out;
}

/** [start, end) ranges of the clauses (split after ，；) that `drop` does not reject, keeping a leading 到20XX年. */
function clausesWithout(text: string, drop: (clause: string) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !/[，；,;]/.test(text[i]!)) continue;
    const end = Math.min(i + 1, text.length);
    const clause = text.slice(start, end);
    if (/^(?:到|至)\s*20\d{2}\s*年[，,]?$/.test(clause) || !drop(clause)) out.push([start, end]);
    start = end;
  }
  return out;
}

/**
 * Other numeric targets (rule meta/target-numbers) from the body's sections after the preamble:
 * not the notice, the annex, the preamble or a background section (meta/background-section), and
 * not sentences reporting past results (meta/past-result).
 */
export function numericTargets(blocks: readonly AnchoredBlock[], period: { from: number; to: number } | null, note: Note, ownRegion: OwnRegionInput | null = null): PlanFrontmatter['targets'] {
  const out: PlanFrontmatter['targets'] = [];
  // Each target within what it can mean (rule meta/figure-range) and the schema, else reported at its line and left out.
  const push = (t: PlanFrontmatter['targets'][number], line: number | null) => {
    if (!refused({ kind: 'target', year: t.year, value: t.value, unit: t.unit, measure: t.measure, period }, t, targetSchema, { line, anchor: t.anchor, sentence: t.sentence }, note, 'target')) out.push(t);
  };
  const paths = sectionPaths(blocks);
  const firstChapter = blocks.findIndex((b) => b.part === 'body' && b.kind === 'heading' && b.number !== '');
  // An indicator table anywhere in the plan (正文 or 附件): its end-year column (rule meta/indicator-table).
  for (const b of blocks) {
    if (b.kind !== 'table' || b.part === 'notice' || !period) continue;
    for (const t of indicatorTable.apply({ header: b.header, rows: b.rows, year: period.to }) ?? []) {
      push({ sentence: t.row, anchor: b.id, year: period.to, value: t.value, unit: t.unit, comparator: t.comparator, measure: t.name }, b.line);
    }
  }
  blocks.forEach((b, i) => {
    // A numbered item whose one sentence made it a heading（（2）…开展活动不少于30场。）is read too.
    // So is one whose sentence ended in a responsibility statement split off it (structure/heading-statement:
    // the statement is the next block, from the same source line, and took the full stop with it).
    const statementSplit = blocks[i + 1]?.kind === 'paragraph' && blocks[i + 1]!.line === b.line;
    const sentenceHeading = b.kind === 'heading' && (/[。；]$/.test(b.text) || statementSplit);
    if ((b.kind !== 'paragraph' && !sentenceHeading) || b.part !== 'body' || firstChapter < 0 || i < firstChapter) return;
    if (paths[i]!.some((h) => backgroundSection.apply(toSimplifiedForMatching(h)) !== null)) return;
    // A year named earlier in the paragraph (到2025年，A；B；C。) holds for its later sentences.
    let carried: number | null = null;
    for (const { sentence: s, read, literacy } of literacySentences(b.text)) {
      // Another region's figures (按照全市…建成80个的部署) are no targets of the plan (rule meta/parent-region-figure);
      // a literacy sentence's percentages are reported by literacyFigures.
      const { text: folded, others } = withoutOtherRegions(toSimplifiedForMatching(s), ownRegion, undefined);
      const reported = others.filter((o) => !o.figure.endsWith('%') || !LITERACY_SUBJECT.test(read));
      if (reported.length) note(parentRegionFigure.id, 'info', `another region's figure, not the plan's target: ${reported.map(whose).join('、')} in ${s}`, b.line, b.id);
      const own = [...folded.matchAll(/(?:到|至)\s*(20\d{2})\s*年/g)].at(-1);
      const year = carried;
      // An outlook beyond the period (到2035年) is not carried on to the period's targets.
      if (own && (!period || Number(own[1]) <= period.to)) carried = Number(own[1]);
      if (pastResult.apply(folded) !== null) continue;
      // A literacy clause is no other target; the clauses beside it in its sentence may be
      // (到2025年，…比例提升至10.5%，县级以上科普教育基地达到15个，…覆盖率达到90%). Cut on the folded text, same length.
      let [rest, restPrinted] = [folded, s];
      if (literacy || LITERACY_SUBJECT.test(read)) {
        // A percentage clause naming a rate of its own (覆盖率达到90%) stays: rule meta/other-rate-clause.
        const kept = clausesWithout(folded, (c) => LITERACY_SUBJECT.test(c) || /具备科学素质/.test(c) || (/%|％/.test(c) && otherRateClause.apply(c) === null));
        rest = kept.map(([a, b]) => folded.slice(a, b)).join('');
        restPrinted = kept.map(([a, b]) => s.slice(a, b)).join('');
        if (!/\d/.test(rest.replace(/(?:19|20)\d{2}\s*年/g, ""))) continue;
      }
      // Read on simplified characters (個 → 个); the measure is cut from the sentence as printed (same length).
      const found = targetNumbers.apply(rest)?.map((t) => {
        const at = rest.indexOf(t.measure);
        if (at < 0) return t;
        // The unit as printed too (個, 場), found after the measure's start.
        const u = rest.indexOf(t.unit, at);
        return { ...t, measure: restPrinted.slice(at, at + t.measure.length), unit: u >= 0 ? restPrinted.slice(u, u + t.unit.length) : t.unit };
      });
      if (!found) {
        // A goal sentence with a number the rule could not read is reported, not dropped silently.
        if (paths[i]!.some((h) => /目标/.test(h)) && /\d+(?:\.\d+)?\s*(?:余|多)?[\u4e00-\u9fff%]/.test(folded.replace(/(?:19|20)\d{2}\s*年/g, ''))) {
          note(targetNumbers.id, 'info', `a sentence of the targets section with a number no target was read from: ${s}`, b.line, b.id);
        }
        continue;
      }
      for (const t of found) push({ sentence: s, anchor: b.id, year: t.year ?? (t.perYear ? null : year), value: t.value, unit: t.unit, comparator: t.comparator, measure: t.measure }, b.line);
    }
  });
  return out;
}

