import type { ProjectKey } from '../taxonomy';
import { levelOf as levelOfName, regionUnits, shortNameOf as shortNameOfUnit } from '../regions';
import { REGION_LEVELS, type PlanFrontmatter, type RegionLevel, type SourceMeta } from '../schema';
import type { AnchoredBlock, Classified } from './classify';
import type { SectionRefs } from './semantic/model';
import { MessageLog, type ImportMessage } from './messages';
import type { Note } from './figures';
import { dateArabic, DATE_YMD, dateLostCentury, hasLostCentury, readDate } from './rules/meta/date';
import { DOC_NUMBER, documentNumberForm, documentNumberNewsLead, implementedDocuments, numberYear, standardNumber, writtenDocumentNumber } from './rules/meta/document-number';
import { headerFact, headerFields } from './rules/meta/header-fields';
import { headerIssuer, issuerFromNewsLead, issuerFromNoticeTitle } from './rules/meta/issuer';
import { regionLevelFromAddressees } from './rules/meta/region-level';
import { regionParents } from './rules/meta/region-parents';
import { noticeClosingDate, signature as signatureRule } from './rules/meta/signer';
import { regionFromIssuer } from './rules/meta/region-from-issuer';
import { regionFromTable } from './rules/meta/region-table';
import { PUBLISHED_HEADER_LABELS, publishedDate as publishedDateRule } from './rules/meta/published-date';
import { metadataField } from './rules/strip/page-furniture';
import { officialUrl } from './rules/meta/official-url';
import { periodOf, SALUTATION, titlePeriod } from './rules/meta/title';
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
  source: PlanFrontmatter['source'];
  /** The address the source file itself records (formats/types.ts `url`), or null. */
  recordedUrl?: string | null;
}

/** How many paragraphs of a page without a title line may be its news lead (the lead, and a second paragraph a headline may push it to). */
export const NEWS_LEAD_PARAGRAPHS = 2;

/** A date in Arabic digits or Chinese numerals as YYYY-MM-DD; null when none or when no such day exists (rules meta/date-*). */
export function isoDate(text: string): string | null {
  return readDate(text);
}

/** Values of the page header the strip stage removed (rule meta/header-fields), by label with spaces removed. */
export function metadataFields(furniture: readonly Furniture[]): Map<string, string> {
  return new Map(Object.entries(headerFields.apply(furniture.filter((f) => f.rule === metadataField.name).map((f) => f.text)) ?? {}));
}

/** A line that says when the document was printed: 2022年3月10日印发. */
const PRINTED = new RegExp(`^(?:${DATE_YMD})印发$`);

const text = (b: AnchoredBlock) => (b.kind === 'table' ? [...b.header, ...b.rows.flat()].join(' ') : b.text);


/** The metadata stage with what it could not settle: each null fact the text should state gets a message. */
export function readMetadata(input: MetadataInput): { frontmatter: PlanFrontmatter; messages: ImportMessage[] } {
  const { blocks, meta } = input;
  const log = new MessageLog();
  // figures.ts (literacy figures and targets) still reports through a callback with its rules' ids.
  const note: Note = (ruleId, severity, reason, line = null, anchor = null) => log.add(ruleId, severity, reason, { line, anchor });
  const fields = metadataFields(input.furniture);
  // A page's catalogue card printed as a table before the notice (索引号：… | 日期：2023-06-09): its cells are fields too.
  const noticeHeadingAt = blocks.findIndex((b) => b.kind === 'heading' && b.role === 'notice');
  const cardCells = blocks.slice(0, noticeHeadingAt < 0 ? 0 : noticeHeadingAt).flatMap((b) => (b.kind === 'table' ? [...b.header, ...b.rows.flat()] : []));
  for (const [label, value] of Object.entries(headerFields.apply(cardCells) ?? {})) if (!fields.has(label)) fields.set(label, value);
  const card = Object.fromEntries(fields);
  const notice = blocks.filter((b) => b.part === 'notice' && b.kind === 'paragraph');
  const noticeLines = notice.map(text);
  const noticeLine = notice[0]?.line ?? null;
  const preambleEnd = blocks.findIndex((b) => b.part === 'body' && b.kind === 'heading' && b.number !== '');
  const preamble = blocks.slice(0, preambleEnd < 0 ? blocks.length : preambleEnd).filter((b) => b.part === 'body' && b.kind === 'paragraph');
  const preambleText = preamble.map(text).join('');
  const period = periodOf(input.title);

  // A news report's lead stands above the title; on a page whose title was read from a headline's 《》
  // (no title line, meta/title-from-mention) it is one of the first paragraphs of the text.
  const titleAt = blocks.findIndex((b) => b.kind === 'heading' && b.role === 'title');
  const leadBlocks = titleAt >= 0 ? blocks.slice(0, titleAt).filter((b) => b.kind === 'paragraph') : blocks.filter((b) => b.kind === 'paragraph').slice(0, NEWS_LEAD_PARAGRAPHS);

  // The document number: the header's, else the line under the notice title, else the number a news
  // lead gives after the plan it says was issued; published in its standard form.
  const noticeNumber = writtenDocumentNumber.apply({ header: headerFact(card, 'number'), noticeLines });
  const leadNumber = leadBlocks.map((b) => documentNumberNewsLead.apply({ paragraph: toSimplifiedForMatching(text(b)), title: toSimplifiedForMatching(input.title) })).find((n) => n !== null) ?? null;
  const writtenNumber = noticeNumber ?? leadNumber;
  if (meta.documentNumber === undefined && !noticeNumber && leadNumber) documentNumberNewsLead.info(log, `document number from the news report's lead, after the plan it names: ${leadNumber}`);
  const documentNumber = meta.documentNumber ?? (writtenNumber ? standardNumber(writtenNumber) : null);
  if (meta.documentNumber === undefined && writtenNumber && documentNumberForm.apply(writtenNumber)) {
    documentNumberForm.info(log, `document number written ${writtenNumber}; published in the standard form ${documentNumber}`);
  }
  const implementsDocs = implementedDocuments(preambleText, documentNumber);
  const writtenCitations = [...preambleText.matchAll(DOC_NUMBER)].map((m) => m[0]).filter((n) => documentNumberForm.apply(n));
  if (writtenCitations.length) documentNumberForm.info(log, `cited numbers written ${[...new Set(writtenCitations)].join('、')}; published in the standard form`);

  // Who issues the notice (rules/meta/issuer.ts): its signer, else the body its title names, else a news
  // lead's, else a header's issuer field — never the website's publisher (发布机构, 来源).
  const signature = signatureRule.apply(noticeLines);
  if (signature?.cosigners && meta.issuer === undefined) signatureRule.info(log, `issued jointly: issuer recorded as the first signatory ${signature.issuer}; co-signed by ${signature.cosigners.join('、')}`);
  const noticeTitle = noticeHeadingAt >= 0 ? text(blocks[noticeHeadingAt]!) : (headerFact(card, 'title') ?? '');
  const titled = signature ? null : issuerFromNoticeTitle.apply(noticeTitle);
  const lead = signature || titled ? null : (leadBlocks.map((b) => issuerFromNewsLead.apply(text(b))).find((i) => i !== null) ?? null);
  const headerBody = signature || titled || lead ? null : headerIssuer.apply(headerFact(card, 'issuer') ?? '');
  const issuer = meta.issuer ?? signature?.issuer ?? titled?.issuer ?? lead ?? headerBody ?? null;
  if (meta.issuer === undefined && !signature) {
    if (titled) issuerFromNoticeTitle.info(log, titled.completed ? `no signer; issuer from the notice title, its region added from the same title: ${titled.issuer}` : `no signer; issuer from the notice title: ${titled.issuer}`, { line: noticeLine });
    else if (lead) issuerFromNewsLead.info(log, `no notice; issuer from the news report's lead: ${lead}`);
    else if (headerBody) headerIssuer.info(log, `no signer; issuer from the page header's issuer field: ${headerBody}`);
    else signatureRule.warn(log, 'no issuer: no signer, no issuing body in a notice title or news lead, no issuer field in the page header (a 发布机构 or 来源 is the web publisher)', { line: noticeLine });
  }

  // A title that names no region (全民科学素质行动实施方案) takes the issuer's (某县人民政府 → 某县).
  const fromIssuer = regionFromIssuer.apply({ title: input.title, issuer });
  const { region, byTable } = readRegion(fromIssuer?.from === 'issuer' ? fromIssuer.text : input.title, implementsDocs, meta, preamble.length ? preambleText : noticeLines.join(''), log); // no preamble in the body: the plan starts at 一、 after the notice, whose text then says what it follows
  if (fromIssuer && meta.region?.name === undefined) {
    regionFromIssuer.report(log, issuer ? 'info' : 'warning', issuer ? `the title names no region; region read from the issuer ${issuer}: ${region.name}` : 'the title names no region and there is no issuer: set region in the plan’s YAML');
  }
  const salutation = noticeLines.find((t) => SALUTATION.test(t.trim()));
  // The addressees tell a county-level city only for a 市 the division table lacks (rule meta/region-table settles the rest).
  if (meta.region?.level === undefined && !byTable && region.level === 'city' && salutation && regionLevelFromAddressees.apply({ name: toSimplifiedForMatching(region.name), salutation: toSimplifiedForMatching(salutation) })) {
    region.level = 'county';
    regionLevelFromAddressees.info(log, `${region.name} read as a county-level city: its notice addresses townships (${salutation.trim()})`);
  }

  // Dates: signed under the signature (or closing a notice without one), else the header's 成文日期;
  // published: the header's 发布日期, else a label in the page's furniture, else a news byline.
  const closing = signature ? null : noticeClosingDate.apply(noticeLines);
  if (closing) noticeClosingDate.info(log, `the notice closes with a date and no signer: signed ${closing.date}`, { line: notice[closing.index]?.line ?? null });
  const signedText = signature?.date ?? closing?.date ?? headerFact(card, 'signedDate');
  let signedDate = meta.signedDate !== undefined ? meta.signedDate : signedText ? isoDate(signedText) : null;
  if (meta.signedDate === undefined && signedText && !signedDate && hasLostCentury(signedText)) {
    signedDate = dateLostCentury.apply({ text: signedText, knownYear: numberYear(documentNumber) });
    dateLostCentury.report(log, signedDate ? 'info' : 'warning', signedDate
      ? `signature date "${signedText}" lost the first digits of its year; read as ${signedDate}, the year settled by the document number ${documentNumber}`
      : `signature date "${signedText}" lost the first digits of its year and no document number settles it; signedDate left null`);
  } else if (signedText && !signedDate && meta.signedDate === undefined) dateArabic.warn(log, `signature date "${signedText}" is not a valid date; signedDate left null`, { line: signature?.line ?? null });
  if (!signedText && meta.signedDate === undefined) {
    signatureRule.warn(log, signature ? `no date under the signature "${signature.issuer}"; signedDate is null` : 'no signature (issuer and date) found in the notice; signedDate is null', { line: signature?.line ?? noticeLine });
  }
  const printed = blocks.filter((b) => b.kind === 'paragraph').map(text).find((t) => PRINTED.test(toSimplifiedForMatching(t)));
  const published = publishedDateRule.apply({ header: headerFact(card, 'publishedDate', PUBLISHED_HEADER_LABELS), furniture: input.furniture });
  const publishedDate = meta.publishedDate !== undefined ? meta.publishedDate : published ? isoDate(published) : null;
  if (published && !publishedDate) dateArabic.warn(log, `publication date "${published}" is not a valid date; publishedDate left null`);

  const body = blocks.filter((b) => b.part === 'body');
  const { literacyTarget, literacyBaseline } = literacyFigures(body, period, note, region);
  if (!period) titlePeriod.warn(log, `no period (YYYY—YYYY年) in the title "${input.title}"; literacy target and baseline not chosen`);

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
    // The YAML's address always wins; else the file's own address when it is the publisher's (meta/official-url).
    sourceUrl: meta.sourceUrl !== undefined ? meta.sourceUrl : input.recordedUrl ? officialUrl.apply(input.recordedUrl) : null,
    // Only when the YAML sets it: the feed then falls back to the files' last commit (src/lib/share/feed.ts).
    ...(meta.updatedDate ? { updatedDate: meta.updatedDate } : {}),
    editorNotes: meta.editorNotes ?? [],
    titleEn: meta.titleEn ?? null,
    regionEn: meta.regionEn ?? null,
    source: input.source,
    corrections: input.corrections.map((c) => ({ original: c.original, replacement: c.replacement, reason: c.reason, line: c.line ?? null, count: c.count })),
  };
  if (!frontmatter.documentNumber) writtenDocumentNumber.info(log, 'no document number (…〔YYYY〕N号) in the notice or the page metadata');
  return { frontmatter, messages: log.messages };
}

export { periodOf };
export { findSignature } from './rules/meta/signer';
export { implementedDocuments } from './rules/meta/document-number';
export { sentences } from './figures';

/** The level of a region printed in traditional or simplified characters (regions.ts on the simplified form). */
const levelOf = (printed: string) => levelOfName(toSimplifiedForMatching(printed));

export function regionOf(
  title: string,
  implementsDocs: readonly { title: string | null }[],
  meta: SourceMeta,
  preamble = '',
): PlanFrontmatter['region'] {
  return readRegion(title, implementsDocs, meta, preamble).region;
}

/**
 * The plan's region read from its text (title units, the documents it implements, the regions its
 * preamble follows), then checked against the administrative-division table (rule meta/region-table):
 * its level and parents come from the table when the table holds the name once among units that fit
 * the parents the text names. `byTable` says the table settled the level.
 */
function readRegion(
  title: string,
  implementsDocs: readonly { title: string | null }[],
  meta: SourceMeta,
  preamble = '',
  log: MessageLog = new MessageLog(),
): { region: PlanFrontmatter['region']; byTable: boolean } {
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
  const textReading = { name: name || prefix, level: meta.region?.level ?? level, parents: meta.region?.parents ?? ordered };
  if (meta.region?.level !== undefined && meta.region?.parents !== undefined) return { region: textReading, byTable: false };
  const own = toSimplifiedForMatching(textReading.name);
  const table = regionFromTable.apply({ name: own, parents: ordered.map(toSimplifiedForMatching) });
  if (!table) return { region: textReading, byTable: false };
  if (table.kind !== 'settled') {
    regionFromTable.info(log, table.kind === 'ambiguous'
      ? `${textReading.name} names more than one unit of the division table (${table.where.join('、')}) and the text names no parent that settles it; level and parents read from the text`
      : `the division table's ${textReading.name} (${table.where.join('、')}) is not under the parents the text names (${ordered.join('、')}); level and parents read from the text`);
    return { region: textReading, byTable: false };
  }
  // Parents as the text prints them where it names them (traditional characters stay), else the table's names.
  const printedParent = (p: string) => ordered.find((o) => toSimplifiedForMatching(o) === p) ?? p;
  const region = { name: textReading.name, level: meta.region?.level ?? table.level, parents: meta.region?.parents ?? table.parents.map(printedParent) };
  const changed = [region.level !== textReading.level ? `level ${region.level}, not ${textReading.level} as its unit word reads` : null, region.parents.join() !== textReading.parents.join() ? `parents ${region.parents.join('、') || '(none)'}${textReading.parents.length ? ` (the text: ${textReading.parents.join('、')})` : ''}` : null].filter((c) => c !== null);
  if (changed.length) regionFromTable.info(log, `${region.name} in the division table (GB/T 2260): ${changed.join('; ')}`);
  return { region, byTable: true };
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
