/** What the feed and the social image say about a plan, from its frontmatter (never from page text). */
import type { PlanFrontmatter } from '../schema';
import type { FeedPlan } from './feed';
import { SITE_NAME } from './manifest';
import type { SocialCard } from './social-image';

type SharedFacts = Pick<PlanFrontmatter, 'title' | 'region' | 'period' | 'issuer' | 'updatedDate' | 'source'>;

export const regionLabel = (fm: Pick<PlanFrontmatter, 'region'>): string => [...fm.region.parents, fm.region.name].join(' ');
export const periodLabel = (fm: Pick<PlanFrontmatter, 'period'>): string => (fm.period ? `${fm.period.from}—${fm.period.to}年` : '实施期限未载明');
export const issuerLabel = (fm: Pick<PlanFrontmatter, 'issuer'>): string => fm.issuer ?? '发文机关未载明';

export function planCard(fm: SharedFacts): SocialCard {
  return { kicker: SITE_NAME, title: fm.title, lines: [`${regionLabel(fm)}　${periodLabel(fm)}`, issuerLabel(fm)] };
}

export const SITE_CARD: SocialCard = { kicker: null, title: SITE_NAME, lines: ['各地落实《全民科学素质行动规划纲要（2021—2035年）》的实施方案', '全文 · 对照矩阵 · 重点人群与工程 · 全文检索'] };

/**
 * The alt text of a plan's image: its title, the image's main text (region, period and issuer are
 * in the page's description; repeating them cost the plan page 16 bytes over its budget).
 */
export const planCardAlt = (fm: SharedFacts): string => fm.title;

/** The plan's own files, whose last commit dates it when its YAML gives no updatedDate. */
export function planFiles(slug: string, fm: Pick<PlanFrontmatter, 'source'>): string[] {
  return [`content/sources/${fm.source.file}`, `content/corrections/${slug}.yaml`, `content/sources/${slug}.yaml`];
}

export function feedPlan(slug: string, fm: SharedFacts): FeedPlan {
  return { slug, title: fm.title, summary: `${regionLabel(fm)}；${periodLabel(fm)}；${issuerLabel(fm)}`, updatedDate: fm.updatedDate, files: planFiles(slug, fm) };
}
