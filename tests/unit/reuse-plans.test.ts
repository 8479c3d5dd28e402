// Shared wording on the plans in content/: expectations derived from the models, so adding a plan adds checks.
import { describe, expect, it } from 'vitest';
import { readModels } from '../../src/lib/model/files';
import { MIN_PASSAGE } from '../../src/lib/reuse/align';
import { findReuse } from '../../src/lib/reuse/detect';
import { normalizeText } from '../../src/lib/reuse/normalize';
import { heatGrid, markDifferences, noteViews, pairAmounts, pairPassages, sharedNotes, SHOWN_LINKS, uniqueShare, formatShare } from '../../src/lib/reuse/view';

const models = readModels();
/** Up to this many plans (the five of the site), every pair sharing a run must be linked. */
const FEW_PLANS = 5;
/** Beyond: the share of (paragraph, plan) pairs sharing a run that are linked (issue 11: ≥ 95%). */
const MIN_PAIR_RECALL = 0.95;
const reuse = findReuse(models);

/** Every run of MIN_PASSAGE normalized characters of a plan's paragraphs and cells (brute force, no index). */
const grams = models.map((_, p) => {
  const set = new Set<string>();
  for (let u = reuse.planStart[p]!; u < reuse.planStart[p + 1]!; u++) {
    const t = reuse.units[u]!.norm;
    for (let i = 0; i + MIN_PASSAGE <= t.length; i++) set.add(t.slice(i, i + MIN_PASSAGE));
  }
  return set;
});

describe('shared wording on the plans in content/', () => {
  it('every paragraph sharing an exact run of MIN_PASSAGE characters with another plan gets a note, and nearly always a link to that plan', () => {
    let checked = 0;
    let found = 0;
    models.forEach((m, p) => {
      const notes = sharedNotes(reuse, p);
      for (let u = reuse.planStart[p]!; u < reuse.planStart[p + 1]!; u++) {
        const unit = reuse.units[u]!;
        const linked = new Set(reuse.links(u).map((l) => reuse.units[l.other]!.plan));
        models.forEach((_, q) => {
          if (q === p) return;
          let shares = false;
          for (let i = 0; i + MIN_PASSAGE <= unit.norm.length && !shares; i++) shares = grams[q]!.has(unit.norm.slice(i, i + MIN_PASSAGE));
          if (!shares) return;
          checked++;
          // Among the site's few plans every such pair is found and noted; beyond, the detector's
          // caps make it a best effort, held to MIN_PAIR_RECALL below.
          if (reuse.capped[u]) {
            // Candidates were cut: the note exists and says 至少 (unless every other plan is named).
            const note = notes.get(unit.block);
            if (note && (note.atLeast || note.plans === models.length - 1)) found++;
          } else if (linked.has(q) && (notes.get(unit.block)?.plans ?? 0) > 0) found++;
          else if (models.length <= FEW_PLANS) expect(linked.has(q), `${m.slug}#${unit.block} shares wording with ${models[q]!.slug}`).toBe(true);
        });
      }
    });
    // The real plans do share wording (the national outline's): the property is not vacuous.
    if (models.length > 1) expect(checked).toBeGreaterThan(0);
    // Pair recall over every (paragraph, other plan) with an exact shared run.
    if (checked) expect(found / checked, `${found} of ${checked} pairs found`).toBeGreaterThanOrEqual(MIN_PAIR_RECALL);
  });

  it('links only passages of at least MIN_PASSAGE characters whose text is in both units', () => {
    reuse.units.forEach((unit, u) => {
      for (const l of reuse.links(u)) {
        expect(l.matched).toBeGreaterThanOrEqual(MIN_PASSAGE);
        expect(reuse.units[l.other]!.plan).not.toBe(unit.plan);
        expect(l.aEnd).toBeLessThanOrEqual(unit.norm.length);
        expect(l.bEnd).toBeLessThanOrEqual(reuse.units[l.other]!.norm.length);
      }
    });
  });

  it('shows a pair’s passages as both plans print them, the marked parts rebuilding each side', () => {
    const amounts = pairAmounts(reuse);
    amounts.forEach((m, p) => {
      for (const q of m.keys()) {
        const passages = pairPassages(reuse, p, q);
        expect(passages.length).toBeGreaterThan(0);
        for (const x of passages) {
          expect(x.parts.filter((d) => d.kind !== 'theirs').map((d) => d.text).join('')).toBe(x.ours);
          expect(x.parts.filter((d) => d.kind !== 'ours').map((d) => d.text).join('')).toBe(x.theirs);
          expect(normalizeText(x.ours).length).toBeGreaterThanOrEqual(MIN_PASSAGE);
        }
      }
    });
  });

  it('gives each plan a unique share between 0 and 1, and the heat grid the amounts of the pairs', () => {
    const amounts = pairAmounts(reuse);
    const totals = models.map((_, p) => reuse.units.slice(reuse.planStart[p], reuse.planStart[p + 1]).filter((x) => x.part === 'body').reduce((s, x) => s + x.norm.length, 0));
    models.forEach((_, p) => {
      const share = uniqueShare(reuse, p);
      if (totals[p]) expect(share).toBeGreaterThanOrEqual(0);
      if (totals[p]) expect(share).toBeLessThanOrEqual(1);
      for (const chars of amounts[p]!.values()) expect(chars).toBeLessThanOrEqual(totals[p]!);
    });
    const axis = models.map((m) => ({ key: m.slug, label: m.slug, href: '' }));
    const grid = heatGrid(amounts, totals, axis, models.map((_, i) => i), 'plan');
    models.forEach((_, p) => {
      expect(grid.cells[p]![p]).toBeNull();
      models.forEach((_, q) => q !== p && expect(grid.cells[p]![q]).toBe(amounts[p]!.get(q) ?? 0));
    });
    // By group: amounts keyed by group count a character once per group, so no cell exceeds its
    // row's total (all plans in one group: the cell is the characters each plan shares with any other).
    const grouped = pairAmounts(reuse, () => 0);
    const one = heatGrid(grouped, totals, [{ key: 'all', label: 'all', href: '' }], models.map(() => 0), 'province');
    expect(one.cells[0]![0]).toBe(models.reduce((s, _, p) => s + (grouped[p]!.get(0) ?? 0), 0));
    expect(one.cells[0]![0]).toBeLessThanOrEqual(one.totals[0]!);
    // A plan's text covered by a group is at least what any one plan of it covers, at most their sum and its total.
    models.forEach((_, p) => {
      const union = grouped[p]!.get(0) ?? 0;
      const pairs = [...amounts[p]!.values()];
      expect(union).toBeGreaterThanOrEqual(Math.max(0, ...pairs));
      expect(union).toBeLessThanOrEqual(Math.min(totals[p]!, pairs.reduce((x, y) => x + y, 0)));
    });
  });
});

describe('notes and marks', () => {
  it('lists at most SHOWN_LINKS plans and says how many there are', () => {
    const notes = new Map([['p1', { plans: SHOWN_LINKS + 2, atLeast: false, links: Array.from({ length: SHOWN_LINKS }, (_, i) => ({ slug: `s${i}`, block: 'b', chars: 30 })) }]]);
    const view = noteViews(notes, (s) => s.toUpperCase(), (s, b) => `/plans/${s}/#${b}`).get('p1')!;
    expect(view.summary).toBe(`亦见于 ${SHOWN_LINKS + 2} 个方案`);
    expect(view.links.map((l) => l.href)).toEqual(['/plans/s0/#b', '/plans/s1/#b', '/plans/s2/#b'].slice(0, SHOWN_LINKS));
    expect(view.more).toBe('等');
    const single = noteViews(new Map([['p2', { plans: 1, atLeast: false, links: [{ slug: 'x', block: 'c', chars: 24 }] }]]), (s) => `名${s}`, (s, b) => `${s}#${b}`).get('p2')!;
    expect(single.summary).toBe('亦见于名x');
    expect(single.more).toBeNull();
  });
  it('marks what each side has alone', () => {
    expect(markDifferences('深圳市加强科普', '南沙区加强科普')).toEqual([
      { kind: 'theirs', text: '南沙区' },
      { kind: 'ours', text: '深圳市' },
      { kind: 'same', text: '加强科普' },
    ]);
    expect(formatShare(0.0456)).toBe('4.6%');
    expect(formatShare(0.5)).toBe('50%');
    // Near the ends, never rounded onto them: 99.96% is not 100%.
    expect(formatShare(0.9996)).toBe('99.9%');
    expect(formatShare(0.995)).toBe('99.5%');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(0.99)).toBe('99%');
  });
});
