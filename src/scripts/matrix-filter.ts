/**
 * Filter the matrix by province, level and status (实施期). The filter is a list of links to static subset pages
 * (/matrix/level/city/, /matrix/province/…/), so it works without JavaScript. On /matrix/ itself
 * the script filters in place instead, combining a province and a level, and keeps the choice in
 * the URL (?province=&level=). One pass over the cells per change: linear in the number of plans.
 */
import { scriptMessages } from '../lib/i18n/script-messages';

export type FilterListener = (visible: ReadonlySet<string> | null) => void;

export function initFilter(nav: HTMLElement, listeners: FilterListener[]): void {
  // Only the full matrix filters in place; a subset page's links simply navigate.
  if (nav.dataset.province || nav.dataset.level || nav.dataset.status) return;
  const heads = [...document.querySelectorAll<HTMLElement>('#matrix-groups thead th[data-col]')];
  const cells = [...document.querySelectorAll<HTMLElement>('table.matrix [data-col], table.targets tr[data-col]')];
  const count = nav.querySelector<HTMLElement>('.filter-count');
  const state = { province: '', level: '', status: '' };
  const sm = scriptMessages(document.documentElement.lang);

  const apply = () => {
    const { province: p, level: l, status: s } = state;
    const visible = p || l || s ? new Set(heads.filter((h) => (!p || h.dataset.province === p) && (!l || h.dataset.level === l) && (!s || h.dataset.status === s)).map((h) => h.dataset.col!)) : null;
    for (const el of cells) el.classList.toggle('filtered-out', visible !== null && !visible.has(el.dataset.col!));
    for (const a of nav.querySelectorAll<HTMLAnchorElement>('a[data-filter-level]')) a.toggleAttribute('aria-current', a.dataset.filterLevel === l);
    for (const a of nav.querySelectorAll<HTMLAnchorElement>('a[data-filter-province]')) a.toggleAttribute('aria-current', a.dataset.filterProvince === p);
    for (const a of nav.querySelectorAll<HTMLAnchorElement>('a[data-filter-status]')) a.toggleAttribute('aria-current', a.dataset.filterStatus === s);
    for (const a of nav.querySelectorAll<HTMLAnchorElement>('a[aria-current]')) a.setAttribute('aria-current', 'true');
    if (count) count.textContent = visible ? sm.countShown(visible.size, heads.length) : sm.countAll(heads.length);
    const url = new URL(location.href);
    for (const [k, v] of Object.entries(state)) {
      if (v) url.searchParams.set(k, v);
      else url.searchParams.delete(k);
    }
    history.replaceState(null, '', url);
    for (const listener of listeners) listener(visible);
  };

  nav.addEventListener('click', (event) => {
    const a = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-filter-level], a[data-filter-province], a[data-filter-status]');
    if (!a || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    if (a.dataset.filterLevel !== undefined) state.level = a.dataset.filterLevel;
    else if (a.dataset.filterStatus !== undefined) state.status = a.dataset.filterStatus;
    else state.province = a.dataset.filterProvince ?? '';
    apply();
  });
  const params = new URL(location.href).searchParams;
  const known = (attr: string, value: string | null) => !!value && [...nav.querySelectorAll<HTMLElement>(`a[${attr}]`)].some((a) => a.getAttribute(attr) === value);
  if (known('data-filter-province', params.get('province'))) state.province = params.get('province')!;
  if (known('data-filter-level', params.get('level'))) state.level = params.get('level')!;
  if (known('data-filter-status', params.get('status'))) state.status = params.get('status')!;
  if (state.province || state.level || state.status) apply();
}
