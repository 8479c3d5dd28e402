/**
 * The site's adapter for following and sharing (src/lib/share/): the feed, the social images and the
 * icons, each made once per build from the plans in the collection.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteBuildDate } from '../build-date';
import { atomFeed, datePlans } from '../share/feed';
import { prepareFonts, type PreparedFonts } from '../share/fonts';
import { lastCommitDates, uncommittedFileDates } from '../share/git-dates';
import { SITE_NAME } from '../share/manifest';
import { feedPlan, planCard, SITE_CARD } from '../share/plan-share';
import { cardChars, cardSvg, renderPng } from '../share/social-image';
import { siteUrl } from './address';
import { getPlans, type PlanEntry } from './plans';

const once = <T>(make: () => Promise<T>): (() => Promise<T>) => {
  let cached: Promise<T> | undefined;
  return () => (cached ??= make());
};

/** The Atom feed; the plans it leaves out (no date) are named on the build's output. */
export async function feedXml(): Promise<string> {
  const plans = (await getPlans()).map((p) => feedPlan(p.id, p.data));
  const { dates, error } = lastCommitDates(process.cwd(), ['content/sources', 'content/corrections']);
  const { dated, messages } = datePlans(plans, dates, uncommittedFileDates(process.cwd(), plans.flatMap((p) => p.files), dates, error));
  if (messages.length && error) console.warn(`feed: ${error}`);
  // Named one by one up to a point: a copy without git at 3,000 plans would print 3,000 lines.
  for (const m of messages.slice(0, 20)) console.warn(`${m.rule}: ${m.message}`);
  if (messages.length > 20) console.warn(`feed: … and ${messages.length - 20} more plans left out of /feed.xml or not yet committed`);
  return atomFeed({ origin: siteUrl(), title: SITE_NAME, description: '各地全民科学素质行动实施方案的收录与更新', buildDate: siteBuildDate() }, dated);
}

/** The font for every social image of the build, subset once to all the characters they draw. */
const fonts = once(async (): Promise<PreparedFonts> => {
  const plans = await getPlans();
  const chars = [cardChars(SITE_CARD), ...plans.map((p) => cardChars(planCard(p.data)))].join('');
  const prepared = await prepareFonts(chars);
  if (prepared.missing.length) console.warn(`social/missing-glyph: Noto Sans SC has no glyph for ${prepared.missing.join(' ')}: drawn blank on the social images`);
  return prepared;
});

let timing = { images: 0, ms: 0 };
async function timed(make: () => Promise<Buffer>): Promise<Buffer> {
  const start = performance.now();
  const png = await make();
  timing = { images: timing.images + 1, ms: timing.ms + performance.now() - start };
  return png;
}
/** Images drawn in this process and the milliseconds they took (bench figures). */
export const socialImageTiming = () => timing;

export async function planSocialImage(plan: PlanEntry): Promise<Buffer> {
  const { files } = await fonts();
  return timed(() => renderPng(cardSvg(planCard(plan.data)), files));
}

export async function siteSocialImage(): Promise<Buffer> {
  const { files } = await fonts();
  return timed(() => renderPng(cardSvg(SITE_CARD), files));
}

/** public/favicon.svg as a PNG of `size` pixels (the manifest's icons). It has no text: no font. */
export async function iconPng(size: number): Promise<Buffer> {
  return renderPng(readFileSync(join(process.cwd(), 'public/favicon.svg'), 'utf8'), [], size);
}
