/**
 * The date the site is built, the one "today" every page uses (the access date of citations, and
 * whether a plan's period has ended). Reproducible builds set SOURCE_DATE_EPOCH (seconds since
 * 1970, the reproducible-builds.org convention); otherwise the clock. The calendar date is taken
 * in China Standard Time (UTC+8, no daylight saving), where the plans are issued and read.
 */

/** China Standard Time's offset from UTC, in milliseconds. */
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/** The build's calendar date as YYYY-MM-DD. */
export function buildDate(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  let ms = now.getTime();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH=${JSON.stringify(epoch)}: expected whole seconds since 1970-01-01`);
    ms = Number(epoch) * 1000;
  }
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

let memo: string | undefined;
/** The build date, read once per process: a build that runs past midnight still has one date. */
export function siteBuildDate(): string {
  return (memo ??= buildDate());
}
