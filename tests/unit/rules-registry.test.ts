import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RULES } from '../../src/lib/importer/rules';
import { importPlan, slugOf, type PlanInput } from '../../src/lib/importer/pipeline';
import { collectInputs } from '../../src/lib/importer/run';
import type { ImportMessage } from '../../src/lib/importer/messages';
import { derivedInput } from '../../src/lib/importer/run';

/**
 * Files as obtained (pages, MHTML, PDF, Word; OFD and WPS, refused): their readers' rules are reached
 * by reading them — the small samples, and the first renderings of each format (tests/fixtures/formats).
 */
const FORMATS = resolve(__dirname, '../fixtures/formats');
const RENDERINGS_PER_FORMAT = 2;
function formatFiles(): string[] {
  if (!existsSync(FORMATS)) return [];
  return readdirSync(FORMATS).sort().flatMap((dir) => {
    const names = readdirSync(join(FORMATS, dir)).sort();
    return (dir === 'samples' ? names : names.slice(0, RENDERINGS_PER_FORMAT)).map((n) => join(FORMATS, dir, n));
  });
}

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
    for (const file of formatFiles()) {
      const slug = slugOf(file.split('/').pop()!);
      let input: PlanInput;
      try {
        input = await derivedInput({ slug, file, bytes: new Uint8Array(readFileSync(file)) });
      } catch {
        continue; // refused by design (a scan, an OFD file, a notice whose plan is an attachment): its rule was called
      }
      try {
        const out = importPlan(input);
        messages.push(...out.messages.map((m) => ({ ...m, slug })));
      } catch {
        // a sample too small to be a plan: its reader's rules ran
      }
    }
  }, 120_000);
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
