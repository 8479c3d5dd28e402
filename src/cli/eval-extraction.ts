// `npm run eval:extraction [-- --json] [-- --plan <slug>] [-- --expected <dir>] [-- --dev <dir>] [-- --all]`:
// field-level accuracy of the importer against hand-checked gold facts. It measures; it is not a
// gate: the exit code is 0 whatever the scores, and 2 only when the tool itself fails (e.g. a
// malformed gold file).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluate, type PlanEvaluation } from '../lib/eval/run';
import { evaluateFormats, type FormatEvaluation } from '../lib/eval/formats';
import { SOURCE_FORMATS } from '../lib/importer/formats/types';
import { compareExcerpt, EXCERPT_FIELDS, excerptTotals, loadExcerpts, refusalCheck, type FactCheck } from '../lib/eval/excerpts';
import { importPlan } from '../lib/importer/pipeline';
import { formatThresholds, prf, share, thresholds, totalsOf, type Count, type FieldCheck, type PlanScore, type Totals } from '../lib/eval/score';

// node:util parseArgs rather than a CLI library: five flags do not justify a dependency (commander considered).
const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    plan: { type: 'string' },
    expected: { type: 'string' },
    dev: { type: 'string', multiple: true },
    all: { type: 'boolean', default: false },
  },
});

const root = process.cwd();
const LIMIT = values.all ? Infinity : 12;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ratio = (c: Count) => `${c.right}/${c.total}`;

function listed<T>(items: T[], line: (t: T) => string, indent = '      '): string[] {
  const out = items.slice(0, LIMIT).map((t) => indent + line(t));
  if (items.length > LIMIT) out.push(`${indent}… and ${items.length - LIMIT} more (--all lists them)`);
  return out;
}

const wrong = (checks: FieldCheck[]) => listed(checks.filter((c) => !c.ok), (c) => `${c.field}: expected ${c.expected}, got ${c.got}`);

function totalsLines(t: Totals, indent: string): string[] {
  const d = prf(t.departments);
  const tg = prf(t.targets);
  const f = (x: number) => x.toFixed(3);
  return [
    `${indent}metadata     ${ratio(t.metadata)}`,
    `${indent}presence     ${ratio(t.presence)}`,
    `${indent}headings     ${ratio(t.headings)}`,
    `${indent}measures     ${ratio(t.measures)} exact (${pct(share(t.measures))})`,
    `${indent}departments  P ${f(d.precision)} R ${f(d.recall)} F1 ${f(d.f1)} (${t.departments.tp} matched of ${t.departments.predicted} predicted, ${t.departments.expected} expected); roles ${t.departments.rolesRight}/${t.departments.tp} (${pct(share({ right: t.departments.rolesRight, total: t.departments.tp }))})`,
    `${indent}targets      P ${f(tg.precision)} R ${f(tg.recall)} F1 ${f(tg.f1)} (${t.targets.tp} matched of ${t.targets.predicted} predicted, ${t.targets.expected} expected)`,
  ];
}

function planLines(e: PlanEvaluation): string[] {
  const head = `${e.slug} [${e.origin}]`;
  if (e.status !== 'evaluated') return [`${head}: ${e.status.toUpperCase()} — ${e.reason}`];
  const s = e.score as PlanScore;
  const t = totalsOf([s]);
  const passed = thresholds(t).filter((r) => !r.pass).map((r) => r.name);
  const lines = [`${head} (gold: ${e.goldFile}) — ${passed.length ? `fails: ${passed.join(', ')}` : 'meets every threshold'}`];
  const [meta, pres, head_, meas, dep, tgt] = totalsLines(t, '  ');
  lines.push(meta!, ...wrong(s.metadata), pres!, ...wrong(s.presence), head_!, ...wrong(s.headings), meas!, ...wrong(s.measures), dep!);
  const d = s.departments;
  if (d.missing.length) lines.push('    missing:', ...listed(d.missing, (p) => `${p.section} ${p.unit} (${p.role})`));
  if (d.extra.length) lines.push('    extra:', ...listed(d.extra, (p) => `${p.section} ${p.unit} (${p.role})`));
  if (d.wrongRole.length) lines.push('    wrong role:', ...listed(d.wrongRole, (p) => `${p.section} ${p.unit}: expected ${p.expected}, got ${p.got}`));
  lines.push(tgt!);
  if (s.targets.missed.length) lines.push('    missed:', ...listed(s.targets.missed, (g) => `${g.value} ${g.unit} — ${g.sentenceContains}`));
  if (s.targets.extra.length) lines.push('    extra:', ...listed(s.targets.extra, (p) => `${p.value} ${p.unit} — ${p.sentence.length > 60 ? `${p.sentence.slice(0, 60)}…` : p.sentence}`));
  return lines;
}

/**
 * Page beginnings with hand-read facts (../shared/real-excerpts; our own header arrangements in
 * tests/fixtures/headers; real pages of other layouts in tests/fixtures/real-pages): the metadata
 * read from each, right per field and overall, each folder its own block.
 */
function excerptScores(): { name: string; dir: string; checks: (FactCheck & { slug: string })[] | null; refusals: { slug: string; ok: boolean; reason: string }[] }[] {
  return [
    { name: 'real excerpts', dir: resolve(root, '../shared/real-excerpts') },
    { name: 'header fixtures', dir: resolve(root, 'tests/fixtures/headers') },
    { name: 'real pages, other layouts', dir: resolve(root, 'tests/fixtures/real-pages') },
  ].map(({ name, dir }) => {
    const excerpts = loadExcerpts(dir);
    const refusals: { slug: string; ok: boolean; reason: string }[] = [];
    const checks = excerpts?.flatMap((e) => {
      let out: ReturnType<typeof importPlan> | null = null;
      let error: unknown;
      try {
        out = importPlan({ slug: e.slug, file: `content/sources/${e.slug}.txt`, bytes: e.text });
      } catch (err) {
        error = err;
      }
      // A page refused by design (gold `refused`) is checked for the refusal, not scored.
      if (e.gold.refused) {
        refusals.push({ slug: e.slug, ...refusalCheck(e.gold, new TextDecoder().decode(e.text), error) });
        return [];
      }
      // A page refused unexpectedly loses every field.
      if (!out) return compareExcerpt(e.gold, REFUSED_FRONTMATTER).map((c) => ({ ...c, got: `refused: ${(error as Error).message.split('\n')[0]}`, ok: false, slug: e.slug }));
      return compareExcerpt(e.gold, out.frontmatter).map((c) => ({ ...c, slug: e.slug }));
    }) ?? null;
    return { name, dir, checks, refusals };
  });
}

/** What a page the importer refused unexpectedly is compared as: nothing read. */
const REFUSED_FRONTMATTER = { title: '', issuer: null, documentNumber: null, signedDate: null, publishedDate: null, period: null, region: { name: '', level: 'city' as const, parents: [] }, implements: [] };

function excerptLines(scores: ReturnType<typeof excerptScores>): string[] {
  const lines: string[] = [];
  for (const { name, dir, checks, refusals } of scores) {
    if (!checks) {
      lines.push(`${name}: not evaluated (${dir} is absent)`);
      continue;
    }
    const t = excerptTotals(checks);
    lines.push(`${name} (${dir}): metadata ${t.overall.right}/${t.overall.total}`);
    for (const f of EXCERPT_FIELDS) lines.push(`  ${f.padEnd(14)} ${t.byField[f].right}/${t.byField[f].total}`);
    lines.push(...listed(checks.filter((c) => !c.ok), (c) => `${c.slug} ${c.field}: expected ${c.expected}, got ${c.got}`, '    '));
    if (refusals.length) lines.push(`  refused by design: ${refusals.filter((r) => r.ok).length}/${refusals.length} refused as expected`, ...refusals.map((r) => `    ${r.ok ? 'ok' : 'WRONG'} ${r.slug}: ${r.reason}`));
  }
  return lines;
}

/**
 * Per format: the renderings evaluated, their totals and the format bar (FORMAT_THRESHOLDS); a plan
 * whose metadata from the format is less complete than from its .txt is named.
 */
function formatLines(rs: FormatEvaluation[]): string[] {
  const lines = ['by format (tests/fixtures/formats/<format>/, rendered from the plans above by npm run render:formats):'];
  for (const f of SOURCE_FORMATS) {
    const of = rs.filter((r) => r.format === f);
    if (!of.length) continue;
    const done = of.filter((r) => r.score);
    const t = totalsOf(done.map((r) => r.score!));
    lines.push(`${f}: ${done.length}/${of.length} evaluated`, ...totalsLines(t, '  '));
    for (const r of of.filter((r) => !r.score)) lines.push(`  ${r.slug}: ${r.status}: ${r.reason}`);
    const right = (s: NonNullable<FormatEvaluation['score']>) => s.metadata.filter((c) => c.ok).length;
    const poorer = done.filter((r) => r.txtScore && right(r.score!) < right(r.txtScore));
    lines.push(`  metadata at least as complete as the .txt: ${done.length - poorer.length}/${done.length}${poorer.length ? ` (less: ${poorer.map((r) => r.slug).join(', ')})` : ''}`);
    for (const v of formatThresholds(t)) lines.push(`  ${v.pass ? 'PASS' : 'FAIL'} ${v.name}: ${v.detail}`);
  }
  return lines;
}

try {
  const excerpts = values.plan ? [] : excerptScores();
  const results = await evaluate({
    root,
    plan: values.plan,
    expectedDir: values.expected ? resolve(values.expected) : undefined,
    devDir: values.dev ? values.dev.map((d) => resolve(d)) : undefined,
  });
  // Each format's renderings of the same plans (issue 18), unless one plan was asked for.
  const formats = values.plan ? [] : await evaluateFormats({ root, devDirs: values.dev ? values.dev.map((d) => resolve(d)) : undefined });
  const evaluated = results.filter((r) => r.status === 'evaluated');
  const overall = totalsOf(evaluated.map((r) => r.score!));
  const byOrigin = (o: string) => totalsOf(evaluated.filter((r) => r.origin === o).map((r) => r.score!));
  const verdict = thresholds(overall);
  if (values.json) {
    console.log(
      JSON.stringify(
        {
          plans: results.map((r) => ({ ...r, totals: r.score ? totalsOf([r.score]) : undefined, thresholds: r.score ? thresholds(totalsOf([r.score])) : undefined })),
          overall: { ...overall, departmentsPrf: prf(overall.departments), targetsPrf: prf(overall.targets) },
          byOrigin: { dev: byOrigin('dev'), project: byOrigin('project') },
          thresholds: verdict,
          formats: SOURCE_FORMATS.filter((f) => formats.some((r) => r.format === f)).map((f) => {
            const rs = formats.filter((r) => r.format === f);
            const t = totalsOf(rs.filter((r) => r.score).map((r) => r.score!));
            return { format: f, plans: rs.map(({ txtScore: _, ...r }) => r), totals: t, thresholds: formatThresholds(t) };
          }),
          excerpts: excerpts.map((x) => ({ name: x.name, dir: x.dir, totals: x.checks ? excerptTotals(x.checks) : null, wrong: x.checks?.filter((c) => !c.ok) ?? null, refusals: x.refusals })),
        },
        null,
        2,
      ),
    );
  } else {
    for (const r of results) console.log(planLines(r).join('\n') + '\n');
    const notEvaluated = results.filter((r) => r.status !== 'evaluated');
    console.log(`overall: ${evaluated.length} plan(s) evaluated (${evaluated.filter((r) => r.origin === 'dev').length} dev, ${evaluated.filter((r) => r.origin === 'project').length} project); not evaluated: ${notEvaluated.length ? notEvaluated.map((r) => `${r.slug} (${r.status})`).join(', ') : 'none'}`);
    console.log(totalsLines(overall, '  ').join('\n'));
    for (const o of ['dev', 'project'] as const) {
      const n = evaluated.filter((r) => r.origin === o).length;
      if (n && n !== evaluated.length) console.log(`  ${o} only:\n${totalsLines(byOrigin(o), '    ').join('\n')}`);
    }
    if (excerpts.length) console.log(`\n${excerptLines(excerpts).join('\n')}`);
    console.log('\nthresholds (over all evaluated plans):');
    for (const v of verdict) console.log(`${v.pass ? 'PASS' : 'FAIL'} ${v.name}: ${v.detail}`);
    if (formats.length) console.log(`\n${formatLines(formats).join('\n')}`);
  }
} catch (e) {
  console.error(`eval:extraction failed: ${(e as Error).message}`);
  process.exit(2);
}
