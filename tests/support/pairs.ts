/**
 * Which pairs of plans a browser test opens. Every pair while there are few plans; beyond that each
 * plan with the next (a ring), so that every plan is shown once on each side and the test's time
 * grows with the plans, not with their pairs (35 plans: 595 pairs took 18 minutes in Chromium).
 */
export const ALL_PAIRS_UP_TO = 8;

export function pairsToOpen<T>(items: readonly T[]): (readonly [T, T])[] {
  if (items.length <= ALL_PAIRS_UP_TO) return items.flatMap((a, i) => items.slice(i + 1).map((b) => [a, b] as const));
  return items.map((a, i) => [a, items[(i + 1) % items.length]!] as const);
}
