/**
 * The shapes of the published JSON files under /data/, in zod: the one definition from which both
 * the writers' types (src/lib/data/downloads.ts, src/lib/matrix/serialize.ts) and the published
 * JSON Schemas (/data/*.schema.json, by zod-to-json-schema in src/lib/data/package.ts) come.
 * A plan's record is its frontmatter (src/lib/schema.ts planSchema, what the importer and the
 * content collection validate) with its slug; the per-plan file adds to it.
 */
import { z } from 'zod';
import { SOURCE_FORMATS } from '../importer/formats/types';
import { DEPARTMENT_KINDS } from '../departments/kinds';
import { anchorId, planSchema, REGION_LEVELS } from '../schema';
import { PLAN_STATUSES } from '../plan-status';
import { topicSchema } from '../model/plan';

const slug = z.string().min(1).describe("The plan's identifier (slug): /plans/<slug>/.");
/** Absolute web addresses on this site (the downloads' urls carry the site's origin). */
const siteUrl = z.string().url();
const sectionKey = z.string().min(1);

/** One element of plans.json: the plan's slug and all its frontmatter. */
export const planRecordSchema = planSchema.extend({ slug }).describe('A plan: its slug and all its metadata (the frontmatter of its page).');
export type PlanRecord = z.infer<typeof planRecordSchema>;
export const plansJsonSchema = z.array(planRecordSchema).describe('plans.json: every plan of the site, one record each.');

export const planCountsSchema = z
  .object({
    groups: z.number().int().nonnegative().describe('Priority-group sections the plan has (of the five).'),
    projects: z.number().int().nonnegative().describe('Key-project sections the plan has (of the five).'),
    measures: z.number().int().nonnegative().nullable().describe('Measures in the plan model (every section); null without a model.'),
    departments: z.number().int().nonnegative().describe('Distinct departments the plan names for the groups and projects (by full name).'),
    departmentRows: z.number().int().nonnegative().describe("The plan's rows in departments.csv."),
    matrixRows: z.number().int().nonnegative().describe("The plan's rows in matrix.csv."),
  })
  .strict();
export type PlanCounts = z.infer<typeof planCountsSchema>;

/** One element of plans/index.json (the same facts as a row of plans/index.csv). */
export const planIndexEntrySchema = z
  .object({
    slug,
    title: z.string().min(1),
    shortName: z.string().min(1),
    region: z.string().min(1),
    level: z.enum(REGION_LEVELS),
    province: z.string().nullable().describe('The province the region is in; null when the data does not say.'),
    provinceSlug: z.string().min(1).describe('The folder under /data/by-province/ (unknown when the province is not stated).'),
    period: z.object({ from: z.number().int(), to: z.number().int() }).strict().nullable(),
    signedDate: z.string().date().nullable(),
    publishedDate: z.string().date().nullable(),
    printedDate: z.string().date().nullable(),
    url: siteUrl.describe('The plan page.'),
    dataUrl: siteUrl.describe("The plan's own data file, /data/plans/<slug>.json."),
    counts: planCountsSchema,
    uniqueShare: z.number().min(0).max(1).nullable().describe('Share (0–1, four decimals) of its body text found in no other plan (src/lib/reuse); null when not computed.'),
    textComplete: z.boolean().describe('false when the text stops short (the importer\'s rule text/truncated; the plan page says so): its facts and counts are of a part of the plan only.'),
    sourceUrl: z.string().url().nullable().describe('The official original (the publisher\'s own page), linked on the plan page as 原文; null when not known.'),
    sourceFormat: z.enum(SOURCE_FORMATS).describe('The format of the source file as obtained: txt, html, mhtml, pdf, docx or doc.'),
    sourceSha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the source file as obtained (content/sources), before any format reader.'),
    sourceObtainedFrom: z.string().url().nullable().describe('The page the source file was taken from (the original, or a re-posting or mirror page, which is never offered as the source); null when not recorded.'),
  })
  .strict();
export type PlanIndexEntry = z.infer<typeof planIndexEntrySchema>;
export const planIndexJsonSchema = z.array(planIndexEntrySchema).describe('plans/index.json: one entry per plan, listing its own data file.');

/** A measure as the per-plan file gives it: every measure of the plan model, with its departments by role under their full names. */
export const planFileMeasureSchema = z
  .object({
    anchor: anchorId.describe('The measure on the plan page (url + #anchor).'),
    number: z.string().describe('Its printed number, "" when unnumbered.'),
    text: z.string().min(1),
    section: anchorId.describe('The anchor of the section it is in.'),
    sectionHeading: z.string().nullable(),
    topic: topicSchema.nullable().describe('group:<key>, project:<key> or extra:<name> when the section is one of those; null otherwise.'),
    lead: z.array(z.string().min(1)),
    support: z.array(z.string().min(1)),
    responsible: z.array(z.string().min(1)),
    statedAt: anchorId.nullable().describe('Where the text names its departments, or null.'),
    ruleId: z.string().nullable().describe('The rule that read that statement, or null.'),
  })
  .strict();

/** /data/plans/<slug>.json: the plans.json record (same fields, same values), then what only this file has. */
export const planFileSchema = planRecordSchema
  .extend({
    url: siteUrl.describe('The plan page.'),
    dataUrl: siteUrl.describe('This file.'),
    province: z.string().nullable(),
    provinceSlug: z.string().min(1),
    counts: planCountsSchema,
    measures: z.array(planFileMeasureSchema).nullable().describe('Every measure of the plan model; null without a model.'),
    departmentKinds: z.record(z.string(), z.array(z.string())).describe('Each department name of the plan → its kind keys (/data/department-kinds.json); [] when it fits none.'),
  })
  .describe('One plan’s data file: its plans.json record and its measures.');
export type PlanFile = z.infer<typeof planFileSchema>;

const matrixColumnSchema = z
  .object({
    slug,
    shortName: z.string(),
    title: z.string(),
    region: z.string(),
    level: z.enum(REGION_LEVELS),
    levelLabel: z.string(),
    province: z.string().nullable(),
    parents: z.array(z.string()),
    period: z.string().nullable().describe('"2021—2025年", or null.'),
    status: z.enum(PLAN_STATUSES).describe('On the build date: current, ended, upcoming, or unknown (no period).'),
    href: z.string().describe('The plan page (site path).'),
  })
  .strict();
const presentCellSchema = z
  .object({
    slug,
    key: sectionKey,
    note: z.string().nullable(),
    present: z.literal(true),
    heading: z.string(),
    number: z.string(),
    anchor: z.string(),
    href: z.string(),
    matched: z.string(),
    measures: z.number().int().nonnegative(),
    chars: z.number().int().nonnegative(),
    lead: z.array(z.string()),
    support: z.array(z.string()),
    responsible: z.array(z.string()),
  })
  .strict();
const absentCellSchema = z
  .object({
    slug,
    key: sectionKey,
    present: z.literal(false),
    note: z.string(),
    mentions: z.array(z.object({ text: z.string(), href: z.string() }).strict()).describe('Measures that name the key project although the plan does not single it out.'),
  })
  .strict();
const matrixShapeSchema = z
  .object({
    rows: z.array(
      z
        .object({
          key: sectionKey,
          zh: z.string(),
          en: z.string(),
          href: z.string().describe('The comparison page of the group or project.'),
          cells: z.record(z.string(), z.discriminatedUnion('present', [presentCellSchema, absentCellSchema])).describe('Plan slug → cell.'),
        })
        .strict(),
    ),
  })
  .strict();
const literacyFigureSchema = z.object({ year: z.number().int(), percent: z.number(), comparator: z.string().nullable(), sentence: z.string(), href: z.string() }).strict();

/** /data/matrix.json: the comparison matrices and the targets. */
export const matrixJsonSchema = z
  .object({
    plans: z.array(matrixColumnSchema),
    groups: matrixShapeSchema,
    projects: matrixShapeSchema,
    targets: z.array(
      z
        .object({
          slug,
          literacy: literacyFigureSchema.nullable(),
          baseline: literacyFigureSchema.nullable(),
          others: z.array(
            z.object({ measure: z.string(), value: z.number(), unit: z.string(), comparator: z.string().nullable(), year: z.number().int().nullable(), sentence: z.string(), href: z.string() }).strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict()
  .describe('matrix.json: the matrices of priority groups and key projects × plans, and each plan’s targets.');
export type MatrixJson = z.infer<typeof matrixJsonSchema>;

/** /data/department-kinds.json. */
export const departmentKindsJsonSchema = z
  .object({
    kinds: z.array(
      z
        .object({
          key: z.enum(DEPARTMENT_KINDS.map((k) => k.key) as [string, ...string[]]),
          zh: z.string(),
          en: z.string(),
          names: z.array(z.string()).describe('Department names of this build that resolve to the kind.'),
        })
        .strict(),
    ),
    unresolved: z.array(z.string()).describe('Names that resolve to no kind.'),
  })
  .strict()
  .describe('department-kinds.json: every department kind with the names in it.');
export type DepartmentKindsJson = z.infer<typeof departmentKindsJsonSchema>;
