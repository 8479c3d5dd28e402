import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { importPlan } from '../importer/pipeline';
import { derivedInput } from '../importer/run';
import { formatOf } from '../importer/formats';
import { SOURCE_FORMATS, type SourceFormat } from '../importer/formats/types';
import { loadGoldFiles, DEFAULT_DEV_DIRS } from './run';
import type { Gold } from './gold';
import { predictedFromFrontmatter, scorePlan, type PlanScore } from './score';

/**
 * The same facts from any format (issue 18): each plan rendered into a page, MHTML, PDF or Word file
 * (`npm run render:formats` → tests/fixtures/formats/<format>/<slug>.<ext>) is read by its format
 * reader and imported, and scored against the gold facts of the plain text it was rendered from;
 * the plain text itself is scored beside it, so that a format's metadata can be checked to be at
 * least as complete.
 */

export const FORMATS_DIR = 'tests/fixtures/formats';

export interface FormatEvaluation {
  format: SourceFormat;
  slug: string;
  /** The rendering, relative to the project root. */
  file: string;
  status: 'evaluated' | 'refused or failed' | 'not evaluated';
  reason?: string;
  score?: PlanScore;
  /** The plain text's score, when its .txt is beside its gold. */
  txtScore?: PlanScore;
}

export async function evaluateFormats(options: { root: string; devDirs?: string[]; format?: SourceFormat }): Promise<FormatEvaluation[]> {
  const { root } = options;
  const devDirs = (options.devDirs ?? DEFAULT_DEV_DIRS.map((d) => join(root, d))).filter((d) => existsSync(d));
  const gold = new Map<string, { gold: Gold; dir: string }>();
  for (const dir of devDirs) for (const [slug, g] of loadGoldFiles(dir, '.gold.json', root)) gold.set(slug, { gold: g.gold, dir });
  const txtScores = new Map<string, PlanScore | undefined>();
  const txtScore = (slug: string): PlanScore | undefined => {
    if (!txtScores.has(slug)) {
      const g = gold.get(slug)!;
      const txt = join(g.dir, `${slug}.txt`);
      txtScores.set(slug, existsSync(txt) ? scorePlan(g.gold, predictedFromFrontmatter(importPlan({ slug, file: `content/sources/${slug}.txt`, bytes: new Uint8Array(readFileSync(txt)) }).frontmatter)) : undefined);
    }
    return txtScores.get(slug);
  };
  const results: FormatEvaluation[] = [];
  const base = join(root, FORMATS_DIR);
  for (const format of SOURCE_FORMATS) {
    if (format === 'txt' || (options.format && options.format !== format)) continue;
    const dir = join(base, format);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (formatOf(name) !== format) continue;
      const slug = name.replace(/\.[^.]+$/, '').toLowerCase();
      const file = relative(root, join(dir, name));
      const g = gold.get(slug);
      if (!g) {
        results.push({ format, slug, file, status: 'not evaluated', reason: `no ${slug}.gold.json in ${devDirs.map((d) => relative(root, d) || d).join(' or ')}` });
        continue;
      }
      try {
        const input = await derivedInput({ slug, file, bytes: new Uint8Array(readFileSync(join(dir, name))) });
        const out = importPlan(input);
        results.push({ format, slug, file, status: 'evaluated', score: scorePlan(g.gold, predictedFromFrontmatter(out.frontmatter)), txtScore: txtScore(slug) });
      } catch (e) {
        results.push({ format, slug, file, status: 'refused or failed', reason: (e as Error).message.split('\n')[0] });
      }
    }
  }
  return results;
}
