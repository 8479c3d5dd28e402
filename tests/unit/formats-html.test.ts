import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/lib/importer/formats/html';
import { readMhtml } from '../../src/lib/importer/formats/mhtml';
import { renderPage, render as renderHtml } from '../../src/cli/render/html';
import { render as renderMhtml } from '../../src/cli/render/mhtml';
import { derivedInput } from '../../src/lib/importer/run';
import { importPlan, type PlanOutput } from '../../src/lib/importer/pipeline';
import { parseGold } from '../../src/lib/eval/gold';
import { predictedFromFrontmatter, scorePlan, totalsOf, prf, share, type PlanScore } from '../../src/lib/eval/score';
import { htmlBody } from '../../src/lib/importer/rules/formats/html';

const utf8 = (s: string) => new TextEncoder().encode(s);
const PLAN = ['一、总体要求', '（一）指导思想', '坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实全民科学素质行动规划纲要，结合本市实际，制定本方案。', '二、重点任务', '（一）青少年科学素质提升行动', '加强学校科学教育，推进科学教育与中小学课程改革相结合，提升青少年科学素质。'];
const paras = (lines: readonly string[]) => lines.map((l) => `<p>${l}</p>`).join('');
const page = (body: string, head = '<meta charset="utf-8">') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const TITLE = '<meta charset="utf-8"><title>某市全民科学素质行动实施方案_某市人民政府</title>';
const NAV = '<div class="nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a></div><div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政策文件</div>';
const FOOTER = '<div class="footer"><p>主办：某市人民政府办公室</p><p>ICP备案号：示ICP备00000000号</p><a href="/help.pdf">无障碍说明.pdf</a></div>';
const lines = (text: string) => text.trim().split('\n');

describe('readHtml: encodings', () => {
  it('decodes UTF-8 by <meta charset>', async () => {
    const d = await readHtml(utf8(page(`<div class="TRS_Editor">${paras(PLAN)}</div>`)), 'a.html');
    expect(lines(d.text)).toEqual(expect.arrayContaining(PLAN));
    expect(d.messages.find((m) => m.ruleId === 'formats/html-encoding')!.reason).toMatch(/UTF-8.*<meta charset>/);
  });
  it('decodes GBK declared by http-equiv as GB18030, and GB2312 by meta charset', async () => {
    for (const head of ['<meta http-equiv="Content-Type" content="text/html; charset=gbk">', '<meta charset="gb2312">']) {
      const d = await readHtml(new Uint8Array(iconv.encode(page(`<div class="TRS_Editor">${paras(PLAN)}</div>`, head), 'gbk')), 'a.html');
      expect(lines(d.text)).toEqual(expect.arrayContaining(PLAN));
      expect(d.messages.find((m) => m.ruleId === 'formats/html-encoding')!.reason).toMatch(/GB18030.*declares (gbk|gb2312)/);
    }
  });
  it('reads a page declaring GBK whose bytes are UTF-8 as UTF-8, with a warning that the declaration is wrong', async () => {
    const d = await readHtml(utf8(page(`<div class="TRS_Editor">${paras(PLAN)}</div>`, '<meta charset="gbk">')), 'a.html');
    expect(lines(d.text)).toEqual(expect.arrayContaining(PLAN));
    expect(d.messages.find((m) => m.ruleId === 'formats/html-encoding')).toMatchObject({ severity: 'warning', reason: expect.stringMatching(/valid UTF-8/) });
  });
  it('takes the body from the marked container that holds the plan, not an earlier one of the same class', async () => {
    const d = await readHtml(utf8(page(`<div class="content">首页 政务公开 网站导航栏目</div><div class="main"><div class="content">${paras(PLAN)}</div></div>`)), 'a.html');
    expect(lines(d.text)).toEqual(expect.arrayContaining(PLAN));
  });
  it('reads a fragment without <html> or <body>, and never records a relative or file address', async () => {
    const d = await readHtml(utf8(`<link rel="canonical" href="/art/1.html"><div class="TRS_Editor">${paras(PLAN)}</div>`), 'a.html');
    expect(lines(d.text)).toEqual(expect.arrayContaining(PLAN));
    expect(d.url).toBeNull();
    expect(d.messages.some((m) => /not an absolute/.test(m.reason))).toBe(true);
    const empty = await readHtml(new Uint8Array(), 'a.html');
    expect(empty.text.trim()).toBe('');
  });
  it('a BOM wins over nothing declared; undeclared non-UTF-8 bytes are read as GB18030 with a warning', async () => {
    const bom = await readHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(page(`<article>${paras(PLAN)}</article>`, ''))]), 'a.html');
    expect(lines(bom.text)).toEqual(expect.arrayContaining(PLAN));
    expect(bom.messages[0]!.reason).toMatch(/BOM/);
    const gb = await readHtml(new Uint8Array(iconv.encode(page(`<article>${paras(PLAN)}</article>`, ''), 'gb18030')), 'a.html');
    expect(lines(gb.text)).toEqual(expect.arrayContaining(PLAN));
    expect(gb.messages[0]).toMatchObject({ severity: 'warning', reason: expect.stringMatching(/GB18030: the page declares no encoding/) });
  });
});

describe('readHtml: the body', () => {
  it('chooses the marked container that holds the article over the wider one, leaving navigation, share bar, related links and footer out', async () => {
    const html = page(`${NAV}<div class="content"><h1>某市全民科学素质行动实施方案</h1><div class="share">【字体：大 中 小】【打印】</div><div class="TRS_Editor">${paras(PLAN)}</div><div class="related"><a href="/x.html">我市召开科普工作会议</a></div></div>${FOOTER}`);
    const d = await readHtml(utf8(html), 'a.html');
    expect(lines(d.text)).toEqual(PLAN);
    expect(d.messages.find((m) => m.ruleId === htmlBody.id)!.reason).toMatch(/^body: \.TRS_Editor/);
  });
  it('reads the element holding Readability’s text when the marked container holds only a title', async () => {
    const html = page(`${NAV}<div class="content"><p>某市全民科学素质行动实施方案</p></div><div id="wenzhang"><div class="wz">${paras(PLAN)}<table><tr><td>序号</td><td>任务</td><td>牵头单位</td></tr><tr><td>1</td><td>加强科学教育</td><td>市教育局</td></tr></table></div></div>${FOOTER}`);
    const d = await readHtml(utf8(html), 'a.html');
    expect(lines(d.text)).toEqual([...PLAN, '序号\t任务\t牵头单位', '1\t加强科学教育\t市教育局']);
    expect(d.messages.find((m) => m.ruleId === htmlBody.id)!.reason).toMatch(/Readability/);
  });
  it('keeps an annex table as TAB rows and reads a layout table (one cell a row) as blocks', async () => {
    const html = page(`<table class="layout"><tr><td><div class="TRS_Editor">${paras(PLAN)}<p>附件</p><table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td></tr><tr><td>1</td><td><p>推进科技馆建设</p></td><td>市科协</td><td>市财政局、<br>市教育局</td></tr></table></div></td></tr></table>`);
    const d = await readHtml(utf8(html), 'a.html');
    expect(lines(d.text)).toEqual([...PLAN, '附件', '序号\t重点任务\t牵头单位\t配合单位', '1\t推进科技馆建设\t市科协\t市财政局、市教育局']);
  });
});

describe('readHtml: header facts', () => {
  const META = '<meta charset="utf-8"><meta name="SiteName" content="某市人民政府"><meta name="ColumnName" content="政策文件"><meta name="ArticleTitle" content="某市人民政府关于印发某市全民科学素质行动实施方案的通知"><meta name="PubDate" content="2022-05-06 10:30"><meta name="ContentSource" content="市政府办公室"><meta name="Url" content="https://www.example.gov.cn/art/1.html">';
  it('writes the meta tags as header lines before the body, and takes the Url', async () => {
    const d = await readHtml(utf8(page(`<div class="TRS_Editor">${paras(PLAN)}</div>`, META)), 'a.html');
    expect(lines(d.text).slice(0, 3)).toEqual(['标题：某市人民政府关于印发某市全民科学素质行动实施方案的通知', '发布日期：2022-05-06 10:30', '来源：市政府办公室']);
    expect(d.url).toBe('https://www.example.gov.cn/art/1.html');
  });
  it('reads the 信息公开 card (a table of label：value cells, a definition list) as header lines, before the meta tags’ facts', async () => {
    const table = '<table class="xxgk"><tr><th>索引号：</th><td>11340000/2022-00015</td><th>发布机构：</th><td>某市人民政府办公室</td></tr><tr><th>发文字号：</th><td>某政办发〔2022〕5号</td><td>日期：2022-05-06</td></tr></table>';
    const d = await readHtml(utf8(page(`${NAV}${table}<div class="TRS_Editor">${paras(PLAN)}</div>`, META)), 'a.html');
    // 来源 and 发布机构 state the same fact (the publisher), 日期 and PubDate too: the card's value is kept.
    expect(lines(d.text).slice(0, 6)).toEqual(['索引号：11340000/2022-00015', '发布机构：某市人民政府办公室', '发文字号：某政办发〔2022〕5号', '日期：2022-05-06', '标题：某市人民政府关于印发某市全民科学素质行动实施方案的通知', PLAN[0]]);
    const dl = '<dl><dt>索引号</dt><dd>11340000/2022-00015</dd><dt>成文日期</dt><dd>2022年05月06日</dd></dl>';
    const e = await readHtml(utf8(page(`<div class="TRS_Editor">${dl}${paras(PLAN)}</div>`)), 'a.html');
    expect(lines(e.text)).toEqual(['索引号：11340000/2022-00015', '成文日期：2022年05月06日', ...PLAN]);
  });
  it('takes the page <title> only when nothing else gives a title and the body does not carry it', async () => {
    const d = await readHtml(utf8(page(`<div class="TRS_Editor">${paras(PLAN)}</div>`, TITLE)), 'a.html');
    expect(lines(d.text)[0]).toBe('标题：某市全民科学素质行动实施方案');
    const e = await readHtml(utf8(page(`<div class="TRS_Editor"><p>某市全民科学素质行动实施方案</p>${paras(PLAN)}</div>`, TITLE)), 'a.html');
    expect(lines(e.text)[0]).toBe('某市全民科学素质行动实施方案');
  });
});

describe('readHtml: attachments', () => {
  it('lists linked files resolved against the page address, not the footer’s', async () => {
    const html = page(`<div class="TRS_Editor">${paras(PLAN)}</div><div class="fujian"><a href="/u/P0206.docx">任务分工.docx</a> <a href="../files/P0207.pdf">某市方案</a> <a href="/x.html">相关新闻</a></div>${FOOTER}`, '<meta charset="utf-8"><link rel="canonical" href="https://www.example.gov.cn/zwgk/art/1.html">');
    const d = await readHtml(utf8(html), 'a.html');
    expect(d.attachments).toEqual([
      { name: '任务分工.docx', href: 'https://www.example.gov.cn/u/P0206.docx' },
      { name: '某市方案', href: 'https://www.example.gov.cn/zwgk/files/P0207.pdf' },
    ]);
    expect(d.refused).toBeNull();
  });
  it('refuses a notice whose plan is only an attachment, naming it', async () => {
    const html = page(`<div class="TRS_Editor"><p>关于印发某市全民科学素质行动实施方案的通知</p><p>各县（市、区）人民政府：</p><p>现将《某市全民科学素质行动实施方案》印发给你们，请认真贯彻执行。</p></div><div class="fujian">附件：<a href="/u/P020220506.wps">某市全民科学素质行动实施方案</a></div>`);
    const d = await readHtml(utf8(html), 'a.html');
    expect(d.text).toBe('');
    expect(d.refused).toMatchObject({ ruleId: 'text/attachment-only', reason: expect.stringContaining('P020220506.wps') });
  });
});

describe('readMhtml', () => {
  const mhtml = (part: string, encoding: string, charset = '') => [
    'From: <Saved by Blink>', 'Snapshot-Content-Location: https://www.example.gov.cn/a.html', 'MIME-Version: 1.0', 'Content-Type: multipart/related;', '\ttype="text/html";', '\tboundary="----MultipartBoundary--abc----"', '', '',
    '------MultipartBoundary--abc----', 'Content-Type: text/html', 'Content-Location: https://www.example.gov.cn/frame.html', '', '<html><body><p>框架</p></body></html>', '',
    '------MultipartBoundary--abc----', `Content-Type: text/html${charset}`, `Content-Transfer-Encoding: ${encoding}`, 'Content-Location: https://www.example.gov.cn/a.html', '', part, '',
    '------MultipartBoundary--abc------', '',
  ].join('\r\n');
  const html = page(`<div class="TRS_Editor">${paras(PLAN)}</div>`);
  it('reads the quoted-printable page at the snapshot address', async () => {
    const qp = Buffer.from(html, 'utf8').toString('latin1').replace(/[=\x80-\xff]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`).replace(/(.{70})/g, '$1=\r\n');
    const d = await readMhtml(new Uint8Array(Buffer.from(mhtml(qp, 'quoted-printable'), 'latin1')), 'a.mhtml');
    expect(lines(d.text)).toEqual(expect.arrayContaining(PLAN));
    expect(d.text).not.toContain('框架');
    expect(d.url).toBe('https://www.example.gov.cn/a.html');
  });
  it('reads a base64 part in its own charset (GBK)', async () => {
    const b64 = iconv.encode(html.replace('utf-8', 'gbk'), 'gbk').toString('base64').replace(/(.{76})/g, '$1\r\n');
    const d = await readMhtml(new Uint8Array(Buffer.from(mhtml(b64, 'base64', '; charset=gbk'), 'latin1')), 'a.mhtml');
    expect(lines(d.text)).toEqual(expect.arrayContaining(PLAN));
  });
  it('refuses a file that is not MIME multipart', async () => {
    const d = await readMhtml(utf8('<html></html>'), 'a.mhtml');
    expect(d.refused?.ruleId).toBe('formats/mhtml-part');
  });
});

/**
 * Same facts as the .txt: each plan with gold facts (../shared/dev-plans when present, the layout
 * fixtures) rendered as a page and as an MHTML, read back, imported, and compared with the .txt's
 * import: same sections, measures, departments and targets; every metadata field the .txt gets
 * right is right from the page too.
 */
const DIRS = ['../shared/dev-plans', 'tests/fixtures/layouts'];
const plans = DIRS.filter((d) => existsSync(d)).flatMap((dir) => readdirSync(dir).filter((n) => n.endsWith('.txt') && existsSync(join(dir, n.replace(/\.txt$/, '.gold.json')))).sort().map((n) => ({ dir, slug: n.replace(/\.txt$/, '') })));
if (!existsSync(DIRS[0]!)) console.warn(`formats-html: ${DIRS[0]} absent; the dev plans are not compared`);

const facts = (o: PlanOutput) => ({
  sections: [o.model.sections.map((s) => s.id), o.frontmatter.outline.map((e) => ({ id: e.id, number: e.number, text: e.text }))],
  frontmatter: JSON.stringify({ ...o.frontmatter, source: undefined }, (k, v) => (k === 'line' ? undefined : v)),
});

describe.each([
  { format: 'html', render: renderHtml, read: readHtml },
  { format: 'mhtml', render: renderMhtml, read: readMhtml },
])('$format rendering: the same facts as the .txt', ({ format, render, read }) => {
  const scores: { txt: PlanScore; page: PlanScore }[] = [];
  it.each(plans)('$slug', async ({ dir, slug }) => {
    const text = readFileSync(join(dir, `${slug}.txt`), 'utf8');
    const rendered = await render({ slug, text });
    const derived = await read(rendered, `${slug}.${format}`);
    expect(derived.refused).toBeNull();
    const txt = importPlan({ slug, file: `content/sources/${slug}.txt`, bytes: utf8(text) });
    const fromPage = importPlan(await derivedInput({ slug, file: `content/sources/${slug}.${format}`, bytes: rendered }));
    expect(facts(fromPage).sections).toEqual(facts(txt).sections);
    const gold = parseGold(readFileSync(join(dir, `${slug}.gold.json`), 'utf8'), `${slug}.gold.json`, slug);
    const s = { txt: scorePlan(gold, predictedFromFrontmatter(txt.frontmatter)), page: scorePlan(gold, predictedFromFrontmatter(fromPage.frontmatter)) };
    scores.push(s);
    expect(s.page.measures).toEqual(s.txt.measures);
    expect(s.page.departments).toEqual(s.txt.departments);
    expect(s.page.targets).toEqual(s.txt.targets);
    expect(s.page.headings).toEqual(s.txt.headings);
    for (const c of s.txt.metadata) if (c.ok) expect(s.page.metadata.find((p) => p.field === c.field), c.field).toMatchObject({ ok: true });
  }, 30_000);
  it('meets the thresholds over all of them', () => {
    if (!scores.length) return;
    const t = totalsOf(scores.map((s) => s.page));
    const figures = { metadata: share(t.metadata), presence: share(t.presence), headings: share(t.headings), measures: share(t.measures), departmentsF1: prf(t.departments).f1, targetsRecall: prf(t.targets).recall };
    console.info(`${format}: ${scores.length} plans`, figures);
    expect(figures.metadata).toBeGreaterThanOrEqual(0.95);
    expect(figures.presence).toBe(1);
    expect(figures.headings).toBeGreaterThanOrEqual(0.95);
    expect(figures.measures).toBeGreaterThanOrEqual(0.9);
    expect(figures.departmentsF1).toBeGreaterThanOrEqual(0.95);
    expect(figures.targetsRecall).toBeGreaterThanOrEqual(0.8);
  });
});

describe('renderers', () => {
  it('are deterministic and keep the .txt header fields out of the body, in the card', async () => {
    const text = '某市人民政府\n索引号：0123/2022-00015\n发布日期：2022-05-06\n\n某市人民政府关于印发某市全民科学素质行动实施方案的通知\n各县（市、区）人民政府：\n一、总体要求\n序号\t任务\n1\t加强科学教育\n';
    expect(await renderHtml({ slug: 'x', text })).toEqual(await renderHtml({ slug: 'x', text }));
    expect(await renderMhtml({ slug: 'x', text })).toEqual(await renderMhtml({ slug: 'x', text }));
    const { html } = renderPage({ slug: 'x', text });
    expect(html).toContain('<th>索引号：</th><td>0123/2022-00015</td>');
    expect(html).toContain('<meta name="ArticleTitle" content="某市人民政府关于印发某市全民科学素质行动实施方案的通知">');
    expect(html).toContain('<meta name="PubDate" content="2022-05-06">');
    expect(html).toContain('<tr><td>1</td><td>加强科学教育</td></tr>');
    expect(html).not.toContain('<p>索引号');
  });
});
