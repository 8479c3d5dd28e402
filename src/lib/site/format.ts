/** Display helpers shared by pages: how dates, periods, levels and absent facts are shown. */
import type { PlanFrontmatter, RegionLevel } from '../schema';
import { ZH } from '../i18n/messages';

export const LEVEL_LABELS: Record<RegionLevel, string> = ZH.levels;

/** 2022-01-28 → 2022年1月28日 (the form Chinese official documents use). */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function formatPeriod(period: PlanFrontmatter['period']): string | null {
  return period ? ZH.period(period.from, period.to) : null;
}

/** The words shown where a plan states nothing. */
export const ABSENT = ZH.absent;

export function planUrl(slug: string, anchor?: string): string {
  return `/plans/${slug}/${anchor ? `#${anchor}` : ''}`;
}
