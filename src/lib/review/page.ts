import { escapeUTF8 } from 'entities';
import { parseDocument } from 'yaml';
import type { PlanOutput } from '../importer/pipeline';
import type { ImportMessage, Severity } from '../importer/messages';
import { SEVERITY_LABEL, topicCells, type TopicCell } from '../importer/report';
import { groupAbsent, topicSettled, unplacedHeading, headingKey } from '../importer/rules/topics/placement';
import { signature } from '../importer/rules/meta/signer';
import { dateArabic, dateLostCentury } from '../importer/rules/meta/date';
import { publishedDate } from '../importer/rules/meta/published-date';
import { writtenDocumentNumber } from '../importer/rules/meta/document-number';
import { regionFromIssuer } from '../importer/rules/meta/region-from-issuer';
import { officialUrl } from '../importer/rules/meta/official-url';
import { GROUP_KEYS, groupByKey, type GroupKey } from '../taxonomy';
import { ZH } from '../i18n/messages';
import type { ModelMeasure } from '../model/plan';

/**
 * The review page of one plan (`npm run review -- <slug>`, src/cli/review.ts): its derived text with
 * line numbers beside what the importer read from it, so that a maintainer checks a new plan in
 * minutes and settles in its YAML what the importer could not tell. One self-contained HTML file
 * (inline CSS, no script, no request outside itself), never part of the published site.
 *
 * Pure: the derived text and the import's output in, the page out. Every text from the plan is
 * escaped (entities' escapeUTF8, the package the site already uses for XML; hand-written escaping
 * considered and not needed).
 */

const esc = (s: string): string => escapeUTF8(s);

/** What a message asking for a YAML decision asks, and what to write for it. */
export interface YamlDecision {
  message: ImportMessage;
  /** The top-level key of content/sources/<slug>.yaml to write. */
  field: 'absent' | 'topics' | 'issuer' | 'documentNumber' | 'signedDate' | 'publishedDate' | 'region' | 'sourceUrl';
  /** What to decide, in a sentence. */
  hint: string;
  /**
   * The YAML to write, as data (merged into the plan's YAML for the combined snippet). A fact the
   * text lacks is written as an empty string, which the YAML's schema refuses: the reviewer fills in
   * what the published original says, never what the page guesses.
   */
  data: Record<string, unknown>;
  /** Said after the snippet as a YAML comment. */
  comment?: string;
}

/**
 * Which messages ask for a decision in the YAML, mapped from the reasons the importer gives
 * (pipeline.ts, metadata.ts, classify.ts): a group found nowhere → `absent:` (or `topics:` when its
 * heading is worded otherwise); a heading beside the topic sections that is none → `topics:`; a
 * `topics:` key the text does not have → fix that key; a fact the text does not state → the field
 * that supplies it. Reasons are matched by rule id, and by their wording where one rule says several
 * things (meta/signature, meta/date-arabic); tests/unit/review-page.test.ts pins each mapping.
 */
const FACT_FIELDS: readonly { field: YamlDecision['field']; label: string; asks: (m: ImportMessage) => boolean; empty: unknown; comment: string }[] = [
  {
    field: 'issuer',
    label: '发文机关',
    asks: (m) => m.ruleId === signature.id && m.severity === 'warning' && /^no issuer/.test(m.reason),
    empty: '',
    comment: '填写原文或原网页所载的发文机关',
  },
  {
    field: 'signedDate',
    label: '成文日期',
    asks: (m) =>
      (m.ruleId === signature.id && m.severity === 'warning' && /signedDate is null/.test(m.reason)) ||
      (m.ruleId === dateLostCentury.id && m.severity === 'warning') ||
      (m.ruleId === dateArabic.id && /^signature date/.test(m.reason)),
    empty: '',
    comment: 'YYYY-MM-DD，原文或原网页所载；原文确无成文日期则写 null',
  },
  {
    field: 'publishedDate',
    label: '发布日期',
    asks: (m) => m.ruleId === publishedDate.id || (m.ruleId === dateArabic.id && /^publication date/.test(m.reason)),
    empty: '',
    comment: 'YYYY-MM-DD，原网页所载；查不到则不写',
  },
  {
    field: 'documentNumber',
    label: '发文字号',
    asks: (m) => m.ruleId === writtenDocumentNumber.id && /^no document number/.test(m.reason),
    empty: '',
    comment: '如 某政发〔2022〕1号，原文或原网页所载；确无则不写',
  },
  {
    field: 'region',
    label: '地区',
    asks: (m) => m.ruleId === regionFromIssuer.id && m.severity === 'warning',
    empty: { name: '', level: '', parents: [] },
    comment: 'level: province | city | district | county；parents 从省级写起',
  },
];

/** The messages of a plan that ask for a decision in its YAML, each with what to write. */
export function yamlDecisions(out: PlanOutput): YamlDecision[] {
  const decisions: YamlDecision[] = [];
  const headingAt = new Map(out.model.blocks.filter((b) => b.kind === 'heading').map((b) => [b.line, b]));
  for (const m of out.messages) {
    if (m.ruleId === groupAbsent.id && m.severity !== 'info') {
      const key = absentGroupOf(m);
      if (!key) continue;
      decisions.push({
        message: m,
        field: 'absent',
        hint: `若本方案确无“${groupByKey(key).zh}”一节，在 absent 中确认；若该节标题措辞不同，改在 topics 中写“该节标题: group:${key}”`,
        data: { absent: [key] },
      });
    } else if (m.ruleId === unplacedHeading.id && m.severity !== 'info') {
      const heading = m.line === null ? undefined : headingAt.get(m.line);
      if (!heading || heading.kind !== 'heading') continue;
      decisions.push({
        message: m,
        field: 'topics',
        hint: `认定标题“${heading.text}”：属某一人群写 group:<key>，属某一工程写 project:<key>，五类之外的人群写 extra:<人群名>，都不是写 none`,
        data: { topics: { [headingKey(heading.text)]: 'none' } },
        comment: `或 group:${GROUP_KEYS.join('|')}、project:<key>、extra:<人群名>`,
      });
    } else if (m.ruleId === topicSettled.id && m.severity !== 'info') {
      decisions.push({ message: m, field: 'topics', hint: 'topics 中的这一项在文本中找不到：按文本中的标题（不含编号和句末标点）改正，或删去', data: {} });
    } else if (m.ruleId === officialUrl.id && /sourceUrl/.test(m.reason) && out.frontmatter.source.obtainedFrom) {
      decisions.push({
        message: m,
        field: 'sourceUrl',
        hint: '文件所载的网址不在政府网站上：仅当它是发文机关自己的网站时，才写作 sourceUrl（原文链接）',
        data: { sourceUrl: out.frontmatter.source.obtainedFrom },
        comment: '仅当它是发文机关自己的网站',
      });
    } else {
      const fact = FACT_FIELDS.find((f) => f.asks(m));
      if (!fact) continue;
      // Said once per field (meta/signature may say both that the issuer and the date are missing).
      if (decisions.some((d) => d.field === fact.field)) continue;
      decisions.push({ message: m, field: fact.field, hint: `文本没有载明${fact.label}：从原文或原网页查得后写入`, data: { [fact.field]: fact.empty }, comment: fact.comment });
    }
  }
  return decisions;
}

/** The group a topics/group-absent message is about: the one whose Chinese name it quotes. */
function absentGroupOf(m: ImportMessage): GroupKey | null {
  return GROUP_KEYS.find((k) => m.reason.includes(`“${groupByKey(k).zh}”`)) ?? null;
}

/** One decision as YAML, with its comment on the value's last line. */
export function decisionYaml(d: YamlDecision): string {
  if (!Object.keys(d.data).length) return '';
  const text = mergedYaml([d]).trimEnd();
  return d.comment ? `${text}  # ${d.comment}` : text;
}

/**
 * The decisions merged into the plan's YAML (its comments kept: yaml's Document API), or into an
 * empty one: `absent` lists joined, `topics` keys added, fields set.
 */
export function mergedYaml(decisions: readonly YamlDecision[], existing = ''): string {
  const doc = parseDocument(existing);
  for (const d of decisions) {
    for (const [key, value] of Object.entries(d.data)) {
      if (key === 'absent') {
        for (const k of value as string[]) {
          const have = ((doc.toJS() as { absent?: unknown } | null)?.absent ?? []) as unknown[];
          if (have.includes(k)) continue;
          if (doc.has('absent')) doc.addIn(['absent'], k);
          else doc.set('absent', doc.createNode([k]));
        }
      } else if (key === 'topics') {
        for (const [heading, topic] of Object.entries(value as Record<string, string>)) doc.setIn(['topics', heading], topic);
      } else doc.set(key, doc.createNode(value));
    }
  }
  return doc.toString({ lineWidth: 0 });
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** A message as the page shows it: severity, place (a link to its line), rule id, reason. */
function messageBody(m: ImportMessage, withLine: boolean): string {
  const place = withLine ? (m.line ? `<a href="#L${m.line}">第 ${m.line} 行</a> · ` : '全文 · ') : '';
  return `<span class="sev">${SEVERITY_LABEL[m.severity]}</span> ${place}<code>${esc(m.ruleId)}</code> ${esc(m.reason)}`;
}

function messageHtml(m: ImportMessage, withLine = false): string {
  return `<li class="msg ${m.severity}">${messageBody(m, withLine)}</li>`;
}

function worst(ms: readonly ImportMessage[]): Severity | null {
  return SEVERITY_ORDER.find((s) => ms.some((m) => m.severity === s)) ?? null;
}

/** The derived text, a row per line: number, text, and the messages and furniture of that line. */
function textColumn(lines: readonly string[], out: PlanOutput, lineCount: number): string {
  const byLine = new Map<number, ImportMessage[]>();
  for (const m of out.messages) if (m.line !== null && m.line <= lineCount) byLine.set(m.line, [...(byLine.get(m.line) ?? []), m]);
  const furniture = new Map<number, string[]>();
  for (const f of out.furniture) furniture.set(f.line, [...(furniture.get(f.line) ?? []), f.rule]);
  // The headings of the groups and projects found, named beside their line.
  const topicAt = new Map<number, string>();
  const lineOfAnchor = anchorLines(out);
  for (const cell of topicCells(out.frontmatter)) if (cell.ref) topicAt.set(lineOfAnchor.get(cell.ref.anchor) ?? 0, cell.label);
  const rows = lines.map((text, i) => {
    const n = i + 1;
    const ms = byLine.get(n) ?? [];
    const stripped = furniture.get(n);
    const classes = [worst(ms), stripped ? 'furniture' : null].filter(Boolean).join(' ');
    const notes = [
      ...(stripped ? [`<li class="strip">作为网页或版面杂项删去 · <code>${stripped.map(esc).join('、')}</code></li>`] : []),
      ...(topicAt.has(n) ? [`<li class="topic">${esc(topicAt.get(n)!)}</li>`] : []),
      ...ms.map((m) => messageHtml(m)),
    ];
    return `<tr id="L${n}"${classes ? ` class="${classes}"` : ''}><td class="n"><a href="#L${n}">${n}</a></td><td class="t">${esc(text)}</td><td class="m">${notes.length ? `<ul>${notes.join('')}</ul>` : ''}</td></tr>`;
  });
  return `<table class="text"><tbody>${rows.join('\n')}</tbody></table>`;
}

function anchorLines(out: PlanOutput): Map<string, number> {
  return new Map(out.model.blocks.map((b) => [b.id, b.line]));
}

function lineLink(line: number | undefined, label = line ? `第 ${line} 行` : ''): string {
  return line ? `<a class="ln" href="#L${line}">${esc(label)}</a>` : '';
}

function fact(label: string, value: string | null, extra = ''): string {
  return `<tr><th>${label}</th><td>${value === null ? `<span class="absent">${ZH.absent}</span>` : esc(value)}${extra}</td></tr>`;
}

function metadataSection(out: PlanOutput): string {
  const fm = out.frontmatter;
  const at = anchorLines(out);
  const said = (pred: (m: ImportMessage) => boolean) => {
    const ms = out.messages.filter(pred);
    return ms.length ? `<ul class="said">${ms.map((m) => messageHtml(m, true)).join('')}</ul>` : '';
  };
  const factSaid = (field: string) => said((m) => FACT_FIELDS.find((f) => f.field === field)?.asks(m) ?? false);
  const literacy = (v: { year: number; percent: number; sentence: string; anchor: string; comparator?: string } | null, which: string) =>
    v
      ? fact(which, `${v.year}年 ${v.comparator ?? ''}${v.percent}%`, `<blockquote>${esc(v.sentence)} ${lineLink(at.get(v.anchor))}</blockquote>`)
      : fact(which, null, said((m) => m.ruleId === 'meta/literacy-target-year' && m.reason.includes(which === '目标' ? '实施期末' : '实施期前')));
  const src = fm.source;
  return `<section><h2>元数据</h2><table class="facts"><tbody>
${fact('标题', fm.title)}
${fact('发文机关', fm.issuer, factSaid('issuer'))}
${fact('发文字号', fm.documentNumber, factSaid('documentNumber'))}
${fact('成文日期', fm.signedDate, factSaid('signedDate'))}
${fact('发布日期', fm.publishedDate, factSaid('publishedDate'))}
${fact('印发日期', fm.printedDate)}
${fact('实施期', fm.period ? ZH.period(fm.period.from, fm.period.to) : null)}
${fact('地区', `${fm.region.name}（${ZH.levels[fm.region.level]}）${fm.region.parents.length ? `，上级：${fm.region.parents.join(' › ')}` : ''}`, factSaid('region'))}
${literacy(fm.literacyTarget, '目标')}
${literacy(fm.literacyBaseline, '基线')}
${fact('源文件', `${src.file}（${src.format}，${src.encoding}）`)}
${fact('sha256', src.sha256)}
${fact('取自', src.obtainedFrom)}
${fact('原文链接', fm.sourceUrl)}
${fact('校勘', `${fm.corrections.length} 条`)}
</tbody></table></section>`;
}

function departmentsHtml(item: { lead: readonly string[]; support: readonly string[]; responsible: readonly string[] }): string {
  const parts = (['lead', 'support', 'responsible'] as const).filter((r) => item[r].length).map((r) => `<span class="role ${r}">${ZH.roles[r]}</span>${esc(item[r].join('、'))}`);
  return parts.length ? parts.join('；') : '<span class="absent">未载明分工</span>';
}

const TEXT_START = 40;

function cellHtml(cell: TopicCell, out: PlanOutput, at: Map<string, number>, measures: Map<string, ModelMeasure>): string {
  const id = `topic-${cell.kind}-${cell.kind === 'extra' ? encodeURIComponent(cell.key) : cell.key}`;
  if (!cell.ref) {
    const ms = cell.kind === 'group' ? out.messages.filter((m) => m.ruleId === groupAbsent.id && absentGroupOf(m) === cell.key) : [];
    const mentions = cell.kind === 'project' ? (out.frontmatter.projectMentions[cell.key as keyof typeof out.frontmatter.projectMentions] ?? []) : [];
    return `<section class="cell absent-cell" id="${esc(id)}"><h3>${esc(cell.label)}：<span class="absent">未单列</span></h3>${ms.length ? `<ul class="said">${ms.map((m) => messageHtml(m, true)).join('')}</ul>` : ''}${
      mentions.length ? `<p>措施中提及：${mentions.map((x) => `${esc(x.text)} ${lineLink(at.get(x.anchor))}`).join('；')}</p>` : ''
    }</section>`;
  }
  const ref = cell.ref;
  const items = ref.items.map((item) => {
    const start = item.text.length > TEXT_START ? `${item.text.slice(0, TEXT_START)}…` : item.text;
    const rule = measures.get(item.anchor)?.ruleId;
    return `<li>${lineLink(at.get(item.anchor))} <span class="num">${item.number ? esc(item.number) : '<span class="absent">无编号</span>'}</span> ${esc(start)}<div class="deps">${departmentsHtml(item)}${
      item.statedAt ? ` ${lineLink(at.get(item.statedAt), '分工所在')}` : ''
    }${rule ? ` <code>${esc(rule)}</code>` : ''}</div></li>`;
  });
  return `<section class="cell" id="${esc(id)}"><h3>${esc(cell.label)}：${esc(ref.number + ref.heading)} ${lineLink(at.get(ref.anchor))}</h3>
<p class="count">措施 <b class="measures">${ref.measures}</b> 条；全节分工：${departmentsHtml({ lead: ref.departments.lead, support: ref.departments.support, responsible: ref.departments.responsible })}</p>
<ol class="measures">${items.join('\n')}</ol></section>`;
}

function decisionsBox(out: PlanOutput, existingYaml?: string): string {
  const decisions = yamlDecisions(out);
  const file = `content/sources/${out.slug}.yaml`;
  if (!decisions.length) return `<section class="box"><h2>要在 YAML 中认定的</h2><p>没有。</p></section>`;
  const item = (d: YamlDecision) => {
    const snippet = decisionYaml(d);
    return `<li class="msg ${d.message.severity}">${messageBody(d.message, true)}<p class="hint">→ <code>${d.field}:</code> ${esc(d.hint)}</p>${snippet ? `<pre class="yaml"><code>${esc(snippet)}</code></pre>` : ''}</li>`;
  };
  // What a warning asks must be settled; a note's missing fact is written only when the original is found.
  const needed = decisions.filter((d) => d.message.severity !== 'info');
  const optional = decisions.filter((d) => d.message.severity === 'info');
  const merged = needed.some((d) => Object.keys(d.data).length) ? mergedYaml(needed, existingYaml) : '';
  return `<section class="box"><h2>要在 YAML 中认定的（${decisions.length}）</h2><p>写入 <code>${esc(file)}</code>，再运行 <code>npm run import</code>。空字符串处须按原文或原网页填写（留空则导入报错）。</p>
${needed.length ? `<h3>须认定（${needed.length}）</h3><ol class="decisions">${needed.map(item).join('\n')}</ol>` : ''}${
    merged ? `<details><summary>${existingYaml === undefined ? '以上合在一起' : `以上合入现有的 ${esc(file)}`}（逐项核对后再用）</summary><pre class="yaml"><code>${esc(merged)}</code></pre></details>` : ''
  }${optional.length ? `<h3>查得原文后可补（${optional.length}）</h3><ol class="decisions">${optional.map(item).join('\n')}</ol>` : ''}</section>`;
}

function targetsSection(out: PlanOutput, at: Map<string, number>): string {
  const targets = out.frontmatter.targets;
  if (!targets.length) return '<section><h2>其他指标</h2><p class="absent">没有读出数量指标。</p></section>';
  const rows = targets.map((t) => `<li><b>${esc(t.measure)}</b> ${t.year ?? '每年'}${t.year ? '年' : ''} ${esc(t.comparator ?? '')}${t.value}${esc(t.unit)}<blockquote>${esc(t.sentence)} ${lineLink(at.get(t.anchor))}</blockquote></li>`);
  return `<section><h2>其他指标（${targets.length}）</h2><ol>${rows.join('\n')}</ol></section>`;
}

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.55 system-ui,"Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:#1a1a1a;background:#fff}
header{padding:.5rem 1rem;border-bottom:1px solid #ccc;background:#f6f6f4}
header h1{font-size:1.1rem;margin:0}
header p{margin:.2rem 0 0;color:#555}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);height:calc(100vh - 4.5rem)}
main>div{overflow:auto;padding:0 .5rem 4rem}
.extraction{border-left:1px solid #ccc;padding:0 1rem 4rem}
@media (max-width:1000px){main{display:block;height:auto}main>div{overflow:visible}.extraction{border-left:0;border-top:2px solid #ccc}}
table.text{border-collapse:collapse;width:100%}
table.text td{vertical-align:top;padding:1px 4px;border-bottom:1px solid #f0f0f0}
td.n{text-align:right;color:#888;font-variant-numeric:tabular-nums;width:3.5em;user-select:none}
td.n a{color:inherit;text-decoration:none}
td.t{white-space:pre-wrap;word-break:break-all;tab-size:4}
td.m{width:38%;font-size:12px}
td.m ul,ul.said{list-style:none;margin:0;padding:0}
tr.error td.t{background:#fde2e1}tr.warning td.t{background:#fff2c6}tr.info td.t{background:#eef4fb}
tr.furniture td.t{color:#999;text-decoration:line-through}
tr:target td{outline:2px solid #3a6fd8}
.msg .sev{font-weight:600}.msg.error .sev{color:#b00}.msg.warning .sev{color:#8a5a00}.msg.info .sev{color:#36c}
li.strip{color:#777}li.topic{color:#064;font-weight:600}
h2{font-size:1rem;margin:1.2rem 0 .4rem;border-bottom:1px solid #ddd}
h3{font-size:.95rem;margin:1rem 0 .3rem}
table.facts th{text-align:left;white-space:nowrap;padding-right:.8em;vertical-align:top;color:#555;font-weight:500}
table.facts td{word-break:break-all}
.absent{color:#a33}
blockquote{margin:.2rem 0 .2rem .8rem;color:#444;border-left:3px solid #ddd;padding-left:.5rem}
a.ln{font-size:12px;color:#3a6fd8;white-space:nowrap}
ol.measures{padding-left:1.2rem}ol.measures li{margin:.25rem 0}
.num{color:#555}.num .absent{color:#888}.deps{font-size:12px;color:#333}
.role{display:inline-block;font-size:11px;padding:0 .3em;margin-right:.2em;border-radius:3px;background:#eee}
.role.lead{background:#dcebdc}.role.support{background:#e6e6f6}.role.responsible{background:#f4ead8}
.box{border:2px solid #c8a200;background:#fffbea;padding:.2rem .8rem .6rem;margin-top:1rem}
.box h2{border:0}
pre.yaml{background:#f4f4f4;padding:.4rem .6rem;white-space:pre-wrap;word-break:break-all;user-select:all;margin:.3rem 0}
.hint{margin:.2rem 0}
.counts b{font-variant-numeric:tabular-nums}
`;

/**
 * The review page. `text` is the derived text the pipeline read (line numbers 1-based, as every
 * message and block gives them); `existingYaml`, when given, is the plan's YAML as it is now, into
 * which the combined snippet merges the decisions.
 */
export function reviewPage(text: string, out: PlanOutput, existingYaml?: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const fm = out.frontmatter;
  const count = (s: Severity) => out.messages.filter((m) => m.severity === s).length;
  const at = anchorLines(out);
  const measures = new Map(out.model.measures.map((m) => [m.id, m]));
  const cells = topicCells(fm);
  // Messages on no line of this text (about the whole plan, or past its end).
  const whole = out.messages.filter((m) => m.line === null || m.line > lines.length);
  const groupCells = cells.filter((c) => c.kind !== 'project');
  const projectCells = cells.filter((c) => c.kind === 'project');
  return `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<title>审阅：${esc(fm.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>审阅：${esc(fm.title)}</h1><p class="counts">${esc(out.slug)} · 共 ${lines.length} 行 · 各节 ${out.model.sections.length} 个 · 措施 ${out.model.measures.length} 条 · 错误 <b>${count('error')}</b> · 警告 <b>${count('warning')}</b> · 说明 <b>${count('info')}</b> · 本页不发布</p></header>
<main>
<div class="derived"><h2>派生文本</h2>${textColumn(lines, out, lines.length)}</div>
<div class="extraction">
${decisionsBox(out, existingYaml)}
<section><h2>全文的消息（${whole.length}）</h2>${whole.length ? `<ul class="said">${whole.map((m) => messageHtml(m, true)).join('')}</ul>` : '<p>无。</p>'}</section>
${metadataSection(out)}
<section><h2>重点人群</h2>${groupCells.map((c) => cellHtml(c, out, at, measures)).join('\n')}</section>
<section><h2>重点工程</h2>${projectCells.map((c) => cellHtml(c, out, at, measures)).join('\n')}</section>
${targetsSection(out, at)}
</div>
</main>
</body>
</html>
`;
}
