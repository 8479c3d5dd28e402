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

/** Collects messages in the order they are raised. */
export class MessageLog {
  readonly messages: ImportMessage[] = [];
  add(ruleId: string, severity: Severity, reason: string, where: { line?: number | null; anchor?: string | null } = {}): void {
    this.messages.push({ ruleId, severity, line: where.line ?? null, anchor: where.anchor ?? null, reason });
  }
  info(ruleId: string, reason: string, where?: { line?: number | null; anchor?: string | null }) {
    this.add(ruleId, 'info', reason, where);
  }
  warn(ruleId: string, reason: string, where?: { line?: number | null; anchor?: string | null }) {
    this.add(ruleId, 'warning', reason, where);
  }
}

/** One message as the import report and the console show it: place · rule id · reason. */
export function messageLine(m: ImportMessage): string {
  return `${m.line ? `第 ${m.line} 行` : '全文'} · ${m.ruleId} · ${m.reason}`;
}
