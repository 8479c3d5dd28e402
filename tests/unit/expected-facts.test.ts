import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGoldFiles } from '../../src/lib/eval/run';
import { predictedFromFrontmatter, prf, scorePlan, share, THRESHOLDS, type FieldCheck, type PlanScore } from '../../src/lib/eval/score';
import type { Gold } from '../../src/lib/eval/gold';
import { importPlan } from '../../src/lib/importer/pipeline';
import { collectInputs } from '../../src/lib/importer/run';

/**
 * Every plan with hand-checked facts in content/expected/<slug>.json and its text in
 * content/sources: what must be exactly right (metadata, which sections exist, their headings)
 * and the accuracy thresholds for the rest. Everything comes from content/; a plan without an
 * expected file is simply not checked here (`npm run eval:extraction` lists it as not evaluated).
 */
const root = process.cwd();
let goldError: Error | null = null;
let golds = new Map<string, { gold: Gold; file: string }>();
try {
  golds = loadGoldFiles(join(root, 'content/expected'), '.json', root);
} catch (e) {
  goldError = e as Error;
}
const { inputs } = collectInputs(root);
const cases = inputs.filter((i) => golds.has(i.slug)).map((input) => ({ slug: input.slug, input, ...golds.get(input.slug)! }));

const scores = new Map<string, PlanScore>();
function scoreOf(c: (typeof cases)[number]): PlanScore {
  if (!scores.has(c.slug)) scores.set(c.slug, scorePlan(c.gold, predictedFromFrontmatter(importPlan(c.input).frontmatter)));
  return scores.get(c.slug)!;
}

const wrong = (checks: FieldCheck[]) => checks.filter((c) => !c.ok).map((c) => `${c.field}: expected ${c.expected}, got ${c.got}`);

describe('content/expected', () => {
  it('holds only valid gold files, each named after its slug', () => {
    expect(goldError?.message ?? null).toBeNull();
  });
});

describe.each(cases)('$slug against $file', (c) => {
  it('imports', () => {
    expect(() => scoreOf(c)).not.toThrow();
  });
  it('has every metadata field right', () => {
    expect(wrong(scoreOf(c).metadata)).toEqual([]);
  });
  it('finds exactly the groups and projects the plan has', () => {
    expect(wrong(scoreOf(c).presence)).toEqual([]);
  });
  it('reads every heading and its number', () => {
    expect(wrong(scoreOf(c).headings)).toEqual([]);
  });
  it(`counts measures exactly in ≥ ${THRESHOLDS.measures * 100}% of sections`, () => {
    const m = scoreOf(c).measures;
    expect(share({ right: m.filter((x) => x.ok).length, total: m.length }), wrong(m).join('\n')).toBeGreaterThanOrEqual(THRESHOLDS.measures);
  });
  it(`finds (section, department) pairs with F1 ≥ ${THRESHOLDS.departmentsF1}`, () => {
    const d = scoreOf(c).departments;
    const detail = [...d.missing.map((p) => `missing ${p.section} ${p.unit}`), ...d.extra.map((p) => `extra ${p.section} ${p.unit}`)].join('\n');
    expect(prf(d).f1, detail).toBeGreaterThanOrEqual(THRESHOLDS.departmentsF1);
  });
  it(`gives ≥ ${THRESHOLDS.roles * 100}% of the found pairs the right role`, () => {
    const d = scoreOf(c).departments;
    const detail = d.wrongRole.map((p) => `${p.section} ${p.unit}: expected ${p.expected}, got ${p.got}`).join('\n');
    expect(share({ right: d.rolesRight, total: d.tp }), detail).toBeGreaterThanOrEqual(THRESHOLDS.roles);
  });
  it(`finds other targets with F1 ≥ ${THRESHOLDS.targetsF1}`, () => {
    const t = scoreOf(c).targets;
    const detail = [...t.missed.map((g) => `missed ${g.value}${g.unit} ${g.sentenceContains}`), ...t.extra.map((p) => `extra ${p.value}${p.unit} ${p.sentence}`)].join('\n');
    expect(prf(t).f1, detail).toBeGreaterThanOrEqual(THRESHOLDS.targetsF1);
  });
});
