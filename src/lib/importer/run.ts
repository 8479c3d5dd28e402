import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { MODELS_DIR, serializeModel } from '../model/files';
import { planReport } from './report';
import { addLineageMessages } from '../lineage/messages';

/** Where import writes each plan's report. */
export const REPORTS_DIR = 'content/reports';
import { importPlan, oneLineReport, slugOf, type PlanInput, type PlanOutput } from './pipeline';
import { formatOf, readSource, sha256, unreadableFormatOf } from './formats';
import { FORMAT_EXTENSIONS, SOURCE_FORMATS } from './formats/types';
import { ImportError } from './types';
import type { Severity } from './messages';
import { ANCHORS_MANIFEST, mergeManifest, parseManifest, serializeManifest } from './anchors';

/**
 * The file-system side of `npm run import`: finds the sources, runs the pure pipeline on each,
 * and either writes content/plans/<slug>.mdx, its model and report (each plan's files whole or
 * not at all, each plan on its own: one that fails keeps its previous files and is listed) and
 * removes those of plans whose source is gone, or, with --check, reports each file whose committed
 * text differs from what import would write, each file import would remove and each plan that fails.
 */

export interface RunOptions {
  root: string;
  check: boolean;
  log: (line: string) => void;
}

/** A message about a file of the project rather than a line of a plan (content/sources, stale output). */
export interface FileMessage {
  ruleId: string;
  severity: Severity;
  /** Path relative to the project root. */
  file: string;
  reason: string;
}

export function fileMessageLine(m: FileMessage): string {
  return `${m.severity}: ${m.file} · ${m.ruleId} · ${m.reason}`;
}

export interface RunResult {
  ok: boolean;
  /** The plans imported (and, without --check, written). */
  outputs: PlanOutput[];
  /** One line each, `file[:line]: reason`: sources that could not be read and plans that failed. */
  errors: string[];
  /** Files whose committed text differs from what import would write (with --check). */
  stale: string[];
  /** Files import wrote for a plan whose source is gone: removed by import, listed by --check. */
  orphans: string[];
  /** Warnings and notes about files (not plans): what in content/sources is not read, what was removed. */
  messages: FileMessage[];
}

const SOURCES_DIR = 'content/sources';
/** Every extension read as a source, for messages. */
const SOURCE_EXTENSIONS = SOURCE_FORMATS.flatMap((f) => FORMAT_EXTENSIONS[f]);
/** A source's file name: its slug becomes /plans/<slug>/. */
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Whether `path` is `dir` or inside it (both absolute and resolved). */
function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

type Entry = { kind: 'file'; path: string } | { kind: 'problem'; reason: string };

/**
 * What a name in content/sources is, without ever reading outside the project: a symbolic link
 * is resolved (realpath, which reads no file) and refused when it leads outside the project, when
 * nothing is there, or when it leads to something that is not a file.
 */
function inspect(root: string, dir: string, name: string): Entry {
  const path = join(dir, name);
  try {
    const own = lstatSync(path);
    let target = path;
    if (own.isSymbolicLink()) {
      const link = readlinkSync(path);
      try {
        target = realpathSync(path);
      } catch {
        return { kind: 'problem', reason: `a symbolic link to ${link}, where there is no file (a dangling link); replace it with the file itself` };
      }
      if (!isInside(realpathSync(root), target)) {
        return { kind: 'problem', reason: `a symbolic link to ${target}, outside the project; refused, not followed (copy the file into ${SOURCES_DIR} instead)` };
      }
    }
    const stat = own.isSymbolicLink() ? statSync(target) : own;
    if (stat.isDirectory()) return { kind: 'problem', reason: `a directory${target === path ? '' : ` (by a link to ${relative(root, target)})`}, not a file; a source is one file, <slug>.<ext>` };
    if (!stat.isFile()) return { kind: 'problem', reason: 'not a regular file (a device, socket or pipe); a source is one file, <slug>.<ext>' };
    return { kind: 'file', path: target };
  } catch (e) {
    return { kind: 'problem', reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
}

/**
 * The sources in content/sources: `<slug>.txt` and its optional `<slug>.yaml`. Every other name is
 * said in a warning (a `.md`, `.text` or extensionless file is a plan someone meant to add, or
 * clutter), never skipped in silence; only hidden files (.gitkeep, .DS_Store) are passed over.
 */
export function collectInputs(root: string): { inputs: Parameters<typeof importPlan>[0][]; errors: string[]; messages: FileMessage[] } {
  const sourcesDir = join(root, SOURCES_DIR);
  const errors: string[] = [];
  const messages: FileMessage[] = [];
  let names: string[];
  try {
    names = readdirSync(sourcesDir).sort();
  } catch (e) {
    return { inputs: [], errors: [`${SOURCES_DIR}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); import runs in the project's root`], messages };
  }
  const isSource = (f: string) => !f.startsWith('.') && (formatOf(f) !== null || unreadableFormatOf(f) !== null);
  const files = names.filter(isSource);
  const slugs = new Set(files.map(slugOf));
  for (const name of names) {
    if (name.startsWith('.') || isSource(name)) continue;
    const file = `${SOURCES_DIR}/${name}`;
    const yaml = /^(.*)\.ya?ml$/i.exec(name);
    if (yaml && slugs.has(yaml[1]!.toLowerCase())) {
      if (!name.endsWith('.yaml')) messages.push({ ruleId: 'sources/not-a-source', severity: 'warning', file, reason: `not read: a plan's facts are read from ${SOURCES_DIR}/${yaml[1]!.toLowerCase()}.yaml (rename it)` });
      continue;
    }
    const reason = yaml
      ? `not read: no ${SOURCES_DIR}/${yaml[1]}.txt beside it, and a .yaml here only adds facts to the plan of that name`
      : `not read: only <slug>.<${SOURCE_EXTENSIONS.join('|')}> files are sources${/\.(text|md|markdown|rtf|xml)$/i.test(name) || !name.includes('.') ? `; if it is a plan's text, save it as ${SOURCES_DIR}/${name.replace(/\.[^.]*$/, '').toLowerCase()}.txt (UTF-8 or GB18030 plain text), or add the page, PDF or Word file as published` : ''}`;
    messages.push({ ruleId: 'sources/not-a-source', severity: 'warning', file, reason });
  }
  const bySlug = new Map<string, string>();
  const duplicated = new Set<string>();
  const inputs = [];
  const manifest = existsSync(join(root, ANCHORS_MANIFEST)) ? parseManifest(readFileSync(join(root, ANCHORS_MANIFEST), 'utf8')) : {};
  for (const name of files) {
    const slug = slugOf(name);
    const file = `${SOURCES_DIR}/${name}`;
    if (!SLUG.test(slug)) {
      errors.push(`${file}: the file name must be a slug of a–z, 0–9 and hyphens (it becomes /plans/<slug>/)`);
      continue;
    }
    const other = bySlug.get(slug);
    if (other) {
      // Neither is imported: which of the two is the plan is not the importer's to guess.
      errors.push(`${file}: same slug "${slug}" as ${SOURCES_DIR}/${other}; rename one of them (neither is imported until then)`);
      duplicated.add(slug);
      continue;
    }
    bySlug.set(slug, name);
    const entry = inspect(root, sourcesDir, name);
    if (entry.kind === 'problem') {
      errors.push(`${file}: ${entry.reason}`);
      continue;
    }
    // The YAML files beside a source are read under the same rules (no link out of the project).
    const yamlFile = (path: string) => {
      const [dir, name] = [join(root, dirname(path)), basename(path)];
      if (!existsSync(join(dir, name)) && !isLink(join(dir, name))) return undefined;
      const found = inspect(root, dir, name);
      if (found.kind === 'problem') {
        errors.push(`${path}: ${found.reason.replace('<slug>.txt', '<slug>.yaml')}`);
        return undefined;
      }
      return { file: path, text: readFileSync(found.path, 'utf8') };
    };
    const before = errors.length;
    const corrections = yamlFile(`content/corrections/${slug}.yaml`);
    const meta = yamlFile(`${SOURCES_DIR}/${slug}.yaml`);
    if (errors.length > before) continue; // not imported without the facts or fixes it was given
    // What was published before (ids and the model that gives their lines): no published id is lost.
    const model = join(root, MODELS_DIR, `${slug}.json`);
    const previous = { published: manifest[slug] ?? [], model: existsSync(model) ? { file: `${MODELS_DIR}/${slug}.json`, text: readFileSync(model, 'utf8') } : undefined };
    inputs.push({ slug, file, bytes: readFileSync(entry.path), corrections, meta, previous });
  }
  if (files.length === 0) errors.push(`${SOURCES_DIR}: no sources to import (<slug>.txt, .html, .mhtml, .pdf, .docx or .doc)`);
  return { inputs: inputs.filter((i) => !duplicated.has(i.slug)), errors, messages };
}

/**
 * A collected input whose source is a page, PDF or Word file, read by its format reader: `bytes`
 * becomes the derived text (UTF-8) and `original` records the file as obtained. A `.txt` input is
 * returned as it is. A file the reader refuses (a scan, an OFD file, a notice whose plan is only an
 * attachment) throws an ImportError naming the file and what to do: the plan is not imported.
 */
export async function derivedInput(input: PlanInput): Promise<PlanInput> {
  const format = formatOf(input.file);
  if (format === 'txt' || input.original) return input;
  const derived = await readSource(input.bytes, input.file);
  if (derived.refused) throw new ImportError(input.file, `${derived.refused.reason} (${derived.refused.ruleId}); nothing imported`);
  return {
    ...input,
    bytes: new TextEncoder().encode(derived.text),
    original: { file: input.file, format: derived.format, sha256: sha256(input.bytes), url: derived.url, encoding: derived.encoding, attachments: derived.attachments, messages: derived.messages },
  };
}

/** Where import writes each plan's files: the MDX entry, the plan model and the import report. */
const PLAN_OUTPUTS = [
  { dir: 'content/plans', ext: '.mdx' },
  { dir: MODELS_DIR, ext: '.json' },
  { dir: REPORTS_DIR, ext: '.md' },
] as const;
/** Files written by hand for a plan, beside its source. */
const PLAN_HANDWRITTEN = [
  { dir: 'content/corrections', ext: '.yaml' },
  { dir: 'content/expected', ext: '.json' },
] as const;

/**
 * Files named like a plan's file (`<dir>/<slug><ext>`) whose slug has no source now: for the
 * outputs, what import wrote for a plan removed or renamed. The anchors manifest keeps their ids
 * (an id once published is never reused for something else).
 */
function filesWithoutSource(root: string, kinds: readonly { dir: string; ext: string }[], slugs: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const { dir, ext } of kinds) {
    if (!existsSync(join(root, dir))) continue;
    for (const f of readdirSync(join(root, dir)).sort()) {
      if (!f.endsWith(ext)) continue;
      const slug = f.slice(0, -ext.length);
      if (SLUG.test(slug) && !slugs.has(slug)) out.push(`${dir}/${f}`);
    }
  }
  return out;
}

/** What one failed plan is said with: `file[:line]: reason`, on one line (never a stack). */
export function failureLine(e: unknown, file: string): string {
  if (e instanceof ImportError) return e.message;
  // Not an ImportError: a fault of the importer itself on this text. Named with its first frame so
  // that it can be found, but on one line: the plan is listed among the failures, the run goes on.
  const err = e instanceof Error ? e : new Error(String(e));
  const frame = err.stack?.split('\n').find((l) => /^\s+at /.test(l))?.trim();
  return `${file}: the importer failed on this text (${err.name}: ${err.message.split('\n')[0]}${frame ? `, ${frame}` : ''}); please report it with the file`;
}

/**
 * Writes a plan's files whole or not at all: every file goes to `<path>.tmp` first, and only when
 * all are written are they renamed into place (a rename within a folder is atomic). A failure while
 * writing removes the temporary files and leaves the plan's previous files as they were.
 */
function writeWhole(files: readonly [string, string][]): void {
  const written: string[] = [];
  try {
    for (const [path, text] of files) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(`${path}.tmp`, text);
      written.push(`${path}.tmp`);
    }
  } catch (e) {
    for (const tmp of written) rmSync(tmp, { force: true });
    throw e;
  }
  for (const [path] of files) renameSync(`${path}.tmp`, path);
}

/**
 * One run of `npm run import`. Each plan stands alone: a plan that cannot be imported (or whose
 * files cannot be serialized or written) is listed in `errors` with its file and line and keeps
 * its previous files (or none); every other plan is imported and written. `ok` is false when any
 * plan failed, so the command still exits non-zero.
 */
export async function run({ root, check, log }: RunOptions): Promise<RunResult> {
  const { inputs, errors: sourceErrors, messages } = collectInputs(root);
  const errors = [...sourceErrors];
  const imported: PlanOutput[] = [];
  for (const input of inputs) {
    try {
      imported.push(importPlan(await derivedInput(input)));
    } catch (e) {
      errors.push(failureLine(e, input.file));
    }
  }
  // Cross-plan messages (a plan citing nothing, an ambiguous cited number) for each report.
  addLineageMessages(imported);
  // Each plan's files as text; a plan whose files cannot be made fails alone.
  const outputs: PlanOutput[] = [];
  const planFiles = new Map<string, [string, string][]>();
  for (const o of imported) {
    try {
      const paths = PLAN_OUTPUTS.map(({ dir, ext }) => join(root, dir, `${o.slug}${ext}`)) as [string, string, string];
      const texts = [o.mdx, serializeModel(o.model), planReport(o)];
      planFiles.set(o.slug, paths.map((p, i) => [p, texts[i]!]));
      outputs.push(o);
    } catch (e) {
      errors.push(failureLine(e, `${SOURCES_DIR}/${o.frontmatter.source.file}`));
    }
  }
  for (const o of outputs) log(oneLineReport(o));
  const manifestPath = join(root, ANCHORS_MANIFEST);
  const previous = existsSync(manifestPath) ? parseManifest(readFileSync(manifestPath, 'utf8')) : {};
  // Orphans only when every source was read: a source that could not be read is not a source that
  // is gone. (A plan that failed to import still has its source, so its slug is in `slugs`.)
  const slugs = new Set(inputs.map((i) => i.slug));
  const orphans = sourceErrors.length === 0 ? filesWithoutSource(root, PLAN_OUTPUTS, slugs) : [];
  if (sourceErrors.length === 0) {
    for (const file of filesWithoutSource(root, PLAN_HANDWRITTEN, slugs)) {
      const slug = basename(file).replace(/\.[^.]+$/, '');
      messages.push({ ruleId: 'sources/no-source', severity: 'warning', file, reason: `written by hand for a plan whose source ${SOURCES_DIR}/${slug}.* is gone: not read; delete it, or rename it with its source` });
    }
  }
  const stale: string[] = [];
  const written: PlanOutput[] = [];
  if (check) {
    for (const o of outputs) {
      for (const [path, text] of planFiles.get(o.slug)!) {
        if (!existsSync(path) || readFileSync(path, 'utf8') !== text) stale.push(relative(root, path));
      }
      written.push(o);
    }
    const manifest = serializeManifest(mergeManifest(previous, written));
    if (!existsSync(manifestPath) || readFileSync(manifestPath, 'utf8') !== manifest) stale.push(`${ANCHORS_MANIFEST} (new anchors not yet recorded)`);
    for (const f of orphans) messages.push({ ruleId: 'sources/removed', severity: 'error', file: f, reason: `its source ${SOURCES_DIR}/${basename(f).replace(/\.[^.]+$/, '')}.* is gone; \`npm run import\` removes it` });
  } else {
    for (const o of outputs) {
      try {
        writeWhole(planFiles.get(o.slug)!);
        written.push(o);
      } catch (e) {
        errors.push(`${SOURCES_DIR}/${o.frontmatter.source.file}: its files could not be written (${(e as Error).message.split('\n')[0]}); its previous files are kept`);
      }
    }
    // The anchors of the plans written, added to those recorded before (a failed plan's stay as they were).
    writeWhole([[manifestPath, serializeManifest(mergeManifest(previous, written))]]);
    for (const f of orphans) {
      rmSync(join(root, f));
      messages.push({ ruleId: 'sources/removed', severity: 'info', file: f, reason: `removed: its source ${SOURCES_DIR}/${basename(f).replace(/\.[^.]+$/, '')}.* is gone (commit the removal)` });
    }
  }
  return { ok: errors.length === 0 && stale.length === 0 && (!check || orphans.length === 0), outputs: written, errors, stale, orphans, messages };
}
