// `npm run import [-- --check]`: content/sources/*.txt → content/plans/*.mdx.
import { fileMessageLine, run } from '../lib/importer/run';

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
