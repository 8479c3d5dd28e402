import { gb18030Text } from '../../src/lib/importer/rules/text/gb18030';
import { spawnSync } from 'node:child_process';
import iconv from 'iconv-lite';
import { mkdtempSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/lib/fold';
import { importPlan } from '../../src/lib/importer/pipeline';
import { run, type RunResult } from '../../src/lib/importer/run';
import { renderMdxBody } from '../support/mdx-render';

const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

const utf8 = (s: string) => new TextEncoder().encode(s);
const HEAD = '某市人民政府关于印发某市全民科学素质行动实施方案的通知\n各区人民政府：\n现将方案印发给你们。\n某市人民政府\n2022年3月1日\n某市全民科学素质行动实施方案(2021—2025年)\n';
const BODY = '一、总体要求\n到2025年,全市公民具备科学素质的比例达到15%。\n二、重点任务\n(一)实施青少年科学素质提升行动\n加强科学教育。\n(二)实施农民科学素质提升行动\n培育高素质农民。\n';
const planText = HEAD + BODY;
/** The MDX without the source's hash, which differs whenever the bytes do. */
const body = (mdx: string) => mdx.replace(/\n\s+sha256: \w+/, '');
const imp = (text: string | Uint8Array, extra: Partial<Parameters<typeof importPlan>[0]> = {}) =>
  importPlan({ slug: 'x', file: 'content/sources/x.txt', bytes: typeof text === 'string' ? utf8(text) : text, ...extra });

describe('importPlan', () => {
  it('is deterministic: same input, same bytes', async () => {
    expect(imp(planText).mdx).toBe(imp(planText).mdx);
  });
  it('gives the same result for a BOM and CRLF line ends', async () => {
    expect(body(imp(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(planText.replace(/\n/g, '\r\n'))])).mdx)).toBe(body(imp(planText).mdx));
  });
  it('gives the same result for full-width punctuation in the source', async () => {
    const full = planText.replace(/,/g, '，').replace(/\(/g, '（').replace(/\)/g, '）');
    expect(body(imp(full).mdx)).toBe(body(imp(planText).mdx));
  });
  it('decodes a GB18030 source to the same MDX (warning that it did)', async () => {
    const out = imp(iconv.encode(planText, 'gb18030'));
    expect(body(out.mdx).replace('encoding: gb18030', 'encoding: utf-8')).toBe(body(imp(planText).mdx));
    expect(out.messages).toContainEqual(expect.objectContaining({ ruleId: gb18030Text.id, reason: 'decoded as GB18030 (not UTF-8)' }));
  });
  it('reads the facts the text states and leaves the rest null', async () => {
    const fm = imp(planText).frontmatter;
    expect(fm).toMatchObject({
      title: '某市全民科学素质行动实施方案（2021—2025年）',
      issuer: '某市人民政府',
      signedDate: '2022-03-01',
      publishedDate: null,
      documentNumber: null,
      period: { from: 2021, to: 2025 },
      literacyTarget: { year: 2025, percent: 15, comparator: '达到' },
      literacyBaseline: null,
    });
    expect(fm.groups.workers).toBeNull();
    expect(fm.groups.youth).toMatchObject({ anchor: 'youth', heading: '实施青少年科学素质提升行动' });
  });
  it('lets <slug>.yaml supply and override facts', async () => {
    const fm = imp(planText, { meta: { file: 'content/sources/x.yaml', text: 'region:\n  parents: [某省]\nsourceUrl: https://www.gov.cn/x.html\npublishedDate: "2022-03-05"\n' } }).frontmatter;
    expect(fm.region.parents).toEqual(['某省']);
    expect(fm.sourceUrl).toBe('https://www.gov.cn/x.html');
    expect(fm.publishedDate).toBe('2022-03-05');
  });
  it('rejects a bad <slug>.yaml naming file, field and value', async () => {
    const meta = (text: string) => () => imp(planText, { meta: { file: 'content/sources/x.yaml', text } });
    expect(meta('sourceUrl: "javascript:alert(1)"\n')).toThrow('content/sources/x.yaml: field sourceUrl = "javascript:alert(1)": expected an absolute http(s) address');
    expect(meta('sourceUrl: data:text/html,x\n')).toThrow(/content\/sources\/x\.yaml: field sourceUrl = "data:text\/html,x": /);
    expect(meta('signedDate: 2022-13-45\n')).toThrow('content/sources/x.yaml: field signedDate = "2022-13-45": expected YYYY-MM-DD, a real calendar day');
    expect(meta('publishedDate: 2022-02-30\n')).toThrow(/field publishedDate = "2022-02-30": expected YYYY-MM-DD, a real calendar day/);
    expect(imp(planText, { meta: { file: 'content/sources/x.yaml', text: 'publishedDate: 2024-02-29\n' } }).frontmatter.publishedDate).toBe('2024-02-29');
  });
  it('rejects a bad <slug>.yaml naming file and field', async () => {
    expect(() => imp(planText, { meta: { file: 'content/sources/x.yaml', text: 'region:\n  level: town\n' } })).toThrow(/content\/sources\/x\.yaml: field region\.level/);
  });
  it('applies corrections and lists them', async () => {
    const out = imp(planText, { corrections: { file: 'content/corrections/x.yaml', text: '- original: 培育高素质农民\n  replacement: 培育高素质农民队伍\n  reason: 测试\n' } });
    expect(out.mdx).toContain('培育高素质农民队伍');
    expect(out.frontmatter.corrections).toEqual([{ original: '培育高素质农民', replacement: '培育高素质农民队伍', reason: '测试', line: null, count: 1 }]);
  });
  it('fails on a correction that no longer matches', async () => {
    expect(() => imp(planText, { corrections: { file: 'content/corrections/x.yaml', text: '- original: 不存在的文字\n  replacement: y\n  reason: r\n' } })).toThrow(
      /content\/corrections\/x\.yaml: correction 1 no longer matches/,
    );
  });
  it('fails on an empty file and on a text without title, naming the file', async () => {
    expect(() => imp('')).toThrow(/content\/sources\/x\.txt: the file is empty/);
    expect(() => imp('一、总体要求\n正文。\n')).toThrow(/content\/sources\/x\.txt: no recognisable plan title/);
  });
});

describe('a hostile source', () => {
  const hostile = [
    'import fs from "node:fs"',
    'export const leaked = 1',
    '<script>alert(1)</script>',
    '{process.exit(1)}',
    '# 不是标题',
    '> 不是引用',
    '---',
    '| a | b |',
    '<img src=x onerror=alert(1)>',
    '<b>粗体</b> *星号* _下划线_ [链接](javascript:alert(1)) ![图](x.png) `代码` ~~删除~~ &amp; &#60; \\反斜杠 http://example.com www.example.com a@b.com',
    '1) 不是列表',
    '- 不是列表',
  ];
  const text = `${HEAD}${hostile.join('\n')}\n${BODY}`;

  it('renders every line literally, with no element or script from it', async () => {
    const out = imp(text);
    const html = await renderMdxBody(out.mdx);
    const root = parse(html);
    expect(html).not.toMatch(/<(script|img)/);
    expect(root.querySelectorAll('script, img, a, b, em, strong, code, del, blockquote, h1, ul, ol, li, hr, table')).toHaveLength(0);
    const paragraphs = root.querySelectorAll('p').map((p) => foldText(p.textContent));
    for (const line of hostile) {
      // "- " is PDF-bullet furniture by rule; everything else appears as written (up to white space and punctuation width).
      const expected = foldText(line.replace(/^- /, ''));
      expect(paragraphs).toContain(expected);
    }
  });
});

describe('run (the import command)', () => {
  const project = (files: Record<string, string | Uint8Array>) => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-import-'));
    mkdirSync(join(root, 'content/sources'), { recursive: true });
    mkdirSync(join(root, 'content/corrections'), { recursive: true });
    for (const [name, data] of Object.entries(files)) writeFileSync(join(root, name), data);
    return root;
  };
  const quiet = { check: false, log: () => undefined };

  it('writes one MDX per source and the anchors manifest', async () => {
    const root = project({ 'content/sources/a-plan.txt': planText });
    const result = await run({ root, ...quiet });
    expect(result.ok).toBe(true);
    expect(readdirSync(join(root, 'content/plans'))).toEqual(['a-plan.mdx']);
    expect(existsSync(join(root, 'content/anchors.json'))).toBe(true);
    expect((await run({ root, check: true, log: () => undefined })).ok).toBe(true);
  });
  it('reports two sources with the same slug, imports neither, and imports the others', async () => {
    const root = project({ 'content/sources/a.txt': planText, 'content/sources/A.TXT': planText, 'content/sources/b.txt': planText });
    const result = await run({ root, ...quiet });
    expect(result.ok).toBe(false);
    expect(result.errors.join('\n')).toMatch(/content\/sources\/a\.txt: same slug "a" as content\/sources\/A\.TXT/);
    expect(readdirSync(join(root, 'content/plans'))).toEqual(['b.mdx']);
  });
  it('writes every plan that imports when one fails, and lists the failure', async () => {
    const root = project({ 'content/sources/good.txt': planText, 'content/sources/bad.txt': '' });
    const result = await run({ root, ...quiet });
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual(['content/sources/bad.txt: the file is empty: nothing to import']);
    expect(readdirSync(join(root, 'content/plans'))).toEqual(['good.mdx']);
  });
  it('--check names each file that differs', async () => {
    const root = project({ 'content/sources/a.txt': planText });
    await run({ root, ...quiet });
    writeFileSync(join(root, 'content/plans/a.mdx'), 'edited by hand');
    const result = await run({ root, check: true, log: () => undefined });
    expect(result.ok).toBe(false);
    expect(result.stale).toEqual(['content/plans/a.mdx']);
  });
});

describe('run: housekeeping of content/sources', () => {
  const project = (files: Record<string, string | Uint8Array>) => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-import-'));
    mkdirSync(join(root, 'content/sources'), { recursive: true });
    for (const [name, data] of Object.entries(files)) writeFileSync(join(root, name), data);
    return root;
  };
  const importIn = (root: string, check = false) => run({ root, check, log: () => undefined });
  /** Each error is one line naming the file, never a stack. */
  const oneLine = (result: RunResult) => {
    for (const e of result.errors) {
      expect(e).not.toMatch(/\n|\bat .*:\d+:\d+/);
      expect(e).toMatch(/^content\/(sources|corrections)\/[^:]+: /);
    }
  };

  it('refuses a directory named *.txt with a one-line error naming it', async () => {
    const root = project({ 'content/sources/good.txt': planText });
    mkdirSync(join(root, 'content/sources/folder.txt'));
    const result = await importIn(root);
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([expect.stringMatching(/^content\/sources\/folder\.txt: a directory, not a file/)]);
    oneLine(result);
    expect(readdirSync(join(root, 'content/plans'))).toEqual(['good.mdx']);
  });
  it('refuses a dangling symbolic link named *.txt with a one-line error naming it', async () => {
    const root = project({ 'content/sources/good.txt': planText });
    symlinkSync('missing-file.txt', join(root, 'content/sources/dangling.txt'));
    const result = await importIn(root);
    expect(result.errors).toEqual([expect.stringMatching(/^content\/sources\/dangling\.txt: a symbolic link to missing-file\.txt, where there is no file/)]);
    oneLine(result);
  });
  it('never follows a symbolic link out of the project (a source or its YAML), and follows one inside it', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'atlas-outside-'));
    writeFileSync(join(outside, 'plan.txt'), planText);
    writeFileSync(join(outside, 'meta.yaml'), 'shortName: 外面\n');
    const root = project({ 'content/sources/good.txt': planText });
    symlinkSync(join(outside, 'plan.txt'), join(root, 'content/sources/outside.txt'));
    symlinkSync(join(outside, 'meta.yaml'), join(root, 'content/sources/good.yaml'));
    const result = await importIn(root);
    expect(result.errors).toEqual([
      expect.stringMatching(/^content\/sources\/good\.yaml: a symbolic link to .*meta\.yaml, outside the project; refused, not followed/),
      expect.stringMatching(/^content\/sources\/outside\.txt: a symbolic link to .*plan\.txt, outside the project; refused, not followed/),
    ]);
    oneLine(result);
    expect(result.outputs.map((o) => o.slug)).toEqual([]);

    const inside = project({ 'content/sources/good.txt': planText });
    mkdirSync(join(inside, 'content/keep'));
    writeFileSync(join(inside, 'content/keep/inside.txt'), planText);
    symlinkSync('../keep/inside.txt', join(inside, 'content/sources/linked.txt'));
    const ok = await importIn(inside);
    expect(ok.errors).toEqual([]);
    expect(ok.outputs.map((o) => o.slug)).toEqual(['good', 'linked']);
  });
  it('names every file in content/sources that is not a source in a warning (not the per-plan .yaml)', async () => {
    const root = project({
      'content/sources/good.txt': planText,
      'content/sources/good.yaml': 'shortName: 某市\n',
      'content/sources/draft.md': planText,
      'content/sources/other.text': planText,
      'content/sources/extensionless': planText,
      'content/sources/lonely.yaml': 'shortName: 某\n',
      'content/sources/.gitkeep': '',
    });
    const result = await importIn(root);
    expect(result.ok).toBe(true);
    const warned = result.messages.filter((m) => m.ruleId === 'sources/not-a-source' && m.severity === 'warning').map((m) => m.file);
    expect(warned).toEqual(['content/sources/draft.md', 'content/sources/extensionless', 'content/sources/lonely.yaml', 'content/sources/other.text']);
    expect(result.messages.find((m) => m.file.endsWith('other.text'))?.reason).toMatch(/save it as content\/sources\/other\.txt/);
  });
  it('removes every file it wrote for a removed or renamed source, with a message; --check lists them first', async () => {
    const root = project({ 'content/sources/old-name.txt': planText, 'content/sources/kept.txt': planText });
    expect((await importIn(root)).ok).toBe(true);
    const written = (slug: string) => [`content/plans/${slug}.mdx`, `content/models/${slug}.json`, `content/reports/${slug}.md`];
    for (const f of written('old-name')) expect(existsSync(join(root, f)), f).toBe(true);
    renameSync(join(root, 'content/sources/old-name.txt'), join(root, 'content/sources/new-name.txt'));

    const checked = await importIn(root, true);
    expect(checked.ok).toBe(false);
    expect(checked.orphans).toEqual(written('old-name'));
    for (const f of written('old-name')) {
      expect(checked.messages).toContainEqual(expect.objectContaining({ ruleId: 'sources/removed', file: f, reason: expect.stringMatching(/`npm run import` removes it/) }));
      expect(existsSync(join(root, f)), `--check leaves ${f}`).toBe(true);
    }

    const imported = await importIn(root);
    expect(imported.ok).toBe(true);
    for (const f of written('old-name')) {
      expect(existsSync(join(root, f)), f).toBe(false);
      expect(imported.messages).toContainEqual(expect.objectContaining({ ruleId: 'sources/removed', file: f, severity: 'info' }));
    }
    for (const f of [...written('new-name'), ...written('kept')]) expect(existsSync(join(root, f)), f).toBe(true);
    expect((await importIn(root, true)).ok).toBe(true);
  });
  it('removes nothing while a source fails to import (a failed source is not a removed one)', async () => {
    const root = project({ 'content/sources/a.txt': planText });
    await importIn(root);
    writeFileSync(join(root, 'content/sources/a.txt'), '');
    expect((await importIn(root)).ok).toBe(false);
    expect(existsSync(join(root, 'content/plans/a.mdx'))).toBe(true);
  });
});

describe('npm run import (the command line)', () => {
  const cli = (root: string, ...args: string[]) => {
    // tsx found by module resolution, not at ./node_modules/.bin: Stryker's sandbox (npm run
    // test:mutation) has no node_modules folder of its own when the project's is a symlink.
    const r = spawnSync(process.execPath, [tsxCli, join(process.cwd(), 'src/cli/import.ts'), ...args], { cwd: root, encoding: 'utf8' });
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  };
  const project = () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-cli-'));
    mkdirSync(join(root, 'content/sources'), { recursive: true });
    writeFileSync(join(root, 'content/sources/kept.txt'), planText);
    writeFileSync(join(root, 'content/sources/gone.txt'), planText);
    return root;
  };

  it('says what is stale after a source is removed, advises the command that removes it, and that command does', async () => {
    const root = project();
    expect(cli(root).status).toBe(0);
    rmSync(join(root, 'content/sources/gone.txt'));
    const checked = cli(root, '--check');
    expect(checked.status).toBe(1);
    for (const f of ['content/plans/gone.mdx', 'content/models/gone.json', 'content/reports/gone.md']) expect(checked.out).toContain(`error: ${f} · sources/removed · `);
    expect(checked.out).toMatch(/run `npm run import`, then commit what it wrote and removed/);
    const fixed = cli(root);
    expect(fixed.status).toBe(0);
    expect(fixed.out).toContain('info: content/plans/gone.mdx · sources/removed · removed');
    expect(cli(root, '--check').status).toBe(0);
  }, 60_000);
  it('answers a directory named *.txt with one line naming it, not a stack', async () => {
    const root = project();
    mkdirSync(join(root, 'content/sources/folder.txt'));
    const r = cli(root);
    expect(r.status).toBe(1);
    expect(r.out).toContain('error: content/sources/folder.txt: a directory, not a file');
    expect(r.out).not.toMatch(/^\s+at /m);
  }, 60_000);
});
