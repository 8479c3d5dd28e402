/**
 * The compare page (/compare/?a=…&b=…): reads the two plans from the URL, fetches only their files
 * (search/plans/<slug>.jsonz for the sections — in the worker, compare-worker.ts, which also aligns
 * and diffs them — and data/plans/<slug>.json for the table), and renders the table and the aligned
 * sections. The logic is in src/lib/compare/ (pure, tested); this file writes DOM. search/plan-list.json is loaded only for a chooser or a typed name.
 */
import type { CompareSection } from '../lib/compare/align';
import type { SideRun } from '../lib/compare/diff';
import type { Comparison, ComparedRow } from '../lib/compare/work';
import { ABSENT_TEXT, compareDepartments, metadataRows, targetRows, type ComparePlanData, type MetaRow } from '../lib/compare/meta';
import { SLUG, compareParams, compareUrl, matchingPlans, resolvePlan } from '../lib/compare/plans';
import type { PlanListRow } from '../lib/search/files';

const form = document.getElementById('compare-form') as HTMLFormElement | null;
const statusEl = document.getElementById('compare-status');
const resultEl = document.getElementById('compare-result');

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};

class NotFound extends Error {}
const fetchOk = async (url: string): Promise<Response> => {
  const r = await fetch(url);
  if (r.status === 404) throw new NotFound(url);
  if (!r.ok || !r.body) throw new Error(`${url}: HTTP ${r.status}`);
  return r;
};
let planList: Promise<PlanListRow[]> | null = null;
const getPlanList = (): Promise<PlanListRow[]> => {
  planList ??= fetchOk('/search/plan-list.json').then((r) => r.json() as Promise<PlanListRow[]>);
  planList.catch(() => (planList = null));
  return planList;
};
const getData = async (slug: string): Promise<ComparePlanData> => (await (await fetchOk(`/data/plans/${slug}.json`)).json()) as ComparePlanData;

const planLabel = ([, name, , province]: PlanListRow): string => `${name}${province && province !== name ? `（${province}）` : ''}`;

/** A chooser: what is typed lists the matching plans; choosing one puts its slug in the field. */
function chooser(side: 'a' | 'b'): { input: HTMLInputElement; show: (rows: PlanListRow[], note?: string) => void; chosen: (text: string) => void } | null {
  const input = document.getElementById(`compare-${side}`) as HTMLInputElement | null;
  const choices = document.getElementById(`choices-${side}`);
  const chosenEl = document.getElementById(`chosen-${side}`);
  if (!input || !choices || !chosenEl) return null;
  const show = (rows: PlanListRow[], note?: string) => {
    choices.replaceChildren();
    if (note) choices.append(el('span', undefined, note));
    for (const row of rows) {
      const button = el('button', undefined, planLabel(row));
      button.type = 'button';
      button.dataset.slug = row[0];
      choices.append(button);
    }
  };
  const chosen = (text: string) => {
    chosenEl.textContent = text;
  };
  input.addEventListener('input', () => {
    chosen('');
    void getPlanList().then((list) => show(matchingPlans(input.value, list), input.value.trim() && !matchingPlans(input.value, list).length ? '没有名称含此字样的方案。' : undefined));
  });
  choices.addEventListener('click', (e) => {
    const slug = (e.target as HTMLElement).closest('button')?.dataset.slug;
    if (!slug) return;
    input.value = slug;
    chosen((e.target as HTMLElement).textContent ?? '');
    show([]);
  });
  return { input, show, chosen };
}

/** Appends a side's runs: shared wording in <mark>, own text in <ins>. */
function appendRuns(parent: HTMLElement, runs: readonly SideRun[]): void {
  for (const run of runs) parent.append(run.shared ? el('mark', undefined, run.text) : el('ins', undefined, run.text));
}

function metaTable(caption: string, a: ComparePlanData, b: ComparePlanData, rows: readonly MetaRow[]): HTMLElement {
  const wrap = el('section', 'compare-meta');
  wrap.tabIndex = 0;
  wrap.setAttribute('aria-label', caption);
  const table = el('table');
  table.append(el('caption', undefined, caption));
  const head = el('tr');
  for (const t of ['项目', `甲：${a.shortName}`, `乙：${b.shortName}`, '异同']) {
    const th = el('th', undefined, t);
    th.scope = 'col';
    head.append(th);
  }
  const thead = el('thead');
  thead.append(head);
  const tbody = el('tbody');
  for (const r of rows) {
    const tr = el('tr');
    const th = el('th', undefined, r.label);
    th.scope = 'row';
    tr.append(th, el('td', undefined, r.a ?? ABSENT_TEXT), el('td', undefined, r.b ?? ABSENT_TEXT), el('td', r.same ? 'same' : undefined, r.same ? '相同' : r.a === null && r.b === null ? '—' : '不同'));
    tbody.append(tr);
  }
  table.append(thead, tbody);
  wrap.append(table);
  return wrap;
}

function sideCell(plan: ComparePlanData, label: string, section: CompareSection | undefined, runs: SideRun[] | null, onlyHere: boolean): HTMLElement {
  const side = el('div', 'compare-side');
  if (!section) {
    side.append(el('p', 'compare-missing', `${label}（${plan.shortName}）无对应章节`));
    return side;
  }
  side.dataset.section = section.id;
  const h = el('h3');
  h.append(el('span', 'side-name', `${label}·${plan.shortName}`));
  const a = el('a', undefined, section.heading || '（标题前的文字）');
  a.href = `/plans/${plan.slug}/#${encodeURIComponent(section.id)}`;
  h.append(a);
  if (onlyHere) h.append(el('span', 'compare-only', `　仅见于${label}`));
  side.append(h);
  if (section.text) {
    const p = el('p', 'compare-text');
    if (runs) appendRuns(p, runs);
    else p.textContent = section.text;
    side.append(p);
  }
  return side;
}

/** The two plans' comparison, computed in the worker (compare-worker.ts). */
function compareInWorker(slugA: string, slugB: string): Promise<Comparison> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./compare-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<{ comparison?: Comparison; error?: string; notFound?: boolean }>) => {
      worker.terminate();
      const { comparison, error, notFound } = event.data;
      if (comparison) resolve(comparison);
      else reject(notFound ? new NotFound(error ?? '') : new Error(error));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message));
    });
    worker.postMessage({ a: slugA, b: slugB });
  });
}

async function render(slugA: string, slugB: string): Promise<void> {
  if (!statusEl || !resultEl) return;
  statusEl.textContent = '正在载入两个方案……';
  const [{ a, b, pairs, rows, shared }, dataA, dataB] = await Promise.all([compareInWorker(slugA, slugB), getData(slugA), getData(slugB)]);
  document.title = `${dataA.shortName} 与 ${dataB.shortName} 逐节对照 · 全民科学素质行动方案对照`;
  resultEl.replaceChildren();
  resultEl.dataset.state = 'loading';

  const h2 = el('h2', undefined, '概况');
  const departments = compareDepartments(dataA, dataB);
  const targets = targetRows(dataA, dataB);
  resultEl.append(
    h2,
    metaTable('元数据与目标', dataA, dataB, [...metadataRows(dataA, dataB), ...targets]),
    metaTable('所列部门', dataA, dataB, departments.rows),
  );
  const depList = (label: string, names: string[]) => {
    const p = el('p', 'compare-legend');
    p.append(el('strong', undefined, `${label}（${names.length}）：`), names.length ? names.join('、') : '无');
    return p;
  };
  resultEl.append(
    depList(`仅甲（${dataA.shortName}）列出的部门`, departments.onlyA),
    depList(`仅乙（${dataB.shortName}）列出的部门`, departments.onlyB),
    el('p', 'compare-legend', `部门按名称对应（去掉本地地名及“省、市、区、县”字样后相同即视为同一部门，如“市科协”与“区科协”）；两方案都列出的部门 ${departments.both.length} 个。`),
  );
  const h2s = el('h2', undefined, '逐节对照');
  const summary = el('p', 'compare-legend');
  const legend = el('p', 'compare-legend');
  legend.append('图例：', el('mark', undefined, '两节相同的字句'), '；', el('ins', undefined, '仅本方案有的文字'), '。标题链接到方案原文中的该节。');
  resultEl.append(h2s, summary, legend);
  statusEl.textContent = `${dataA.shortName} 与 ${dataB.shortName}：正在显示……`;

  const renderRow = (row: ComparedRow): HTMLElement => {
    const sa = row.a === null ? undefined : a[row.a];
    const sb = row.b === null ? undefined : b[row.b];
    const div = el('section', 'compare-row');
    div.dataset.a = sa?.id ?? '';
    div.dataset.b = sb?.id ?? '';
    div.dataset.rule = row.rule ?? '';
    div.append(sideCell(dataA, '甲', sa, row.runs?.a ?? null, !sb), sideCell(dataB, '乙', sb, row.runs?.b ?? null, !sa));
    return div;
  };
  // The first screen of rows is shown at once; the rest are built off the page, in slices of
  // 15 ms between which the browser may respond, and added in one go (each addition to the page
  // re-styles what is added: many small additions cost more than one).
  const FIRST_SCREEN = 8;
  const rest = document.createDocumentFragment();
  let i = 0;
  while (i < rows.length) {
    const until = performance.now() + 15;
    const batch = i < FIRST_SCREEN ? document.createDocumentFragment() : rest;
    while (i < rows.length && performance.now() < until && (batch === rest || i < FIRST_SCREEN)) batch.append(renderRow(rows[i++]!));
    if (batch !== rest) resultEl.append(batch);
    if (i < rows.length) await new Promise((r) => setTimeout(r, 0));
  }
  resultEl.append(rest);
  const onlyA = rows.filter((r) => r.b === null).length;
  const onlyB = rows.filter((r) => r.a === null).length;
  summary.textContent = `甲 ${a.length} 节、乙 ${b.length} 节：对齐 ${pairs.length} 组（按人群或工程 ${pairs.filter((p) => p.rule === 'topic').length} 组，按标题 ${pairs.filter((p) => p.rule === 'heading').length} 组，按内容 ${pairs.filter((p) => p.rule === 'content').length} 组）；仅见于甲 ${onlyA} 节，仅见于乙 ${onlyB} 节；对齐各节中相同字句 ${shared} 字。`;
  statusEl.textContent = `${dataA.shortName} 与 ${dataB.shortName} 逐节对照`;
  resultEl.dataset.state = 'done';
}

if (form && statusEl && resultEl) {
  const choosers = { a: chooser('a'), b: chooser('b') };
  const { a, b } = compareParams(location.search);
  if (choosers.a) choosers.a.input.value = a;
  if (choosers.b) choosers.b.input.value = b;

  /** A value as a slug: as written when it is one; else looked up in the plan list, the chooser showing the candidates. */
  const resolve = async (side: 'a' | 'b', value: string): Promise<string | null> => {
    if (SLUG.test(value)) return value;
    const found = resolvePlan(value, await getPlanList());
    if ('slug' in found) return found.slug;
    choosers[side]?.show(found.candidates, found.candidates.length ? `“${value}”对应多个方案，请选择：` : `没有名称含“${value}”的方案。`);
    return null;
  };

  void (async () => {
    if (!a || !b) {
      statusEl.textContent = a || b ? '请再选择一个方案。' : '请选择两个方案。';
      return;
    }
    try {
      const [slugA, slugB] = await Promise.all([resolve('a', a), resolve('b', b)]);
      if (!slugA || !slugB) {
        statusEl.textContent = '请从列出的方案中选择。';
        return;
      }
      if (slugA === slugB) {
        statusEl.textContent = '两边是同一个方案，请另选一个。';
        return;
      }
      // A typed name is replaced by the slug: the address is then the link to this comparison.
      if (slugA !== a || slugB !== b) history.replaceState(null, '', compareUrl(slugA, slugB));
      await render(slugA, slugB);
    } catch (error) {
      if (error instanceof NotFound) {
        // A slug-like value that is no plan: offer the plans whose names contain it.
        statusEl.textContent = '找不到这个方案，请从列表中选择。';
        const list = await getPlanList().catch(() => []);
        for (const side of ['a', 'b'] as const) {
          const value = side === 'a' ? a : b;
          if (!list.some(([slug]) => slug === value)) choosers[side]?.show(matchingPlans(value, list));
        }
      } else {
        statusEl.textContent = '载入失败，请稍后重试。';
        console.error(error);
      }
    }
  })();
}
