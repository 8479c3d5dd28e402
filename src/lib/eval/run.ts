import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { importPlan } from '../importer/pipeline';
import { collectInputs, derivedInput } from '../importer/run';
import { formatOf } from '../importer/formats';
import { parseGold, type Gold } from './gold';
import { predictedFromFrontmatter, scorePlan, type PlanScore } from './score';

/**
 * The file-system side of `npm run eval:extraction`: finds the gold files, imports the plans they
 * describe and scores them. The synthetic dev plans are imported from a temporary copy of
 * content/ (they must never land in content/, which is published); the project's own plans are
 * read from content/sources with their gold facts in content/expected/<slug>.json.
 */

export type Origin = 'dev' | 'project';

export interface PlanEvaluation {
  slug: string;
  origin: Origin;
  status: 'evaluated' | 'not evaluated' | 'import failed';
  /** Why a plan was not evaluated or failed to import. */
  reason?: string;
  goldFile?: string;
  score?: PlanScore;
}

export interface EvalOptions {
  /** The project root (holds content/). */
  root: string;
  /** Folders of synthetic plans with their <slug>.gold.json; default ../shared/dev-plans and tests/fixtures/layouts (those that exist). */
  devDir?: string | string[];
  /** The project's gold files; default content/expected. */
  expectedDir?: string;
  /** Evaluate only this slug. */
  plan?: string;
  /** Leave out the dev plans (the unit test scores content/ only). */
  includeDev?: boolean;
}

const listFiles = (dir: string, suffix: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(suffix)).sort() : []);

/** Reads and validates every gold file of a directory; a malformed one throws with its path. */
export function loadGoldFiles(dir: string, suffix: string, root: string): Map<string, { gold: Gold; file: string }> {
  const out = new Map<string, { gold: Gold; file: string }>();
  for (const name of listFiles(dir, suffix)) {
    const slug = name.slice(0, -suffix.length);
    const rel = relative(root, join(dir, name));
    const file = rel.startsWith('..') ? join(dir, name) : rel;
    out.set(slug, { gold: parseGold(readFileSync(join(dir, name), 'utf8'), file, slug), file });
  }
  return out;
}

/** Where synthetic plans with gold facts live: the shared dev plans and this project's layout fixtures. */
export const DEFAULT_DEV_DIRS = ['../shared/dev-plans', 'tests/fixtures/layouts'];

export async function evaluate(options: EvalOptions): Promise<PlanEvaluation[]> {
  const { root, plan } = options;
  const devDirs = ([] as string[]).concat(options.devDir ?? DEFAULT_DEV_DIRS.map((d) => join(root, d))).filter((d) => existsSync(d));
  const expectedDir = options.expectedDir ?? join(root, 'content/expected');
  const includeDev = options.includeDev ?? true;

  const expected = loadGoldFiles(expectedDir, '.json', root);
  const devGold = new Map<string, { gold: Gold; file: string }>();
  const devSources: { dir: string; name: string }[] = [];
  if (includeDev) {
    for (const dir of devDirs) {
      for (const [slug, g] of loadGoldFiles(dir, '.gold.json', root)) devGold.set(slug, g);
      for (const name of listFiles(dir, '.txt')) devSources.push({ dir, name });
    }
  }

  const work = mkdtempSync(join(tmpdir(), 'plan-atlas-eval-'));
  try {
    for (const dir of ['content/sources', 'content/corrections']) {
      if (existsSync(join(root, dir))) cpSync(join(root, dir), join(work, dir), { recursive: true });
    }
    mkdirSync(join(work, 'content/sources'), { recursive: true });
    const projectSlugs = new Set(readdirSync(join(work, 'content/sources')).filter((f) => formatOf(f) !== null).map((f) => f.replace(/\.[^.]+$/, '').toLowerCase()));
    const devSlugs = new Set<string>();
    for (const { dir, name } of devSources) {
      const slug = name.replace(/\.txt$/i, '').toLowerCase();
      if (projectSlugs.has(slug) || devSlugs.has(slug)) throw new Error(`${join(dir, name)}: dev plan slug "${slug}" is also another plan`);
      devSlugs.add(slug);
      copyFileSync(join(dir, name), join(work, 'content/sources', name));
    }
    const { inputs, errors } = collectInputs(work);
    if (errors.length) throw new Error(`collecting the sources failed:\n${errors.join('\n')}`);

    const results: PlanEvaluation[] = [];
    for (const input of inputs) {
      if (plan && input.slug !== plan) continue;
      const origin: Origin = devSlugs.has(input.slug) ? 'dev' : 'project';
      const entry = origin === 'dev' ? devGold.get(input.slug) : expected.get(input.slug);
      if (!entry) {
        const where = origin === 'dev' ? `${input.slug}.gold.json beside its .txt` : `${relative(root, expectedDir) || expectedDir}/${input.slug}.json`;
        results.push({ slug: input.slug, origin, status: 'not evaluated', reason: `no ${where}` });
        continue;
      }
      let frontmatter: unknown;
      try {
        frontmatter = importPlan(await derivedInput(input)).frontmatter;
      } catch (e) {
        results.push({ slug: input.slug, origin, status: 'import failed', goldFile: entry.file, reason: (e as Error).message });
        continue;
      }
      results.push({ slug: input.slug, origin, status: 'evaluated', goldFile: entry.file, score: scorePlan(entry.gold, predictedFromFrontmatter(frontmatter)) });
    }
    // Gold facts for a text that is not there: say so rather than skip silently.
    for (const [slug, { file }] of [...expected, ...devGold]) {
      if (plan && slug !== plan) continue;
      if (!inputs.some((i) => i.slug === slug)) results.push({ slug, origin: devGold.has(slug) ? 'dev' : 'project', status: 'not evaluated', goldFile: file, reason: 'gold file has no source text' });
    }
    if (plan && results.length === 0) throw new Error(`--plan ${plan}: no such plan among the sources or gold files`);
    return results;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
