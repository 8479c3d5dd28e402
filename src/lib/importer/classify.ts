import { GROUPS, PROJECTS, findEntries, groupByKey, projectAnchor, projectByKey, type GroupKey, type ProjectKey } from '../taxonomy';
import type { MessageLog } from './messages';
import { extraGroupRule, foldForMatching, groupHeadingRule, projectHeadingRule } from './rules/topics/topics';
import { headingKey, topicByContent, topicSettled, topicSibling, unplacedHeading } from './rules/topics/placement';
import { sectionExtent } from './structure/sections';
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
  /** Groups a plan adds beyond the five (妇女, 少数民族群众). */
  extraGroups: { index: number; name: string }[];
}

/** The lead sentence of a measure paragraph ("建立应急科普工作机制。…"), when it is short enough to be one. */
export function leadSentence(text: string): string | null {
  const m = /^[^。；！？]{2,30}。/.exec(text);
  return m ? m[0] : null;
}

/** Chapters that are about how the plan is run, not what it does: no group or project there. */
export const ADMIN_CHAPTER = /组织实施|保障|工作步骤|实施步骤|进度安排|总体要求|前言|发展基础|指导思想|基本原则|目标/;

/** How `<slug>.yaml` settles a heading: a topic, or none. Keyed by the heading's text as printed (number left out). */
export type TopicSettlement = Record<string, string>;

export interface ClassifyOptions {
  /** Headings settled by hand (`topics:` in the plan's YAML): "group:elderly", "project:talent", "extra:妇女" or "none". */
  settled?: TopicSettlement;
  log?: MessageLog;
}

/** The wording as the heading prints it (農民 in a traditional repost), found through the same-length fold. */
function printedWording(text: string, wording: string): string {
  const at = foldForMatching(text).indexOf(wording);
  return at >= 0 ? text.slice(at, at + wording.length) : wording;
}

/** A chapter on the key projects as a whole (实施重点工程, 五项重点工程, 六大工程), not one project's section. */
const KEY_PROJECTS_CHAPTER = /重点工程|[项大]工程/;


/**
 * Finds the sections a plan devotes to each priority group and key project (topics/ rules), in
 * document order: a section inside a topic section is never a topic of its own (a measure named
 * 应急科普 under 基层科普能力 is a mention, as is one named in a measure's lead sentence); headings of
 * administrative chapters are never topics; a sibling of topic sections that matches none is
 * reported as a heading the importer could not place.
 */
export function classify(blocks: readonly Block[], options: ClassifyOptions = {}): ClassifyResult {
  const settled = options.settled ?? {};
  const log = options.log;
  const used = new Set<string>();
  const groups: Classified<GroupKey>[] = [];
  const projects: Classified<ProjectKey>[] = [];
  const extraGroups: ClassifyResult['extraGroups'] = [];
  const headingMentions: ClassifyResult['mentions'] = [];
  /** Topic sections found so far: heading index → end of its extent. */
  const claimed = new Map<number, number>();
  const inTopic = (index: number) => [...claimed].some(([start, end]) => index > start && index < end);
  const claim = (index: number) => claimed.set(index, sectionExtent(blocks, index).end);
  const parentOf = (index: number): number | null => {
    const b = blocks[index] as HeadingBlock;
    for (let i = index - 1; i >= 0; i--) {
      const p = blocks[i]!;
      if (p.kind === 'heading' && (p.depth < b.depth || p.role)) return p.role || p.part !== b.part ? null : i;
    }
    return null;
  };
  const body: number[] = [];
  let chapter = '';
  const admin = new Set<number>();
  blocks.forEach((b, index) => {
    if (b.kind !== 'heading' || b.part !== 'body' || b.number === '') return;
    if (b.depth === 1) chapter = b.text;
    if (ADMIN_CHAPTER.test(foldForMatching(b.depth === 1 ? b.text : chapter))) admin.add(index);
    body.push(index);
  });

  // Headings settled in YAML first, then groups and key projects by the topics/ rules, in document order.
  for (const index of body) {
    const b = blocks[index] as HeadingBlock;
    const key = headingKey(b.text);
    if (inTopic(index)) continue;
    const settlement = topicSettled.apply({ heading: b.text, settled });
    if (settlement === null) continue;
    used.add(key);
    if (settlement.kind === 'group') groups.push({ key: settlement.key, index, matched: key });
    else if (settlement.kind === 'project') projects.push({ key: settlement.key, index, matched: key });
    else if (settlement.kind === 'extra') extraGroups.push({ index, name: settlement.name });
    else continue;
    if (log) topicSettled.info(log, `“${b.text}”按 YAML 认定为 ${settled[key]}`, { line: b.line });
    claim(index);
  }
  for (const index of body) {
    const b = blocks[index] as HeadingBlock;
    if (admin.has(index) || claimed.has(index) || settled[headingKey(b.text)] !== undefined) continue;
    // Under a chapter on the priority groups (提升重点人群科学素质) or the key projects (实施重点工程), a heading
    // is the section on a group or project even in its shortest wording (（一）青少年。, （一）科技资源科普化。).
    const parent = parentOf(index);
    const chapterText = parent === null ? '' : foldForMatching((blocks[parent] as HeadingBlock).text);
    const folded = foldForMatching(b.text);
    const project = projectHeadingRule.apply(b.text) ?? (KEY_PROJECTS_CHAPTER.test(chapterText) ? (findEntries(PROJECTS, folded)[0] ?? null) : null);
    const group = project ? null : (groupHeadingRule.apply(b.text) ?? (/人群|群体/.test(chapterText) ? (findEntries(GROUPS, folded)[0] ?? null) : null));
    if (inTopic(index)) {
      // A measure inside a topic section that names a key project: where the plan addresses it.
      const named = findEntries(PROJECTS, foldForMatching(b.text))[0];
      if (named) headingMentions.push({ key: named.key, index, matched: printedWording(b.text, named.wording), lead: b.text });
      continue;
    }
    if (project && !projects.some((p) => p.key === project.key)) projects.push({ key: project.key, index, matched: printedWording(b.text, project.wording) });
    else if (group && !groups.some((g) => g.key === group.key)) groups.push({ key: group.key, index, matched: printedWording(b.text, group.wording) });
    else continue;
    claim(index);
  }
  for (const key of Object.keys(settled)) if (!used.has(key) && log) topicSettled.warn(log, `YAML 认定的标题“${key}”在文本中找不到`);

  // Siblings of the topic sections (same parent, same depth): a project or group named without its
  // usual word (科学素质国际交流合作, no 工程), a group the plan adds, or a heading the importer could not place.
  const topicIndexes = [...claimed.keys()];
  const outlineHeading = (index: number) => ({ depth: (blocks[index] as HeadingBlock).depth, parent: parentOf(index) });
  const projectIndexes = () => projects.map((p) => p.index);
  /** The sub-headings and lead sentences of a section, which name the project it is about. */
  const leadsOf = (index: number): string[] => {
    const { end } = sectionExtent(blocks, index);
    return blocks.slice(index + 1, end).map((x) => (x.kind === 'heading' ? x.text : x.kind === 'paragraph' ? (leadSentence(x.text) ?? '') : ''));
  };
  const holdsTopic = (index: number) => topicIndexes.some((t) => t > index && t < sectionExtent(blocks, index).end);
  for (const index of body) {
    const b = blocks[index] as HeadingBlock;
    if (claimed.has(index) || inTopic(index) || admin.has(index) || settled[headingKey(b.text)] !== undefined) continue;
    if (!unplacedHeading.apply({ heading: outlineHeading(index), topics: topicIndexes.map(outlineHeading), holdsTopic: holdsTopic(index) })) continue;
    const group = findEntries(GROUPS, foldForMatching(b.text))[0];
    const extra = extraGroupRule.apply(b.text);
    const sibling = topicSibling.apply({ heading: b.text, taken: [...projects.map((p) => p.key), ...groups.map((g) => g.key)] });
    const byContent = () => topicByContent.apply({ leads: leadsOf(index), taken: projects.map((p) => p.key) });
    let content: ReturnType<typeof byContent> = null;
    if (sibling?.kind === 'project') {
      projects.push({ key: sibling.key, index, matched: printedWording(b.text, sibling.wording) });
      if (log) topicSibling.info(log, `“${b.number}${b.text}”与重点工程各节并列，按措辞记为“${projectByKey(sibling.key).zh}”`, { line: b.line });
    } else if (sibling?.kind === 'group') {
      groups.push({ key: sibling.key, index, matched: printedWording(b.text, sibling.wording) });
      if (log) topicSibling.info(log, `“${b.number}${b.text}”与重点人群各节并列，按措辞记为“${groupByKey(sibling.key).zh}”`, { line: b.line });
    } else if (!group && !extra && projectIndexes().some((t) => parentOf(t) === parentOf(index)) && (content = byContent())) {
      // A project section named in the plan's own words (科普融合创新工程): its measures say which project it is.
      // The plan's own name is what the matrix quotes: 方案称“科普融合创新工程”，计入“科普产业”.
      projects.push({ key: content.key, index, matched: headingKey(b.text) });
      if (log) topicByContent.info(log, `“${b.number}${b.text}”与重点工程各节并列，其措施标题多次提及“${content.wording}”，记为“${projectByKey(content.key).zh}”`, { line: b.line });
    } else if (extra) {
      extraGroups.push({ index, name: extra.name });
      if (log) extraGroupRule.info(log, `“${b.number}${b.text}”记为五类重点人群之外的人群：${extra.name}`, { line: b.line });
    } else {
      if (log) unplacedHeading.warn(log, `“${b.number}${b.text}”与重点人群、重点工程各节并列，但不属于任何一类；如属某一人群或工程，请在 YAML 的 topics 中认定，否则认定为 none`, { line: b.line });
      continue;
    }
    claim(index);
  }
  extraGroups.sort((x, y) => x.index - y.index);

  // Measures of the plan's own projects and tasks whose lead sentence names a project it does not single out.
  const found = new Set(projects.map((p) => p.key));
  const mentions: ClassifyResult['mentions'] = headingMentions.filter((m) => !found.has(m.key));
  let inAdmin = false;
  blocks.forEach((b, index) => {
    if (b.part !== 'body') return;
    if (b.kind === 'heading' && b.depth === 1) inAdmin = ADMIN_CHAPTER.test(foldForMatching(b.text));
    if (b.kind !== 'paragraph' || inAdmin) return;
    const lead = leadSentence(b.text);
    if (!lead) return;
    for (const { key, wording } of findEntries(PROJECTS, foldForMatching(lead))) {
      if (!found.has(key)) mentions.push({ key, index, matched: printedWording(lead, wording), lead });
    }
  });

  const canonical = new Map<number, string>();
  for (const g of groups) canonical.set(g.index, g.key);
  for (const p of projects) canonical.set(p.index, projectAnchor(p.key));
  // A heading that mentions a project keeps that project's anchor when no section takes it (links stay put).
  for (const m of mentions) if (blocks[m.index]!.kind === 'heading' && ![...canonical.values()].includes(projectAnchor(m.key))) canonical.set(m.index, projectAnchor(m.key));
  for (const e of extraGroups) canonical.set(e.index, `extra-${extraGroups.indexOf(e) + 1}`);
  return { blocks: assignIds(blocks, canonical), groups, projects, mentions, extraGroups };
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
