import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RULES } from '../../src/lib/importer/rules';
import { importPlan, slugOf, type PlanInput } from '../../src/lib/importer/pipeline';
import { collectInputs } from '../../src/lib/importer/run';
import type { ImportMessage } from '../../src/lib/importer/messages';
import { readPdf } from '../../src/lib/importer/formats/pdf';

/** Files the format readers' rules are run on: a rendered plan with tables and a 版记, a scan, a damaged file. */
const FORMAT_FILES = ['tests/fixtures/formats/pdf/lushan-2021-2025.pdf', 'tests/fixtures/formats/samples/scan.pdf', 'tests/fixtures/formats/samples/damaged.pdf'];

/**
 * One registry of rules (rules/index.ts), as remark-lint has one: over a corpus of plans, every
 * message the importer raises names a registered rule, and every registered rule is run by the
 * pipeline. A rule only some layout reaches gets a fixture that reaches it (tests/fixtures/registry),
 * never an exemption. Folders outside the repository are read when present.
 */
const ROOT = resolve(__dirname, '../..');
const FOLDERS = [
  join(ROOT, 'content/sources'),
  resolve(ROOT, '../shared/dev-plans'),
  join(ROOT, 'tests/fixtures/layouts'),
  join(ROOT, 'tests/fixtures/headers'),
  join(ROOT, 'tests/fixtures/registry'),
  resolve(ROOT, '../shared/real-excerpts'),
];

function corpus(): PlanInput[] {
  // The project's own plans as `npm run import` reads them: with what was published before (anchors, previous model).
  const own = collectInputs(ROOT).inputs;
  return own.concat(FOLDERS.filter((dir) => existsSync(dir) && dir !== join(ROOT, 'content/sources')).flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => {
        const slug = slugOf(name);
        const yaml = join(dir, `${slug}.yaml`);
        return {
          slug,
          file: join(dir, name),
          bytes: new Uint8Array(readFileSync(join(dir, name))),
          ...(existsSync(yaml) ? { meta: { file: yaml, text: readFileSync(yaml, 'utf8') } } : {}),
        };
      }),
  ));
}

describe('the rule registry over the corpus', () => {
  const called = new Map<string, number>();
  const messages: (ImportMessage & { slug: string })[] = [];
  const spies: { mockRestore(): void }[] = [];

  beforeAll(async () => {
    for (const rule of RULES) {
      const apply = rule.apply.bind(rule);
      spies.push(
        vi.spyOn(rule, 'apply').mockImplementation((input: unknown) => {
          called.set(rule.id, (called.get(rule.id) ?? 0) + 1);
          return apply(input);
        }),
      );
    }
    for (const input of corpus()) {
      const out = importPlan(input);
      messages.push(...out.messages.map((m) => ({ ...m, slug: input.slug })));
    }
    for (const file of FORMAT_FILES.map((f) => join(ROOT, f)).filter((f) => existsSync(f))) {
      const derived = await readPdf(new Uint8Array(readFileSync(file)), file);
      messages.push(...derived.messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity, line: m.line ?? null, anchor: null, reason: m.reason, slug: file })));
      if (derived.refused) messages.push({ ruleId: derived.refused.ruleId, severity: 'error', line: null, anchor: null, reason: derived.refused.reason, slug: file });
    }
  }, 180_000);
  afterAll(() => spies.forEach((s) => s.mockRestore()));

  it('reads a corpus that includes the five plans', () => {
    expect(new Set(messages.map((m) => m.slug)).size).toBeGreaterThanOrEqual(5);
  });

  it('raises messages only with the id of a registered rule', () => {
    const ids = new Set(RULES.map((r) => r.id));
    const unregistered = [...new Set(messages.filter((m) => !ids.has(m.ruleId)).map((m) => `${m.ruleId} (${m.slug})`))];
    expect(unregistered).toEqual([]);
  });

  it('runs every registered rule', () => {
    const never = RULES.map((r) => r.id).filter((id) => !called.has(id));
    expect(never).toEqual([]);
  });
});
