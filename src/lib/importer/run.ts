import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MODELS_DIR, serializeModel } from '../model/files';
import { planReport } from './report';

/** Where import writes each plan's report. */
export const REPORTS_DIR = 'content/reports';
import { importPlan, oneLineReport, slugOf, type PlanOutput } from './pipeline';
import { ImportError } from './types';
import { ANCHORS_MANIFEST, mergeManifest, parseManifest, serializeManifest } from './anchors';

/**
 * The file-system side of `npm run import`: finds the sources, runs the pure pipeline on each,
 * and either writes content/plans/<slug>.mdx (all or nothing) or, with --check, reports each
 * file whose committed MDX differs from what import would write.
 */

export interface RunOptions {
  root: string;
  check: boolean;
  log: (line: string) => void;
}

export interface RunResult {
  ok: boolean;
  outputs: PlanOutput[];
  errors: string[];
  stale: string[];
}

export function collectInputs(root: string): { inputs: Parameters<typeof importPlan>[0][]; errors: string[] } {
  const sourcesDir = join(root, 'content/sources');
  const errors: string[] = [];
  const files = readdirSync(sourcesDir).filter((f) => /\.txt$/i.test(f)).sort();
  const bySlug = new Map<string, string>();
  const inputs = [];
  for (const name of files) {
    const slug = slugOf(name);
    const file = `content/sources/${name}`;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) {
      errors.push(`${file}: the file name must be a slug of a–z, 0–9 and hyphens (it becomes /plans/<slug>/)`);
      continue;
    }
    const other = bySlug.get(slug);
    if (other) {
      errors.push(`${file}: same slug "${slug}" as content/sources/${other}; rename one of them`);
      continue;
    }
    bySlug.set(slug, name);
    const correctionsFile = `content/corrections/${slug}.yaml`;
    const metaFile = `content/sources/${slug}.yaml`;
    inputs.push({
      slug,
      file,
      bytes: readFileSync(join(root, file)),
      corrections: existsSync(join(root, correctionsFile)) ? { file: correctionsFile, text: readFileSync(join(root, correctionsFile), 'utf8') } : undefined,
      meta: existsSync(join(root, metaFile)) ? { file: metaFile, text: readFileSync(join(root, metaFile), 'utf8') } : undefined,
    });
  }
  if (files.length === 0) errors.push(`${sourcesDir}: no .txt sources to import`);
  return { inputs, errors };
}

export function run({ root, check, log }: RunOptions): RunResult {
  const { inputs, errors } = collectInputs(root);
  const outputs: PlanOutput[] = [];
  for (const input of inputs) {
    try {
      const out = importPlan(input);
      outputs.push(out);
      log(oneLineReport(out));
    } catch (e) {
      errors.push(e instanceof ImportError ? e.message : `${input.file}: ${(e as Error).stack ?? e}`);
    }
  }
  const plansDir = join(root, 'content/plans');
  const modelsDir = join(root, MODELS_DIR);
  const reportsDir = join(root, REPORTS_DIR);
  // Every file import writes, by path: the MDX entry, the plan model and the import report.
  const files = new Map<string, string>();
  for (const o of outputs) {
    files.set(join(plansDir, `${o.slug}.mdx`), o.mdx);
    files.set(join(modelsDir, `${o.slug}.json`), serializeModel(o.model));
    files.set(join(reportsDir, `${o.slug}.md`), planReport(o));
  }
  const manifestPath = join(root, ANCHORS_MANIFEST);
  const previous = existsSync(manifestPath) ? parseManifest(readFileSync(manifestPath, 'utf8')) : {};
  const manifest = serializeManifest(mergeManifest(previous, outputs));
  const stale: string[] = [];
  if (check) {
    const expected = new Set(outputs.map((o) => `${o.slug}.mdx`));
    for (const [path, text] of files) {
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) stale.push(relative(root, path));
    }
    if (!existsSync(manifestPath) || readFileSync(manifestPath, 'utf8') !== manifest) stale.push(`${ANCHORS_MANIFEST} (new anchors not yet recorded)`);
    if (existsSync(plansDir)) {
      for (const f of readdirSync(plansDir)) if (f.endsWith('.mdx') && !expected.has(f) && errors.length === 0) stale.push(`content/plans/${f} (no source)`);
    }
  } else if (errors.length === 0) {
    // All or nothing: nothing is written unless every plan imported; each file lands atomically.
    for (const dir of [plansDir, modelsDir, reportsDir]) mkdirSync(dir, { recursive: true });
    for (const [path, text] of files) {
      writeFileSync(`${path}.tmp`, text);
      renameSync(`${path}.tmp`, path);
    }
    writeFileSync(`${manifestPath}.tmp`, manifest);
    renameSync(`${manifestPath}.tmp`, manifestPath);
  }
  return { ok: errors.length === 0 && stale.length === 0, outputs, errors, stale };
}
