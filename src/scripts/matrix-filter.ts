/**
 * Filter the matrix page by province and level: hides the columns (and target rows) of other
 * plans. One pass over the cells per change, so it stays linear at hundreds of plans. The form
 * is hidden without JavaScript (the page then shows every plan); the choice is kept in the URL.
 */
export type FilterListener = (visible: ReadonlySet<string> | null) => void;

export function initFilter(form: HTMLFormElement, listeners: FilterListener[]): void {
  const heads = [...document.querySelectorAll<HTMLElement>('table.matrix#matrix-groups thead th[data-col]')];
  const cells = [...document.querySelectorAll<HTMLElement>('table.matrix [data-col], table.targets tr[data-col]')];
  const province = form.elements.namedItem('province') as HTMLSelectElement;
  const level = form.elements.namedItem('level') as HTMLSelectElement;
  const count = form.elements.namedItem('count') as HTMLOutputElement | null;

  const apply = () => {
    const p = province.value;
    const l = level.value;
    const visible = p || l ? new Set(heads.filter((h) => (!p || h.dataset.province === p) && (!l || h.dataset.level === l)).map((h) => h.dataset.col!)) : null;
    for (const el of cells) el.classList.toggle('filtered-out', visible !== null && !visible.has(el.dataset.col!));
    if (count) count.value = visible ? `显示 ${visible.size} / ${heads.length} 个方案` : `共 ${heads.length} 个方案`;
    const url = new URL(location.href);
    for (const [k, v] of [['province', p], ['level', l]] as const) {
      if (v) url.searchParams.set(k, v);
      else url.searchParams.delete(k);
    }
    history.replaceState(null, '', url);
    for (const listener of listeners) listener(visible);
  };

  const params = new URL(location.href).searchParams;
  const pick = (select: HTMLSelectElement, value: string | null) => {
    if (value && [...select.options].some((o) => o.value === value)) select.value = value;
  };
  pick(province, params.get('province'));
  pick(level, params.get('level'));
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  form.addEventListener('reset', () => setTimeout(apply, 0));
  form.hidden = false;
  apply();
}
