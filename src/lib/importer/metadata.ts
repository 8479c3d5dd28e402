import type { ProjectKey } from '../taxonomy';
import { levelOf as levelOfName, regionUnits, shortNameOf as shortNameOfUnit } from '../regions';
import { REGION_LEVELS, type PlanFrontmatter, type RegionLevel, type SourceMeta } from '../schema';
import type { AnchoredBlock, Classified } from './classify';
import type { SectionRefs } from './semantic/model';
import { bracketLabel } from './strip';
import type { ImportMessage } from './messages';
import { DATE_LINE, readDate } from './rules/meta/date';
import { literacyChoice, literacyLevels, LITERACY_SUBJECT } from './rules/meta/literacy';
import { regionParents } from './rules/meta/region-parents';
import { SIGNER_BODY } from './rules/meta/signer';
import { periodOf } from './rules/meta/title';
import { backgroundSection, pastResult, targetNumbers } from './rules/meta/targets';
import { indicatorTable } from './rules/meta/indicator-table';
import { toSimplifiedForMatching } from './text/fold';
import type { AppliedCorrection, Furniture } from './types';

/**
 * Stage "extract metadata": reads the facts of the plan from its text (and from the website
 * metadata block the strip stage removed), lets `<slug>.yaml` supply or override them, and
 * leaves null whatever neither states. Nothing here guesses a date, number or department.
 */

export interface MetadataInput {
  slug: string;
  title: string;
  blocks: readonly AnchoredBlock[];
  /** The topic sections' summaries (semantic/model.ts). */
  sections: SectionRefs;
  mentions: readonly (Classified<ProjectKey> & { lead: string })[];
  furniture: readonly Furniture[];
  corrections: readonly AppliedCorrection[];
  meta: SourceMeta;
  source: { file: string; sha256: string; encoding: string };
}

/** A document number: 国发〔2021〕9号, 穗南府[2022]7号, 国发﹝2021﹞9号, 國發〔2021〕9號. */
const DOC_NUMBER_FORM = '[\\u4e00-\\u9fff]{1,10}[〔［[﹝【（(]\\d{4}[〕］\\]﹞】）)]\\d{1,4}[号號]';
const DOC_NUMBER = new RegExp(DOC_NUMBER_FORM, 'g');
/** A line that is a document number and nothing else. */
const DOC_NUMBER_LINE = new RegExp(`^${DOC_NUMBER_FORM}$`);

/** A date in Arabic digits or Chinese numerals as YYYY-MM-DD; null when none or when no such day exists (rules meta/date-*). */
export function isoDate(text: string): string | null {
  return readDate(text);
}

/** Values of the website metadata block ("发布日期: 2022-02-14"), by label with spaces removed. */
export function metadataFields(furniture: readonly Furniture[]): Map<string, string> {
  const fields = new Map<string, string>();
  const bullets = furniture.filter((f) => f.rule === 'metadata-field').map((f) => bracketLabel(f.text.replace(/[\u00a0\u3000]/g, ' ').replace(/^\s*•\s*/, '').trim()));
  for (let i = 0; i < bullets.length; i++) {
    const text = bullets[i]!;
    // Labels are read on simplified characters (發布日期 → 发布日期); values are cut from the text as printed.
    const folded = toSimplifiedForMatching(text);
    // "label: value label: value" on one line, or a bare label followed by its value (bullet lists).
    const pairs = [...folded.matchAll(/([\u4e00-\u9fff](?:[\s]*[\u4e00-\u9fff]){1,6})\s*[:：]\s*(.*?)(?=\s+[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,6}\s*[:：]|$)/dg)];
    if (pairs.length) {
      for (const p of pairs) {
        const [start, end] = p.indices![2]!;
        setOnce(fields, p[1]!.replace(/\s/g, ''), text.slice(start, end).trim());
      }
    } else if (/^[\u4e00-\u9fff\s]{2,8}$/.test(text) && bullets[i + 1] !== undefined && !/^[\u4e00-\u9fff\s]{2,8}$/.test(bullets[i + 1]!)) {
      setOnce(fields, folded.replace(/\s/g, ''), bullets[++i]!.trim());
    }
  }
  return fields;
}

function setOnce(map: Map<string, string>, key: string, value: string) {
  if (value && !map.has(key)) map.set(key, value);
}

const text = (b: AnchoredBlock) => (b.kind === 'table' ? [...b.header, ...b.rows.flat()].join(' ') : b.text);


/** The metadata stage with what it could not settle: each null fact the text should state gets a message. */
export function readMetadata(input: MetadataInput): { frontmatter: PlanFrontmatter; messages: ImportMessage[] } {
  const { blocks, meta } = input;
  const messages: ImportMessage[] = [];
  const note = (ruleId: string, severity: ImportMessage['severity'], reason: string, line: number | null = null, anchor: string | null = null) =>
    messages.push({ ruleId, severity, line, anchor, reason });
  const fields = metadataFields(input.furniture);
  // A page's catalogue card printed as a table before the notice (索引号：… | 日期：2023-06-09): its cells are fields too.
  const noticeHeading = blocks.findIndex((b) => b.kind === 'heading' && b.role === 'notice');
  for (const b of blocks.slice(0, noticeHeading < 0 ? 0 : noticeHeading)) {
    if (b.kind !== 'table') continue;
    for (const cell of [...b.header, ...b.rows.flat()]) {
      const m = /^([\u4e00-\u9fff]{2,6})\s*[:：]\s*(\S.*)$/.exec(toSimplifiedForMatching(bracketLabel(cell.trim())));
      if (m && !fields.has(m[1]!)) fields.set(m[1]!, cell.trim().slice(cell.trim().length - m[2]!.length));
    }
  }
  const notice = blocks.filter((b) => b.part === 'notice' && b.kind === 'paragraph');
  const preambleEnd = blocks.findIndex((b) => b.part === 'body' && b.kind === 'heading' && b.number !== '');
  const preamble = blocks.slice(0, preambleEnd < 0 ? blocks.length : preambleEnd).filter((b) => b.part === 'body' && b.kind === 'paragraph');

  const signature = findSignature(notice.map(text));
  const period = periodOf(input.title);
  const preambleText = preamble.map(text).join('');
  const implementsDocs = implementedDocuments(preambleText, fields.get('文号') ?? fields.get('发文字号') ?? null);
  // A title that names no region (全民科学素质行动实施方案) takes the signer's (某县人民政府 → 某县).
  const titleNamesRegion = regionUnits(toSimplifiedForMatching(input.title).split(/全民|科学素质|公民科学素质/)[0] ?? '').length > 0;
  const signer = signature?.issuer ?? fields.get('发文机关') ?? null;
  const region = regionOf(titleNamesRegion || !signer ? input.title : `${signer.replace(/(人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室).*$/, '')}全民`, implementsDocs, meta, preamble.length ? preambleText : notice.map(text).join('')); // no preamble in the body: the plan starts at 一、 after the notice, whose text then says what it follows
  if (!titleNamesRegion && meta.region?.name === undefined) {
    note('meta/region', signer ? 'info' : 'warning', signer ? `the title names no region; region read from the signer ${signer}: ${region.name}` : 'the title names no region and there is no signer: set region in the plan’s YAML');
  }

  const documentNumber =
    meta.documentNumber ??
    fields.get('发文字号') ??
    fields.get('文号') ??
    notice.map(text).find((t) => DOC_NUMBER_LINE.test(t)) ??
    null;

  const printed = blocks.filter((b) => b.kind === 'paragraph').map(text).find((t) => /^\d{4}年\d{1,2}月\d{1,2}日印发$/.test(toSimplifiedForMatching(t)));
  const published = fields.get('发布日期') ?? fields.get('发布时间') ?? fields.get('日期') ?? fields.get('发文日期')
    // A label anywhere in the page's furniture: a toolbar line (信息来源：…　发布时间：2022-04-18 09:30　阅读次数…)
    // or the footer (发布日期：2021年12月20日　　浏览次数：1032).
    ?? input.furniture.map((f) => /发\s*布\s*(?:日\s*期|时\s*间)\s*[:：]\s*([^\s　]+)/.exec(toSimplifiedForMatching(f.text))?.[1]).find((d) => d !== undefined)
    // A news page's byline starts with its publication date (2023-05-12 08:45　来源：…).
    ?? input.furniture.find((f) => f.rule === 'news-byline' && /^\s*\d{4}[-年./]\d{1,2}[-月./]\d{1,2}/.test(f.text))?.text.trim().split(/\s/)[0]
    ?? null;
  const signedText = signature?.date ?? fields.get('成文日期') ?? null;
  const signedDate = meta.signedDate !== undefined ? meta.signedDate : signedText ? isoDate(signedText) : null;
  const publishedDate = meta.publishedDate !== undefined ? meta.publishedDate : published ? isoDate(published) : null;
  if (signature?.cosigners && meta.issuer === undefined) note('meta/signature', 'info', `issued jointly: issuer recorded as the first signatory ${signature.issuer}; co-signed by ${signature.cosigners.join('、')}`);
  const issuer = meta.issuer ?? signature?.issuer ?? fields.get('发文机关') ?? fields.get('发布机构') ?? null;
  const noticeLine = notice[0]?.line ?? null;
  if (signedText && !signedDate) note('meta/date-arabic', 'warning', `signature date "${signedText}" is not a valid date; signedDate left null`, signature?.line ?? null);
  if (!signedText && meta.signedDate === undefined) {
    note('meta/signature', 'warning', signature ? `no date under the signature "${signature.issuer}"; signedDate is null` : 'no signature (issuer and date) found in the notice; signedDate is null', signature?.line ?? noticeLine);
  }
  if (published && !publishedDate) note('meta/date-arabic', 'warning', `publication date "${published}" is not a valid date; publishedDate left null`);
  if (!signature && issuer && meta.issuer === undefined) note('meta/signature', 'warning', `no signature in the notice; issuer taken from the page metadata (${issuer}), which may be the web publisher`);
  if (!issuer) note('meta/signature', 'warning', 'no issuer: no signature in the notice and no 发文机关 in the page metadata', noticeLine);

  const body = blocks.filter((b) => b.part === 'body');
  const { literacyTarget, literacyBaseline } = literacyFigures(body, period, note);
  if (!period) note('meta/period', 'warning', `no period (YYYY—YYYY年) in the title "${input.title}"; literacy target and baseline not chosen`);

  const { groups, projects, extraGroups, departmentAliases } = input.sections;

  const frontmatter: PlanFrontmatter = {
    title: input.title,
    shortName: meta.shortName ?? shortNameOf(region.name),
    region,
    issuer,
    documentNumber,
    signedDate,
    publishedDate,
    printedDate: printed ? isoDate(printed) : null,
    period,
    literacyTarget,
    literacyBaseline,
    targets: numericTargets(blocks, period, note),
    implements: implementsDocs,
    groups,
    projects,
    extraGroups,
    projectMentions: projectMentions(blocks, input.mentions),
    outline: blocks
      .filter((b) => b.kind === 'heading')
      .map((b) => ({ id: b.id, depth: b.kind === 'heading' ? b.depth : 0, number: b.kind === 'heading' ? b.number : '', text: text(b), part: b.part })),
    departmentAliases,
    sourceUrl: meta.sourceUrl ?? null,
    // Only when the YAML sets it: the feed then falls back to the files' last commit (src/lib/share/feed.ts).
    ...(meta.updatedDate ? { updatedDate: meta.updatedDate } : {}),
    editorNotes: meta.editorNotes ?? [],
    titleEn: meta.titleEn ?? null,
    regionEn: meta.regionEn ?? null,
    source: input.source,
    corrections: input.corrections.map((c) => ({ original: c.original, replacement: c.replacement, reason: c.reason, line: c.line ?? null, count: c.count })),
  };
  if (!frontmatter.documentNumber) note('meta/document-number', 'info', 'no document number (…〔YYYY〕N号) in the notice or the page metadata');
  return { frontmatter, messages };
}

const ISSUER_BODY = SIGNER_BODY;
const SIGNATURE_DATE = '\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[〇○零Ｏ一二三四五六七八九]{4}\\s*年\\s*[一二三四五六七八九十]{1,3}\\s*月\\s*[一二三四五六七八九十]{1,4}\\s*日';
const ISSUER = new RegExp(`^(${ISSUER_BODY})(?:\\s*(${SIGNATURE_DATE}))?$`);
/** A seal line under a signature: （某区科学技术协会代章）. */
const SEAL_LINE = /^[（(][^（）()]{2,30}代章[)）]$/;
const JOINT = new RegExp(`^(${ISSUER_BODY})\\s*(${ISSUER_BODY})$`);

/**
 * The signature of the covering notice: the issuing body, then (same or next line) its date, in
 * Arabic digits or Chinese numerals (二〇二二年三月十日). Matched on simplified characters; the
 * issuer and date are cut from the lines as printed. `line` is the index in `lines` of the issuer.
 */
export function findSignature(lines: readonly string[]): { issuer: string; date: string | null; line?: number; cosigners?: string[] } | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const original = lines[i]!;
    const m = ISSUER.exec(toSimplifiedForMatching(original));
    if (!m) continue;
    const next = lines[i + 1];
    // A seal line may stand between the signer and the date: （某区科学技术协会代章）.
    const dateLine = next && SEAL_LINE.test(toSimplifiedForMatching(next.trim())) ? lines[i + 2] : next;
    const date = m[2] ? original.slice(original.length - m[2].length) : dateLine && DATE_LINE.test(toSimplifiedForMatching(dateLine)) ? dateLine : null;
    // A notice signed jointly prints its bodies side by side (某县科学技术协会　某县人民政府办公室):
    // the issuer is the first, which hosts the document (its 字号); the others are co-signers.
    const joint = JOINT.exec(m[1]!);
    if (joint) return { issuer: original.slice(0, joint[1]!.length), date, cosigners: [original.slice(joint[1]!.length, m[1]!.length)] };
    return { issuer: original.slice(0, m[1]!.length), date };
  }
  return null;
}

export { periodOf };

/** Higher-level documents named in the preamble: 《title》（number）. */
export function implementedDocuments(preamble: string, own: string | null): { documentNumber: string; title: string | null }[] {
  const out: { documentNumber: string; title: string | null }[] = [];
  for (const m of preamble.matchAll(DOC_NUMBER)) {
    const documentNumber = m[0];
    if (documentNumber === own || out.some((d) => d.documentNumber === documentNumber)) continue;
    const before = preamble.slice(0, m.index);
    const title = /《([^《》]+)》[^《》]{0,3}$/.exec(before)?.[1] ?? null;
    out.push({ documentNumber, title });
  }
  return out;
}

/** The level of a region printed in traditional or simplified characters (regions.ts on the simplified form). */
const levelOf = (printed: string) => levelOfName(toSimplifiedForMatching(printed));

export function regionOf(
  title: string,
  implementsDocs: readonly { title: string | null }[],
  meta: SourceMeta,
  preamble = '',
): PlanFrontmatter['region'] {
  // Units are found on simplified characters and cut from the title as printed (the fold keeps positions).
  const foldedPrefix = toSimplifiedForMatching(title).split(/全民|科学素质|公民科学素质/)[0] ?? '';
  const prefix = title.slice(0, foldedPrefix.length);
  const units = regionUnits(foldedPrefix).map((u) => title.slice(u.index, u.index + u.text.length));
  // The region is the last unit of the title (广州市南沙区 → 南沙区); the units before it are its parents.
  const name = meta.region?.name ?? (units.length ? units[units.length - 1]! : prefix);
  const last = units[units.length - 1] ?? name;
  const parents = new Set<string>(units.slice(0, -1));
  // The regions that issued the documents this plan implements are its parents (国务院 is not a region).
  for (const d of implementsDocs) {
    const issuerRegion = d.title?.match(/^([\u4e00-\u9fff]{1,8}?(?:自治区|省|市))(?:人民政府|全民|委|办公厅)/)?.[1];
    if (issuerRegion && issuerRegion !== name && issuerRegion !== last) parents.add(issuerRegion);
  }
  // The regions the preamble says the plan follows (按照湖南省、潭州市关于…) are its parents too.
  const foldedPreamble = toSimplifiedForMatching(preamble);
  for (const p of regionParents.apply({ preamble: foldedPreamble, own: toSimplifiedForMatching(name) }) ?? []) {
    const at = foldedPreamble.indexOf(p);
    parents.add(at >= 0 ? preamble.slice(at, at + p.length) : p);
  }
  const ordered = [...parents].sort((a, b) => rank(levelOf(a)) - rank(levelOf(b)));
  // A 市 under another 市 is a county-level city (县级市): its plan follows the prefecture's.
  const printedLevel = levelOf(last || name);
  const level = printedLevel === 'city' && ordered.some((p) => levelOf(p) === 'city') ? 'county' : printedLevel;
  return {
    name: name || prefix,
    level: meta.region?.level ?? level,
    parents: meta.region?.parents ?? ordered,
  };
}
const rank = (l: RegionLevel) => REGION_LEVELS.indexOf(l);

/** The short name of a region printed in either script: its last unit without the unit word (regions.ts). */
export function shortNameOf(regionName: string): string {
  const folded = toSimplifiedForMatching(regionName);
  const units = regionUnits(folded);
  const lastUnit = units[units.length - 1];
  const at = lastUnit ? lastUnit.index : 0;
  const last = lastUnit ? lastUnit.text : folded;
  const short = shortNameOfUnit(last);
  return regionName.slice(at, at + short.length);
}

/** Splits text into sentences at 。；！？ keeping the mark. */
export function sentences(paragraph: string): string[] {
  return paragraph.match(/[^。；！？]+[。；！？]?/g) ?? [];
}

type Note = (ruleId: string, severity: ImportMessage['severity'], reason: string, line?: number | null, anchor?: string | null) => void;

/** The literacy target (for the plan's end year) and baseline (latest level before the period), rules meta/literacy-*. */
function literacyFigures(body: readonly AnchoredBlock[], period: { from: number; to: number } | null, note: Note) {
  let literacyTarget: PlanFrontmatter['literacyTarget'] = null;
  let literacyBaseline: PlanFrontmatter['literacyBaseline'] = null;
  const found: { level: LiteracyLevelAt; sentence: string; anchor: string }[] = [];
  type LiteracyLevelAt = NonNullable<ReturnType<typeof literacyLevels.apply>>[number];
  for (const b of body) {
    if (b.kind !== 'paragraph') continue;
    for (const { sentence: s, read } of literacySentences(b.text)) {
      const levels = literacyLevels.apply(read);
      if (!levels) {
        if (LITERACY_SUBJECT.test(read) && /\d+(?:\.\d+)?\s*%/.test(s)) note(literacyLevels.id, 'warning', `a literacy sentence whose year or level could not be read: ${s}`, b.line, b.id);
        continue;
      }
      for (const level of levels) found.push({ level, sentence: s, anchor: b.id });
    }
  }
  const choice = literacyChoice.apply({ levels: found.map((f) => f.level), period });
  const at = (l: LiteracyLevelAt | null) => found.find((f) => f.level === l);
  const t = at(choice?.target ?? null);
  if (t) {
    literacyTarget = { year: t.level.year, percent: t.level.percent, comparator: t.level.comparator!, sentence: t.sentence, anchor: t.anchor };
  } else if (period && found.length) {
    note(literacyChoice.id, 'info', `no literacy level with a comparator for the end year ${period.to} (levels read: ${found.map((f) => `${f.level.year}/${f.level.percent}%`).join(', ')})`);
  }
  const base = at(choice?.baseline ?? null);
  if (base) literacyBaseline = { year: base.level.year, percent: base.level.percent, sentence: base.sentence, anchor: base.anchor };
  return { literacyTarget, literacyBaseline };
}

/**
 * The sentences of a paragraph, each with the text to read literacy levels from: a sentence that
 * continues a literacy sentence with a percentage of its own and no subject (…超过14%；到2035年，
 * 达到25%以上。) is read with the subject of the sentence before it. Simplified characters.
 */
function literacySentences(paragraph: string): { sentence: string; read: string; literacy: boolean }[] {
  let subject: string | null = null;
  return sentences(paragraph).map((sentence) => {
    const folded = toSimplifiedForMatching(sentence);
    const own = LITERACY_SUBJECT.exec(folded);
    if (own) {
      subject = own[0];
      return { sentence, read: folded, literacy: true };
    }
    if (subject && /\d+(?:\.\d+)?\s*%/.test(folded) && !/\d+(?:\.\d+)?\s*(?:余|多)?[个家所座名人支处场次项]/.test(folded)) {
      return { sentence, read: `${subject}${folded}`, literacy: true };
    }
    subject = null;
    return { sentence, read: folded, literacy: false };
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
function numericTargets(blocks: readonly AnchoredBlock[], period: { from: number; to: number } | null, note: Note): PlanFrontmatter['targets'] {
  const out: PlanFrontmatter['targets'] = [];
  const paths = sectionPaths(blocks);
  const firstChapter = blocks.findIndex((b) => b.part === 'body' && b.kind === 'heading' && b.number !== '');
  // An indicator table anywhere in the plan (正文 or 附件): its end-year column (rule meta/indicator-table).
  for (const b of blocks) {
    if (b.kind !== 'table' || b.part === 'notice' || !period) continue;
    for (const t of indicatorTable.apply({ header: b.header, rows: b.rows, year: period.to }) ?? []) {
      out.push({ sentence: t.row, anchor: b.id, year: period.to, value: t.value, unit: t.unit, comparator: t.comparator, measure: t.name });
    }
  }
  blocks.forEach((b, i) => {
    // A numbered item whose one sentence made it a heading（（2）…开展活动不少于30场。）is read too.
    const sentenceHeading = b.kind === 'heading' && /[。；]$/.test(b.text);
    if ((b.kind !== 'paragraph' && !sentenceHeading) || b.part !== 'body' || firstChapter < 0 || i < firstChapter) return;
    if (paths[i]!.some((h) => backgroundSection.apply(toSimplifiedForMatching(h)) !== null)) return;
    // A year named earlier in the paragraph (到2025年，A；B；C。) holds for its later sentences.
    let carried: number | null = null;
    for (const { sentence: s, read, literacy } of literacySentences(b.text)) {
      const folded = toSimplifiedForMatching(s);
      const own = [...folded.matchAll(/(?:到|至)\s*(20\d{2})\s*年/g)].at(-1);
      const year = carried;
      // An outlook beyond the period (到2035年) is not carried on to the period's targets.
      if (own && (!period || Number(own[1]) <= period.to)) carried = Number(own[1]);
      if (pastResult.apply(folded) !== null) continue;
      // A literacy clause is no other target; the clauses beside it in its sentence may be
      // (到2025年，…比例提升至10.5%，县级以上科普教育基地达到15个，…). Cut on the folded text, same length.
      let [rest, restPrinted] = [folded, s];
      if (literacy || LITERACY_SUBJECT.test(read)) {
        const kept = clausesWithout(folded, (c) => LITERACY_SUBJECT.test(c) || /具备科学素质|%|％/.test(c));
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
        if (paths[i]!.some((h) => /目标/.test(h)) && /\d+(?:\.\d+)?\s*(?:余|多)?[\u4e00-\u9fff%]/.test(s.replace(/(?:19|20)\d{2}\s*年/g, ''))) {
          note(targetNumbers.id, 'info', `a sentence of the targets section with a number no target was read from: ${s}`, b.line, b.id);
        }
        continue;
      }
      for (const t of found) out.push({ sentence: s, anchor: b.id, year: t.year ?? (t.perYear ? null : year), value: t.value, unit: t.unit, comparator: t.comparator, measure: t.measure });
    }
  });
  return out;
}


function projectMentions(blocks: readonly AnchoredBlock[], mentions: MetadataInput['mentions']): PlanFrontmatter['projectMentions'] {
  const out: PlanFrontmatter['projectMentions'] = {};
  for (const m of mentions) (out[m.key] ??= []).push({ text: m.lead, anchor: blocks[m.index]!.id });
  return out;
}
