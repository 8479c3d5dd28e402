import type { ProjectKey } from '../taxonomy';
import { levelOf as levelOfName, regionUnits, shortNameOf as shortNameOfUnit } from '../regions';
import { REGION_LEVELS, type PlanFrontmatter, type RegionLevel, type SourceMeta } from '../schema';
import type { AnchoredBlock, Classified } from './classify';
import type { SectionRefs } from './semantic/model';
import { bracketLabel } from './strip';
import type { ImportMessage } from './messages';
import { DATE_LINE, readDate } from './rules/meta/date';
import { regionParents } from './rules/meta/region-parents';
import { SIGNER_BODY } from './rules/meta/signer';
import { periodOf } from './rules/meta/title';
import { literacyFigures, numericTargets } from './figures';
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
  const { literacyTarget, literacyBaseline } = literacyFigures(body, period, note, region);
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
    targets: numericTargets(blocks, period, note, region),
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
export { sentences } from './figures';

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


function projectMentions(blocks: readonly AnchoredBlock[], mentions: MetadataInput['mentions']): PlanFrontmatter['projectMentions'] {
  const out: PlanFrontmatter['projectMentions'] = {};
  for (const m of mentions) (out[m.key] ??= []).push({ text: m.lead, anchor: blocks[m.index]!.id });
  return out;
}
