// `npm run import [-- --check]`: content/sources/*.txt → content/plans/*.mdx.
import { fileMessageLine, run } from '../lib/importer/run';

const check = process.argv.includes('--check');
const result = run({ root: process.cwd(), check, log: (l) => console.log(l) });
for (const m of result.messages) (m.severity === 'info' ? console.log : console.error)(fileMessageLine(m));
for (const e of result.errors) console.error(`error: ${e}`);
for (const s of result.stale) console.error(`out of date: ${s} differs from what \`npm run import\` would write`);
if (!result.ok) {
  console.error(
    result.errors.length
      ? 'import failed; no MDX was written'
      : // Removed files are part of the fix: `git add -A content` stages the deletions too.
        'import --check failed: run `npm run import`, then commit what it wrote and removed (`git add -A content && git commit`)',
  );
  process.exit(1);
}
console.log(check ? `import --check: ${result.outputs.length} plans up to date` : `imported ${result.outputs.length} plans${result.orphans.length ? `; removed ${result.orphans.length} files of plans whose source is gone` : ''}`);
