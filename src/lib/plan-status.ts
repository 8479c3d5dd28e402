/**
 * Whether a plan's period of implementation (实施期限) has ended, from its period and the build date
 * (src/lib/build-date.ts); and which plans of the collection are one region's successive plans.
 * gov.cn's policy library marks a document's validity (有效性); a period that has run out is what
 * the text itself tells, so that is what is said — not that the plan was repealed.
 */
import type { PlanFrontmatter } from './schema';

export const PLAN_STATUSES = ['current', 'ended', 'upcoming', 'unknown'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Labels as shown on the Chinese pages; the message catalogue (src/lib/i18n/messages.ts) takes them from here and has them in English. */
export const STATUS_LABELS: Record<PlanStatus, string> = {
  current: '实施期内',
  ended: '实施期限已届满',
  upcoming: '尚未进入实施期',
  unknown: '未载明实施期限',
};

/**
 * A period of years runs to the end of its last year: 2021—2025 is current through 2025-12-31
 * and has ended on 2026-01-01. No period: unknown (never guessed from the title or the dates).
 */
export function planStatus(period: PlanFrontmatter['period'], today: string): PlanStatus {
  if (!period) return 'unknown';
  const year = Number(today.slice(0, 4));
  if (period.to < year) return 'ended';
  if (period.from > year) return 'upcoming';
  return 'current';
}

type Succeedable = { id: string; data: Pick<PlanFrontmatter, 'region' | 'period'> };

/** One region: the same name, level and parents (two 新区 of different cities are different regions). */
export function regionKey(region: PlanFrontmatter['region']): string {
  return [region.level, ...region.parents, region.name].join('/');
}

export interface Succession {
  previous: string | null;
  next: string | null;
}

/**
 * The plans of one region that follow each other: ordered by period, each plan's previous is the
 * one before it whose period ends before its own ends and starts before its own starts. Plans
 * without a period are in no succession (when they were in force cannot be told). Two plans of
 * one region with the same period are not successive: neither links to the other.
 */
export function successions(plans: readonly Succeedable[]): Map<string, Succession> {
  const byRegion = new Map<string, Succeedable[]>();
  for (const p of plans) {
    if (!p.data.period) continue;
    const key = regionKey(p.data.region);
    byRegion.set(key, [...(byRegion.get(key) ?? []), p]);
  }
  const out = new Map<string, Succession>();
  for (const list of byRegion.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.data.period!.from - b.data.period!.from || a.data.period!.to - b.data.period!.to || a.id.localeCompare(b.id));
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1]!, list[i]!];
      if (a.data.period!.from >= b.data.period!.from || a.data.period!.to >= b.data.period!.to) continue;
      out.set(a.id, { previous: out.get(a.id)?.previous ?? null, next: b.id });
      out.set(b.id, { previous: a.id, next: null });
    }
  }
  return out;
}
