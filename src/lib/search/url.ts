/**
 * The search page's state in its URL, so that a search is a shareable link:
 * /search/?q=智慧助老&plan=<slug>&level=city&topic=group:elderly
 * Each filter may repeat (plan=a&plan=b); values within a filter are alternatives, filters combine.
 * The same names are the search form's field names, so the form works without JavaScript too.
 */

export const FILTER_KEYS = ['plan', 'level', 'topic'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
}

export function emptyState(): SearchState {
  return { q: '', filters: { plan: [], level: [], topic: [] } };
}

export function parseState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = emptyState();
  state.q = (params.get('q') ?? '').trim();
  for (const key of FILTER_KEYS) {
    const values = params
      .getAll(key)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
    state.filters[key] = [...new Set(values)];
  }
  return state;
}

/** Query string (with leading "?", or "" when empty), in a stable order. */
export function serializeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) for (const v of state.filters[key]) params.append(key, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}
