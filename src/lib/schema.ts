import { z } from 'zod';
import { GROUP_KEYS, PROJECT_KEYS } from './taxonomy';
import { CONTROL_CLASS } from './importer/rules/text/control-chars';
import { TRUNCATION_SIGNALS } from './importer/rules/text/truncated';
import { SOURCE_FORMATS } from './importer/formats/types';

/**
 * The frontmatter of a plan entry: one schema for the importer (which validates what it writes)
 * and the content collection (which validates what it reads). Absent facts are null, never guessed.
 */

/**
 * A real calendar day, YYYY-MM-DD (2022-13-45 and 2022-02-30 are refused, 2024-02-29 accepted):
 * zod's ISO date check knows month lengths and leap years, so no date arithmetic of our own.
 */
const isoDate = z.string().date('expected YYYY-MM-DD, a real calendar day');
/**
 * A web address a reader can follow: an absolute http(s) URL with a host (never javascript:,
 * data: or a relative path). WHATWG URL parsing (zod's url() and `new URL`), not a pattern of ours.
 */
export const webUrl = z
  .string()
  .url('expected an absolute http(s) address')
  .refine((v) => {
    // Refinements run even when url() failed: parse again, safely.
    if (!URL.canParse(v)) return false;
    const url = new URL(v);
    // `https:x` parses (as https://x/); demand the written `//` so what is published is what was typed.
    // Characters a URL never holds as written (RFC 3986: quotes, angle brackets, spaces, backquote) are
    // refused rather than published inside an attribute: write them percent-encoded.
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && /^https?:\/\//i.test(v) && !/["<>\s`\\{}|^]/.test(v);
  }, 'expected an absolute http(s) address, with quotes, spaces and angle brackets percent-encoded');
/**
 * A line of text a page, a social image, a CSV cell or a BibTeX field prints: no control or
 * bidirectional-override character (rules/text/control-chars.ts removes them from the texts; this
 * refuses one that comes another way, e.g. an escape in a plan's YAML).
 */
export const printable = z.string().min(1).regex(new RegExp(`^[^${CONTROL_CLASS}]*$`), 'contains a control or bidirectional-override character');
export const anchorId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a lower-case anchor id');

/** The words plans put before a literacy percentage (超过14%, 不低于12%; 力争达到15% is 达到, 力争 being an adverb). */
export const LITERACY_COMPARATORS = ['提高到', '提升到', '提升至', '提高至', '不低于', '超过', '达到', '高于', '突破', '达', '为'] as const;

export const REGION_LEVELS = ['province', 'city', 'district', 'county'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** Department names as the plan writes them (after corrections). */
export const departmentsSchema = z.object({
  /** 牵头 */
  lead: z.array(z.string().min(1)),
  /** 配合 */
  support: z.array(z.string().min(1)),
  /** Named as 责任单位 without saying who leads or supports (e.g. Ezhou's annex). */
  responsible: z.array(z.string().min(1)),
});

/** One measure of a section and who is responsible for it (empty lists where the plan says nothing per measure). */
export const measureItemSchema = departmentsSchema.extend({
  /** The measure's heading or paragraph on the plan page. */
  anchor: anchorId,
  number: z.string(),
  /** The measure's heading, or the first sentence of its paragraph. */
  text: z.string().min(1),
  /** Where the plan names the departments for this measure (paragraph, annex table or annex line), or null. */
  statedAt: anchorId.nullable(),
});

/** A section the plan devotes to a priority group or a key project. */
export const sectionRefSchema = z.object({
  /** The plan's own heading wording, after corrections and punctuation repair. */
  heading: z.string().min(1),
  /** The printed numbering of the heading, e.g. "（一）". */
  number: z.string(),
  anchor: anchorId,
  /** The taxonomy wording that identified the heading (e.g. 城市劳动者 for workers). */
  matched: z.string().min(1),
  /** Number of measures under the section: numbered items, or paragraphs where there is no numbering. */
  measures: z.number().int().nonnegative(),
  /** Characters of text in the section (headings and paragraphs), for the heat map. */
  chars: z.number().int().nonnegative(),
  /** Union over the section: section-level statements and its measures. */
  departments: departmentsSchema,
  /** The measures counted in `measures`, each with its own departments. */
  items: z.array(measureItemSchema),
});

export const outlineEntrySchema = z.object({
  id: anchorId,
  depth: z.number().int().min(0).max(6),
  number: z.string(),
  text: z.string().min(1),
  part: z.enum(['notice', 'body', 'annex']),
});

export const targetSchema = z.object({
  /** The sentence that states it, as printed. */
  sentence: z.string().min(1),
  /** The paragraph it is in, to link to. */
  anchor: anchorId,
  /** The year the target is for, when the sentence names one (null for 每年 targets). */
  year: z.number().int().nullable(),
  value: z.number(),
  unit: z.string(),
  comparator: z.string().nullable(),
  /** What is counted, in the plan's words (e.g. 公民具备科学素质的比例). */
  measure: z.string().min(1),
});

export const planSchema = z
  .object({
    title: printable,
    /** The plan's title in English, from <slug>.yaml (an official or an editor's translation); null when none is given. */
    titleEn: printable.nullable().default(null),
    shortName: printable,
    /** The region's name in English, from <slug>.yaml, where the romanization by rule (src/lib/i18n/region.ts) would be wrong. */
    regionEn: printable.nullable().default(null),
    region: z.object({
      name: printable,
      level: z.enum(REGION_LEVELS),
      parents: z.array(z.string().min(1)),
    }),
    issuer: printable.nullable(),
    documentNumber: printable.nullable(),
    signedDate: isoDate.nullable(),
    publishedDate: isoDate.nullable(),
    printedDate: isoDate.nullable(),
    period: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
    literacyTarget: z
      .object({
        year: z.number().int(),
        percent: z.number().positive().max(100),
        comparator: z.enum(LITERACY_COMPARATORS),
        sentence: z.string().min(1),
        anchor: anchorId,
      })
      .nullable(),
    literacyBaseline: z
      .object({ year: z.number().int(), percent: z.number().positive().max(100), sentence: z.string().min(1), anchor: anchorId })
      .nullable(),
    /** Other numeric targets the plan sets (bases, volunteers, …). */
    targets: z.array(targetSchema),
    implements: z.array(z.object({ documentNumber: z.string().min(1), title: z.string().nullable() })),
    groups: z.record(z.enum(GROUP_KEYS), sectionRefSchema.nullable()),
    projects: z.record(z.enum(PROJECT_KEYS), sectionRefSchema.nullable()),
    /** Groups the plan adds beyond the five (妇女, 少数民族群众), each with its section. */
    extraGroups: z.array(sectionRefSchema.extend({ name: z.string().min(1) })).default([]),
    outline: z.array(outlineEntrySchema),
    /** Key projects not singled out but named in a measure's lead sentence: where the plan does address them. */
    projectMentions: z.record(z.enum(PROJECT_KEYS), z.array(z.object({ text: z.string().min(1), anchor: anchorId }))).default({}),
    /**
     * Department names a list abbreviates → the full name the same plan also writes
     * (保山: 市委组织部、宣传部 → 宣传部 = 市委宣传部). Names stay as written elsewhere; the
     * department index groups by the full name.
     */
    departmentAliases: z.record(z.string().min(1), z.string().min(1)),
    sourceUrl: webUrl.nullable(),
    /** `updatedDate` from <slug>.yaml: when the plan was added to the site or last changed there (the feed's date); absent when the YAML gives none. */
    updatedDate: isoDate.optional(),
    /** Editorial notes (编者注) from <slug>.yaml: what a reader should know about this copy of the text. */
    editorNotes: z.array(printable).default([]),
    /**
     * Present only when the text stops short (rule text/truncated): the source line where it ends and
     * the signals that agree. The plan page then says the text is incomplete. Absent for a whole text.
     */
    incomplete: z
      .object({ line: z.number().int().positive(), reasons: z.array(z.enum(TRUNCATION_SIGNALS)).min(1) })
      .strict()
      .optional(),
    /**
     * The source as obtained (content/sources/<file>): its format, its sha256 (of the file as
     * obtained, before any format reader), the text encoding read, where the file was taken from
     * (`obtainedFrom`: the official page or a re-posting copy; recorded, offered to readers only as
     * `sourceUrl` when it is the publisher's own) and when (`obtainedDate`); null where not known.
     */
    source: z.object({
      file: z.string().min(1),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      encoding: z.string(),
      format: z.enum(SOURCE_FORMATS).default('txt'),
      obtainedFrom: webUrl.nullable().default(null),
      obtainedDate: isoDate.nullable().default(null),
    }),
    corrections: z.array(
      z.object({ original: z.string(), replacement: z.string(), reason: z.string(), line: z.number().int().nullable(), count: z.number().int() }),
    ),
  })
  .strict();

export type PlanFrontmatter = z.infer<typeof planSchema>;
export type SectionRef = z.infer<typeof sectionRefSchema>;
export type MeasureItem = z.infer<typeof measureItemSchema>;
export type Departments = z.infer<typeof departmentsSchema>;
export type OutlineEntry = z.infer<typeof outlineEntrySchema>;

/** Optional `content/sources/<slug>.yaml`: facts the text lacks, or overrides of what the importer read. */
export const sourceMetaSchema = z
  .object({
    shortName: printable,
    titleEn: printable,
    regionEn: printable,
    region: z
      .object({ name: printable, level: z.enum(REGION_LEVELS), parents: z.array(z.string().min(1)) })
      .partial(),
    issuer: printable,
    documentNumber: printable,
    signedDate: isoDate.nullable(),
    publishedDate: isoDate.nullable(),
    sourceUrl: webUrl.nullable(),
    /** Where the source file was taken from when that is not the official original (a re-posting site): recorded, not offered to readers as the source. */
    obtainedFrom: webUrl.nullable(),
    /** When the source file was obtained (`npm run add` writes the day it copied the file). */
    obtainedDate: isoDate.nullable(),
    /** When the plan was added to the site or last changed there (the feed's date; else its files' last commit). */
    updatedDate: isoDate,
    editorNotes: z.array(printable),
    /**
     * Settles how a heading is classified, keyed by its text as printed without its number:
     * "group:<key>", "project:<key>", "extra:<name>" (a group beyond the five) or "none".
     */
    topics: z.record(z.string().min(1), z.string().regex(new RegExp(`^(group:(${GROUP_KEYS.join('|')})|project:(${PROJECT_KEYS.join('|')})|extra:.+|none)$`), 'expected group:<key>, project:<key>, extra:<name> or none')),
    /** Groups and key projects the plan does not have, confirmed by a reviewer (the report then says so as info). */
    absent: z.array(z.enum([...GROUP_KEYS, ...PROJECT_KEYS])),
  })
  .partial()
  .strict();
export type SourceMeta = z.infer<typeof sourceMetaSchema>;
