import type { MessageLog, Severity, Where } from '../messages';

/**
 * A layout rule, after remark-lint: one small module with an id, one job, and its own examples.
 * Each way plans state structure, responsibility, names or metadata is one rule; the examples are
 * run by one harness (tests/unit/rules.test.ts) over every rule in the registry (rules/index.ts),
 * so a new layout is a new file with its examples, and the import report names the rules that fired.
 * A rule raises its own messages (`rule.info(log, reason, where)`, as a remark-lint rule calls
 * `file.message`): no stage writes a rule id by hand, so every message names a registered rule
 * (tests/unit/rules-registry.test.ts checks it over the corpus).
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

/** How a defined rule reports: a message with the rule's own id, appended to the stage's log. */
export interface Reporter {
  info(log: MessageLog, reason: string, where?: Where): void;
  warn(log: MessageLog, reason: string, where?: Where): void;
  error(log: MessageLog, reason: string, where?: Where): void;
  /** A message whose severity the caller decides (e.g. info when the YAML confirms it, else a warning). */
  report(log: MessageLog, severity: Severity, reason: string, where?: Where): void;
}

export type DefinedRule<I, O> = Rule<I, O> & Reporter;

/**
 * Declares a rule: type-checks the examples against apply, and binds the reporting methods to the
 * rule's id. The object itself is returned (not a copy), so production calls `rule.apply(...)` on
 * the one object the registry lists, and a test can spy on it.
 */
export function defineRule<I, O>(rule: Rule<I, O>): DefinedRule<I, O> {
  const report = (log: MessageLog, severity: Severity, reason: string, where?: Where) => log.add(rule.id, severity, reason, where);
  return Object.assign(rule, {
    report,
    info: (log: MessageLog, reason: string, where?: Where) => report(log, 'info', reason, where),
    warn: (log: MessageLog, reason: string, where?: Where) => report(log, 'warning', reason, where),
    error: (log: MessageLog, reason: string, where?: Where) => report(log, 'error', reason, where),
  });
}
