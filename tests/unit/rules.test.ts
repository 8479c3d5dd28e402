import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lib/importer/rules';

/** The rule harness: every rule's own examples, as remark-lint runs a rule's ok / not-ok fixtures. */
describe('layout rules', () => {
  it('have unique ids of the form family/name', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
  });
  for (const rule of RULES) {
    describe(rule.id, () => {
      it('has examples where it fires and where it must not', () => {
        expect(rule.examples.some((e) => e.output !== null), 'an example where it fires').toBe(true);
        expect(rule.examples.some((e) => e.output === null), 'an example where it must not fire').toBe(true);
      });
      for (const example of rule.examples) {
        it(example.name, () => expect(rule.apply(example.input)).toEqual(example.output));
      }
    });
  }
});
