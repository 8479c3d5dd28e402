/**
 * /feed.xml: an Atom feed of the plans, newest change first, written by the `feed` package (the
 * well-kept generator of RSS/Atom/JSON Feed; no XML concatenated here). An entry's date is the
 * plan's `updatedDate` from its YAML when set, else the last commit of its source, corrections and
 * YAML files (git-dates.ts). A plan added to a working copy and not yet committed has no commit: it
 * is dated by when its files were last written (their modification time, `fileDates`), the date it
 * was added there, and the build says so (feed/uncommitted); once committed, its commit date
 * replaces it. A plan with none of these (a copy without git history, where modification times are
 * only the copy's) has no date the site could honestly give: it is left out of the feed, and the
 * build names it (rule feed/no-date), rather than dated by the build.
 */
import { Feed } from 'feed';

export interface FeedPlan {
  slug: string;
  title: string;
  /** Region, period and issuer, in one line. */
  summary: string;
  /** `updatedDate` from the plan's YAML (YYYY-MM-DD), or undefined. */
  updatedDate: string | undefined;
  /** The plan's own files (source text, corrections, YAML), relative to the project. */
  files: string[];
}

export interface DatedPlan extends FeedPlan {
  /** ISO 8601 date-time. */
  date: string;
  dateFrom: 'yaml' | 'git' | 'file';
}

export interface FeedMessage {
  rule: 'feed/no-date' | 'feed/uncommitted';
  slug: string;
  message: string;
}

/** A calendar day from the YAML is that day's start in China Standard Time (where plans are issued). */
export const dayStart = (day: string): string => `${day}T00:00:00+08:00`;

/**
 * Each plan's date, newest first (then by slug, so the order is stable), and a message for each plan
 * without one. `commitDates` maps a file to the ISO date of its last commit; `fileDates` a file not
 * yet committed to the ISO date it was last written (see uncommittedFileDates in git-dates.ts).
 */
export function datePlans(plans: readonly FeedPlan[], commitDates: ReadonlyMap<string, string>, fileDates: ReadonlyMap<string, string> = new Map()): { dated: DatedPlan[]; messages: FeedMessage[] } {
  const dated: DatedPlan[] = [];
  const messages: FeedMessage[] = [];
  for (const plan of plans) {
    if (plan.updatedDate) {
      dated.push({ ...plan, date: dayStart(plan.updatedDate), dateFrom: 'yaml' });
      continue;
    }
    const commits = plan.files.map((f) => commitDates.get(f)).filter((d): d is string => d !== undefined);
    const latest = commits.sort((a, b) => Date.parse(b) - Date.parse(a))[0];
    if (latest) {
      dated.push({ ...plan, date: latest, dateFrom: 'git' });
      continue;
    }
    const written = plan.files.map((f) => fileDates.get(f)).filter((d): d is string => d !== undefined);
    const lastWritten = written.sort((a, b) => Date.parse(b) - Date.parse(a))[0];
    if (lastWritten) {
      dated.push({ ...plan, date: lastWritten, dateFrom: 'file' });
      messages.push({ rule: 'feed/uncommitted', slug: plan.slug, message: `plan ${plan.slug}: not committed yet; dated in /feed.xml by its files' modification time (${lastWritten}) until it is` });
    } else
      messages.push({
        rule: 'feed/no-date',
        slug: plan.slug,
        message: `plan ${plan.slug}: left out of /feed.xml — no updatedDate in its YAML, no git commit of ${plan.files.join(', ')} and no file to date it by`,
      });
  }
  dated.sort((a, b) => Date.parse(b.date) - Date.parse(a.date) || a.slug.localeCompare(b.slug));
  return { dated, messages };
}

export interface FeedSite {
  /** The site's origin (siteUrl()). */
  origin: string;
  title: string;
  description: string;
  /** The build's date (YYYY-MM-DD, SOURCE_DATE_EPOCH): the feed's own date when no entry has one. */
  buildDate: string;
}

/** The Atom document. Deterministic: every date comes from the entries or the build date. */
export function atomFeed(site: FeedSite, dated: readonly DatedPlan[]): string {
  const home = `${site.origin}/`;
  const feed = new Feed({
    id: home,
    link: home,
    title: site.title,
    description: site.description,
    language: 'zh-Hans',
    // The feed changes when an entry does: its date is the newest entry's, not the build's clock.
    updated: new Date(dated[0]?.date ?? dayStart(site.buildDate)),
    generator: false,
    feedLinks: { atom: `${site.origin}/feed.xml` },
    author: { name: site.title, link: home },
    copyright: '各方案文本的权利属于其发布机关',
  });
  for (const plan of dated) {
    const url = `${site.origin}/plans/${plan.slug}/`;
    feed.addItem({ title: plan.title, id: url, link: url, date: new Date(plan.date), description: plan.summary });
  }
  return feed.atom1();
}
