import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { atomFeed, datePlans, dayStart, type FeedPlan } from '../../src/lib/share/feed';
import { prepareFonts, sliceRanges, slicesFor } from '../../src/lib/share/fonts';
import { lastCommitDates, parseLog, uncommittedFileDates } from '../../src/lib/share/git-dates';
import { shareMeta } from '../../src/lib/share/head';
import { webManifest, ICON_SIZES } from '../../src/lib/share/manifest';
import { feedPlan, planCard, planCardAlt, SITE_CARD } from '../../src/lib/share/plan-share';
import { cardChars, cardSvg, layoutCard, renderPng, SOCIAL_IMAGE } from '../../src/lib/share/social-image';
import { charEm, widthEm, wrapLines } from '../../src/lib/share/wrap';
import { sourceMetaSchema } from '../../src/lib/schema';
import { loadPlans } from '../support/plans';

const plans = loadPlans();

describe('wrapLines', () => {
  it('keeps every line within the width and loses no character when the text fits', () => {
    for (const plan of plans) {
      for (const maxEm of [8, 12.5, 16.25]) {
        const lines = wrapLines(plan.data.title, maxEm, 50);
        for (const line of lines) expect(widthEm(line)).toBeLessThanOrEqual(maxEm);
        expect(lines.join('')).toBe(plan.data.title.replace(/\s+/g, ' ').trim().replace(/ /g, ''));
      }
    }
  });
  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    const title = '某某市贯彻落实全民科学素质行动规划纲要（2021—2035年）的实施方案（2022—2025年）';
    for (let maxEm = 4; maxEm <= 20; maxEm += 0.5) {
      for (const line of wrapLines(title, maxEm, 50)) {
        expect(line).not.toMatch(/^[）)，、。]/);
        expect(line).not.toMatch(/[（(]$/);
      }
    }
  });
  it('keeps a run of digits whole', () => {
    expect(wrapLines('方案（2021—2025年）', 5, 9).some((l) => /\d/.test(l) && !/2021|2025/.test(l))).toBe(false);
  });
  it('cuts an over-long text to the lines allowed, ending in … and still within the width', () => {
    const long = '很长的标题'.repeat(40);
    const lines = wrapLines(long, 10, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(widthEm(line)).toBeLessThanOrEqual(10);
  });
  it('splits a Latin word wider than a line', () => {
    for (const line of wrapLines('A'.repeat(60), 6, 20)) expect(widthEm(line)).toBeLessThanOrEqual(6);
  });
  it('counts CJK as one em and Latin below it', () => {
    expect(charEm('科')).toBe(1);
    expect(charEm('（')).toBe(1);
    expect(charEm('2')).toBeLessThan(1);
  });
});

describe('social card', () => {
  it('shows each plan’s title (wrapped within the image), region, period and issuer', () => {
    for (const plan of plans) {
      const card = planCard(plan.data);
      const layout = layoutCard(card);
      expect(layout.title.join('')).toBe(plan.data.title.replace(/\s+/g, ''));
      for (const line of layout.title) expect(widthEm(line) * layout.titleSize).toBeLessThanOrEqual(SOCIAL_IMAGE.width - 160);
      expect(card.lines.join('')).toContain(plan.data.region.name);
      if (plan.data.period) expect(card.lines.join('')).toContain(`${plan.data.period.from}—${plan.data.period.to}`);
      if (plan.data.issuer) expect(card.lines.join('')).toContain(plan.data.issuer);
      expect(planCardAlt(plan.data)).toContain(plan.data.title);
    }
  });
  it('gives a very long title a smaller size and cuts it rather than overflow', () => {
    const layout = layoutCard({ kicker: 'x', title: '某'.repeat(200), lines: ['甲'.repeat(100)] });
    expect(layout.titleSize).toBeLessThan(64);
    expect(layout.title.at(-1)!.endsWith('…')).toBe(true);
    expect(layout.lines[0]!.endsWith('…')).toBe(true);
  });
  it('escapes text in the SVG', () => {
    expect(cardSvg({ kicker: null, title: '<a>&', lines: [] })).toContain('&lt;a&gt;&amp;');
  });
});

describe('font', () => {
  it('finds the slice of each character and says which it lacks', () => {
    const ranges = sliceRanges({ '[1]': 'U+4e00-4e0f,U+4e11', latin: 'U+0000-00FF' });
    const { bySlice, missing } = slicesFor('一丑A😀', ranges);
    expect(bySlice.get('1')).toBe('一丑');
    expect(bySlice.get('latin')).toBe('A');
    expect(missing).toEqual(['😀']);
  });
  it('draws a 1200 × 630 palette PNG with the package’s font and no system font', async () => {
    const card = planCard(plans[0]!.data);
    const fonts = await prepareFonts(cardChars(card));
    expect(fonts.missing).toEqual([]);
    const png = await renderPng(cardSvg(card), fonts.files);
    const meta = await sharp(png).metadata();
    expect([meta.width, meta.height, meta.format]).toEqual([1200, 630, 'png']);
    expect(meta.isPalette).toBe(true);
    // Text was drawn: without a font the image would be the background and two bars only.
    const stats = await sharp(png).stats();
    expect(stats.channels[0]!.min).toBeLessThan(60);
    expect(png.length).toBeLessThan(40 * 1024);
  }, 60_000);
});

describe('feed', () => {
  const plan = (slug: string, updatedDate?: string): FeedPlan => ({ slug, title: `${slug}方案`, summary: 's', updatedDate, files: [`content/sources/${slug}.txt`] });
  const site = { origin: 'https://example.org', title: '站', description: 'd', buildDate: '2026-11-26' };

  it('dates a plan from its YAML, else its files’ last commit, and leaves out (and names) a plan with neither', () => {
    const commits = new Map([['content/sources/b.txt', '2026-03-01T10:00:00+08:00']]);
    const { dated, messages } = datePlans([plan('a', '2026-05-01'), plan('b'), plan('c')], commits);
    expect(dated.map((d) => [d.slug, d.date, d.dateFrom])).toEqual([
      ['a', dayStart('2026-05-01'), 'yaml'],
      ['b', '2026-03-01T10:00:00+08:00', 'git'],
    ]);
    expect(messages).toEqual([expect.objectContaining({ rule: 'feed/no-date', slug: 'c' })]);
    expect(messages[0]!.message).toContain('c');
  });
  it('is valid Atom with the required elements, one entry per dated plan, newest first, and deterministic', () => {
    const { dated } = datePlans([plan('a', '2026-01-01'), plan('b', '2026-05-01')], new Map());
    const xml = atomFeed(site, dated);
    expect(SyntaxValidator.validate(xml)).toBe(true);
    expect(() => SyntaxValidator.validate('<feed><entry></feed>')).toThrow();
    expect(atomFeed(site, dated)).toBe(xml);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(xml);
    const feed = doc.feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    for (const el of ['id', 'title', 'updated', 'author']) expect(feed[el]).toBeDefined();
    expect(feed.updated).toBe(new Date(dayStart('2026-05-01')).toISOString());
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual(['https://example.org/plans/b/', 'https://example.org/plans/a/']);
    for (const e of feed.entry) for (const el of ['id', 'title', 'updated', 'link', 'summary']) expect(e[el]).toBeDefined();
  });
  it('takes the build date as its own date when no plan has one', () => {
    const doc = new XMLParser().parse(atomFeed(site, []));
    expect(doc.feed.updated).toBe(new Date(dayStart('2026-11-26')).toISOString());
  });
  it('summarizes each plan by region, period and issuer', () => {
    for (const p of plans) {
      const f = feedPlan(p.id, p.data);
      expect(f.summary).toContain(p.data.region.name);
      expect(f.files).toContain(`content/sources/${p.data.source.file}`);
    }
  });
  it('reads each file’s last commit from one git log, and says when there is no repository', () => {
    const log = '\0' + '2026-05-01T00:00:00+08:00\n\ncontent/sources/a.txt\n' + '\0' + '2026-01-01T00:00:00+08:00\n\ncontent/sources/a.txt\ncontent/sources/b.txt\n';
    expect([...parseLog(log)]).toEqual([
      ['content/sources/a.txt', '2026-05-01T00:00:00+08:00'],
      ['content/sources/b.txt', '2026-01-01T00:00:00+08:00'],
    ]);
    const bare = mkdtempSync(join(tmpdir(), 'no-git-'));
    const result = lastCommitDates(bare, ['content/sources']);
    expect(result.dates.size).toBe(0);
    expect(result.error).toMatch(/git log failed/);
  });
  it('finds a commit date for every committed plan source in this repository, and dates one not yet committed by its file', () => {
    // The sources are committed here, not merely inside some work tree: a copy in an ignored folder
    // (Stryker's sandbox, .stryker-tmp/) is inside the repository but has no history.
    let inRepo = true;
    try {
      inRepo = execFileSync('git', ['ls-files', 'content/sources'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
    } catch {
      inRepo = false;
    }
    const { dates, error } = lastCommitDates(process.cwd(), ['content/sources', 'content/corrections']);
    if (!inRepo) return expect(dates.size).toBe(0);
    // Which sources git has committed (a plan just added to content/sources has no commit yet).
    const tracked = new Set(execFileSync('git', ['log', '--format=', '--name-only', '--', 'content/sources'], { encoding: 'utf8' }).split('\n').filter(Boolean));
    const files = plans.map((p) => `content/sources/${p.data.source.file}`);
    const written = uncommittedFileDates(process.cwd(), files, dates, error);
    for (const file of files) {
      if (tracked.has(file)) expect(dates.get(file), file).toMatch(/^\d{4}-\d\d-\d\dT/);
      else expect(written.get(file), file).toMatch(/^\d{4}-\d\d-\d\dT/);
    }
  });
  it('dates a plan not yet committed by its file, says so, and prefers a commit', () => {
    const files = new Map([['content/sources/b.txt', '2026-06-01T08:00:00.000Z']]);
    const { dated, messages } = datePlans([plan('b'), plan('c')], new Map(), files);
    expect(dated.map((d) => [d.slug, d.date, d.dateFrom])).toEqual([['b', '2026-06-01T08:00:00.000Z', 'file']]);
    expect(messages.map((m) => [m.rule, m.slug])).toEqual([['feed/uncommitted', 'b'], ['feed/no-date', 'c']]);
    const committed = datePlans([plan('b')], new Map([['content/sources/b.txt', '2026-03-01T10:00:00+08:00']]), files);
    expect(committed.dated[0]!.dateFrom).toBe('git');
    // Outside a repository a file's time is the copy's: no date from it.
    expect(uncommittedFileDates(process.cwd(), ['package.json'], new Map(), 'git log failed').size).toBe(0);
  });
  it('takes updatedDate in a plan’s YAML as a real calendar day only', () => {
    expect(sourceMetaSchema.parse({ updatedDate: '2026-02-28' }).updatedDate).toBe('2026-02-28');
    expect(() => sourceMetaSchema.parse({ updatedDate: '2026-02-30' })).toThrow();
  });
});

describe('share metadata and manifest', () => {
  it('gives absolute image URLs, the plan image for a plan and the site image elsewhere', () => {
    const tags = new Map(shareMeta({ type: 'article', image: '/plans/x/social.png', imageAlt: 'alt' }, 'https://example.org/').map(([, k, v]) => [k, v]));
    expect(tags.get('og:image')).toBe('https://example.org/plans/x/social.png');
    expect(tags.get('og:type')).toBe('article');
    expect(tags.get('twitter:card')).toBe('summary_large_image');
    const site = new Map(shareMeta({}, 'https://example.org/').map(([, k, v]) => [k, v]));
    expect(site.get('og:image')).toBe('https://example.org/social.png');
    expect(site.get('og:type')).toBe('website');
  });
  it('names the site, its language and icons in the manifest', () => {
    const m = webManifest();
    expect(m).toMatchObject({ name: '全民科学素质行动方案对照', lang: 'zh-Hans', start_url: '/' });
    const icons = m.icons as { sizes: string }[];
    for (const size of ICON_SIZES) expect(icons.some((i) => i.sizes === `${size}x${size}`)).toBe(true);
    expect(SITE_CARD.title).toBe(m.name);
  });
});
