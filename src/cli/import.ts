// `npm run import [-- --check]`: content/sources/*.txt → content/plans/*.mdx.
import { readdirSync, readFileSync } from 'node:fs';
import { fileMessageLine, run } from '../lib/importer/run';
import { formatOf, readSource } from '../lib/importer/formats';
import { slugOf } from '../lib/importer/pipeline';

// `npm run import -- --text <slug>`: the derived text of a plan's source, the text its corrections
// and the import report's line numbers refer to (for a .txt, the text itself), with line numbers.
const textAt = process.argv.indexOf('--text');
if (textAt >= 0) {
  const slug = process.argv[textAt + 1];
  const name = slug ? readdirSync('content/sources').find((f) => formatOf(f) && slugOf(f) === slug) : undefined;
  if (!name) {
    console.error(`usage: npm run import -- --text <slug>${slug ? ` (no content/sources/${slug}.*)` : ''}`);
    process.exit(1);
  }
  const derived = await readSource(new Uint8Array(readFileSync(`content/sources/${name}`)), name);
  if (derived.refused) {
    console.error(`content/sources/${name}: ${derived.refused.reason}`);
    process.exit(1);
  }
  const lines = derived.text.replace(/\r\n?/g, '\n').split('\n');
  const width = String(lines.length).length;
  console.log(lines.map((l, i) => `${String(i + 1).padStart(width)}\t${l}`).join('\n'));
  process.exit(0);
}

const check = process.argv.includes('--check');
const result = await run({ root: process.cwd(), check, log: (l) => console.log(l) });
for (const m of result.messages) (m.severity === 'info' ? console.log : console.error)(fileMessageLine(m));
for (const s of result.stale) console.error(`out of date: ${s} differs from what \`npm run import\` would write`);
// The failures last, all of them, where they are seen after the plans' own lines.
if (result.errors.length) {
  console.error(`\n${result.errors.length} source(s) not imported${check ? '' : ' (their previous files, if any, are kept)'}:`);
  for (const e of result.errors) console.error(`error: ${e}`);
}
const done = check ? `import --check: ${result.outputs.length} plans read` : `imported ${result.outputs.length} plans${result.orphans.length ? `; removed ${result.orphans.length} files of plans whose source is gone` : ''}`;
if (!result.ok) {
  console.error(
    result.errors.length
      ? `${done}; ${result.errors.length} failed (listed above): fix them and run it again`
      : // Removed files are part of the fix: `git add -A content` stages the deletions too.
        'import --check failed: run `npm run import`, then commit what it wrote and removed (`git add -A content && git commit`)',
  );
  process.exit(1);
}
console.log(check ? `import --check: ${result.outputs.length} plans up to date` : done);
