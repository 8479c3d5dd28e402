// `npm run bench:import`: time and peak memory of importing one plan, per plan and per format:
// each .txt of the PDF fixtures' plans, each file under tests/fixtures/formats/<format>/, and a
// generated 100-page PDF (a dev plan's measures repeated, printed by src/cli/render/pdf.ts). Each
// import runs in a child process so that its peak (resourceUsage().maxRSS) is its own.
// Limits: 10 s and 500 MB per plan; the exit code is 1 when one is over.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';

const LIMIT_MS = 10_000;
const LIMIT_MB = 500;

if (process.argv[2] === '--child') {
  // One import as `npm run import` does it: the format reader (derivedInput), then the pipeline.
  const file = process.argv[3]!;
  const t0 = performance.now();
  const bytes = new Uint8Array(readFileSync(file));
  const { derivedInput } = await import('../lib/importer/run');
  const { importPlan } = await import('../lib/importer/pipeline');
  const slug = basename(file).replace(/\.[^.]+$/, '');
  importPlan(await derivedInput({ slug, file: `content/sources/${slug}${extname(file)}`, bytes }));
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, heapMb: process.memoryUsage().heapUsed / 2 ** 20 }));
  process.exit(0);
}

const files: { format: string; file: string }[] = [];
const { PDF_FIXTURE_PLANS } = await import('./render-pdf-fixtures-list');
for (const { slug, dir } of PDF_FIXTURE_PLANS) if (existsSync(join(dir, `${slug}.txt`))) files.push({ format: 'txt', file: join(dir, `${slug}.txt`) });
const formats = 'tests/fixtures/formats';
for (const format of existsSync(formats) ? readdirSync(formats).filter((d) => d !== 'samples') : [])
  for (const name of readdirSync(join(formats, format)).sort()) files.push({ format, file: join(formats, format, name) });

// The 100-page PDF: the baisha (or first available) plan with its body repeated until the rendering has 100 pages.
const source = PDF_FIXTURE_PLANS.map(({ slug, dir }) => join(dir, `${slug}.txt`)).find(existsSync);
if (source) {
  const { render, closeRenderer } = await import('./render/pdf');
  const text = readFileSync(source, 'utf8');
  // The body's lines of prose (any layout: a PDF text's 28-character lines as well as whole paragraphs).
  const measures = text.split('\n').filter((l) => l.trim().length >= 20 && !l.includes('\t'));
  let body = text;
  let pdf = await render({ slug: 'long', text: body });
  const pages = (b: Uint8Array) => (Buffer.from(b).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  for (let guard = 0; pages(pdf) < 100 && guard < 20; guard++) {
    const need = Math.ceil(((100 - pages(pdf)) / Math.max(1, pages(pdf))) * measures.length) + 5;
    body += '\n' + Array.from({ length: need }, (_, i) => measures[i % measures.length]).join('\n');
    pdf = await render({ slug: 'long', text: body });
  }
  await closeRenderer();
  const file = join(mkdtempSync(join(tmpdir(), 'bench-import-')), `long-${pages(pdf)}-pages.pdf`);
  writeFileSync(file, pdf);
  files.push({ format: 'pdf (generated)', file });
}

const rows: string[][] = [['format', 'file', 'size KB', 'time ms', 'peak RSS MB', 'ok']];
let over = false;
for (const { format, file } of files) {
  const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, '--child', file], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const r = JSON.parse(out) as { ms: number; maxRssMb: number };
  const ok = r.ms <= LIMIT_MS && r.maxRssMb <= LIMIT_MB;
  over ||= !ok;
  rows.push([format, basename(file), (readFileSync(file).length / 1024).toFixed(0), r.ms.toFixed(0), r.maxRssMb.toFixed(0), ok ? 'yes' : 'OVER']);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
console.log(`limits: ${LIMIT_MS / 1000} s and ${LIMIT_MB} MB per plan (time includes reading the file and loading the importer)`);
process.exit(over ? 1 : 0);
