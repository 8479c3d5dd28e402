// One bad plan never stops the others (issue 17): each plan is imported and written on its own, its
// files whole or not at all; the failures are listed with file and line, and the run fails. Damaged
// texts: control characters removed at their line, a text that stops short marked incomplete, a
// notice whose plan is only an attachment refused naming the file to add.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../src/lib/importer/pipeline';
import { CONTROL_CLASS, controlChars } from '../../src/lib/importer/rules/text/control-chars';
import { CLOSING_PARTS } from '../../src/lib/importer/rules/text/truncated';
import { failureLine, run } from '../../src/lib/importer/run';
import { ImportError } from '../../src/lib/importer/types';

// tsx found by module resolution, not at ./node_modules/.bin: Stryker's sandbox (npm run
// test:mutation) has no node_modules folder of its own when the project's is a symlink.
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
const utf8 = (s: string) => new TextEncoder().encode(s);
const HEAD = '某市人民政府关于印发某市全民科学素质行动实施方案的通知\n各区人民政府：\n现将方案印发给你们。\n某市人民政府\n2022年3月1日\n';
const TITLE = '某市全民科学素质行动实施方案(2021—2025年)\n';
const BODY = '一、总体要求\n到2025年,全市公民具备科学素质的比例达到15%。\n二、重点任务\n(一)实施青少年科学素质提升行动\n加强科学教育。\n(二)实施农民科学素质提升行动\n培育高素质农民。\n';
/** A whole plan: long enough, a closing part, ending on a full stop. */
const CLOSING = `三、${CLOSING_PARTS[0]}\n${'各有关部门要加强协调，形成工作合力，推动各项任务落实。'.repeat(40)}\n`;
const whole = HEAD + TITLE + BODY + CLOSING;
const noticeOnly = `${HEAD}附件：某市全民科学素质行动实施方案.doc\n`;
const imp = (text: string, slug = 'x') => importPlan({ slug, file: `content/sources/${slug}.txt`, bytes: utf8(text) });

const project = (files: Record<string, string | Uint8Array>) => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-resilience-'));
  mkdirSync(join(root, 'content/sources'), { recursive: true });
  for (const [name, data] of Object.entries(files)) writeFileSync(join(root, name), data);
  return root;
};
const quiet = { log: () => undefined };
const planFiles = (slug: string) => [`content/plans/${slug}.mdx`, `content/models/${slug}.json`, `content/reports/${slug}.md`];
/** UTF-8 with two damaged bytes on line 3 (a bad download): refused with that line. */
const damaged = new Uint8Array([...utf8(HEAD.split('\n').slice(0, 2).join('\n') + '\n'), 0xe4, 0xb8, ...utf8(`\n${TITLE}${BODY}${CLOSING}`)]);

describe('npm run import: one bad plan never stops the others', () => {
  it('writes every good plan, lists each failure with file and line, and fails the run', async () => {
    const root = project({ 'content/sources/a.txt': whole, 'content/sources/b.txt': whole, 'content/sources/notice.txt': noticeOnly, 'content/sources/damaged.txt': damaged });
    const result = await run({ root, check: false, ...quiet });
    expect(result.ok).toBe(false);
    expect(result.outputs.map((o) => o.slug)).toEqual(['a', 'b']);
    for (const f of [...planFiles('a'), ...planFiles('b')]) expect(existsSync(join(root, f)), f).toBe(true);
    for (const f of [...planFiles('notice'), ...planFiles('damaged')]) expect(existsSync(join(root, f)), f).toBe(false);
    expect(result.errors).toEqual([
      expect.stringMatching(/^content\/sources\/damaged\.txt:3: not valid UTF-8/),
      expect.stringMatching(/^content\/sources\/notice\.txt:6: no plan text: a notice whose plan is the attached 某市全民科学素质行动实施方案\.doc/),
    ]);
    // The anchors manifest holds the plans written, not the failed ones.
    expect(Object.keys(JSON.parse(readFileSync(join(root, 'content/anchors.json'), 'utf8')))).toEqual(['a', 'b']);
    // --check reads every plan too and lists every failure, not the first.
    const checked = await run({ root, check: true, ...quiet });
    expect(checked.ok).toBe(false);
    expect(checked.stale).toEqual([]);
    expect(checked.errors).toHaveLength(2);
  });

  it('keeps a failed plan’s previous files as they were, and writes the others', async () => {
    const root = project({ 'content/sources/a.txt': whole, 'content/sources/b.txt': whole });
    expect((await run({ root, check: false, ...quiet })).ok).toBe(true);
    const before = planFiles('b').map((f) => readFileSync(join(root, f), 'utf8'));
    writeFileSync(join(root, 'content/sources/b.txt'), damaged);
    writeFileSync(join(root, 'content/sources/a.txt'), whole.replace('加强科学教育。', '加强学校科学教育。'));
    const result = await run({ root, check: false, ...quiet });
    expect(result.ok).toBe(false);
    expect(planFiles('b').map((f) => readFileSync(join(root, f), 'utf8'))).toEqual(before);
    expect(readFileSync(join(root, 'content/plans/a.mdx'), 'utf8')).toContain('加强学校科学教育。');
    // A failed source is not a removed one: nothing of b is removed.
    expect(result.orphans).toEqual([]);
  });

  it('writes a plan’s files whole or not at all: a file that cannot be written leaves all its previous files', async () => {
    const root = project({ 'content/sources/a.txt': whole, 'content/sources/b.txt': whole });
    await run({ root, check: false, ...quiet });
    const before = planFiles('b').map((f) => readFileSync(join(root, f), 'utf8'));
    writeFileSync(join(root, 'content/sources/b.txt'), whole.replace('培育高素质农民。', '培育新型职业农民。'));
    // Something in the way of b's report: its temporary file's name is taken by a folder.
    mkdirSync(join(root, 'content/reports/b.md.tmp'));
    const result = await run({ root, check: false, ...quiet });
    expect(result.errors).toEqual([expect.stringMatching(/^content\/sources\/b\.txt: its files could not be written .*; its previous files are kept$/)]);
    expect(planFiles('b').map((f) => readFileSync(join(root, f), 'utf8'))).toEqual(before);
    expect(readdirSync(join(root, 'content/plans')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(join(root, 'content/plans/a.mdx'))).toBe(true);
  });

  it('makes a value a schema refuses an error of that plan alone (file named), not of the run', async () => {
    const root = project({ 'content/sources/a.txt': whole, 'content/sources/b.txt': whole, 'content/sources/b.yaml': 'issuer: "某市\\a人民政府"\n' });
    const result = await run({ root, check: false, ...quiet });
    expect(result.outputs.map((o) => o.slug)).toEqual(['a']);
    expect(result.errors).toEqual([expect.stringMatching(/^content\/sources\/b\.yaml: field issuer = "某市\\u0007人民政府": contains a control or bidirectional-override character$/)]);
  });

  it('reads pages, PDFs and Word files beside texts; a scan, an OFD file and a damaged PDF are named, the others imported', async () => {
    const formats = join(process.cwd(), 'tests/fixtures/formats');
    const first = (format: string) => readFileSync(join(formats, format, readdirSync(join(formats, format)).sort()[0]!));
    const root = project({
      'content/sources/a.txt': whole,
      'content/sources/b.html': first('html'),
      'content/sources/c.pdf': first('pdf'),
      'content/sources/d.docx': first('docx'),
      'content/sources/e.doc': first('doc'),
      'content/sources/f.mhtml': first('mhtml'),
      'content/sources/scan.pdf': readFileSync(join(formats, 'samples/scan.pdf')),
      'content/sources/damaged.pdf': readFileSync(join(formats, 'samples/damaged.pdf')),
      'content/sources/g.ofd': 'PK',
    });
    const result = await run({ root, check: false, ...quiet });
    expect(result.ok).toBe(false);
    expect(result.outputs.map((o) => o.slug).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(result.errors).toEqual([
      expect.stringMatching(/^content\/sources\/damaged\.pdf: .*formats\/pdf-unreadable/),
      expect.stringMatching(/^content\/sources\/g\.ofd: .*OFD/),
      expect.stringMatching(/^content\/sources\/scan\.pdf: .*OCR/),
    ]);
    for (const slug of ['scan', 'damaged', 'g']) for (const f of planFiles(slug)) expect(existsSync(join(root, f)), f).toBe(false);
    // The plan records the file as obtained: its name, format and sha256.
    const c = result.outputs.find((o) => o.slug === 'c')!;
    expect(c.frontmatter.source).toMatchObject({ file: 'c.pdf', format: 'pdf', sha256: createHash('sha256').update(first('pdf')).digest('hex') });
  }, 180_000);

  it('says a fault of the importer itself on one line, with the file', async () => {
    const line = failureLine(new TypeError('x is undefined'), 'content/sources/a.txt');
    expect(line).toMatch(/^content\/sources\/a\.txt: the importer failed on this text \(TypeError: x is undefined/);
    expect(line).not.toContain('\n');
    expect(failureLine(new ImportError('content/sources/a.txt', 'bad', 7), 'ignored')).toBe('content/sources/a.txt:7: bad');
  });

  it('the command lists the failures at the end and exits non-zero', async () => {
    const root = project({ 'content/sources/a.txt': whole, 'content/sources/notice.txt': noticeOnly });
    const r = spawnSync(process.execPath, [tsxCli, join(process.cwd(), 'src/cli/import.ts')], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n').slice(-2)).toEqual([
      expect.stringMatching(/^error: content\/sources\/notice\.txt:6: no plan text/),
      expect.stringMatching(/^imported 1 plans; 1 failed/),
    ]);
    expect(existsSync(join(root, 'content/plans/a.mdx'))).toBe(true);
  }, 60_000);
});

describe('damaged texts', () => {
  it('removes control characters and bidi overrides at their line, before the title, pages and downloads read them', async () => {
    const text = HEAD + TITLE.replace('科学素质', '科学\u0007素质') + BODY.replace('加强科学教育', '加强\u202e科学\u202c教育\u0000') + CLOSING;
    const out = imp(text);
    expect(out.frontmatter.title).toBe('某市全民科学素质行动实施方案（2021—2025年）');
    const control = new RegExp(`[${CONTROL_CLASS}]`);
    expect(out.mdx).not.toMatch(control);
    expect(JSON.stringify(out.model)).not.toMatch(/\\u00(0[0-8]|1[0-9a-f])|[\u202a-\u202e]/);
    const found = out.messages.filter((m) => m.ruleId === controlChars.id);
    expect(found.map((m) => [m.line, m.severity])).toEqual([
      [6, 'warning'],
      [11, 'warning'],
    ]);
    expect(found[0]!.reason).toContain('U+0007 BEL');
    expect(found[1]!.reason).toMatch(/U\+202E RLO, U\+202C PDF, U\+0000 NUL/);
  });

  it('marks a text that stops short as incomplete, naming its last line; a whole one not', async () => {
    const cut = `${HEAD}${TITLE}一、总体要求\n到2025年，全市公民具备科学素质的比例`;
    const out = imp(cut);
    expect(out.frontmatter.incomplete).toEqual({ line: 8, reasons: ['mid-sentence', 'no-closing-part', 'short'] });
    expect(out.model.meta.incomplete).toEqual(out.frontmatter.incomplete);
    expect(out.messages).toContainEqual(expect.objectContaining({ ruleId: 'text/truncated', severity: 'warning', line: 8 }));
    const ok = imp(whole);
    expect(ok.frontmatter.incomplete).toBeUndefined();
    expect(ok.mdx).not.toContain('incomplete');
    expect(ok.messages.filter((m) => m.ruleId === 'text/truncated')).toEqual([]);
  });

  it('refuses a notice whose plan is only an attached file, naming the file and its line', async () => {
    expect(() => imp(noticeOnly)).toThrow(/^content\/sources\/x\.txt:6: no plan text: a notice whose plan is the attached 某市全民科学素质行动实施方案\.doc/);
    // The same link under a plan's own text is harmless.
    expect(() => imp(`${whole}附件下载：某市全民科学素质行动实施方案.pdf\n`)).not.toThrow();
  });
});
