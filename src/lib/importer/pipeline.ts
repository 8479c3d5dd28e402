import { createHash } from 'node:crypto';
import { GROUP_KEYS } from '../taxonomy';
import { planSchema, sourceMetaSchema, type PlanFrontmatter, type SourceMeta } from '../schema';
import { applyCorrections, parseCorrections } from './corrections';
import { classify, type AnchoredBlock } from './classify';
import { decode, toLines } from './decode';
import { emitMdx } from './emit';
import type { ImportMessage } from './messages';
import { readMetadata } from './metadata';
import { outline } from './outline';
import { repair } from './repair';
import { stripBoilerplate } from './strip';
import type { Furniture } from './types';
import { parseYamlFile, validate } from './yaml-file';

/** Everything the importer needs for one plan; no file system access happens past this point. */
export interface PlanInput {
  slug: string;
  /** Path of the source, for messages (e.g. content/sources/shenzhen-2022-2025.txt). */
  file: string;
  bytes: Uint8Array;
  corrections?: { file: string; text: string };
  meta?: { file: string; text: string };
}

export interface PlanOutput {
  slug: string;
  mdx: string;
  frontmatter: PlanFrontmatter;
  blocks: AnchoredBlock[];
  furniture: Furniture[];
  warnings: string[];
  /** What the stages could not settle or chose, with rule ids and source lines (see messages.ts). */
  messages: ImportMessage[];
}

/** decode → correct → strip boilerplate → repair text → outline → classify → extract metadata → emit MDX. */
export function importPlan(input: PlanInput): PlanOutput {
  const { file } = input;
  const decoded = decode(input.bytes, file);
  const corrections = input.corrections ? parseCorrections(input.corrections.text, input.corrections.file) : [];
  const corrected = applyCorrections(decoded.text, corrections, input.corrections?.file ?? file);
  const stripped = stripBoilerplate(toLines(corrected.text));
  const repaired = repair(stripped.lines, { joinBrokenLines: stripped.fromPdf, lineWidth: stripped.lineWidth });
  const { blocks, title, messages: outlineMessages } = outline(repaired.lines, file);
  const classified = classify(blocks);
  const meta = input.meta ? parseMeta(input.meta.text, input.meta.file) : {};
  const { frontmatter, messages: metadataMessages } = readMetadata({
    slug: input.slug,
    title,
    blocks: classified.blocks,
    groups: classified.groups,
    projects: classified.projects,
    mentions: classified.mentions,
    furniture: stripped.furniture,
    corrections: corrected.applied,
    meta,
    source: { file: file.split('/').pop()!, sha256: createHash('sha256').update(input.bytes).digest('hex'), encoding: decoded.encoding },
  });
  validate(frontmatter, file, planSchema, (path) => `frontmatter field ${path}`);
  const warnings = [...decoded.warnings];
  const missing = GROUP_KEYS.filter((k) => frontmatter.groups[k] === null);
  if (missing.length) warnings.push(`no section for group(s): ${missing.join(', ')}`);
  if (!frontmatter.documentNumber) warnings.push('no document number found');
  if (!frontmatter.issuer) warnings.push('no issuer found');
  const messages = [...stripped.messages, ...repaired.messages, ...outlineMessages, ...metadataMessages];
  return { slug: input.slug, mdx: emitMdx(frontmatter, classified.blocks), frontmatter, blocks: classified.blocks, furniture: stripped.furniture, warnings, messages };
}

function parseMeta(text: string, file: string): SourceMeta {
  return parseYamlFile(text, file, sourceMetaSchema, {}, (path) => `field ${path || '(root)'}`);
}

/** Slug of a source file name: the name without extension, lower-cased. */
export function slugOf(fileName: string): string {
  return fileName.replace(/\.txt$/i, '').toLowerCase();
}

export function oneLineReport(out: PlanOutput): string {
  const fm = out.frontmatter;
  const groups = Object.entries(fm.groups).filter(([, v]) => v).map(([k]) => k);
  const projects = Object.entries(fm.projects).filter(([, v]) => v).map(([k]) => k);
  const sections = fm.outline.length;
  const warn = out.warnings.length ? `; warnings: ${out.warnings.join('; ')}` : '';
  return `${out.slug}: ${fm.title} — ${sections} sections, groups ${groups.length}/5 [${groups.join(' ')}], projects ${projects.length} [${projects.join(' ')}], corrections ${fm.corrections.length}${warn}`;
}
