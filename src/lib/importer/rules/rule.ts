/**
 * A layout rule, after remark-lint: one small module with an id, one job, and its own examples.
 * Each way plans state structure, responsibility, names or metadata is one rule; the examples are
 * run by one harness (tests/unit/rules.test.ts) over every rule in the registry (rules/index.ts),
 * so a new layout is a new file with its examples, and the import report names the rules that fired.
 */

export interface RuleExample<I, O> {
  /** What the example shows, in a few words. */
  name: string;
  input: I;
  /** What `apply` must return for `input` (compared with toEqual); null where the rule must not fire. */
  output: O | null;
}

export interface Rule<I, O> {
  /** Stable id, "family/name", e.g. "responsibility/paren-fields"; messages and the report use it. */
  id: string;
  /** One sentence: what the rule reads or repairs, and why plans need it. */
  description: string;
  /** The rule's one job: the thing it found, or null when it does not apply. Pure. */
  apply(input: I): O | null;
  /** Cases where it must fire (output not null) and where it must not (output null). Both kinds required. */
  examples: readonly RuleExample<I, O>[];
}

/** Declares a rule; the identity function exists so that the examples are type-checked against apply. */
export function defineRule<I, O>(rule: Rule<I, O>): Rule<I, O> {
  return rule;
}
