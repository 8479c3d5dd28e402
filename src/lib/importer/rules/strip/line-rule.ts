import type { DefinedRule } from '../rule';

/**
 * A whole-line rule of the strip stage (strip.ts): a rule of the registry that names a line of page
 * or PDF furniture. The strip stage tries the registry's line rules in the registry's order; the
 * furniture record keeps the rule's name without its family (`breadcrumb`, `metadata-field`), which
 * the metadata stage reads back (the page header's fields, a byline's date).
 */
export type LineZone = 'head' | 'anywhere';

export interface LineRule<O = unknown> extends DefinedRule<string, O> {
  /** Where the rule applies: `head` = before the notice's salutation line. */
  zone: LineZone;
  /** The furniture record's name: the id without its family. */
  name: string;
  /** Whether an output of `apply` means the line is furniture (a news lead is found but kept). */
  removes(output: O): boolean;
}

/** Makes a defined rule a line rule of the strip stage (the same object: the registry lists it once). */
export function lineRule<O>(zone: LineZone, rule: DefinedRule<string, O>, removes: (output: O) => boolean = () => true): LineRule<O> {
  return Object.assign(rule, { zone, name: furnitureName(rule.id), removes });
}

/** The furniture record's name of a rule id: `strip/breadcrumb` → `breadcrumb`. */
export function furnitureName(id: string): string {
  return id.slice(id.indexOf('/') + 1);
}

export function isLineRule(rule: object): rule is LineRule {
  return 'zone' in rule && 'removes' in rule;
}
