// `npm run review -- <slug | file>`: one plan's import report beside its derived text, as one
// self-contained HTML page (reports/review/<slug>.html, never published), for a maintainer to check
// a new plan and settle in its YAML what the importer could not tell (src/lib/review/page.ts).
// A slug reviews content/sources/<slug>.* as `npm run import` reads it (with its YAML and
// corrections); a path to a file elsewhere reviews that file before it is added (with a
// <name>.yaml beside it, if any).
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { collectInputs, derivedInput, failureLine } from '../lib/importer/run';
import { slugOf, importPlan, type PlanInput } from '../lib/importer/pipeline';
import { decode } from '../lib/importer/decode';
import { formatOf } from '../lib/importer/formats';
import { reviewPage } from '../lib/review/page';

const REVIEW_DIR = 'reports/review';
const SOURCES_DIR = 'content/sources';

function fail(reason: string): never {
  console.error(`review: ${reason.replace(/\s*\n\s*/g, ' ')}`);
  process.exit(1);
}

const root = process.cwd();
const arg = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!arg) fail('usage: npm run review -- <slug> (a plan in content/sources) or <file> (a text, page, PDF or Word file to review before adding it)');

/** The input of a slug in content/sources, collected as `npm run import` collects it. */
function fromSources(slug: string): PlanInput {
  const { inputs, errors } = collectInputs(root);
  const input = inputs.find((i) => i.slug === slug);
  if (input) return input;
  // Refused when collected (a link out of the project, a name held twice, a YAML beside it that cannot be read).
  const refused = errors.find((e) => [SOURCES_DIR, 'content/corrections'].some((dir) => e.startsWith(`${dir}/${slug}.`)));
  fail(refused ?? `no ${SOURCES_DIR}/${slug}.* (a slug of a plan in ${SOURCES_DIR}, or a path to a file)`);
}

/** A file outside content/sources, reviewed before it is added: its slug is its name. */
function fromFile(path: string): PlanInput {
  const name = basename(path);
  // Named in messages as given when outside the project, else relative to it.
  const shown = relative(root, path).startsWith('..') ? path : relative(root, path);
  if (!formatOf(name)) fail(`${shown}: not a source file (.txt, .html, .htm, .mhtml, .mht, .pdf, .docx or .doc)`);
  const slug = slugOf(name);
  const yaml = join(dirname(path), `${name.replace(/\.[^.]+$/, '')}.yaml`);
  const meta = existsSync(yaml) ? { file: join(dirname(shown), basename(yaml)), text: readFileSync(yaml, 'utf8') } : undefined;
  return { slug, file: shown, bytes: readFileSync(path), meta };
}

const asPath = resolve(root, arg);
const isFile = existsSync(asPath) && statSync(asPath).isFile();
const inSources = isFile && relative(resolve(root, SOURCES_DIR), dirname(asPath)) === '';
const input = isFile && !inSources ? fromFile(asPath) : fromSources(inSources ? slugOf(basename(asPath)) : arg);

let text: string;
let page: string;
let summary: string;
try {
  const derived = await derivedInput(input);
  // The text every line number refers to: the derived text as the pipeline decodes it.
  text = decode(derived.bytes, derived.file).text;
  const out = importPlan(derived);
  page = reviewPage(text, out, input.meta?.text);
  const count = (s: string) => out.messages.filter((m) => m.severity === s).length;
  summary = `${out.slug}: ${out.frontmatter.title} — ${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes`;
} catch (e) {
  fail(failureLine(e, input.file));
}
const target = join(root, REVIEW_DIR, `${input.slug}.html`);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, page);
console.log(relative(root, target));
console.log(summary);
