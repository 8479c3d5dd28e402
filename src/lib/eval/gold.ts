import { z } from 'zod';
import { REGION_LEVELS } from '../schema';
import { GROUP_KEYS, PROJECT_KEYS, type GroupKey, type ProjectKey } from '../taxonomy';

/**
 * The hand-checked facts of one plan (`content/expected/<slug>.json`, and the synthetic
 * `<slug>.gold.json` of the dev plans): the format the dev-plans README describes. Strict, so that a
 * misspelt key or a missing group fails loudly with the file's path instead of scoring as "absent".
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const unit = z.string().min(1);

export const goldSectionSchema = z
  .object({
    heading: z.string().min(1),
    number: z.string(),
    measures: z.number().int().nonnegative(),
    /** Whether `measures` counts numbered items (true) or body paragraphs (false). */
    numbered: z.boolean(),
    lead: z.array(unit),
    support: z.array(unit),
    responsible: z.array(unit),
  })
  .strict();

const keyed = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, goldSectionSchema.nullable()])) as Record<K, z.ZodNullable<typeof goldSectionSchema>>).strict();

export const goldTargetSchema = z
  .object({
    value: z.number(),
    unit: z.string().min(1),
    /** A substring of the target's sentence that occurs once in the prepared text. */
    sentenceContains: z.string().min(1),
  })
  .strict();

export const goldSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    title: z.string().min(1),
    issuer: z.string().min(1).nullable(),
    documentNumber: z.string().min(1).nullable(),
    signedDate: isoDate.nullable(),
    publishedDate: isoDate.nullable(),
    period: z.object({ from: z.number().int(), to: z.number().int() }).strict().nullable(),
    region: z.object({ name: z.string().min(1), level: z.enum(REGION_LEVELS), parents: z.array(z.string().min(1)) }).strict(),
    literacyTarget: z
      .object({ year: z.number().int(), percent: z.number().positive().max(100), comparator: z.string().min(1) })
      .strict()
      .nullable(),
    literacyBaseline: z.object({ year: z.number().int(), percent: z.number().positive().max(100) }).strict().nullable(),
    groups: keyed<GroupKey>(GROUP_KEYS),
    extraGroups: z.array(goldSectionSchema),
    projects: keyed<ProjectKey>(PROJECT_KEYS),
    otherTargets: z.array(goldTargetSchema),
    /** Notes on the traps of the text, for people; not scored. */
    tricky: z.array(z.string()).optional(),
  })
  .strict();

export type Gold = z.infer<typeof goldSchema>;
export type GoldSection = z.infer<typeof goldSectionSchema>;
export type GoldTarget = z.infer<typeof goldTargetSchema>;

/** A gold file that is not valid JSON or does not fit the format; the message starts with its path. */
export class GoldFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'GoldFileError';
  }
}

/**
 * Parses and validates one gold file's text. `slug`, when given, is the slug its file name says;
 * the file must agree, so an expected file copied under another name cannot score the wrong plan.
 */
export function parseGold(text: string, file: string, slug?: string): Gold {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new GoldFileError(file, `not valid JSON: ${(e as Error).message}`);
  }
  const result = goldSchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    const more = result.error.issues.length > 5 ? ` (and ${result.error.issues.length - 5} more)` : '';
    throw new GoldFileError(file, `does not fit the gold format: ${issues.join('; ')}${more}`);
  }
  if (slug !== undefined && result.data.slug !== slug) throw new GoldFileError(file, `slug "${result.data.slug}" differs from the file name's "${slug}"`);
  const sections: [string, GoldSection | null][] = [
    ...Object.entries(result.data.groups),
    ...Object.entries(result.data.projects),
    ...result.data.extraGroups.map((g, i): [string, GoldSection] => [`extraGroups.${i}`, g]),
  ];
  for (const [key, s] of sections) {
    if (!s) continue;
    const shared = s.lead.filter((u) => s.support.includes(u));
    if (shared.length) throw new GoldFileError(file, `${key}: ${shared.join('、')} listed as both lead and support (a section lists a unit once, as lead)`);
  }
  return result.data;
}
