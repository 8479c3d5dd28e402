import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { goldSchema, type Gold } from './evaluate';

/** Where hand-judged alignment gold lives: one file per plan pair, <slugA>__<slugB>.json. */
export const GOLD_DIR = 'content/expected/alignment';

export function readGold(root = process.cwd()): { file: string; gold: Gold }[] {
  const dir = join(root, GOLD_DIR);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, gold: goldSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8'))) }));
}
