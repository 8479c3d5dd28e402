// `npm run add -- <file> [--url <address>] [--slug <slug>]`: adds a plan from the file a government
// published (a page as saved, its MHTML, a PDF, a .docx or .doc, or a plain text): reads it with its
// format reader, names it by region and period (pinyin), copies it unchanged into content/sources,
// writes its YAML (the address, the day obtained), imports it beside the others and prints what was
// found, what is unsure and what to settle in the YAML.
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatOf, readSource, sha256, unreadableFormatOf } from '../lib/importer/formats';
import { importPlan, oneLineReport, slugOf } from '../lib/importer/pipeline';
import { derivedInput, run } from '../lib/importer/run';
import { planSlug } from '../lib/importer/slug';
import { officialUrl } from '../lib/importer/rules/meta/official-url';
import { webUrl } from '../lib/schema';

const SOURCES = 'content/sources';
const fail = (reason: string): never => {
  console.error(`error: ${reason}`);
  process.exit(1);
};

const { values, positionals } = parseArgs({ options: { url: { type: 'string' }, slug: { type: 'string' } }, allowPositionals: true });
const [path] = positionals;
if (!path || positionals.length > 1) fail('usage: npm run add -- <file> [--url <address>] [--slug <slug>]');
if (!existsSync(path!)) fail(`${path}: no such file`);
if (values.url !== undefined && !webUrl.safeParse(values.url).success) fail(`--url ${values.url}: expected an absolute http(s) address`);
const name = basename(path!);
const format = formatOf(name);
if (!format && !unreadableFormatOf(name)) fail(`${name}: not a format plans are read from (.txt, .html/.htm, .mhtml/.mht, .pdf, .docx, .doc)`);

const bytes = new Uint8Array(readFileSync(path!));
const derived = await readSource(bytes, name);
if (derived.refused) fail(`${name}: ${derived.refused.reason} (${derived.refused.ruleId}); nothing added`);
const digest = sha256(bytes);

// Already here? The same bytes under any slug are the same plan.
for (const f of readdirSync(SOURCES)) {
  if (formatOf(f) && sha256(new Uint8Array(readFileSync(join(SOURCES, f)))) === digest) fail(`${name} is already added, as ${SOURCES}/${f}`);
}

// Region and period, read by the importer itself, make the slug (unless --slug).
const ext = /\.([^.]+)$/.exec(name)![1]!.toLowerCase();
let slug = values.slug ?? null;
if (!slug) {
  let first;
  try {
    first = importPlan(await derivedInput({ slug: 'new-plan', file: `${SOURCES}/new-plan.${ext}`, bytes }));
  } catch (e) {
    fail(`${name}: ${(e as Error).message}`);
  }
  slug = planSlug(first!.frontmatter);
  if (!slug) fail(`${name}: the plan's region was not read, so no slug can be made from it; give one with --slug <region-in-pinyin>-<from>-<to>`);
}
if (!/^[a-z0-9][a-z0-9-]*$/.test(slug!)) fail(`--slug ${slug}: a slug is a–z, 0–9 and hyphens`);
const taken = readdirSync(SOURCES).find((f) => slugOf(f) === slug && f !== `${slug}.yaml`);
if (taken) fail(`the slug ${slug} is taken by ${SOURCES}/${taken} (another plan of the same region and period, or an earlier copy of this one); give another with --slug, or replace that file by hand`);

const target = `${SOURCES}/${slug}.${ext}`;
copyFileSync(path!, target);
const address = values.url ?? derived.url;
const official = address ? officialUrl.apply(address) : null;
// The day of the copy, in the maintainer's own time zone (not UTC, which is the day before in China until 08:00).
const now = new Date();
const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
const yaml = [
  `# Added by npm run add on ${today} from ${JSON.stringify(name)} (${format ?? ext}, SHA-256 ${digest}).`,
  '# Settle here what the import report says is unsure (README, "Settling a case").',
  official ? `# The publisher's own page (a government host): shown on the plan page as 原文.\nsourceUrl: ${JSON.stringify(official)}` : address ? '# The address is not on a government host: recorded as where the text came from, not offered as 原文.' : '# Where the file came from was not given (add obtainedFrom / sourceUrl when known).',
  ...(address ? [`obtainedFrom: ${JSON.stringify(address)}`] : []),
  `# The day npm run add copied the file.\nobtainedDate: "${today}"`,
  '',
].join('\n');
const yamlPath = `${SOURCES}/${slug}.yaml`;
if (existsSync(yamlPath)) console.log(`kept the existing ${yamlPath} (not overwritten)`);
else writeFileSync(yamlPath, yaml);
console.log(`added ${target} (slug ${slug}${values.slug ? ', given' : ', from its region and period'})`);

const result = await run({ root: process.cwd(), check: false, log: () => undefined });
const out = result.outputs.find((o) => o.slug === slug);
if (!out) {
  const why = result.errors.filter((e) => e.includes(`${slug}.`));
  fail(`${target} was added but did not import:\n${why.join('\n') || result.errors.join('\n')}\nfix it (or remove ${target} and ${yamlPath}) and run npm run import`);
}
console.log(oneLineReport(out!));
const settle = out!.messages.filter((m) => /YAML|yaml/.test(m.reason));
if (settle.length) {
  console.log(`\nto settle in ${yamlPath}:`);
  for (const m of settle) console.log(`  line ${m.line ?? '—'} · ${m.ruleId} · ${m.reason}`);
}
console.log(`\nfull report: content/reports/${slug}.md · review beside the text: npm run review -- ${slug}`);
if (result.errors.length) console.error(`\nother sources failed to import (not this one):\n${result.errors.join('\n')}`);
