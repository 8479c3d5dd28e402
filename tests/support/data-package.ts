/**
 * Checks a data folder (dist/data/, or a temporary one a unit test writes) against its
 * datapackage.json with libraries, not with the site's own code:
 *
 * - the descriptor: the Frictionless JS library `datapackage` (Package.load validates it against the
 *   Data Package / Tabular Data Resource profiles and dereferences the Table Schemas named by path);
 * - every CSV: `tableschema` (the library datapackage reads tables with) reads every row, checking the
 *   header against the fields, casting each cell by its field's type, and the constraints, primary
 *   keys and foreign keys. Through Table.load with `bom: true` rather than Resource.read: datapackage
 *   does not pass csv-parse's `bom` option, and every CSV here starts with a BOM for spreadsheets;
 * - every JSON file: ajv (with ajv-formats for `date` and `uri`) against the JSON Schema the resource
 *   names, and each per-plan file the plan index lists (its `files` extension) against its schema;
 * - completeness: every file in the folder but pages (.html) is described (a resource, a listed
 *   per-plan file, or a schema the package names), and nothing described is missing.
 *
 * Returns the problems found, each naming its file: [] when everything matches.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import datapackage from 'datapackage';
import tableschema from 'tableschema';

/** Problems reported per file at most (a wrong type in a column would otherwise repeat per row). */
const PER_FILE = 5;

interface Descriptor {
  name: string;
  path: string;
  format?: string;
  profile?: string;
  schema?: { fields: { name: string }[]; foreignKeys?: { fields: string | string[]; reference: { resource: string; fields: string | string[] } }[] };
  jsonSchema?: string;
  files?: { field: string; jsonSchema: string };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** A url or site path of a download → its path relative to the data folder (/data/…). */
const dataPath = (url: string) => decodeURIComponent(new URL(url, 'https://site.invalid').pathname).replace(/^\/data\//, '');

const message = (e: unknown): string => {
  const err = e as { message?: string; errors?: { message?: string }[]; rowNumber?: number };
  const inner = err.errors?.map((x) => x.message).filter(Boolean).join('; ');
  return `${err.rowNumber ? `row ${err.rowNumber}: ` : ''}${err.message ?? String(e)}${inner ? ` (${inner})` : ''}`;
};

export async function checkDataPackage(dir: string): Promise<string[]> {
  const problems: string[] = [];
  const descriptorPath = join(dir, 'datapackage.json');
  if (!existsSync(descriptorPath)) return [`${descriptorPath}: missing`];

  const pkg = await datapackage.Package.load(descriptorPath, { basePath: dir });
  if (!pkg.valid) problems.push(...pkg.errors.map((e) => `datapackage.json: ${message(e)}`));
  const raw = JSON.parse(readFileSync(descriptorPath, 'utf8')) as { resources: (Descriptor & { schema?: unknown })[] };
  const described = new Set<string>(['datapackage.json']);

  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  const validators = new Map<string, ValidateFunction>();
  const jsonSchema = (path: string) => {
    described.add(path);
    if (!validators.has(path)) validators.set(path, ajv.compile(JSON.parse(readFileSync(join(dir, path), 'utf8'))));
    return validators.get(path)!;
  };
  const checkJson = (path: string, schemaPath: string) => {
    described.add(path);
    const file = join(dir, path);
    if (!existsSync(file)) return problems.push(`${path}: named in the package, missing`);
    const validate = jsonSchema(schemaPath);
    if (!validate(JSON.parse(readFileSync(file, 'utf8')))) {
      problems.push(...(validate.errors ?? []).slice(0, PER_FILE).map((e) => `${path}: ${e.instancePath || '/'} ${e.message} (${schemaPath})`));
    }
  };

  // Tables first read without relations, to hand the referenced ones (the plan index) to the rest.
  const rowsOf = new Map<string, Record<string, unknown>[]>();
  const tabular = pkg.resources.filter((r: { descriptor: Descriptor }) => r.descriptor.profile === 'tabular-data-resource');
  const ordered = [...tabular].sort((a, b) => Number(Boolean(a.descriptor.schema?.foreignKeys)) - Number(Boolean(b.descriptor.schema?.foreignKeys)));
  for (const resource of ordered) {
    const d = resource.descriptor as Descriptor;
    described.add(d.path);
    const rawSchema = raw.resources.find((r) => r.name === d.name)?.schema;
    if (typeof rawSchema === 'string') described.add(rawSchema);
    const file = join(dir, d.path);
    if (!existsSync(file)) {
      problems.push(`${d.path}: named in the package, missing`);
      continue;
    }
    const relations = Object.fromEntries((d.schema?.foreignKeys ?? []).map((fk) => [fk.reference.resource, rowsOf.get(fk.reference.resource) ?? []]));
    const table = await tableschema.Table.load(file, { schema: d.schema, bom: true });
    let rows: unknown[];
    try {
      // read() returns a promise, although tableschema's own typings say an array.
      rows = await (table.read({ keyed: true, forceCast: true, relations: Object.keys(relations).length ? relations : undefined }) as unknown as Promise<unknown[]>);
    } catch (e) {
      problems.push(`${d.path}: ${message(e)}`);
      continue;
    }
    const errors = rows.filter((r) => r instanceof Error);
    problems.push(...errors.slice(0, PER_FILE).map((e) => `${d.path}: ${message(e)}`));
    // tableschema compares the header with the fields only when a row is read: an empty table's header is checked here.
    const header = table.headers as string[] | null;
    const names = (d.schema?.fields ?? []).map((f) => f.name);
    if (header && JSON.stringify(header) !== JSON.stringify(names)) problems.push(`${d.path}: header ${JSON.stringify(header)} is not the schema's fields ${JSON.stringify(names)}`);
    rowsOf.set(d.name, rows.filter((r) => !(r instanceof Error)) as Record<string, unknown>[]);
  }

  for (const r of raw.resources) {
    if (r.format === 'json') {
      if (!r.jsonSchema) problems.push(`${r.path}: a JSON resource without a jsonSchema`);
      else checkJson(r.path, r.jsonSchema);
    }
    if (r.files) {
      const listed = rowsOf.get(r.name) ?? [];
      for (const row of listed) checkJson(dataPath(String(row[r.files.field])), r.files.jsonSchema);
    }
  }

  for (const file of walk(dir)) {
    const path = relative(dir, file);
    // The /data/ page itself (dist/data/index.html) is a page, not a download.
    if (path.endsWith('.html')) continue;
    if (!described.has(path)) problems.push(`${path}: in the data folder, not described by datapackage.json`);
  }
  return problems;
}
