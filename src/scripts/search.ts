/**
 * The search page (/search/): reads the state from the URL, searches as you type, keeps the URL
 * in step (a search is a shareable link), and lists every matching section grouped by plan.
 * Loaded only on /search/. Pagefind runs on the main thread (no worker: fewer bytes).
 * Fetches: Pagefind (library, index chunks for the query's words), search/pages.json, the
 * section map of each plan with a match, and the text of the results on screen (excerpts).
 */
import { SectionSearch, sectionPath, type PfLike, type Shard } from '../lib/search/engine';
import { fold, highlightRanges, parseCharMap, parseQuery, type CharMap, type QueryTerm } from '../lib/search/text';
import { FILTER_KEYS, parseState, serializeState, type SearchState } from '../lib/search/url';

interface PlanInfo {
  slug: string;
  name: string;
  title: string;
  level: string;
}
interface Item {
  id: string;
  path: string[];
}

const form = document.getElementById('search-form') as HTMLFormElement | null;
const input = document.getElementById('search-q') as HTMLInputElement | null;
const header = document.getElementById('site-search') as HTMLInputElement | null;
const statusEl = document.getElementById('search-status');
const resultsEl = document.getElementById('search-results');

if (form && input && statusEl && resultsEl) {
  const plans = JSON.parse(form.dataset.plans ?? '[]') as PlanInfo[];
  let engine: Promise<SectionSearch> | null = null;
  let t2s: Promise<CharMap> | null = null;
  let pages: Promise<Record<string, string>> | null = null;
  const shards = new Map<string, Promise<Shard>>();
  let runId = 0;

  const getEngine = (): Promise<SectionSearch> =>
    (engine ??= (async () => {
      const url = '/pagefind/pagefind.js';
      const pf = (await import(/* @vite-ignore */ url)) as PfLike & { options(o: object): Promise<void> };
      await pf.options({ noWorker: true });
      return new SectionSearch(pf, getShard, async (page) => (await getPages())[page]);
    })());
  const getT2s = (): Promise<CharMap> =>
    (t2s ??= fetch('/search/t2s.txt')
      .then((r) => (r.ok ? r.text() : ''))
      .then(parseCharMap, () => new Map()));
  const getPages = (): Promise<Record<string, string>> =>
    (pages ??= fetch('/search/pages.json').then((r) => {
      if (!r.ok) {
        pages = null;
        throw new Error(`search/pages.json: HTTP ${r.status}`);
      }
      return r.json() as Promise<Record<string, string>>;
    }));
  const getShard = (slug: string): Promise<Shard> => {
    let s = shards.get(slug);
    if (!s) {
      s = fetch(`/search/plans/${slug}.json`).then((r) => {
        if (!r.ok) throw new Error(`section map of ${slug}: HTTP ${r.status}`);
        return r.json() as Promise<Shard>;
      });
      s.catch(() => shards.delete(slug));
      shards.set(slug, s);
    }
    return s;
  };

  const readForm = (): SearchState => {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string') params.append(k, v);
    const state = parseState(params);
    state.q = input.value.trim();
    return state;
  };
  const writeForm = (state: SearchState): void => {
    input.value = state.q;
    if (header) header.value = state.q;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      const key = box.name as (typeof FILTER_KEYS)[number];
      box.checked = FILTER_KEYS.includes(key) && state.filters[key].includes(box.value);
    }
    // The filters are folded away on a phone; a search that uses them shows them.
    const filters = form.querySelector<HTMLDetailsElement>('details.search-filters');
    if (filters && FILTER_KEYS.some((k) => state.filters[k].length > 0)) filters.open = true;
  };

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  /** Appends text to parent with the ranges marked. */
  const appendMarked = (parent: HTMLElement, text: string, needles: string[]): void => {
    let at = 0;
    for (const [s, e] of highlightRanges(text, needles)) {
      if (s > at) parent.append(text.slice(at, s));
      parent.append(el('mark', undefined, text.slice(s, e)));
      at = e;
    }
    if (at < text.length) parent.append(text.slice(at));
  };
  const excerpt = (blocks: string[], needles: string[]): { text: string; start: number; end: number }[] => {
    const out: { text: string; start: number; end: number }[] = [];
    // The heading (first block) is shown as the path; excerpt from the blocks under it.
    const body = blocks.length > 1 ? blocks.slice(1) : blocks;
    for (const text of body) {
      const ranges = highlightRanges(text, needles);
      const first = ranges[0];
      if (!first) continue;
      const start = Math.max(0, first[0] - 40);
      out.push({ text, start, end: Math.min(text.length, Math.max(first[1] + 80, start + 120)) });
      if (out.length === 2) break;
    }
    if (!out.length && body[0]) out.push({ text: body[0], start: 0, end: Math.min(body[0].length, 120) });
    return out;
  };

  const observer =
    'IntersectionObserver' in window
      ? new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              if (!entry.isIntersecting) continue;
              observer?.unobserve(entry.target);
              (entry.target as HTMLElement & { loadExcerpt?: () => void }).loadExcerpt?.();
            }
          },
          { rootMargin: '200px 0px' },
        )
      : null;

  const render = (
    state: SearchState,
    terms: QueryTerm[],
    groups: { plan: PlanInfo; items: Item[] }[],
    total: number,
  ): void => {
    const needles = terms.flatMap((t) => t.variants);
    resultsEl.replaceChildren();
    statusEl.textContent =
      total === 0 ? `没有找到包含“${state.q}”的章节。` : `共 ${total} 节包含“${state.q}”，分布于 ${groups.length} 个方案。`;
    resultsEl.dataset.total = String(total);
    for (const group of groups) {
      const section = el('section', 'result-plan');
      section.dataset.plan = group.plan.slug;
      const h = el('h2', undefined, group.plan.title);
      h.append(el('small', undefined, `${group.items.length} 节`));
      section.append(h);
      const list = el('ol');
      for (const item of group.items) {
        const li = el('li');
        const a = el('a', 'result');
        a.href = `/plans/${group.plan.slug}/#${item.id}`;
        a.dataset.section = item.id;
        const path = el('span', 'path');
        // The plan's own title heads the group; a path starting with it need not repeat it.
        const shown = item.path.length > 1 && fold(item.path[0] ?? '') === fold(group.plan.title) ? item.path.slice(1) : item.path;
        appendMarked(path, shown.join(' › ') || group.plan.name, needles);
        const ex = el('span', 'excerpt', '…');
        a.append(path, ex);
        li.append(a);
        list.append(li);
        const load = (): void => {
          void fetch(`/search/text/${group.plan.slug}/${item.id}.txt`)
            .then((r) => (r.ok ? r.text() : ''))
            .then((text) => {
            const blocks = text.split('\n');
            ex.replaceChildren();
            for (const part of excerpt(blocks, needles)) {
              const span = el('span');
              appendMarked(span, (part.start > 0 ? '…' : '') + part.text.slice(part.start, part.end) + (part.end < part.text.length ? '…' : ''), needles);
              ex.append(span, ' ');
            }
          });
        };
        if (observer) {
          (a as HTMLElement & { loadExcerpt?: () => void }).loadExcerpt = load;
          observer.observe(a);
        } else load();
      }
      section.append(list);
      resultsEl.append(section);
    }
  };

  const run = async (state: SearchState): Promise<void> => {
    const id = ++runId;
    if (!state.q) {
      resultsEl.replaceChildren();
      delete resultsEl.dataset.total;
      statusEl.textContent = '';
      document.title = '搜索 · 全民科学素质行动方案对照';
      return;
    }
    document.title = `${state.q} · 搜索 · 全民科学素质行动方案对照`;
    statusEl.textContent = '正在搜索…';
    resultsEl.setAttribute('aria-busy', 'true');
    try {
      const needsMap = /[\u3400-\u9fff]/u.test(state.q);
      const [search, map] = await Promise.all([getEngine(), needsMap ? getT2s() : Promise.resolve(undefined)]);
      const terms = parseQuery(state.q, map);
      const { plan: planFilter, level: levelFilter, topic } = state.filters;
      const inScope = plans.filter(
        (p) => (!planFilter.length || planFilter.includes(p.slug)) && (!levelFilter.length || levelFilter.includes(p.level)),
      );
      const scoped = planFilter.length || levelFilter.length ? new Set(inScope.map((p) => p.slug)) : null;
      const found = await search.find(terms, { plans: scoped, topics: topic });
      if (id !== runId) return;
      const groups: { plan: PlanInfo; items: Item[] }[] = [];
      for (const plan of inScope) {
        const hits = found.get(plan.slug);
        if (!hits?.size) continue;
        const shard = await getShard(plan.slug);
        const items = [...hits]
          .sort((a, b) => a - b)
          .map((index) => ({ id: shard.sections[index]?.[0] ?? '', path: sectionPath(shard.sections, index) }));
        groups.push({ plan, items });
      }
      if (id !== runId) return;
      const total = groups.reduce((n, g) => n + g.items.length, 0);
      render(state, terms, groups, total);
    } catch (err) {
      if (id !== runId) return;
      statusEl.textContent = '搜索出错，请稍后重试。';
      console.error(err);
    } finally {
      if (id === runId) resultsEl.removeAttribute('aria-busy');
    }
  };

  const update = (push: boolean): void => {
    const state = readForm();
    const url = `${location.pathname}${serializeState(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
    void run(state);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const onType = (source: HTMLInputElement): void => {
    if (source === header) input.value = header.value;
    else if (header) header.value = input.value;
    clearTimeout(timer);
    timer = setTimeout(() => update(false), 150);
  };
  input.addEventListener('input', () => onType(input));
  header?.addEventListener('input', () => onType(header));
  header?.form?.addEventListener('submit', (e) => {
    e.preventDefault();
    input.value = header.value;
    clearTimeout(timer);
    update(true);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    update(true);
  });
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).matches('input[type=checkbox]')) update(true);
  });
  window.addEventListener('popstate', () => {
    const state = parseState(location.search);
    writeForm(state);
    void run(state);
  });

  const initial = parseState(location.search);
  writeForm(initial);
  void run(initial);
}
