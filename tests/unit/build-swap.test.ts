// A failed build never leaves a half-written dist/: the build writes beside it and replaces it last.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAndSwap, staleTemporaries } from '../../src/lib/build/swap';
import { readModels } from '../../src/lib/model/files';
import { buildSearchIndex } from '../../src/lib/search/build';
import { textsPath } from '../../src/lib/search/files';
import { gunzipSync } from 'node:zlib';

/** Every file under dir with its content and modification time: "untouched" means equal snapshots. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out[relative(dir, full)] = `${statSync(full).mtimeMs} ${readFileSync(full, 'base64')}`;
    }
  };
  walk(dir);
  return out;
}

describe('buildAndSwap', () => {
  let root: string;
  let dist: string;
  let before: Record<string, string>;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'swap-'));
    dist = join(root, 'dist');
    mkdirSync(join(dist, 'plans/a'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), 'previous build');
    writeFileSync(join(dist, 'plans/a/index.html'), 'previous plan');
    before = snapshot(dist);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const leftovers = () => readdirSync(root).filter((f) => f !== 'dist');

  it('replaces dist/ with the new build when every step succeeds', async () => {
    await buildAndSwap(dist, async (tmp) => {
      mkdirSync(tmp);
      writeFileSync(join(tmp, 'index.html'), 'new build');
    });
    expect(snapshot(dist)).toEqual({ 'index.html': expect.stringContaining(Buffer.from('new build').toString('base64')) });
    expect(leftovers()).toEqual([]);
  });

  it('a step that fails after writing leaves the previous dist/ untouched and no temporary directory', async () => {
    await expect(
      buildAndSwap(dist, async (tmp) => {
        mkdirSync(join(tmp, 'plans'), { recursive: true });
        writeFileSync(join(tmp, 'index.html'), 'half');
        throw new Error('search step failed');
      }),
    ).rejects.toThrow('search step failed');
    expect(snapshot(dist)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it('the real search build failing (a plan model without its built page) leaves dist/ untouched', async () => {
    const models = readModels();
    await expect(
      buildAndSwap(dist, async (tmp) => {
        // what astro build would leave, minus one plan page
        mkdirSync(join(tmp, 'plans'), { recursive: true });
        for (const m of models.slice(1)) {
          mkdirSync(join(tmp, 'plans', m.slug));
          writeFileSync(join(tmp, 'plans', m.slug, 'index.html'), '<html></html>');
        }
        await buildSearchIndex(tmp, models);
      }),
    ).rejects.toThrow(`plan ${models[0]?.slug}`);
    expect(snapshot(dist)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it('works when there is no previous dist/', async () => {
    rmSync(dist, { recursive: true });
    await buildAndSwap(dist, async (tmp) => {
      mkdirSync(tmp);
      writeFileSync(join(tmp, 'x'), '1');
    });
    expect(Object.keys(snapshot(dist))).toEqual(['x']);
  });

  it('removes temporaries left by killed builds, not those of running ones', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    mkdirSync(join(root, `dist.building-${dead}`));
    mkdirSync(join(root, `dist.previous-${dead}`));
    mkdirSync(join(root, `dist.building-${process.ppid}`)); // a running process
    expect(staleTemporaries(dist).map((p) => relative(root, p)).sort()).toEqual([`dist.building-${dead}`, `dist.previous-${dead}`]);
  });
});

// Indexing runs Pagefind over every plan: seconds per dozen plans, more than vitest's default 5 s
// once plans are added (tests must hold for any set of plans).
const INDEX_TIMEOUT_MS = 300_000;

describe('the search build of a real site', { timeout: INDEX_TIMEOUT_MS }, () => {
  it('writes the index for every plan model into a copy of the plan pages', async () => {
    const models = readModels();
    const dir = mkdtempSync(join(tmpdir(), 'search-build-'));
    try {
      for (const m of models) {
        mkdirSync(join(dir, 'plans', m.slug), { recursive: true });
        writeFileSync(join(dir, 'plans', m.slug, 'index.html'), '<html></html>');
      }
      const summary = await buildSearchIndex(dir, models);
      expect(summary.plans).toBe(models.length);
      const directory = JSON.parse(readFileSync(join(dir, 'search/directory.json'), 'utf8')) as { pages: string; levels: string; chunkPlans: number };
      expect(directory.pages.split(' ')).toHaveLength(models.length);
      expect(directory.levels).toHaveLength(models.length);
      const listed = JSON.parse(readFileSync(join(dir, 'search/plan-list.json'), 'utf8')) as string[][];
      expect(listed.map((row) => row[0]).sort()).toEqual(models.map((m) => m.slug).sort());
      const chunked = readdirSync(join(dir, 'search/chunks')).flatMap((f) => (JSON.parse(readFileSync(join(dir, 'search/chunks', f), 'utf8')) as { slug: string }[]).map((p) => p.slug));
      expect(chunked.sort()).toEqual(models.map((m) => m.slug).sort());
      for (const m of models) expect(existsSync(join(dir, textsPath(m.slug)))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('indexes a plan with a 300,000-character paragraph through Pagefind', async () => {
    const base = readModels()[0]!;
    const long = '全民科学素质'.repeat(50_000);
    const model = {
      ...base,
      slug: 'long',
      blocks: [
        { kind: 'heading' as const, id: 'plan', line: 1, part: 'body' as const, depth: 0, number: '', text: '某市方案' },
        { kind: 'paragraph' as const, id: 'plan-p1', line: 2, part: 'body' as const, text: long },
      ],
      sections: [{ id: 'plan', start: 0, ownEnd: 2, end: 2, depth: 0, part: 'body' as const, parent: null, topic: null }],
      measures: [],
      messages: [],
    };
    const dir = mkdtempSync(join(tmpdir(), 'search-long-'));
    try {
      mkdirSync(join(dir, 'plans/long'), { recursive: true });
      writeFileSync(join(dir, 'plans/long/index.html'), '<html></html>');
      expect((await buildSearchIndex(dir, [model])).sections).toBe(1);
      expect(JSON.parse(gunzipSync(readFileSync(join(dir, textsPath('long')))).toString('utf8')).texts).toEqual([long]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
