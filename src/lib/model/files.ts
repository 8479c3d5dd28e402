import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planModelSchema, type PlanModel } from './plan';

/** Where the importer writes each plan's model, beside its MDX entry. */
export const MODELS_DIR = 'content/models';

/** The model as committed: stable key order (the importer's), one-space indentation (a diff shows the fields that changed), final newline. */
export function serializeModel(model: PlanModel): string {
  return `${JSON.stringify(model, null, 1)}\n`;
}

/** Every plan model under `root`, validated by the one schema; a file that fails names itself. */
export function readModels(root = process.cwd()): PlanModel[] {
  const dir = join(root, MODELS_DIR);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const parsed = planModelSchema.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.success) throw new Error(`${MODELS_DIR}/${f}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return parsed.data;
    });
}
