// `npx tsx src/cli/render-pdf-fixtures.ts [slug…]`: renders the PDF fixtures of the PDF reader's
// tests (tests/unit/formats-pdf.test.ts) with src/cli/render/pdf.ts, so that the tests do not need
// Chromium: the dev plans (../shared/dev-plans, when present) and a few layout fixtures, to
// tests/fixtures/formats/pdf/<slug>.pdf, and the scan fixture to tests/fixtures/formats/samples/scan.pdf.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeRenderer, render, renderScan } from './render/pdf';
import { PDF_FIXTURE_PLANS } from './render-pdf-fixtures-list';


const out = 'tests/fixtures/formats/pdf';
mkdirSync(out, { recursive: true });
const only = process.argv.slice(2);
try {
  for (const { slug, dir } of PDF_FIXTURE_PLANS) {
    if (only.length && !only.includes(slug)) continue;
    const src = join(dir, `${slug}.txt`);
    if (!existsSync(src)) {
      console.log(`${slug}: ${src} absent, skipped`);
      continue;
    }
    const pdf = await render({ slug, text: readFileSync(src, 'utf8') });
    writeFileSync(join(out, `${slug}.pdf`), pdf);
    console.log(`${slug}: ${pdf.length} bytes`);
  }
  if (!only.length || only.includes('scan')) {
    const scan = await renderScan(['某县人民政府办公室文件', '某政办发〔2022〕5号', '关于印发某县全民科学素质行动实施方案的通知', '各乡镇人民政府：', '现将《某县全民科学素质行动实施方案》印发给你们。']);
    writeFileSync('tests/fixtures/formats/samples/scan.pdf', scan);
    console.log(`scan: ${scan.length} bytes`);
  }
} finally {
  await closeRenderer();
}
