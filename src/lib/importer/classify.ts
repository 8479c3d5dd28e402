import { GROUPS, PROJECTS, findEntries, projectAnchor, type GroupKey, type ProjectKey, type TaxonomyEntry } from '../taxonomy';
import type { Block, HeadingBlock } from './types';
import { numberValue } from './structure/numbering';

export { numberValue };

/**
 * Stage "classify": finds the sections a plan devotes to each priority group and key project,
 * and gives every block its permanent anchor id:
 *   notice / plan / annex      the covering notice, the plan's title, the annex
 *   youth … officials          a priority-group section
 *   project-<key>              a key-project section
 *   s3-2-1                     any other numbered heading: the printed numbers of its path
 *   <heading id>-p<n>          the n-th paragraph under a heading; -t<n> for tables
 * Ids come from printed numbers, not positions, so an added paragraph elsewhere moves nothing.
 */

export type AnchoredBlock = Block & { id: string };

export interface Classified<K> {
  key: K;
  /** Index into the blocks of the section's heading. */
  index: number;
  matched: string;
}

export interface ClassifyResult {
  blocks: AnchoredBlock[];
  groups: Classified<GroupKey>[];
  projects: Classified<ProjectKey>[];
  /** Key projects the plan does not single out but names in the lead sentence of a measure paragraph. */
  mentions: (Classified<ProjectKey> & { lead: string })[];
}

/** The lead sentence of a measure paragraph ("建立应急科普工作机制。…"), when it is short enough to be one. */
export function leadSentence(text: string): string | null {
  const m = /^[^。；！？]{2,30}。/.exec(text);
  return m ? m[0] : null;
}

/** Chapters that are about how the plan is run, not what it does: no group or project there. */
const ADMIN_CHAPTER = /组织实施|保障|工作步骤|进度安排|总体要求|前言/;

export function classify(blocks: readonly Block[]): ClassifyResult {
  const bodyHeadings = blocks
    .map((b, index) => ({ b, index }))
    .filter((x): x is { b: HeadingBlock; index: number } => x.b.kind === 'heading' && x.b.part === 'body' && x.b.number !== '');

  // The chapter (depth-1 heading) each body heading sits in, to skip administrative chapters.
  const chapterOf = new Map<number, string>();
  let chapter = '';
  for (const { b, index } of bodyHeadings) {
    if (b.depth === 1) chapter = b.text;
    chapterOf.set(index, chapter);
  }
  const candidates = bodyHeadings.filter(({ b, index }) => !(b.depth > 1 && ADMIN_CHAPTER.test(chapterOf.get(index) ?? '')) && !(b.depth === 1 && ADMIN_CHAPTER.test(b.text)));

  const groups = pickSections(GROUPS, candidates, new Set(), false);
  const taken = new Set(groups.map((g) => g.index));
  const projects = pickSections(PROJECTS, candidates, taken, true);

  const canonical = new Map<number, string>();
  for (const g of groups) canonical.set(g.index, g.key);
  for (const p of projects) canonical.set(p.index, projectAnchor(p.key));

  // Measures of the plan's own projects and tasks that name a project it does not single out.
  const found = new Set(projects.map((p) => p.key));
  const mentions: ClassifyResult['mentions'] = [];
  let inAdmin = false;
  blocks.forEach((b, index) => {
    if (b.part !== 'body') return;
    if (b.kind === 'heading' && b.depth === 1) inAdmin = ADMIN_CHAPTER.test(b.text);
    if (b.kind !== 'paragraph' || inAdmin) return;
    const lead = leadSentence(b.text);
    if (!lead) return;
    for (const { key, wording } of findEntries(PROJECTS, lead)) {
      if (!found.has(key)) mentions.push({ key, index, matched: wording, lead });
    }
  });
  return { blocks: assignIds(blocks, canonical), groups, projects, mentions };
}

function pickSections<K extends string>(
  entries: readonly TaxonomyEntry<K>[],
  candidates: readonly { b: HeadingBlock; index: number }[],
  taken: Set<number>,
  preferProjects: boolean,
): Classified<K>[] {
  const picks: (Classified<K> & { depth: number; text: string })[] = [];
  for (const entry of entries) {
    const matches = candidates
      .filter(({ index }) => !taken.has(index))
      .map(({ b, index }) => ({ b, index, found: findEntries([entry], b.text)[0] }))
      .filter((m) => m.found)
      .sort((x, y) => x.b.depth - y.b.depth || Number(preferProjects && /工程/.test(y.b.text)) - Number(preferProjects && /工程/.test(x.b.text)) || x.index - y.index);
    const best = matches[0];
    if (best?.found) {
      picks.push({ key: entry.key, index: best.index, matched: best.found.wording, depth: best.b.depth, text: best.b.text });
      taken.add(best.index);
    }
  }
  if (preferProjects) return picks.map(({ key, index, matched }) => ({ key, index, matched }));
  // Groups sit side by side at one depth; a stray deeper mention that does not name 素质 is not one.
  const depths = picks.map((p) => p.depth);
  const modal = depths.sort((a, b) => depths.filter((d) => d === b).length - depths.filter((d) => d === a).length)[0];
  return picks
    .filter((p) => p.depth === modal || /素质/.test(p.text))
    .map(({ key, index, matched }) => ({ key, index, matched }));
}

function assignIds(blocks: readonly Block[], canonical: Map<number, string>): AnchoredBlock[] {
  const used = new Set<string>();
  const unique = (id: string) => {
    let candidate = id;
    for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
    used.add(candidate);
    return candidate;
  };
  // Reserve canonical ids first so a structural id can never take them.
  for (const id of canonical.values()) used.add(id);

  const out: AnchoredBlock[] = [];
  let path: { depth: number; value: string }[] = [];
  let current = 'notice';
  let annexCount = 0;
  const counters = new Map<string, { p: number; t: number }>();

  blocks.forEach((block, index) => {
    if (block.kind === 'heading') {
      let id: string;
      if (block.role === 'notice') id = unique('notice');
      else if (block.role === 'title') {
        id = unique('plan');
        path = [];
      } else if (block.role === 'annex') {
        annexCount++;
        id = unique(annexCount === 1 ? 'annex' : `annex-${annexCount}`);
        path = [];
      } else {
        path = path.filter((p) => p.depth < block.depth);
        path.push({ depth: block.depth, value: String(numberValue(block.number) ?? 0) });
        const structural = `${block.part === 'annex' ? `annex${annexCount > 1 ? annexCount : ''}-` : ''}s${path.map((p) => p.value).join('-')}`;
        id = canonical.get(index) ?? unique(structural);
      }
      current = id;
      out.push({ ...block, id });
      return;
    }
    const count = counters.get(current) ?? { p: 0, t: 0 };
    counters.set(current, count);
    const id = block.kind === 'table' ? unique(`${current}-t${++count.t}`) : unique(`${current}-p${++count.p}`);
    out.push({ ...block, id });
  });
  return out;
}
