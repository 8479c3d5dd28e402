import type { ProjectKey } from '../taxonomy';
import type { PlanFrontmatter, SourceMeta } from '../schema';
import type { AnchoredBlock, Classified } from './classify';
import type { SectionRefs } from './semantic/model';
import type { AppliedCorrection, Furniture } from './types';

/**
 * Stage "extract metadata": reads the facts of the plan from its text (and from the website
 * metadata block the strip stage removed), lets `<slug>.yaml` supply or override them, and
 * leaves null whatever neither states. Nothing here guesses a date, number or department.
 */

export interface MetadataInput {
  slug: string;
  title: string;
  blocks: readonly AnchoredBlock[];
  /** The topic sections' summaries (semantic/model.ts). */
  sections: SectionRefs;
  mentions: readonly (Classified<ProjectKey> & { lead: string })[];
  furniture: readonly Furniture[];
  corrections: readonly AppliedCorrection[];
  meta: SourceMeta;
  source: { file: string; sha256: string; encoding: string };
}

const DATE = /(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})\s*日?/;
const DOC_NUMBER = /[\u4e00-\u9fff]{1,10}[〔［[]\d{4}[〕］\]]\d{1,4}号/g;

export function isoDate(text: string): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Values of the website metadata block ("发布日期: 2022-02-14"), by label with spaces removed. */
export function metadataFields(furniture: readonly Furniture[]): Map<string, string> {
  const fields = new Map<string, string>();
  const bullets = furniture.filter((f) => f.rule === 'metadata-field').map((f) => f.text.replace(/[\u00a0\u3000]/g, ' ').replace(/^\s*•\s*/, '').trim());
  for (let i = 0; i < bullets.length; i++) {
    const text = bullets[i]!;
    // "label: value label: value" on one line, or a bare label followed by its value (bullet lists).
    const pairs = [...text.matchAll(/([\u4e00-\u9fff](?:[\s]*[\u4e00-\u9fff]){1,6})\s*[:：]\s*(.*?)(?=\s+[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,6}\s*[:：]|$)/g)];
    if (pairs.length) {
      for (const [, label, value] of pairs) setOnce(fields, label!.replace(/\s/g, ''), value!.trim());
    } else if (/^[\u4e00-\u9fff\s]{2,8}$/.test(text) && bullets[i + 1] !== undefined && !/^[\u4e00-\u9fff\s]{2,8}$/.test(bullets[i + 1]!)) {
      setOnce(fields, text.replace(/\s/g, ''), bullets[++i]!.trim());
    }
  }
  return fields;
}

function setOnce(map: Map<string, string>, key: string, value: string) {
  if (value && !map.has(key)) map.set(key, value);
}

const text = (b: AnchoredBlock) => (b.kind === 'table' ? [...b.header, ...b.rows.flat()].join(' ') : b.text);

export function extractMetadata(input: MetadataInput): PlanFrontmatter {
  const { blocks, meta } = input;
  const fields = metadataFields(input.furniture);
  const notice = blocks.filter((b) => b.part === 'notice' && b.kind === 'paragraph');
  const preambleEnd = blocks.findIndex((b) => b.part === 'body' && b.kind === 'heading' && b.number !== '');
  const preamble = blocks.slice(0, preambleEnd < 0 ? blocks.length : preambleEnd).filter((b) => b.part === 'body' && b.kind === 'paragraph');

  const signature = findSignature(notice.map(text));
  const period = periodOf(input.title);
  const implementsDocs = implementedDocuments(preamble.map(text).join(''), fields.get('文号') ?? fields.get('发文字号') ?? null);
  const region = regionOf(input.title, implementsDocs, meta);

  const documentNumber =
    meta.documentNumber ??
    fields.get('发文字号') ??
    fields.get('文号') ??
    notice.map(text).find((t) => /^[\u4e00-\u9fff]{1,10}[〔［[]\d{4}[〕］\]]\d{1,4}号$/.test(t)) ??
    null;

  const printed = blocks.filter((b) => b.kind === 'paragraph').map(text).find((t) => /^\d{4}年\d{1,2}月\d{1,2}日印发$/.test(t));
  const published = fields.get('发布日期') ?? fields.get('日期') ?? null;
  const signedText = signature?.date ?? fields.get('成文日期') ?? null;

  const body = blocks.filter((b) => b.part === 'body');
  const { literacyTarget, literacyBaseline } = literacyFigures(body, period);

  const { groups, projects, extraGroups, departmentAliases } = input.sections;

  return {
    title: input.title,
    shortName: meta.shortName ?? shortNameOf(region.name),
    region,
    issuer: meta.issuer ?? signature?.issuer ?? fields.get('发文机关') ?? fields.get('发布机构') ?? null,
    documentNumber,
    signedDate: meta.signedDate !== undefined ? meta.signedDate : signedText ? isoDate(signedText) : null,
    publishedDate: meta.publishedDate !== undefined ? meta.publishedDate : published ? isoDate(published) : null,
    printedDate: printed ? isoDate(printed) : null,
    period,
    literacyTarget,
    literacyBaseline,
    targets: numericTargets(body),
    implements: implementsDocs,
    groups,
    projects,
    extraGroups,
    projectMentions: projectMentions(blocks, input.mentions),
    outline: blocks
      .filter((b) => b.kind === 'heading')
      .map((b) => ({ id: b.id, depth: b.kind === 'heading' ? b.depth : 0, number: b.kind === 'heading' ? b.number : '', text: text(b), part: b.part })),
    departmentAliases,
    sourceUrl: meta.sourceUrl ?? null,
    editorNotes: meta.editorNotes ?? [],
    source: input.source,
    corrections: input.corrections.map((c) => ({ original: c.original, replacement: c.replacement, reason: c.reason, line: c.line ?? null, count: c.count })),
  };
}

const ISSUER = /^([\u4e00-\u9fff]{2,30}?(?:人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会))(?:\s*(\d{4}年\d{1,2}月\d{1,2}日))?$/;

/** The signature of the covering notice: the issuing body, then (same or next line) its date. */
export function findSignature(lines: readonly string[]): { issuer: string; date: string | null } | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = ISSUER.exec(lines[i]!);
    if (!m) continue;
    const next = lines[i + 1];
    const date = m[2] ?? (next && /^\d{4}年\d{1,2}月\d{1,2}日$/.test(next) ? next : null);
    return { issuer: m[1]!, date };
  }
  return null;
}

export function periodOf(title: string): { from: number; to: number } | null {
  const m = /（(\d{4})[—–\-－~～至]+(\d{4})年?）/.exec(title);
  return m ? { from: Number(m[1]), to: Number(m[2]) } : null;
}

/** Higher-level documents named in the preamble: 《title》（number）. */
export function implementedDocuments(preamble: string, own: string | null): { documentNumber: string; title: string | null }[] {
  const out: { documentNumber: string; title: string | null }[] = [];
  for (const m of preamble.matchAll(DOC_NUMBER)) {
    const documentNumber = m[0];
    if (documentNumber === own || out.some((d) => d.documentNumber === documentNumber)) continue;
    const before = preamble.slice(0, m.index);
    const title = /《([^《》]+)》[^《》]{0,3}$/.exec(before)?.[1] ?? null;
    out.push({ documentNumber, title });
  }
  return out;
}

const ADMIN_UNIT = /[\u4e00-\u9fff]{1,8}?(?:特别行政区|自治区|自治州|自治县|省|市|区|县|旗)/g;

function levelOf(name: string): 'province' | 'city' | 'district' | 'county' {
  if (/(省|自治区)$/.test(name) || /^(北京|上海|天津|重庆)市$/.test(name)) return 'province';
  if (/(县|旗|自治县)$/.test(name)) return 'county';
  if (/区$/.test(name)) return 'district';
  return 'city';
}

export function regionOf(
  title: string,
  implementsDocs: readonly { title: string | null }[],
  meta: SourceMeta,
): PlanFrontmatter['region'] {
  const prefix = title.split(/全民|科学素质|公民科学素质/)[0] ?? '';
  const units = prefix.match(ADMIN_UNIT) ?? [];
  const name = meta.region?.name ?? (units.length ? units.join('') : prefix);
  const last = units[units.length - 1] ?? name;
  const parents = new Set<string>(units.slice(0, -1));
  // The regions that issued the documents this plan implements are its parents (国务院 is not a region).
  for (const d of implementsDocs) {
    const issuerRegion = d.title?.match(/^([\u4e00-\u9fff]{1,8}?(?:自治区|省|市))(?:人民政府|全民|委|办公厅)/)?.[1];
    if (issuerRegion && issuerRegion !== name && issuerRegion !== last) parents.add(issuerRegion);
  }
  const ordered = [...parents].sort((a, b) => rank(levelOf(a)) - rank(levelOf(b)));
  return {
    name: name || prefix,
    level: meta.region?.level ?? levelOf(last || name),
    parents: meta.region?.parents ?? ordered,
  };
}
const rank = (l: string) => ['province', 'city', 'district', 'county'].indexOf(l);

export function shortNameOf(regionName: string): string {
  const units = regionName.match(ADMIN_UNIT) ?? [regionName];
  const last = units[units.length - 1]!;
  const stem = last.replace(/(特别行政区|自治区|自治州|自治县|省|市|区|县)$/, '');
  return stem.length >= 2 ? stem : last;
}

/** Splits text into sentences at 。；！？ keeping the mark. */
export function sentences(paragraph: string): string[] {
  return paragraph.match(/[^。；！？]+[。；！？]?/g) ?? [];
}

function literacyFigures(body: readonly AnchoredBlock[], period: { from: number; to: number } | null) {
  let literacyTarget: PlanFrontmatter['literacyTarget'] = null;
  let literacyBaseline: PlanFrontmatter['literacyBaseline'] = null;
  for (const b of body) {
    if (b.kind !== 'paragraph') continue;
    for (const s of sentences(b.text)) {
      if (!s.includes('具备科学素质的比例')) continue;
      const m = /(超过|达到|为)?\s*(\d+(?:\.\d+)?)\s*%/.exec(s.slice(s.indexOf('具备科学素质的比例')));
      const year = Number(/(\d{4})\s*年/.exec(s)?.[1] ?? NaN);
      if (!m || Number.isNaN(year)) continue;
      const percent = Number(m[2]);
      if (period && year < period.from) {
        literacyBaseline ??= { year, percent, sentence: s, anchor: b.id };
      } else if (!literacyTarget && (m[1] === '超过' || m[1] === '达到')) {
        literacyTarget = { year, percent, comparator: m[1], sentence: s, anchor: b.id };
      }
    }
  }
  return { literacyTarget, literacyBaseline };
}

const TARGET_NUMBER = /(\d+(?:\.\d+)?)\s*(万人次|万人|万名|万个|场次|人次|个|家|所|座|名|人|支|处|场|次|%)(以上)?/;
const TARGET_WORD = /(达到|超过|不少于|以上|建成|建设|培训|培育|成立|选派|新增|拥有|开展)/;

/** Other numeric targets: clauses with a count and a target verb (科普基地达到1500个以上). */
function numericTargets(body: readonly AnchoredBlock[]): PlanFrontmatter['targets'] {
  const out: PlanFrontmatter['targets'] = [];
  for (const b of body) {
    if (b.kind !== 'paragraph') continue;
    for (const s of sentences(b.text)) {
      if (s.includes('具备科学素质的比例')) continue;
      let year: number | null = null;
      for (const clause of s.split(/[，：]/)) {
        const y = /(20\d{2})\s*年/.exec(clause);
        if (y) year = Number(y[1]);
        const m = TARGET_NUMBER.exec(clause);
        if (!m || !TARGET_WORD.test(clause) || /\d{4}年/.test(m[0])) continue;
        if (/^\d{4}$/.test(m[1]!) && Number(m[1]) > 1900 && Number(m[1]) < 2100 && m[2] !== '个') continue;
        const comparator = /超过/.test(clause) ? '超过' : /不少于/.test(clause) ? '不少于' : m[3] || /以上/.test(clause) ? '以上' : /达到/.test(clause) ? '达到' : null;
        out.push({ sentence: s, anchor: b.id, year, value: Number(m[1]), unit: m[2]!, comparator, measure: clause.replace(/^(到|至)?20\d{2}年/, '').trim() });
      }
    }
  }
  return out;
}

function projectMentions(blocks: readonly AnchoredBlock[], mentions: MetadataInput['mentions']): PlanFrontmatter['projectMentions'] {
  const out: PlanFrontmatter['projectMentions'] = {};
  for (const m of mentions) (out[m.key] ??= []).push({ text: m.lead, anchor: blocks[m.index]!.id });
  return out;
}
