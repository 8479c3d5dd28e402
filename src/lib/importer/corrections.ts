import { z } from 'zod';
import { ImportError, type AppliedCorrection, type Correction } from './types';
import { parseYamlFile } from './yaml-file';

const correctionSchema = z
  .object({
    original: z.string().min(1),
    replacement: z.string(),
    reason: z.string().min(1),
    line: z.number().int().positive().optional(),
  })
  .strict();

/** Parses `content/corrections/<slug>.yaml`: a list of {original, replacement, reason, line?}. */
export function parseCorrections(yamlText: string, file: string): Correction[] {
  return parseYamlFile(yamlText, file, z.array(correctionSchema), [], (path) => `entry ${path}`);
}

/**
 * Applies the listed corrections to the decoded source text. Each original must still occur
 * (on its line when one is given): a correction that no longer matches fails the import,
 * because the source changed under it and somebody must look again.
 */
export function applyCorrections(
  text: string,
  corrections: readonly Correction[],
  file: string,
): { text: string; applied: AppliedCorrection[] } {
  const applied: AppliedCorrection[] = [];
  let current = text;
  for (const [i, c] of corrections.entries()) {
    if (c.line !== undefined) {
      const lines = current.split('\n');
      const target = lines[c.line - 1];
      if (target === undefined || !target.includes(c.original)) {
        throw new ImportError(file, `correction ${i + 1} no longer matches: ${JSON.stringify(c.original)} is not on line ${c.line}`, c.line);
      }
      const count = target.split(c.original).length - 1;
      lines[c.line - 1] = target.split(c.original).join(c.replacement);
      current = lines.join('\n');
      applied.push({ ...c, count });
    } else {
      const count = current.split(c.original).length - 1;
      if (count === 0) {
        throw new ImportError(file, `correction ${i + 1} no longer matches: ${JSON.stringify(c.original)} does not occur in the source`);
      }
      current = current.split(c.original).join(c.replacement);
      applied.push({ ...c, count });
    }
  }
  return { text: current, applied };
}
