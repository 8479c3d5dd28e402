/**
 * Plans for the data-download tests: the plans in content/ with their models, and the same plus a
 * fixture plan from a province no table lists and one whose province the data does not give.
 */
import type { DataPlan } from '../../src/lib/data/downloads';
import { readModels } from '../../src/lib/model/files';
import { fixturePlan, loadPlans } from './plans';

const models = new Map(readModels().map((m) => [m.slug, m]));
export const committed: DataPlan[] = loadPlans().map((p) => ({ ...p, model: models.get(p.id) ?? null }));
export const withFixtures: DataPlan[] = [
  ...committed,
  { ...fixturePlan(), model: null },
  (() => {
    const p = fixturePlan('nowhere-2024-2026');
    return { id: p.id, data: { ...p.data, region: { name: '无省市', level: 'city' as const, parents: [] } }, model: null };
  })(),
];
