/**
 * What the importer has to say about a plan: problems it could not settle and choices a reviewer
 * should check, each with the rule that raised it and the source line, like vfile messages.
 * Collected, never thrown (an ImportError is for a file that cannot be imported at all).
 */

export type Severity = 'info' | 'warning' | 'error';

export interface ImportMessage {
  /** The rule that raised it, "family/name" (see rules/). */
  ruleId: string;
  severity: Severity;
  /** 1-based line of the source file, or null when the message is about the whole plan. */
  line: number | null;
  /** The anchor id of the section or block concerned, or null. */
  anchor: string | null;
  reason: string;
}

/** Where a message points: a source line and the anchor of the block concerned, either may be unknown. */
export interface Where {
  line?: number | null;
  anchor?: string | null;
}

/**
 * Collects messages in the order they are raised. Stages do not call it with a rule id of their
 * own making: a rule raises its messages itself (`rule.warn(log, reason, where)`, rules/rule.ts),
 * so every message names a rule of the registry.
 */
export class MessageLog {
  readonly messages: ImportMessage[] = [];
  add(ruleId: string, severity: Severity, reason: string, where: Where = {}): void {
    this.messages.push({ ruleId, severity, line: where.line ?? null, anchor: where.anchor ?? null, reason });
  }
}

/** One message as the import report and the console show it: place · rule id · reason. */
export function messageLine(m: ImportMessage): string {
  return `${m.line ? `第 ${m.line} 行` : '全文'} · ${m.ruleId} · ${m.reason}`;
}
