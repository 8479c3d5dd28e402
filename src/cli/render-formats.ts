// `npm run render:formats [-- --format <f>] [--plan <slug>]`: renders the synthetic plans with gold
// facts (../shared/dev-plans, tests/fixtures/layouts) into each format plans are published in, as
// tests/fixtures/formats/<format>/<slug>.<ext>, for `npm run eval:extraction` and the same-facts
// tests. Each renderer is src/cli/render/<format>.ts; renderings are deterministic, so running this
// again changes no committed file unless a renderer or a plan changed.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Renderer } from './render/types';
import { FORMATS_DIR } from '../lib/eval/formats';
import { DEFAULT_DEV_DIRS } from '../lib/eval/run';
import { PDF_FIXTURE_PLANS } from './render-pdf-fixtures-list';

interface RendererEntry {
  ext: string;
  load: () => Promise<Renderer>;
  /** Only these plans (a PDF is ~250 KB: a subset keeps the fixtures small); default every plan. */
  only?: readonly string[];
  /** Anything written besides the plans (the scan sample), and what to close after. */
  extra?: () => Promise<void>;
  close?: () => Promise<void>;
}

const RENDERERS: Record<string, RendererEntry> = {
  html: { ext: 'html', load: async () => (await import('./render/html')).render },
  mhtml: { ext: 'mhtml', load: async () => (await import('./render/mhtml')).render },
  docx: { ext: 'docx', load: async () => (await import('./render/docx')).render },
  // Needs LibreOffice (`soffice`, apt-get install libreoffice-writer-nogui): the .docx converted to Word 97.
  doc: { ext: 'doc', load: async () => (await import('./render/doc')).render },
  // Chromium (/usr/bin/chromium) prints the GB/T 9704-style page (src/cli/render/pdf.ts).
  pdf: {
    ext: 'pdf',
    load: async () => (await import('./render/pdf')).render,
    only: PDF_FIXTURE_PLANS.map((p) => p.slug),
    extra: async () => {
      const { renderScan } = await import('./render/pdf');
      // A scan: one image and no text layer, which the PDF reader must refuse (formats/pdf-no-text).
      const scan = await renderScan(['某县人民政府办公室文件', '某政办发〔2022〕5号', '关于印发某县全民科学素质行动实施方案的通知', '各乡镇人民政府：', '现将《某县全民科学素质行动实施方案》印发给你们。']);
      writeFileSync(join(root, FORMATS_DIR, 'samples/scan.pdf'), scan);
    },
    close: async () => (await import('./render/pdf')).closeRenderer(),
  },
};

const { values } = parseArgs({ options: { format: { type: 'string', multiple: true }, plan: { type: 'string', multiple: true } } });
const root = process.cwd();
const formats = values.format ?? Object.keys(RENDERERS);
for (const f of formats) if (!RENDERERS[f]) throw new Error(`--format ${f}: no renderer (have ${Object.keys(RENDERERS).join(', ')})`);
const plans = DEFAULT_DEV_DIRS.map((d) => resolve(root, d))
  .filter((d) => existsSync(d))
  .flatMap((dir) => readdirSync(dir).filter((n) => n.endsWith('.txt') && existsSync(join(dir, n.replace(/\.txt$/, '.gold.json')))).map((n) => ({ slug: n.replace(/\.txt$/, ''), path: join(dir, n) })))
  .filter((p) => !values.plan || values.plan.includes(p.slug));
for (const format of formats) {
  const { ext, load, only, extra, close } = RENDERERS[format]!;
  const render = await load();
  const dir = join(root, FORMATS_DIR, format);
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  const these = plans.filter((p) => !only || only.includes(p.slug));
  try {
    for (const p of these) {
      const out = await render({ slug: p.slug, text: readFileSync(p.path, 'utf8') });
      writeFileSync(join(dir, `${p.slug}.${ext}`), out);
      bytes += out.length;
    }
    await extra?.();
  } finally {
    await close?.();
  }
  console.log(`${format}: ${these.length} plans → ${FORMATS_DIR}/${format}/ (${(bytes / 1024).toFixed(0)} KB)`);
}
