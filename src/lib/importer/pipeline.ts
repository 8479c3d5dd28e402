import { createHash } from 'node:crypto';
import { GROUP_KEYS, groupByKey } from '../taxonomy';
import { planModelSchema, type PlanModel } from '../model/plan';
import { MessageLog, messageLine, type ImportMessage } from './messages';
import { assignDepartments } from './semantic/assign';
import { reportUnresolvedKinds } from './semantic/kinds';
import { buildModel, sectionRefs, topicSections } from './semantic/model';
import { planSchema, sourceMetaSchema, type PlanFrontmatter, type SourceMeta } from '../schema';
import { applyCorrections, parseCorrections } from './corrections';
import { classify, type AnchoredBlock } from './classify';
import { decode, toLines } from './decode';
import { emitMdx } from './emit';
import { readPreviousAnchors, resolveAliases } from './aliases';
import { readMetadata } from './metadata';
import { outline } from './outline';
import { repair } from './repair';
import { stripBoilerplate } from './strip';
import type { AppliedCorrection, Furniture, SourceLine } from './types';
import { htmlRemnants } from './rules/text/html-remnants';
import { truncated } from './rules/text/truncated';
import { refuseAttachmentOnly, traceLine, truncation, withoutControlChars } from './damaged-text';
import { gb18030Text } from './rules/text/gb18030';
import { groupAbsent } from './rules/topics/placement';
import { publishedDate } from './rules/meta/published-date';
import { literacyChoice } from './rules/meta/literacy';
import { figureRange } from './rules/meta/figure-range';
import { parseYamlFile, validate } from './yaml-file';
import { ImportError } from './types';
import type { Attachment, FormatMessage, SourceFormat } from './formats/types';
// The light modules only: the readers (pdf.js, mammoth, Readability) load when a source needs them, not with the pipeline.
import { formatOf } from './formats/types';
import { unreadableFormat } from './rules/formats/refused';
import { officialUrl } from './rules/meta/official-url';

/** Everything the importer needs for one plan; no file system access happens past this point. */
export interface PlanInput {
  slug: string;
  /** Path of the source, for messages (e.g. content/sources/shenzhen-2022-2025.txt). */
  file: string;
  bytes: Uint8Array;
  corrections?: { file: string; text: string };
  meta?: { file: string; text: string };
  /**
   * What was published before, so that no published id is lost when the reading changes
   * (importer/aliases.ts): the ids the anchors manifest records for this plan, and the previous
   * model as committed (content/models/<slug>.json), which gives each id's source line.
   */
  previous?: { published: readonly string[]; model?: { file: string; text: string } };
  /**
   * A source that is not plain text (a page, PDF or Word file): the file as obtained, which a
   * format reader (formats/) has turned into `bytes`, its derived text. The plan records the
   * original's name, format and sha256; the reader's messages join the plan's report.
   */
  original?: OriginalSource;
}

export interface OriginalSource {
  /** Path of the file as obtained (content/sources/<slug>.<ext>). */
  file: string;
  format: SourceFormat;
  /** Of the file's bytes as obtained. */
  sha256: string;
  /** The address the file records (a saved page's), or null. */
  url: string | null;
  /** The encoding the reader decoded the file's text from, when it is a text format (formats/types.ts). */
  encoding?: string;
  attachments: readonly Attachment[];
  messages: readonly FormatMessage[];
}

export interface PlanOutput {
  slug: string;
  mdx: string;
  frontmatter: PlanFrontmatter;
  blocks: AnchoredBlock[];
  furniture: Furniture[];
  /** Messages that are not info, one line each (rule id, source line, reason). */
  warnings: string[];
  /** The plan model every consumer reads (content/models/<slug>.json). */
  model: PlanModel;
  messages: ImportMessage[];
}

/** decode → correct → strip boilerplate → repair text → outline → classify → extract metadata → emit MDX. */
/**
 * The first two stages, decode → apply the listed corrections: the text every later stage reads.
 * Exported so that whatever reuses a plan's text (the build benchmark's synthetic plans) reads the
 * same corrected text the importer does, through this one path.
 */
export function correctedText(input: Pick<PlanInput, 'file' | 'bytes' | 'corrections'>): { text: string; decoded: ReturnType<typeof decode>; applied: AppliedCorrection[] } {
  const decoded = decode(input.bytes, input.file);
  const corrections = input.corrections ? parseCorrections(input.corrections.text, input.corrections.file) : [];
  const corrected = applyCorrections(decoded.text, corrections, input.corrections?.file ?? input.file);
  return { text: corrected.text, decoded, applied: corrected.applied };
}

export function importPlan(input: PlanInput): PlanOutput {
  const { file } = input;
  // A page, PDF or Word file reaches the pipeline as its derived text (run.ts derivedInput), never as bytes to decode.
  const format = formatOf(file);
  if (!input.original && ((format !== null && format !== 'txt') || unreadableFormat.apply({ file }) !== null)) {
    throw new ImportError(file, 'not plain text: read it with its format reader first (derivedInput in importer/run.ts)');
  }
  const { decoded, ...corrected } = correctedText(input);
  const { lines: webLines, count: htmlLines } = withoutHtmlRemnants(toLines(corrected.text));
  // Control characters and bidi overrides go before anything reads the text (title, furniture, metadata).
  const controls = withoutControlChars(webLines);
  const stripped = stripBoilerplate(controls.lines);
  const repaired = repair(stripped.lines, { joinBrokenLines: stripped.fromPdf, lineWidth: stripped.lineWidth });
  // Before the outline, which would refuse a notice without a plan for want of a title.
  refuseAttachmentOnly(controls.lines, repaired.lines, file);
  const { blocks, title, messages: outlineMessages } = outline(repaired.lines, file);
  const meta = input.meta ? parseMeta(input.meta.text, input.meta.file) : {};
  const log = new MessageLog();
  if (htmlLines) htmlRemnants.info(log, `${htmlLines} line(s) carried HTML character references or <br> tags from the web page; decoded`);
  for (const m of [...controls.messages, ...stripped.messages, ...repaired.messages, ...outlineMessages]) log.messages.push(m);
  const classified = classify(blocks, { settled: meta.topics, log });
  const topics = topicSections(classified);
  const assigned = assignDepartments(classified.blocks, topics, log);
  reportUnresolvedKinds(assigned, classified.blocks, log);
  const sections = sectionRefs(classified.blocks, classified, assigned);
  const { frontmatter, messages: metadataMessages } = readMetadata({
    slug: input.slug,
    title,
    blocks: classified.blocks,
    sections,
    mentions: classified.mentions,
    furniture: stripped.furniture,
    corrections: corrected.applied,
    meta,
    source: {
      file: (input.original?.file ?? file).split('/').pop()!,
      sha256: input.original?.sha256 ?? createHash('sha256').update(input.bytes).digest('hex'),
      // The file's own: a page's charset as read, a PDF's or Word file's format (their text is characters, not bytes).
      encoding: input.original ? (input.original.encoding ?? input.original.format) : decoded.encoding,
      format: input.original?.format ?? 'txt',
      obtainedFrom: meta.obtainedFrom !== undefined ? meta.obtainedFrom : (input.original?.url ?? null),
      obtainedDate: meta.obtainedDate ?? null,
    },
    recordedUrl: input.original?.url ?? null,
  });
  for (const m of input.original?.messages ?? []) log.add(m.ruleId, m.severity, m.reason, { line: m.line ?? null });
  const recorded = input.original?.url;
  if (recorded && meta.sourceUrl === undefined && officialUrl.apply(recorded) === null) {
    officialUrl.info(log, `the file records the address ${recorded}, not on a government host: recorded as where the text was taken from (source.obtainedFrom), not offered as 原文; if it is the publisher's own site, write it as sourceUrl in the plan's YAML`);
  }
  // A text that stops short is published as such (rule text/truncated): the page says so.
  const stop = truncation(classified.blocks);
  if (stop) {
    frontmatter.incomplete = stop;
    truncated.warn(log, `the text stops short (${stop.reasons.join(', ')}): it ends at line ${stop.line}; published with a notice that the text is incomplete — obtain the whole text and replace the source`, { line: stop.line });
  }
  // A value the schema refuses fails this plan alone (run.ts), named with the source line it came from where that can be traced.
  const lineOf = traceLine(webLines);
  validate(frontmatter, file, planSchema, (path) => `frontmatter field ${path}`, lineOf);
  for (const w of decoded.warnings) gb18030Text.warn(log, w);
  log.messages.push(...metadataMessages);
  const found = GROUP_KEYS.filter((k) => frontmatter.groups[k] !== null);
  for (const { key, confirmed } of groupAbsent.apply({ found, absent: meta.absent ?? [] }) ?? []) {
    if (confirmed) groupAbsent.info(log, `本方案没有“${groupByKey(key).zh}”一节（已在 YAML 中确认）`);
    else groupAbsent.warn(log, `没有找到“${groupByKey(key).zh}”一节；若确无此节，请在 YAML 的 absent 中确认，若标题措辞不同，请在 topics 中认定`);
  }
  // Facts left null are said so in the report, never silently (the page shows them as 未载明), by the rule that reads them.
  // A figure refused as implausible (meta/figure-range) is named as such rather than as not found.
  const refused = log.messages.some((m) => m.ruleId === figureRange.id) ? '（或所读数值不可信，见 meta/figure-range）' : '';
  if (frontmatter.publishedDate === null) publishedDate.info(log, '文本没有载明发布日期，记为未载明');
  if (frontmatter.literacyTarget === null) literacyChoice.info(log, `没有找到实施期末公民具备科学素质比例的目标${refused}，记为未载明`);
  if (frontmatter.literacyBaseline === null) literacyChoice.info(log, `没有找到实施期前的公民科学素质水平${refused}，记为未载明`);
  // Published ids this reading no longer produces point at the block or row now holding their line.
  const furnitureLines = new Set(stripped.furniture.map((f) => f.line));
  const lastLine = webLines.at(-1)?.line ?? 0;
  const previous = readPreviousAnchors(input.previous?.published ?? [], input.previous?.model, log);
  const aliases = resolveAliases(classified.blocks, previous, (l) => l <= lastLine && !furnitureLines.has(l), log);
  const model = validate(buildModel(input.slug, frontmatter, classified.blocks, topics, assigned, log.messages, aliases), file, planModelSchema, (path) => `plan model field ${path}`, lineOf);
  const warnings = log.messages.filter((m) => m.severity !== 'info').map((m) => `${m.ruleId}${m.line ? `@${m.line}` : ''}: ${m.reason}`);
  return { slug: input.slug, mdx: emitMdx(frontmatter, classified.blocks, aliases), frontmatter, model, blocks: classified.blocks, furniture: stripped.furniture, warnings, messages: log.messages };
}

function parseMeta(text: string, file: string): SourceMeta {
  return parseYamlFile(text, file, sourceMetaSchema, {}, (path) => `field ${path || '(root)'}`);
}

/** Lines with HTML remnants decoded (rules/text/html-remnants.ts); a <br> splits a line into lines of the same source line number. */
function withoutHtmlRemnants(lines: readonly SourceLine[]): { lines: SourceLine[]; count: number } {
  let count = 0;
  const out = lines.flatMap((l) => {
    const decoded = htmlRemnants.apply(l.text);
    if (decoded === null) return [l];
    count++;
    return decoded.split('\n').map((text) => ({ line: l.line, text }));
  });
  return { lines: out, count };
}

/** Slug of a source file name: the name without extension, lower-cased. */
export function slugOf(fileName: string): string {
  return fileName.replace(/\.[^./]+$/, '').toLowerCase();
}

export function oneLineReport(out: PlanOutput): string {
  const fm = out.frontmatter;
  const groups = Object.entries(fm.groups).filter(([, v]) => v).map(([k]) => k);
  const projects = Object.entries(fm.projects).filter(([, v]) => v).map(([k]) => k);
  const count = (s: string) => out.messages.filter((m) => m.severity === s).length;
  const head = `${out.slug}: ${fm.title} — ${out.model.sections.length} sections, ${out.model.measures.length} measures, groups ${groups.length}/5 [${groups.join(' ')}]${fm.extraGroups.length ? ` + ${fm.extraGroups.map((e) => e.name).join(' ')}` : ''}, projects ${projects.length} [${projects.join(' ')}], corrections ${fm.corrections.length}; ${count('warning')} warnings, ${count('info')} notes (content/reports/${out.slug}.md)`;
  return [head, ...out.messages.filter((m) => m.severity !== 'info').map((m) => `  ${m.severity}: ${messageLine(m)}`)].join('\n');
}
