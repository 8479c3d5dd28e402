import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ImportError } from './types';

/**
 * Reads a YAML file the importer takes as input (corrections, per-plan metadata) and validates it,
 * so that a mistake in it stops the import with the file and the first offending field named.
 * An empty file is `empty`; `where` words the field path for the message ("entry 0.reason").
 */
export function parseYamlFile<T>(text: string, file: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>, empty: unknown, where: (path: string) => string): T {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    throw new ImportError(file, `not valid YAML: ${(e as Error).message}`);
  }
  return validate(data ?? empty, file, schema, where);
}

/**
 * Validates data against a schema, failing with the file, the first issue's field and its value,
 * and the source line of that value when `lineOf` can trace it (a value read from the text).
 * `lineOf` is given the values along the issue's path, the offending value last.
 */
export function validate<T>(data: unknown, file: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>, where: (path: string) => string, lineOf?: (values: readonly unknown[]) => number | undefined): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ImportError(file, `${where(issue.path.join('.'))}${shownValue(data, issue.path)}: ${issue.message}`, lineOf?.(issue.path.map((_, i) => valueAt(data, issue.path.slice(0, i + 1)))));
  }
  return result.data;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value: unknown = data;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined;
  return value;
}

/** ` = "javascript:…"`: the offending value as written (cut short), or nothing for a missing field. */
function shownValue(data: unknown, path: readonly (string | number)[]): string {
  const value = valueAt(data, path);
  if (value === undefined || (typeof value === 'object' && value !== null)) return '';
  const text = JSON.stringify(value);
  return ` = ${text.length > 80 ? `${text.slice(0, 79)}…` : text}`;
}
