/** Display helpers shared by pages: how dates, periods, levels and absent facts are shown. */
import type { PlanFrontmatter, RegionLevel } from '../schema';

export const LEVEL_LABELS: Record<RegionLevel, string> = { province: '省级', city: '市级', district: '区级', county: '县级' };

/** 2022-01-28 → 2022年1月28日 (the form Chinese official documents use). */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function formatPeriod(period: PlanFrontmatter['period']): string | null {
  return period ? `${period.from}—${period.to}年` : null;
}

export function formatTarget(target: PlanFrontmatter['literacyTarget']): string | null {
  return target ? `${target.year}年${target.comparator}${target.percent}%` : null;
}

/** The words shown where a plan states nothing. */
export const ABSENT = '未载明';

export function planUrl(slug: string, anchor?: string): string {
  return `/plans/${slug}/${anchor ? `#${anchor}` : ''}`;
}
