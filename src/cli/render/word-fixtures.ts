import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderDocx } from './docx';
import { renderDoc } from './doc';

/**
 * Writes the Word renderings of the plans with gold facts (../shared/dev-plans when present, and
 * tests/fixtures/layouts): tests/fixtures/formats/docx/<slug>.docx and, with LibreOffice
 * installed, tests/fixtures/formats/doc/<slug>.doc. `npx tsx src/cli/render/word-fixtures.ts [docx|doc]`.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const DIRS = [resolve(ROOT, '../shared/dev-plans'), join(ROOT, 'tests/fixtures/layouts')];
const which = process.argv[2];

async function main() {
  for (const dir of DIRS.filter(existsSync)) {
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const slug = name.replace(/\.txt$/, '');
      if (!existsSync(join(dir, `${slug}.gold.json`))) continue;
      const plan = { slug, text: readFileSync(join(dir, name), 'utf8') };
      for (const format of ['docx', 'doc'] as const) {
        if (which && which !== format) continue;
        const out = join(ROOT, 'tests/fixtures/formats', format);
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, `${slug}.${format}`), format === 'docx' ? await renderDocx(plan) : await renderDoc(plan));
        console.log(`${format}/${slug}`);
      }
    }
  }
}
await main();
