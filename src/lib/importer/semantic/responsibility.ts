import type { Rule } from '../rules/rule';
import { carryPrefixRule } from '../rules/names/prefix';
import { splitRule } from '../rules/names/split';
import { bracketFieldsRule } from '../rules/responsibility/bracket-fields';
import { fieldLineRule } from '../rules/responsibility/field-line';
import { firstListedParenRule } from '../rules/responsibility/first-listed';
import { leadVerbRule } from '../rules/responsibility/lead-verb';
import { leadVerbSentenceRule } from '../rules/responsibility/lead-verb-sentence';
import { trailingFieldRule } from '../rules/responsibility/trailing-field';
import { parenDutyRule } from '../rules/responsibility/paren-duty';
import { parenFieldsRule } from '../rules/responsibility/paren-fields';
import { INLINE_LEAD_MARK, type Statement, type WrittenList } from '../rules/responsibility/statement';
import type { DepartmentRef, Role } from '../../model/plan';

/** The rules that read a statement from one paragraph, most specific first. */
export const STATEMENT_RULES: readonly Rule<string, Statement>[] = [firstListedParenRule, parenFieldsRule, leadVerbRule, parenDutyRule, bracketFieldsRule, fieldLineRule, leadVerbSentenceRule, trailingFieldRule];

export interface FoundStatement {
  statement: Statement;
  ruleId: string;
}

/** The responsibility statement a paragraph makes, and the rule that read it; null when it makes none. */
export function readStatement(text: string): FoundStatement | null {
  for (const rule of STATEMENT_RULES) {
    const statement = rule.apply(text);
    if (statement) return { statement, ruleId: rule.id };
  }
  return null;
}

export interface NameContext {
  /** Names the plan writes, for splitting lists whose separators were lost. */
  vocabulary: ReadonlySet<string>;
  /** The plan states that the first listed unit of a 责任单位 list leads. */
  firstListedLeads: boolean;
}

/** One written list → names with roles (canonical name, written form). */
function readList(list: WrittenList, firstListedLeads: boolean, vocabulary: ReadonlySet<string>): DepartmentRef[] {
  const marked = new Set<number>();
  const names = (splitRule.apply({ list: list.text, vocabulary }) ?? []).map((n, i) => {
    if (INLINE_LEAD_MARK.test(n)) marked.add(i);
    return n.replace(INLINE_LEAD_MARK, '');
  });
  // Names keep their written form where no prefix is carried (rule names/carry-prefix does not fire).
  return (carryPrefixRule.apply(names) ?? names.map((n) => ({ name: n, written: n }))).map(({ name, written }, i) => {
    let role: Role;
    if (list.role === 'marked') role = marked.has(i) ? 'lead' : 'support';
    else if (list.role === 'responsible') role = firstListedLeads ? (i === 0 ? 'lead' : 'support') : 'responsible';
    else role = list.role;
    return { name, written, role };
  });
}

/** The departments a statement names, each once: lead over support over responsible. */
export function resolveStatement(statement: Statement, ctx: NameContext): DepartmentRef[] {
  const firstListed = ctx.firstListedLeads || statement.firstListedLeads === true;
  return mergeRefs(statement.lists.flatMap((l) => readList(l, firstListed, ctx.vocabulary)));
}

const RANK: Record<Role, number> = { lead: 0, support: 1, responsible: 2 };

/** Each name once, with its strongest role (a unit that leads one measure and supports another leads). */
export function mergeRefs(refs: readonly DepartmentRef[]): DepartmentRef[] {
  const out = new Map<string, DepartmentRef>();
  for (const r of refs) {
    const seen = out.get(r.name);
    if (!seen || RANK[r.role] < RANK[seen.role]) out.set(r.name, seen ? { ...seen, role: r.role } : r);
  }
  return [...out.values()];
}

/**
 * Roles within one measure (or one section's own statements): where a lead is named, the units
 * listed as 责任单位 beside it support it (牵头单位：A / 责任单位：B、C).
 */
export function settleRoles(refs: readonly DepartmentRef[]): DepartmentRef[] {
  if (!refs.some((r) => r.role === 'lead')) return [...refs];
  return mergeRefs(refs.map((r) => (r.role === 'responsible' ? { ...r, role: 'support' as const } : r)));
}

/** Lists by role, in order of first appearance. */
export function byRole(refs: readonly DepartmentRef[]): { lead: string[]; support: string[]; responsible: string[] } {
  const merged = mergeRefs(refs);
  return {
    lead: merged.filter((r) => r.role === 'lead').map((r) => r.name),
    support: merged.filter((r) => r.role === 'support').map((r) => r.name),
    responsible: merged.filter((r) => r.role === 'responsible').map((r) => r.name),
  };
}

/** The raw lists of every statement in these texts, for the plan's vocabulary. */
export function vocabularyOf(texts: readonly string[]): Set<string> {
  const vocabulary = new Set<string>();
  for (const t of texts) {
    const found = readStatement(t);
    if (!found) continue;
    for (const l of found.statement.lists) for (const piece of l.text.split(/[、，,；;\s]+/)) if (piece.length >= 2) vocabulary.add(piece.replace(INLINE_LEAD_MARK, ''));
  }
  return vocabulary;
}
