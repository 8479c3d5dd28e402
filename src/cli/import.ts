// `npm run import [-- --check]`: content/sources/*.txt → content/plans/*.mdx.
import { run } from '../lib/importer/run';

const check = process.argv.includes('--check');
const result = run({ root: process.cwd(), check, log: (l) => console.log(l) });
for (const e of result.errors) console.error(`error: ${e}`);
for (const s of result.stale) console.error(`out of date: ${s} differs from what \`npm run import\` would write`);
if (!result.ok) {
  console.error(result.errors.length ? 'import failed; no MDX was written' : 'import --check failed: run `npm run import` and commit the result');
  process.exit(1);
}
console.log(check ? `import --check: ${result.outputs.length} plans up to date` : `imported ${result.outputs.length} plans`);
