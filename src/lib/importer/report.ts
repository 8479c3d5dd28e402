import { messageLine } from './messages';
import type { PlanOutput } from './pipeline';
import { GROUP_KEYS, PROJECT_KEYS, groupByKey, projectByKey } from '../taxonomy';
import type { PlanFrontmatter, SectionRef } from '../schema';

/**
 * The import report of one plan (content/reports/<slug>.md): what the importer found, and every
 * message with its rule id and source line, for a reviewer to read after `npm run import`.
 * How to settle a case in `content/sources/<slug>.yaml` is in the README ("Settling a case").
 */

export const SEVERITY_LABEL = { error: '错误', warning: '警告', info: '说明' } as const;

/** One cell of the groups-and-projects table: the five groups, the groups beyond them, the key projects, in that order. */
export interface TopicCell {
  kind: 'group' | 'extra' | 'project';
  /** The taxonomy key (group or project), or the extra group's name. */
  key: string;
  label: string;
  /** The plan's section, or null when the plan has none. */
  ref: SectionRef | null;
}

/** The cells the report and the review page (src/lib/review/page.ts) list, one per group and key project. */
export function topicCells(fm: Pick<PlanFrontmatter, 'groups' | 'projects' | 'extraGroups'>): TopicCell[] {
  return [
    ...GROUP_KEYS.map((k) => ({ kind: 'group' as const, key: k, label: groupByKey(k).zh, ref: fm.groups[k] ?? null })),
    ...fm.extraGroups.map((e) => ({ kind: 'extra' as const, key: e.name, label: `其他人群：${e.name}`, ref: e })),
    ...PROJECT_KEYS.map((k) => ({ kind: 'project' as const, key: k, label: projectByKey(k).zh, ref: fm.projects[k] ?? null })),
  ];
}

export function planReport(out: PlanOutput): string {
  const fm = out.frontmatter;
  const lines: string[] = [`# 导入报告：${fm.title}`, '', `- 源文件：content/sources/${fm.source.file}（${fm.source.format ?? 'txt'}；${fm.source.format && fm.source.format !== 'txt' ? '行号指其导出文本，见 npm run import -- --text ' + out.slug : fm.source.encoding}）；SHA-256 ${fm.source.sha256}`];
  lines.push(`- 原文：${fm.sourceUrl ?? '未载明'}；文本取得自：${fm.source.obtainedFrom ?? '未记录'}${fm.source.obtainedDate ? `（${fm.source.obtainedDate}）` : ''}`);
  lines.push(`- 发文机关：${fm.issuer ?? '未载明'}；发文字号：${fm.documentNumber ?? '未载明'}；成文日期：${fm.signedDate ?? '未载明'}；发布日期：${fm.publishedDate ?? '未载明'}`);
  lines.push(`- 校勘：${fm.corrections.length} 条；各节 ${out.model.sections.length} 个；措施 ${out.model.measures.length} 条`);
  lines.push('', '## 重点人群与重点工程', '', '| 类别 | 本方案标题 | 措施 | 牵头 | 配合 | 负责 |', '| --- | --- | --- | --- | --- | --- |');
  for (const { label, ref } of topicCells(fm)) {
    lines.push(
      ref
        ? `| ${label} | ${ref.number}${ref.heading} | ${ref.measures} | ${ref.departments.lead.length} | ${ref.departments.support.length} | ${ref.departments.responsible.length} |`
        : `| ${label} | 未单列 | | | | |`,
    );
  }
  // Which rules read who is responsible, and for how many measures.
  const fired = new Map<string, number>();
  for (const m of out.model.measures) fired.set(m.ruleId ?? '（未载明）', (fired.get(m.ruleId ?? '（未载明）') ?? 0) + 1);
  lines.push('', '## 分工依据（措施数）', '');
  for (const [rule, n] of [...fired].sort((a, b) => b[1] - a[1])) lines.push(`- ${rule}：${n}`);
  for (const severity of ['error', 'warning', 'info'] as const) {
    const ms = out.messages.filter((m) => m.severity === severity);
    lines.push('', `## ${SEVERITY_LABEL[severity]}（${ms.length}）`, '');
    if (!ms.length) lines.push('无。');
    for (const m of ms) lines.push(`- ${messageLine(m)}`);
  }
  return `${lines.join('\n')}\n`;
}
