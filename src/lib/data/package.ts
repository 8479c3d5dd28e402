/**
 * /data/datapackage.json: a Frictionless Data Package (v1, https://specs.frictionlessdata.io/data-package/)
 * describing every download under /data/, and the schema files it points to:
 *
 * - each CSV a Tabular Data Resource with a Table Schema built from its columns' one definition
 *   (src/lib/data/columns.ts: the same list the CSV header is written from), published as
 *   /data/*.tableschema.json and named by path (a combined CSV and its splits share one);
 * - each JSON file a resource with a JSON Schema generated from the zod shape its writer is typed
 *   by (src/lib/data/records.ts) with zod-to-json-schema, the library zod 3 documents for this
 *   (zod 4's own z.toJSONSchema is not in 3.25's v3 API); published as /data/*.schema.json and named
 *   in the resource's `jsonSchema` (a property of ours: in Data Package v1 `schema` is a Table Schema);
 * - the per-plan files (/data/plans/<slug>.json), one per plan, are not one resource each: the plan
 *   index resource names them (`files`: the column holding their urls and their JSON Schema), so the
 *   package does not grow with the plans;
 * - the by-province splits are one resource each (their number grows with provinces and parts, not
 *   plans), sharing their combined file's Table Schema by path. Not a multipart `path`: every split
 *   has its own BOM and header, which a multipart resource's "concatenate the parts" does not allow,
 *   and the JS library (datapackage) reads no multipart tables.
 *
 * Pure: the downloads in, file texts out.
 */
import { zodToJsonSchema } from 'zod-to-json-schema';
import type { ZodTypeAny } from 'zod';
import { DEPARTMENTS_COLUMNS, MATRIX_COLUMNS, MISSING_VALUES, MISSING_VALUES_NOTE, PLAN_INDEX_COLUMNS, SPLIT_INDEX_COLUMNS, TARGETS_COLUMNS, type Bilingual, type Column } from './columns';
import { departmentKindsJsonSchema, matrixJsonSchema, planFileSchema, planIndexJsonSchema, plansJsonSchema } from './records';
/** The specification /data/ links to (a reference for readers, not a resource the site loads). */
export const DATA_PACKAGE_SPEC = 'https://specs.frictionlessdata.io/data-package/';


export const PACKAGE_FILE = 'datapackage.json';

/** A Table Schema field from a column's definition. */
export function tableField(c: Column) {
  const constraints = {
    ...(c.required ? { required: true } : {}),
    ...(c.enum ? { enum: [...c.enum] } : {}),
    ...(c.minimum !== undefined ? { minimum: c.minimum } : {}),
    ...(c.maximum !== undefined ? { maximum: c.maximum } : {}),
  };
  return {
    name: c.name,
    type: c.type,
    ...(c.format ? { format: c.format } : {}),
    title: bilingual(c.title, ' / '),
    description: bilingual(c.description, '\n'),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

const bilingual = (b: Bilingual, sep: string) => `${b.zh}${sep}${b.en}`;

interface ForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}

/** A Table Schema: the columns in header order, what an empty cell means, and the keys that hold. */
export function tableSchema(columns: readonly Column[], keys: { primaryKey?: string[]; foreignKeys?: ForeignKey[] } = {}) {
  return {
    fields: columns.map(tableField),
    missingValues: [...MISSING_VALUES],
    ...(keys.primaryKey ? { primaryKey: keys.primaryKey } : {}),
    ...(keys.foreignKeys ? { foreignKeys: keys.foreignKeys } : {}),
  };
}

/** Every plan_slug of the department, matrix and target rows is a plan of the index. */
const TO_PLAN_INDEX: ForeignKey[] = [{ fields: 'plan_slug', reference: { resource: 'plan-index', fields: 'slug' } }];

/**
 * The Table Schemas, published as files: the combined CSVs and their splits name the same one, and
 * the /data/ page links each. Keys: a primary key only where it holds by construction.
 */
export const TABLE_SCHEMAS = {
  departments: { path: 'departments.tableschema.json', columns: DEPARTMENTS_COLUMNS, keys: { foreignKeys: TO_PLAN_INDEX } },
  // One row per plan × group or project.
  matrix: { path: 'matrix.tableschema.json', columns: MATRIX_COLUMNS, keys: { primaryKey: ['plan_slug', 'kind', 'key'], foreignKeys: TO_PLAN_INDEX } },
  // One row per plan × target, numbered within the plan.
  targets: { path: 'targets.tableschema.json', columns: TARGETS_COLUMNS, keys: { primaryKey: ['plan_slug', 'target'], foreignKeys: TO_PLAN_INDEX } },
  planIndex: { path: 'plans-index.tableschema.json', columns: PLAN_INDEX_COLUMNS, keys: { primaryKey: ['slug'] } },
  splitIndex: { path: 'by-province-index.tableschema.json', columns: SPLIT_INDEX_COLUMNS, keys: { primaryKey: ['dataset', 'province_slug', 'part'] } },
} as const satisfies Record<string, { path: string; columns: readonly Column[]; keys: { primaryKey?: string[]; foreignKeys?: ForeignKey[] } }>;

/** The published JSON Schemas, each generated from the zod shape of its file. */
export const JSON_SCHEMAS: Record<string, { path: string; zod: ZodTypeAny; title: string }> = {
  plans: { path: 'plans.schema.json', zod: plansJsonSchema, title: 'plans.json' },
  plan: { path: 'plan.schema.json', zod: planFileSchema, title: 'plans/<slug>.json' },
  planIndex: { path: 'plans-index.schema.json', zod: planIndexJsonSchema, title: 'plans/index.json' },
  matrix: { path: 'matrix.schema.json', zod: matrixJsonSchema, title: 'matrix.json' },
  departmentKinds: { path: 'department-kinds.schema.json', zod: departmentKindsJsonSchema, title: 'department-kinds.json' },
};

export function jsonSchemaText(key: keyof typeof JSON_SCHEMAS): string {
  const { zod, title } = JSON_SCHEMAS[key]!;
  // Definitions inlined where used once; $refs (to the first use) where a shape repeats.
  return `${JSON.stringify({ ...zodToJsonSchema(zod, { $refStrategy: 'root' }), title })}\n`;
}

/** The schema file a download follows (its Table Schema or JSON Schema), relative to /data/. */
export const schemaOf = (f: DataFile): string => (f.tableSchema ? TABLE_SCHEMAS[f.tableSchema].path : JSON_SCHEMAS[f.jsonSchema!]!.path);
/** A CSV download's columns (null for JSON). */
export const columnsOf = (f: DataFile): readonly Column[] | null => (f.tableSchema ? TABLE_SCHEMAS[f.tableSchema].columns : null);

/** What a download is, for the package and the /data/ page alike. */
export interface DataFile {
  name: string;
  /** Relative to /data/. */
  path: string;
  title: Bilingual;
  description: Bilingual;
  format: 'csv' | 'json';
  /** CSV: the Table Schema it follows. */
  tableSchema?: keyof typeof TABLE_SCHEMAS;
  /** JSON: the key of its JSON Schema. */
  jsonSchema?: keyof typeof JSON_SCHEMAS;
}

/** The downloads other than the by-province splits (which dataPackage() lists from the build). */
export const DATA_FILES: readonly DataFile[] = [
  {
    name: 'plans',
    path: 'plans.json',
    format: 'json',
    jsonSchema: 'plans',
    title: { zh: '全部方案的元数据', en: 'Metadata of every plan' },
    description: {
      zh: '每个方案一条记录：标识与全部元数据（题名、发文机关、字号、日期、实施期限、目标、各重点人群与重点工程的章节及其措施和部门、目录、校勘记）。',
      en: 'One record per plan: its identifier and all its metadata (title, issuer, document number, dates, period, targets, the sections for each priority group and key project with their measures and departments, outline, corrections).',
    },
  },
  {
    name: 'departments',
    path: 'departments.csv',
    format: 'csv',
    tableSchema: 'departments',
    title: { zh: '部门与职责', en: 'Departments and their roles' },
    description: {
      zh: '每个部门 × 方案 × 章节 × 角色一行，另为其负责的每项措施各一行。',
      en: 'One row per department × plan × section × role, plus one for each measure it is named for.',
    },
  },
  {
    name: 'matrix',
    path: 'matrix.csv',
    format: 'csv',
    tableSchema: 'matrix',
    title: { zh: '对照矩阵', en: 'Comparison matrix' },
    description: {
      zh: '每个方案 × 重点人群或重点工程一行：有无此章节、章节标题、措施数、字数与牵头/配合/责任单位，与 /matrix/ 页相同。',
      en: 'One row per plan × priority group or key project: whether the plan has a section for it, its heading, measures, length and departments, as on /matrix/.',
    },
  },
  {
    name: 'targets',
    path: 'targets.csv',
    format: 'csv',
    tableSchema: 'targets',
    title: { zh: '量化目标', en: 'Quantified targets' },
    description: {
      zh: '每个方案 × 量化目标一行：公民具备科学素质的比例目标与基线，以及其他量化目标——数值、单位、比较词、年份、计量对象、原句及其在方案页上的网址，与 /matrix/ 的“量化目标”表相同（matrix.json 的 targets 为同一内容的 JSON）。',
      en: 'One row per plan × quantified target: the literacy target and baseline and every other target — value, unit, comparator, year, what it counts, the sentence and its address on the plan page, as in the targets table of /matrix/ (matrix.json’s targets hold the same in JSON).',
    },
  },
  {
    name: 'matrix-json',
    path: 'matrix.json',
    format: 'json',
    jsonSchema: 'matrix',
    title: { zh: '对照矩阵与目标（JSON）', en: 'Matrix and targets (JSON)' },
    description: {
      zh: '对照矩阵（方案列出一次，各格按方案标识）与各方案的目标；每个方案有 status（按生成日期：current 实施期内、ended 已届满、upcoming 未开始、unknown 未载明期限）。',
      en: 'The matrices (plans listed once, cells keyed by plan) and each plan’s targets; each plan has a status on the build date (current, ended, upcoming, unknown).',
    },
  },
  {
    name: 'department-kinds',
    path: 'department-kinds.json',
    format: 'json',
    jsonSchema: 'departmentKinds',
    title: { zh: '部门类别', en: 'Department kinds' },
    description: {
      zh: '每个部门类别的标识、中文名、英文名及本站方案中归入它的部门名称；unresolved 为归不进任何类别的名称。',
      en: 'Every department kind (key, Chinese and English label) with the department names here that resolve to it; unresolved lists the names that fit none.',
    },
  },
  {
    name: 'plan-index',
    path: 'plans/index.csv',
    format: 'csv',
    tableSchema: 'planIndex',
    title: { zh: '方案索引', en: 'Plan index' },
    description: {
      zh: '每个方案一行：标识、标题、地区、日期、方案页与该方案数据文件（data_url，/data/plans/<标识>.json，结构见 plan.schema.json）的网址，以及计数。',
      en: 'One row per plan: identifier, title, region, dates, the addresses of its page and of its own data file (data_url, /data/plans/<slug>.json, shaped as plan.schema.json says), and counts.',
    },
  },
  {
    name: 'plan-index-json',
    path: 'plans/index.json',
    format: 'json',
    jsonSchema: 'planIndex',
    title: { zh: '方案索引（JSON）', en: 'Plan index (JSON)' },
    description: { zh: '与 plans/index.csv 相同的内容。', en: 'The same as plans/index.csv.' },
  },
  {
    name: 'by-province-index',
    path: 'by-province/index.csv',
    format: 'csv',
    tableSchema: 'splitIndex',
    title: { zh: '按省份拆分的文件一览', en: 'Files split by province' },
    description: {
      zh: '每个拆分文件一行：数据集、省份、第几份、网址、方案数、行数、字节数。各省的文件合起来正好是合并文件。',
      en: 'One row per split file: dataset, province, part, address, plans, rows, bytes. A dataset’s splits together are exactly its combined file.',
    },
  },
];

/** The per-plan files: one per plan, each listed by a row of the plan index (its data_url). */
export const PLAN_FILES = {
  title: { zh: '每个方案一个文件', en: 'One file per plan' },
  description: {
    zh: '/data/plans/<标识>.json：一个方案的全部数据——与 plans.json 中该方案的记录字段相同，另加方案页网址、所属省份、计数、全部措施（measures）和每个部门名称的类别（departmentKinds）。',
    en: '/data/plans/<slug>.json: all of one plan’s data — its plans.json record, plus its page address, province, counts, every measure (measures) and each department name’s kinds (departmentKinds).',
  },
} as const;

export interface SplitLike {
  dataset: 'departments' | 'matrix' | 'targets';
  provinceSlug: string;
  province: string | null;
  part: number;
  parts: number;
  /** Site path, /data/by-province/…. */
  path: string;
}

const relative = (sitePath: string) => sitePath.replace(/^\/data\//, '');

function resource(f: DataFile) {
  const common = { name: f.name, path: f.path, title: bilingual(f.title, ' / '), description: bilingual(f.description, '\n'), encoding: 'utf-8' };
  if (f.format === 'json') return { ...common, format: 'json', mediatype: 'application/json', jsonSchema: JSON_SCHEMAS[f.jsonSchema!]!.path };
  return {
    ...common,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    // RFC 4180 as csv-stringify writes it; every file starts with a UTF-8 BOM (for spreadsheets).
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: TABLE_SCHEMAS[f.tableSchema!].path,
  };
}

/** The data package for this build: every download, the splits as they were cut. `homepage` is the /data/ page's absolute url. */
export function dataPackage(splits: readonly SplitLike[], homepage: string) {
  const resources = DATA_FILES.map((f) => {
    const r = resource(f);
    // The per-plan files, described once: the plan index's data_url column lists them.
    return f.name === 'plan-index' ? { ...r, files: { field: 'data_url', format: 'json', mediatype: 'application/json', jsonSchema: JSON_SCHEMAS.plan!.path, title: bilingual(PLAN_FILES.title, ' / '), description: bilingual(PLAN_FILES.description, '\n') } } : r;
  });
  for (const s of splits) {
    const of = DATA_FILES.find((f) => f.name === s.dataset)!;
    const where = s.province ?? '省份未载明 / province not stated';
    resources.push(
      resource({
        ...of,
        name: `${s.dataset}-by-province/${s.provinceSlug}${s.parts > 1 ? `-${s.part}` : ''}`,
        path: relative(s.path),
        title: { zh: `${of.title.zh}：${where}${s.parts > 1 ? `（第${s.part}份，共${s.parts}份）` : ''}`, en: `${of.title.en}: ${s.provinceSlug}${s.parts > 1 ? ` (part ${s.part} of ${s.parts})` : ''}` },
        description: { zh: `${of.path} 中属于该省的行，列相同。`, en: `The rows of ${of.path} for this province, same columns.` },
      }),
    );
  }
  return {
    profile: 'data-package',
    name: 'plan-atlas',
    title: '全民科学素质行动方案对照：数据 / Plan Atlas: data',
    description: bilingual(
      {
        zh: `各地《全民科学素质行动规划纲要（2021—2035年）》实施方案的数据，取自本站的方案模型，与网页一致。CSV 为 UTF-8（带 BOM）、RFC 4180。${MISSING_VALUES_NOTE.zh}各文件的列和字段只会增加，不会改名或删除。`,
        en: `Local implementation plans of China's national science-literacy outline (2021–2035), from the site's plan model, as the pages show them. CSV is UTF-8 with a BOM, RFC 4180. ${MISSING_VALUES_NOTE.en} Columns and fields are only ever added, never renamed or dropped.`,
      },
      '\n',
    ),
    homepage,
    resources,
  };
}

/** datapackage.json and the schema files it names, as site paths (under /data/) → text. */
export function packageFiles(splits: readonly SplitLike[], homepage: string): Map<string, string> {
  const files = new Map<string, string>();
  files.set(`/data/${PACKAGE_FILE}`, `${JSON.stringify(dataPackage(splits, homepage), null, 1)}\n`);
  for (const { path, columns, keys } of Object.values(TABLE_SCHEMAS)) files.set(`/data/${path}`, `${JSON.stringify(tableSchema(columns, keys))}\n`);
  for (const key of Object.keys(JSON_SCHEMAS)) files.set(`/data/${JSON_SCHEMAS[key]!.path}`, jsonSchemaText(key));
  return files;
}
