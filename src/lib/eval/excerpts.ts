import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { PlanFrontmatter } from '../schema';

/**
 * Real page beginnings with hand-read facts (../shared/real-excerpts, README there) and our own
 * examples of other header arrangements in the same gold format (tests/fixtures/headers): a loader
 * and the comparison of an import's metadata with the gold facts. The comparison is pure; only
 * `loadExcerpts` reads files.
 */

const year = z.number().int().nullable();
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable();
export const excerptGoldSchema = z.object({
  title: z.string(),
  issuer: z.string().nullable(),
  documentNumber: z.string().nullable(),
  signedDate: date,
  publishedDate: date,
  periodStart: year,
  periodEnd: year,
  region: z.object({ name: z.string(), level: z.enum(['province', 'city', 'district', 'county']) }),
  implements: z.array(z.string()),
  /**
   * The importer refuses this page by design, and why: `attachment` — a notice whose plan is only an
   * attached file (rule text/attachment-only). Such a page is not scored: the import must refuse it
   * and name the attachment (see `refusalCheck`); its other gold facts record what the page says.
   */
  refused: z.enum(['attachment']).optional(),
  /** Other answers counted right, by field (`region.name` or `region` for the region's name). */
  alsoAccept: z.record(z.string(), z.array(z.unknown())).optional(),
}).passthrough();
export type ExcerptGold = z.infer<typeof excerptGoldSchema>;

export interface Excerpt {
  slug: string;
  text: Uint8Array;
  gold: ExcerptGold;
}

/** Every `<slug>.txt` with its `<slug>.gold.json` in `dir`, or null when the folder is absent. */
export function loadExcerpts(dir: string): Excerpt[] | null {
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && existsSync(join(dir, f.replace(/\.txt$/, '.gold.json'))))
    .sort()
    .map((f) => {
      const slug = f.replace(/\.txt$/, '');
      const gold = excerptGoldSchema.parse(JSON.parse(readFileSync(join(dir, `${slug}.gold.json`), 'utf8')));
      return { slug, text: readFileSync(join(dir, f)), gold };
    });
}

/** The facts compared, in report order. */
export const EXCERPT_FIELDS = ['title', 'issuer', 'documentNumber', 'signedDate', 'publishedDate', 'periodStart', 'periodEnd', 'regionName', 'regionLevel', 'implements'] as const;
export type ExcerptField = (typeof EXCERPT_FIELDS)[number];

/**
 * A title folded for comparison: punctuation width (the importer prints ASCII parentheses
 * full-width by design) and the dash a period is written with (— ― – - －, doubled or not) do not
 * count; characters and words do.
 */
export function foldTitle(title: string): string {
  return title.normalize('NFKC').replace(/[—―‒–‐‑\-−~〜]+/g, '-').replace(/\s+/g, '');
}

export interface FactCheck {
  field: ExcerptField;
  expected: string;
  got: string;
  ok: boolean;
}

const show = (v: unknown) => (v === null || v === undefined ? 'null' : Array.isArray(v) ? `[${v.join(', ')}]` : String(v));
const implementsKey = (numbers: readonly string[]) => [...new Set(numbers)].sort().join(',');

/** Each gold fact against the import's frontmatter; `alsoAccept` values count as right. */
export function compareExcerpt(gold: ExcerptGold, fm: Pick<PlanFrontmatter, 'title' | 'issuer' | 'documentNumber' | 'signedDate' | 'publishedDate' | 'period' | 'region' | 'implements'>): FactCheck[] {
  const got: Record<ExcerptField, unknown> = {
    title: fm.title,
    issuer: fm.issuer,
    documentNumber: fm.documentNumber,
    signedDate: fm.signedDate,
    publishedDate: fm.publishedDate,
    periodStart: fm.period?.from ?? null,
    periodEnd: fm.period?.to ?? null,
    regionName: fm.region.name,
    regionLevel: fm.region.level,
    implements: fm.implements.map((d) => d.documentNumber),
  };
  const expected: Record<ExcerptField, unknown> = {
    title: gold.title, issuer: gold.issuer, documentNumber: gold.documentNumber, signedDate: gold.signedDate, publishedDate: gold.publishedDate,
    periodStart: gold.periodStart, periodEnd: gold.periodEnd, regionName: gold.region.name, regionLevel: gold.region.level, implements: gold.implements,
  };
  const accepted = (field: ExcerptField): unknown[] => {
    const a = gold.alsoAccept ?? {};
    if (field === 'regionName') return [...(a['region.name'] ?? []), ...(a['region'] ?? [])];
    if (field === 'regionLevel') return a['region.level'] ?? [];
    return a[field] ?? [];
  };
  const same = (field: ExcerptField, e: unknown, g: unknown) =>
    field === 'title' ? foldTitle(String(e)) === foldTitle(String(g)) : field === 'implements' ? implementsKey(e as string[]) === implementsKey(g as string[]) : e === g;
  return EXCERPT_FIELDS.map((field) => ({
    field,
    expected: show(expected[field]),
    got: show(got[field]),
    ok: same(field, expected[field], got[field]) || accepted(field).some((a) => same(field, a, got[field])),
  }));
}

/** Right / total per field and overall, over many excerpts' checks. */
export function excerptTotals(checks: readonly FactCheck[]): { byField: Record<ExcerptField, { right: number; total: number }>; overall: { right: number; total: number } } {
  const byField = Object.fromEntries(EXCERPT_FIELDS.map((f) => [f, { right: 0, total: 0 }])) as Record<ExcerptField, { right: number; total: number }>;
  for (const c of checks) {
    byField[c.field].total++;
    if (c.ok) byField[c.field].right++;
  }
  return { byField, overall: { right: checks.filter((c) => c.ok).length, total: checks.length } };
}

/** An attached file's name as a notice page prints it (绵竹市…纲要.doc, 附件：实施方案.pdf). */
const ATTACHMENT_FILE = /[^\s:：、，,]+\.(?:docx?|wps|pdf|xlsx?|zip|rar|ofd)\b/i;

/**
 * Whether an import refused a page as its gold says it should: for `attachment`, an error from rule
 * text/attachment-only that names the attached file the page prints. `error` is what the import
 * threw (undefined when it did not throw).
 */
export function refusalCheck(gold: ExcerptGold, pageText: string, error: unknown): { ok: boolean; reason: string } {
  const attachment = ATTACHMENT_FILE.exec(pageText)?.[0] ?? null;
  if (error === undefined) return { ok: false, reason: 'imported; expected a refusal (the plan is only an attachment)' };
  const message = error instanceof Error ? error.message : String(error);
  if (gold.refused === 'attachment' && /text\/attachment-only/.test(message) && attachment !== null && message.includes(attachment)) return { ok: true, reason: `refused, naming ${attachment}` };
  return { ok: false, reason: `refused otherwise: ${message.split('\n')[0]}` };
}
