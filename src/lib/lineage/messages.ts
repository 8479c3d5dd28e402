/**
 * What lineage has to say in each plan's import report (content/reports/<slug>.md): a plan that
 * cites no document, a cited number that is ambiguous, a cited document whose level cannot be told.
 * Each with its rule id and the source line where the plan writes the number. Computed over all
 * plans of an import run (ambiguity is a property of the collection); only the reports carry these
 * messages, so each plan's model stays a function of its own source.
 */
import type { ImportMessage } from '../importer/messages';
import type { PlanModel } from '../model/plan';
import { buildLineage, type Ambiguity, type CitedDocument } from './build';

type Output = { model: Pick<PlanModel, 'slug' | 'meta' | 'blocks'>; messages: ImportMessage[] };

/** The source line and anchor of the first block that writes this text (the 贯彻文件 sentence), or nulls. */
export function lineOf(model: Pick<PlanModel, 'blocks'>, text: string): { line: number | null; anchor: string | null } {
  const block = model.blocks.find((b) => b.kind !== 'table' && b.text.includes(text));
  return block ? { line: block.line, anchor: block.id } : { line: null, anchor: null };
}

function describe(a: Ambiguity): string {
  if (a.kind === 'several-plans') return `本站收录的 ${a.plans.length} 个方案文号相同（${a.plans.join('、')}），无法判断引用的是哪一个`;
  if (a.kind === 'issuers-differ') return `各方案所写标题载明的发文机关不一（${a.issuers.join('、')}），文号可能有误`;
  return `文号与本站收录的方案 ${a.plan} 相同，但标题载明的发文地区是${a.issuer}`;
}

/** The titles in 《》 of the preamble (body paragraphs before the first numbered heading), with their block. */
export function titledCitations(model: Pick<PlanModel, 'blocks'>): { title: string; block: { line: number; id: string } }[] {
  const end = model.blocks.findIndex((b) => b.part === 'body' && b.kind === 'heading' && b.number !== '');
  const out: { title: string; block: { line: number; id: string } }[] = [];
  for (const b of model.blocks.slice(0, end < 0 ? model.blocks.length : end)) {
    if (b.part !== 'body' || b.kind !== 'paragraph') continue;
    for (const m of b.text.matchAll(/《([^《》]+)》/g)) {
      // A short name the text gives a document it cites (以下简称《科学素质纲要》) is not another citation.
      if (/简称$/.test(b.text.slice(0, m.index))) continue;
      if (!out.some((o) => o.title === m[1])) out.push({ title: m[1]!, block: b });
    }
  }
  return out;
}

/** The lineage messages of every plan, by slug (plans without any are absent). */
export function lineageMessages(models: readonly Pick<PlanModel, 'slug' | 'meta' | 'blocks'>[]): Map<string, ImportMessage[]> {
  const lineage = buildLineage(models);
  const out = new Map<string, ImportMessage[]>();
  const add = (slug: string, m: ImportMessage) => out.set(slug, [...(out.get(slug) ?? []), m]);
  for (const model of models) {
    // Documents the preamble names by title alone (《陇西原市全民科学素质行动实施方案（2021—2025年）》 with no
    // number): implements records numbered citations only, so these cannot be matched; said, not dropped.
    const numbered = model.meta.implements.map((c) => c.title ?? '');
    for (const { title, block } of titledCitations(model)) {
      // The title of a numbered citation, or part of it (《全民科学素质行动规划纲要》 within 国务院关于印发…的通知).
      if (numbered.some((t) => t.includes(title))) continue;
      add(model.slug, {
        ruleId: 'lineage/cited-without-number',
        severity: 'info',
        line: block.line,
        anchor: block.id,
        reason: `序言引用《${title}》而未载明文号：上下级方案按文号对应，此文件未列入`,
      });
    }
    if (model.meta.implements.length) continue;
    // Where a 贯彻 sentence would be: the first paragraph of the body (the preamble).
    const first = model.blocks.find((b) => b.part === 'body' && b.kind === 'paragraph');
    add(model.slug, {
      ruleId: 'lineage/no-citation',
      severity: 'warning',
      line: first?.line ?? null,
      anchor: first?.id ?? null,
      reason: '没有找到载明文号的上级文件（《文件名》（文号））：本方案页“贯彻文件”一栏没有上级；若文本确未载明，可不处理',
    });
  }
  const bySlug = new Map(models.map((m) => [m.slug, m]));
  const say = (doc: CitedDocument, ruleId: string, severity: ImportMessage['severity'], reason: string) => {
    for (const slug of doc.citedBy) {
      const model = bySlug.get(slug)!;
      const form = doc.forms.find((f) => f.plans.includes(slug))!;
      add(slug, { ruleId, severity, ...lineOf(model, form.documentNumber), reason: `${form.documentNumber}：${reason}` });
    }
  };
  for (const doc of lineage.documents) {
    for (const a of doc.ambiguities) say(doc, 'lineage/ambiguous-number', 'warning', describe(a));
    if (doc.level === null) say(doc, 'lineage/level-unknown', 'info', `无法判断所引文件的层级：${doc.levelBasis}`);
  }
  return out;
}

/** Adds the lineage messages to the outputs of an import run (their reports). */
export function addLineageMessages(outputs: readonly Output[]): void {
  const messages = lineageMessages(outputs.map((o) => o.model));
  for (const o of outputs) o.messages.push(...(messages.get(o.model.slug) ?? []));
}
