// `npm run test:mutation` ends with this: a short summary of Stryker's JSON report
// (reports/mutation/mutation.json, written by `stryker run` with stryker.config.mjs): the mutation
// score of src/lib/importer, per folder, and what kinds of mutants survive.
// `tsx src/cli/mutation-summary.ts --survivors [folder]` lists the surviving mutants themselves.
//
// The score is Stryker's own figure: detected (killed or timed out) ÷ valid (all but compile and
// run-time errors and ignored), as mutation-testing-metrics computes it. That package (a dependency of
// @stryker-mutator/core) was considered; this counts by its documented formula instead of importing
// a package the project does not declare.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const REPORT = 'reports/mutation/mutation.json';
const ROOT = 'src/lib/importer/';

const { values, positionals } = parseArgs({ options: { survivors: { type: 'boolean', default: false } }, allowPositionals: true });

interface Mutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number } };
}
interface Report {
  files: Record<string, { mutants: Mutant[] }>;
}

if (!existsSync(REPORT)) {
  console.error(`${REPORT} is missing: run \`npx stryker run\` (or \`npm run test:mutation\`) first.`);
  process.exit(2);
}
const report = JSON.parse(readFileSync(REPORT, 'utf8')) as Report;

interface Tally {
  detected: number;
  survived: number;
  noCoverage: number;
  invalid: number;
}
const empty = (): Tally => ({ detected: 0, survived: 0, noCoverage: 0, invalid: 0 });
function add(t: Tally, status: string): void {
  if (status === 'Killed' || status === 'Timeout') t.detected++;
  else if (status === 'Survived') t.survived++;
  else if (status === 'NoCoverage') t.noCoverage++;
  else t.invalid++;
}
const valid = (t: Tally) => t.detected + t.survived + t.noCoverage;
const score = (t: Tally) => (valid(t) ? `${((100 * t.detected) / valid(t)).toFixed(2)}%` : 'n/a');
const line = (name: string, t: Tally) =>
  `${name.padEnd(34)} ${score(t).padStart(7)}  (${t.detected} detected, ${t.survived} survived, ${t.noCoverage} not covered, of ${valid(t)})`;

/** The folder a file counts under: `structure`, `rules/names`, … or `.` for the importer's own files. */
const folderOf = (file: string) => {
  const parts = file.slice(ROOT.length).split('/').slice(0, -1);
  return parts.length === 0 ? '.' : parts[0] === 'rules' ? parts.slice(0, 2).join('/') : parts[0]!;
};

const total = empty();
const byFolder = new Map<string, Tally>();
const byMutator = new Map<string, number>();
const survivors: string[] = [];
for (const [file, { mutants }] of Object.entries(report.files)) {
  const rel = file.replace(/^.*?(src\/lib\/importer\/)/, '$1');
  const folder = folderOf(rel);
  if (!byFolder.has(folder)) byFolder.set(folder, empty());
  for (const m of mutants) {
    add(total, m.status);
    add(byFolder.get(folder)!, m.status);
    if (m.status === 'Survived' || m.status === 'NoCoverage') {
      byMutator.set(m.mutatorName, (byMutator.get(m.mutatorName) ?? 0) + 1);
      if (!positionals[0] || rel.startsWith(ROOT + positionals[0])) {
        survivors.push(`${rel}:${m.location.start.line}:${m.location.start.column} ${m.status} ${m.mutatorName} → ${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80)}`);
      }
    }
  }
}

if (values.survivors) {
  console.log(survivors.join('\n'));
  process.exit(0);
}
console.log(`\nMutation score of ${ROOT.slice(0, -1)}: ${score(total)} (Stryker's figure: detected ÷ valid mutants)`);
for (const [folder, t] of [...byFolder].sort(([a], [b]) => a.localeCompare(b))) console.log(`  ${line(folder, t)}`);
const kinds = [...byMutator].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`);
console.log(`Undetected mutants by kind: ${kinds.join(', ') || 'none'}`);
