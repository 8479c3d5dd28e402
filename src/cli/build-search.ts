// Builds the search index of a built site from the plan models: tsx src/cli/build-search.ts [dir]
// (dir defaults to dist). What it writes: src/lib/search/build.ts. `npm run build` (src/cli/build.ts)
// runs the same step on its temporary output before it replaces dist/.
import { readModels } from '../lib/model/files.ts';
import { buildSearchIndex } from '../lib/search/build.ts';

const dir = process.argv[2] ?? 'dist';
try {
  const summary = await buildSearchIndex(dir, readModels());
  console.log(`build-search: ${summary.plans} plans, ${summary.sections} sections → ${dir}/pagefind, ${dir}/search; ${summary.traditional} traditional characters mapped`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
