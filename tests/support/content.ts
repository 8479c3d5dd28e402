// Every plan in content/, imported in memory once per test file, with what the tests derive their
// expectations from: the committed MDX, the corrected source text and the anchors manifest.
// Nothing here names a plan: tests written on top of it hold for any set of plans.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyCorrections, parseCorrections } from '../../src/lib/importer/corrections';
import { decode } from '../../src/lib/importer/decode';
import { importPlan, type PlanInput, type PlanOutput } from '../../src/lib/importer/pipeline';
import { collectInputs, derivedInput } from '../../src/lib/importer/run';
import type { AnchoredBlock } from '../../src/lib/importer/classify';
import type { PlanFrontmatter, SectionRef } from '../../src/lib/schema';
import { GROUP_KEYS, PROJECT_KEYS, type GroupKey, type ProjectKey } from '../../src/lib/taxonomy';

export interface ImportedPlan {
  slug: string;
  input: PlanInput;
  out: PlanOutput;
  fm: PlanFrontmatter;
  /** The committed content/plans/<slug>.mdx, or null when import has not been run for it. */
  committedMdx: string | null;
}

let cache: { plans: ImportedPlan[]; errors: string[]; failures: { slug: string; error: string }[] } | null = null;

/**
 * Imports every source in content/sources in memory as `npm run import` does (collectInputs, a
 * page's, PDF's or Word file's derived text, importPlan); `input.bytes` is then the derived text.
 */
export async function importedPlans(root = process.cwd()) {
  if (cache) return cache;
  const { inputs, errors } = collectInputs(root);
  const plans: ImportedPlan[] = [];
  const failures: { slug: string; error: string }[] = [];
  for (const collected of inputs) {
    try {
      const input = await derivedInput(collected);
      const out = importPlan(input);
      const mdxPath = join(root, 'content/plans', `${input.slug}.mdx`);
      plans.push({ slug: input.slug, input, out, fm: out.frontmatter, committedMdx: existsSync(mdxPath) ? readFileSync(mdxPath, 'utf8') : null });
    } catch (e) {
      failures.push({ slug: collected.slug, error: (e as Error).message });
    }
  }
  cache = { plans, errors, failures };
  return cache;
}

/** The decoded source with its listed corrections applied: the text the page must show. */
export function correctedSource(input: PlanInput): string {
  const text = decode(input.bytes, input.file).text;
  const corrections = input.corrections ? parseCorrections(input.corrections.text, input.corrections.file) : [];
  return applyCorrections(text, corrections, input.file).text;
}

export type SectionKind = 'group' | 'project';
export interface NamedSection {
  kind: SectionKind;
  key: GroupKey | ProjectKey;
  section: SectionRef;
}

/** The group and project sections a plan's frontmatter records (absent ones skipped). */
export function sectionsOf(fm: PlanFrontmatter): NamedSection[] {
  const out: NamedSection[] = [];
  for (const key of GROUP_KEYS) if (fm.groups[key]) out.push({ kind: 'group', key, section: fm.groups[key]! });
  for (const key of PROJECT_KEYS) if (fm.projects[key]) out.push({ kind: 'project', key, section: fm.projects[key]! });
  return out;
}

/**
 * Every anchor the frontmatter points at, with where it was found: outline ids, section anchors,
 * measure anchors and statedAt, target anchors, the literacy target and baseline, project mentions.
 */
export function frontmatterAnchors(fm: PlanFrontmatter): { where: string; anchor: string }[] {
  const out: { where: string; anchor: string }[] = [];
  for (const o of fm.outline) out.push({ where: `outline ${o.id}`, anchor: o.id });
  for (const { kind, key, section } of sectionsOf(fm)) {
    out.push({ where: `${kind} ${key}`, anchor: section.anchor });
    for (const [i, item] of section.items.entries()) {
      out.push({ where: `${kind} ${key} item ${i + 1}`, anchor: item.anchor });
      if (item.statedAt) out.push({ where: `${kind} ${key} item ${i + 1} statedAt`, anchor: item.statedAt });
    }
  }
  for (const [i, t] of fm.targets.entries()) out.push({ where: `target ${i + 1}`, anchor: t.anchor });
  if (fm.literacyTarget) out.push({ where: 'literacyTarget', anchor: fm.literacyTarget.anchor });
  if (fm.literacyBaseline) out.push({ where: 'literacyBaseline', anchor: fm.literacyBaseline.anchor });
  for (const [key, mentions] of Object.entries(fm.projectMentions)) for (const m of mentions ?? []) out.push({ where: `projectMentions ${key}`, anchor: m.anchor });
  return out;
}

/** The blocks from a heading up to the next heading of the same or a higher level (its section). */
export function sectionExtent(blocks: readonly AnchoredBlock[], id: string): AnchoredBlock[] {
  const start = blocks.findIndex((b) => b.id === id);
  const head = blocks[start];
  if (!head || head.kind !== 'heading') return [];
  let end = start + 1;
  while (end < blocks.length) {
    const b = blocks[end]!;
    if (b.kind === 'heading' && (b.depth <= head.depth || b.part !== head.part)) break;
    end++;
  }
  return blocks.slice(start, end);
}


/**
 * Search terms taken from the plans' text, so search tests hold for any set of plans: the Han
 * n-grams of the body paragraphs, with the plans and blocks they occur in, most widespread first
 * (ties broken by the term itself, so the choice is deterministic).
 */
export async function commonTerms(n: number): Promise<{ term: string; plans: string[]; blocks: number; sample: string }[]> {
  const seen = new Map<string, { plans: Set<string>; blocks: number; sample: string }>();
  for (const p of (await importedPlans()).plans) {
    for (const b of p.out.blocks) {
      if (b.kind !== 'paragraph' || b.part !== 'body') continue;
      const runs = b.text.match(/\p{Script=Han}+/gu) ?? [];
      const inBlock = new Set<string>();
      for (const run of runs) for (let i = 0; i + n <= run.length; i++) inBlock.add(run.slice(i, i + n));
      for (const t of inBlock) {
        const e = seen.get(t) ?? { plans: new Set(), blocks: 0, sample: b.text };
        e.plans.add(p.slug);
        e.blocks++;
        seen.set(t, e);
      }
    }
  }
  return [...seen.entries()]
    .map(([term, e]) => ({ term, plans: [...e.plans], blocks: e.blocks, sample: e.sample }))
    .sort((a, b) => b.plans.length - a.plans.length || b.blocks - a.blocks || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}
