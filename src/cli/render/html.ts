import { createHash } from 'node:crypto';
import { headerFields, headerLineKind, HEADER_LABELS, isValueLine } from '../../lib/importer/rules/meta/header-fields';
import type { RenderablePlan, Renderer } from './types';

/**
 * A plan's text as a government CMS page, as a browser saves it (HTML only, UTF-8): the site's
 * header, navigation and breadcrumb; the 《政府网站发展指引》 meta tags; the 信息公开 catalogue card
 * holding the `label：value` lines the top of the text has (moved out of the body); the body in
 * TRS WCM's `<div class="TRS_Editor">`, one `<p>` per line, runs of TAB-separated lines as a
 * `<table>`; the attachments the text names; a footer with 主办 and ICP lines. Deterministic:
 * nothing depends on the clock or chance.
 */

/** The address the rendered page claims (the example.gov.cn domain: no real site). */
export const pageUrl = (slug: string) => `https://www.example.gov.cn/zwgk/zcwj/${createHash('sha256').update(slug).digest('hex').slice(0, 8)}/${slug}.html`;

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A line's text as HTML: escaped, runs of spaces kept (as no-break spaces) since HTML would collapse them. */
const textHtml = (s: string) => escapeHtml(s).replace(/ {2,}/g, (m) => '\u00a0'.repeat(m.length));

/** The header fields at the top of a plan's text, and the lines that remain the body. */
export interface SplitText {
  fields: [string, string][];
  body: string[];
  title: string | null;
}

/** Where the head of a text ends: its salutation (各…：), its first numbered section or its first sentence of prose. */
function headEnd(lines: readonly string[]): number {
  const end = lines.findIndex((l) => {
    const t = l.trim();
    return /^各.{2,60}[：:]$/.test(t) || /^[一二三四五六七八九十]+、/.test(t) || ((t.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 40 && /[。，]/.test(t));
  });
  return end < 0 ? Math.min(lines.length, 30) : end;
}

/** Splits a plan's text: the `label：value` lines of its head (as rules/meta/header-fields reads them) go to the catalogue card. */
export function splitText(text: string): SplitText {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const end = headEnd(lines);
  const fields: [string, string][] = [];
  const body: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const kind = i < end && !line.includes('\t') ? headerLineKind(line) : null;
    let read: Record<string, string> | null = null;
    let used = 1;
    if (kind === 'field') read = headerFields.apply([line]);
    else if (kind === 'label' && i + 1 < end && isValueLine(lines[i + 1]!)) {
      read = headerFields.apply([line, lines[i + 1]!]);
      used = 2;
    }
    // Only lines whose every field the importer knows move: a line it would read otherwise stays as printed.
    if (read && Object.keys(read).every((l) => l in HEADER_LABELS)) {
      fields.push(...Object.entries(read));
      i += used - 1;
      continue;
    }
    body.push(line);
  }
  const titleField = fields.find(([l]) => HEADER_LABELS[l] === 'title')?.[1];
  return { fields, body, title: titleField ?? titleOf(body.slice(0, end + 10)) };
}

/**
 * The notice's or plan's title in the head: the first line with 关于 (a notice) or ending in
 * 方案/规划 (a plan), joined with the lines it wraps onto (a PDF's text breaks titles) until it
 * ends as a title ends (通知, 方案, the period's 年）).
 */
function titleOf(head: readonly string[]): string | null {
  const lines = head.map((l) => l.trim());
  const start = lines.findIndex((l) => l.length <= 80 && !/[。；]/.test(l) && (/^(?:.{0,40})关于.{2,}/.test(l) || /(?:实施方案|行动方案|工作方案)(?:（[\d—－-]+年?）?)?$/.test(l)));
  if (start < 0) return null;
  let title = lines[start]!;
  const ends = (t: string) => /(?:通知|意见|决定)》?$|(?:方案|规划)(?:（\d{4}\s*[—－-]\s*\d{4}年）)?$|年）》?$/.test(t);
  for (let i = start + 1; i < lines.length && i <= start + 3 && !(ends(title) && !/^[（(]\d{4}/.test(lines[i]!)); i++) {
    if (!lines[i] || /[。；：]$/.test(lines[i]!)) break;
    title += lines[i];
  }
  return title;
}

const FACT_LABEL = (fields: [string, string][], fact: string) => fields.find(([l]) => HEADER_LABELS[l] === fact)?.[1] ?? null;

/** A run of spaces inside a line that aligns columns (six or more: wider than any spacing between words or in a spaced label such as 索 引 号). */
const SPACE_ALIGNED = /\S {6,}\S/;

/** The page's body: one <p> per line (blank lines left out, as a page has no empty paragraphs), runs of TAB lines as one table. */
export function bodyHtml(lines: readonly string[]): string {
  // A text laid out in columns by spaces (a PDF's layout text) is posted as preformatted text, as sites do with such text.
  if (lines.some((l) => SPACE_ALIGNED.test(l))) return `<pre>${escapeHtml(lines.filter((l) => l.trim()).join('\n'))}</pre>`;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.includes('\t')) {
      const rows: string[] = [];
      while (i < lines.length && lines[i]!.includes('\t')) rows.push(lines[i++]!);
      i--;
      out.push('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">');
      for (const row of rows) out.push(`<tr>${row.split('\t').map((c) => `<td>${textHtml(c.trim())}</td>`).join('')}</tr>`);
      out.push('</table>');
      continue;
    }
    if (line.trim() === '') continue;
    out.push(`<p>${textHtml(line)}</p>`);
  }
  return out.join('\n');
}

/** Files the text names as attachments (附件：….doc), for the page's attachment list. */
const ATTACHED = /([^\s：:，,;；]{2,}?\.(?:docx?|pdf|wps|ofd|xlsx?))(?=$|[\s，,;；（(])/gi;

export function renderPage(plan: RenderablePlan): { html: string; url: string; title: string } {
  const { fields, body, title } = splitText(plan.text);
  const url = pageUrl(plan.slug);
  const pubDate = FACT_LABEL(fields, 'publishedDate');
  const source = FACT_LABEL(fields, 'publisher');
  const articleTitle = title ?? plan.slug;
  const files = [...new Set(body.flatMap((l) => [...l.matchAll(ATTACHED)].map((m) => m[1]!)))];
  const meta = [
    `<meta name="SiteName" content="政府门户网站">`,
    `<meta name="SiteDomain" content="www.example.gov.cn">`,
    `<meta name="ColumnName" content="政策文件">`,
    title ? `<meta name="ArticleTitle" content="${escapeHtml(title)}">` : '',
    pubDate ? `<meta name="PubDate" content="${escapeHtml(pubDate)}">` : '',
    source ? `<meta name="ContentSource" content="${escapeHtml(source)}">` : '',
    `<meta name="Keywords" content="科学素质,实施方案">`,
    `<meta name="Url" content="${escapeHtml(url)}">`,
  ].filter(Boolean);
  // The card: two fields a row, as portals print it.
  const cardRows: string[] = [];
  for (let i = 0; i < fields.length; i += 2) {
    const cells = fields.slice(i, i + 2).map(([l, v]) => `<th>${escapeHtml(l)}：</th><td>${escapeHtml(v)}</td>`);
    cardRows.push(`<tr>${cells.join('')}</tr>`);
  }
  const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(articleTitle)}_政府门户网站</title>
${meta.join('\n')}
<link rel="canonical" href="${escapeHtml(url)}">
<style>body{font-family:sans-serif;margin:0}.TRS_Editor p{text-indent:2em;line-height:1.8}.xxgk th{text-align:right;font-weight:normal}</style>
</head>
<body>
<div class="header"><div class="logo">政府门户网站</div>
<div class="nav"><ul><li><a href="/">网站首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div></div>
<div class="main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a></div>
${cardRows.length ? `<table class="xxgk" border="1" cellspacing="0">\n${cardRows.join('\n')}\n</table>` : ''}
<div class="article">
<h1 class="title">${escapeHtml(articleTitle)}</h1>
<div class="share">【字体：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】 <a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
<div id="zoom">
<div class="TRS_Editor">
${bodyHtml(body)}
</div>
</div>
${files.length ? `<div class="fujian"><ul>\n${files.map((f) => `<li><a href="/u/cms/${escapeHtml(plan.slug)}/${escapeHtml(f)}">${escapeHtml(f)}</a></li>`).join('\n')}\n</ul></div>` : ''}
</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/zwgk/zcwj/a.html">关于开展全国科普日活动的通知</a></li><li><a href="/zwgk/zcwj/b.html">科技活动周工作安排</a></li></ul></div>
</div>
<div class="footer"><p>主办：政府办公室　承办：政府信息中心</p><p>ICP备案号：示ICP备00000000号　网站标识码：0000000000</p></div>
</body>
</html>
`;
  return { html, url, title: articleTitle };
}

export const render: Renderer = async (plan) => new TextEncoder().encode(renderPage(plan).html);
