import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMINISTRATIVE_SUFFIX, planSlug, shortRegionName } from '../../src/lib/importer/slug';
import { loadPlans } from '../support/plans';

const ROOT = resolve(__dirname, '../..');
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
const LAYOUTS = join(ROOT, 'tests/fixtures/layouts');

describe('the slug of a new plan', () => {
  it('leaves out administrative suffixes and the peoples of an autonomous region, keeping two characters at least', async () => {
    expect(shortRegionName('鄂州市')).toBe('鄂州');
    expect(shortRegionName('恩施土家族苗族自治州')).toBe('恩施');
    expect(shortRegionName('巴音郭楞蒙古自治州')).toBe('巴音郭楞');
    expect(shortRegionName('新疆维吾尔自治区')).toBe('新疆');
    expect(shortRegionName('神农架林区')).toBe('神农架');
    // One character left: the suffix stays.
    expect(shortRegionName('泾县')).toBe('泾县');
    expect(shortRegionName('鄂温克族自治旗')).toBe('鄂温克族');
    // No suffix: the name as it is.
    expect(shortRegionName('南沙')).toBe('南沙');
    for (const s of ['省', '市', '区', '县', '旗', '盟', '自治州', '自治县', '地区']) expect(ADMINISTRATIVE_SUFFIX.test(`某某${s}`), s).toBe(true);
    expect(ADMINISTRATIVE_SUFFIX.test('某某镇')).toBe(false);
  });
  it('names a district or county after its city, and a city or province alone', async () => {
    expect(planSlug({ region: { name: '南沙区', level: 'district', parents: ['广东省', '广州市'] }, period: { from: 2022, to: 2025 } })).toBe('guangzhou-nansha-2022-2025');
    expect(planSlug({ region: { name: '长沙市', level: 'city', parents: ['湖南省'] }, period: { from: 2021, to: 2025 } })).toBe('changsha-2021-2025');
    expect(planSlug({ region: { name: '浙江省', level: 'province', parents: [] }, period: { from: 2021, to: 2025 } })).toBe('zhejiang-2021-2025');
    // A county under its province directly: no city to name.
    expect(planSlug({ region: { name: '鹿山县', level: 'county', parents: ['甘肃省'] }, period: null })).toBe('lushan');
  });
  it('gives every plan in content/ a valid slug ending in its period', async () => {
    for (const plan of loadPlans()) {
      const slug = planSlug(plan.data);
      expect(slug, plan.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      if (plan.data.period) expect(slug, plan.id).toMatch(new RegExp(`-${plan.data.period.from}-${plan.data.period.to}$`));
    }
  });
});

describe('npm run add', () => {
  const project = () => {
    const root = mkdtempSync(join(tmpdir(), 'plan-atlas-add-'));
    mkdirSync(join(root, 'content/sources'), { recursive: true });
    return root;
  };
  // Asynchronous, so that a long run does not block the test worker (vitest's own messages time out).
  const add = (root: string, ...args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
      const child = spawn(process.execPath, [tsxCli, join(ROOT, 'src/cli/add.ts'), ...args], { cwd: root });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (status) => done({ status, stdout, stderr }));
    });
  const plan = readdirSync(LAYOUTS).find((f) => f.endsWith('.txt'))!;

  it('copies the file unchanged under the slug it prints, writes its YAML, imports it; the same file again is refused', async () => {
    const root = project();
    const file = join(LAYOUTS, plan);
    const r = await add(root, file, '--url', 'https://www.example.gov.cn/art/1.html');
    expect(r.status, r.stderr).toBe(0);
    const slug = /added content\/sources\/([a-z0-9-]+)\.txt/.exec(r.stdout)?.[1];
    expect(slug).toBeTruthy();
    const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
    expect(sha(join(root, `content/sources/${slug}.txt`))).toBe(sha(file));
    const yaml = readFileSync(join(root, `content/sources/${slug}.yaml`), 'utf8');
    expect(yaml).toContain('sourceUrl: "https://www.example.gov.cn/art/1.html"');
    expect(yaml).toMatch(/obtainedDate: "\d{4}-\d{2}-\d{2}"/);
    expect(readdirSync(join(root, 'content/plans'))).toContain(`${slug}.mdx`);
    expect(r.stdout).toContain(`${slug}: `);
    const again = await add(root, file);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already added');
  }, 120_000);

  it('records an address off government hosts as where the text came from, not as the original', async () => {
    const root = project();
    const r = await add(root, join(LAYOUTS, plan), '--url', 'https://mirror.example.com/a.html', '--slug', 'given-slug');
    expect(r.status, r.stderr).toBe(0);
    const yaml = readFileSync(join(root, 'content/sources/given-slug.yaml'), 'utf8');
    expect(yaml).not.toContain('sourceUrl:');
    expect(yaml).toContain('obtainedFrom: "https://mirror.example.com/a.html"');
  }, 120_000);

  it('adds a plan from a file of each format, printing the slug and the summary', async () => {
    const root = project();
    const formats = join(ROOT, 'tests/fixtures/formats');
    for (const format of readdirSync(formats).filter((d) => d !== 'samples').sort()) {
      const name = readdirSync(join(formats, format)).sort()[0]!;
      const r = await add(root, join(formats, format, name), '--slug', `plan-${format}`);
      expect(r.status, `${format}: ${r.stderr}`).toBe(0);
      expect(r.stdout, format).toMatch(new RegExp(`added content/sources/plan-${format}\\.${name.split('.').pop()}`));
      expect(r.stdout, format).toMatch(new RegExp(`^plan-${format}: .+ — \\d+ sections, \\d+ measures`, 'm'));
    }
  }, 300_000);

  it('refuses a scan (no text layer) saying it needs OCR, and writes nothing', async () => {
    const root = project();
    const r = await add(root, join(ROOT, 'tests/fixtures/formats/samples/scan.pdf'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/OCR/);
    expect(readdirSync(join(root, 'content/sources'))).toEqual([]);
  }, 60_000);

  it('refuses a file of no source format and writes nothing', async () => {
    const root = project();
    const odd = join(root, 'plan.rtf');
    writeFileSync(odd, '{\\rtf1 x}');
    const r = await add(root, odd);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not a format plans are read from/);
    expect(readdirSync(join(root, 'content/sources'))).toEqual([]);
  }, 60_000);
});
