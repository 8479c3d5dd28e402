/**
 * The search page (/search/): reads the state from the URL, searches as you type, keeps the URL
 * in step (a search is a shareable link), and lists the matching sections grouped by plan, a page
 * of RESULTS_PER_PAGE at a time ("more" loads the next), never more than MAX_RESULT_LINKS at once.
 *
 * What it fetches (src/lib/search/files.ts): Pagefind (library, index chunks for the query's
 * words) and the directory, once; the count of matching sections needs nothing else. Then the
 * chunk files of the plans whose results are listed (their section ids), and the texts of a plan
 * when one of its results comes into view (path and excerpt). Pagefind runs in its worker.
 */
import { PlanDirectory, SectionSearch, page, total, type Matches, type PfLike } from '../lib/search/engine';
import { chunkOf, sectionPath, textsPath, type ChunkPlan, type Directory, type PlanListRow, type PlanTexts } from '../lib/search/files';
import { RESULTS_PER_PAGE, excerpt, linksToDrop } from '../lib/search/results';
import { scriptMessages } from '../lib/i18n/script-messages';
import { fold, highlightRanges, parseCharMap, parseQuery, type CharMap, type QueryTerm } from '../lib/search/text';
import { FILTER_KEYS, parseState, serializeState, type SearchState } from '../lib/search/url';

const form = document.getElementById('search-form') as HTMLFormElement | null;
const input = document.getElementById('search-q') as HTMLInputElement | null;
const header = document.getElementById('site-search') as HTMLInputElement | null;
const statusEl = document.getElementById('search-status');
const countEl = document.getElementById('search-count');
const resultsEl = document.getElementById('search-results');
const planPicker = document.getElementById('plan-picker') as HTMLInputElement | null;
const planChoices = document.getElementById('plan-choices');
const planChosen = document.getElementById('plan-chosen');
/** The page's language (the English page searches the same Chinese texts). */
const sm = scriptMessages(document.documentElement.lang);
/** On a page in another language, what comes from the plans (names, paths, excerpts) is marked Chinese. */
const planLang = document.documentElement.lang.startsWith('zh') ? '' : 'zh-Hans';

/** One fetch per URL per visit, read by `read` (JSON by default); a failed one may be retried. */
function cachedJson<T>(cache: Map<string, Promise<T>>, url: string, read: (r: Response) => Promise<unknown> = (r) => r.json()): Promise<T> {
  let hit = cache.get(url);
  if (!hit) {
    hit = fetch(url).then((r) => {
      if (!r.ok || !r.body) throw new Error(`${url}: HTTP ${r.status}`);
      return read(r) as Promise<T>;
    });
    hit.catch(() => cache.delete(url));
    cache.set(url, hit);
  }
  return hit;
}

if (form && input && statusEl && countEl && resultsEl) {
  const json = new Map<string, Promise<unknown>>();
  const load = <T>(url: string): Promise<T> => cachedJson(json as Map<string, Promise<T>>, url);
  let directory: Promise<PlanDirectory> | null = null;
  let engine: Promise<SectionSearch> | null = null;
  let t2s: Promise<CharMap> | null = null;

  const getDirectory = (): Promise<PlanDirectory> => (directory ??= load<Directory>('/search/directory.json').then((d) => new PlanDirectory(d)));
  const getChunkPlan = async (plan: number): Promise<ChunkPlan> => {
    const dir = await getDirectory();
    const chunk = await load<ChunkPlan[]>(`/search/chunks/${chunkOf(plan, dir.raw.chunkPlans)}.json`);
    const entry = chunk[plan % dir.raw.chunkPlans];
    if (!entry) throw new Error(`search chunk: no plan ${plan}`);
    return entry;
  };
  const getEngine = (): Promise<SectionSearch> =>
    (engine ??= (async () => {
      const url = '/pagefind/pagefind.js';
      const [pf, dir] = await Promise.all([import(/* @vite-ignore */ url) as Promise<PfLike & { options(o: object): Promise<void> }>, getDirectory()]);
      // Pagefind in its worker (its default): inflating index chunks and running the WebAssembly
      // on the main thread blocked it for ~0.7 s under Lighthouse's mobile CPU throttling.
      await pf.options({});
      return new SectionSearch(pf, dir, async (plan) => (await getChunkPlan(plan)).topics);
    })());
  const getT2s = (): Promise<CharMap> =>
    (t2s ??= fetch('/search/t2s.txt')
      .then((r) => (r.ok ? r.text() : ''))
      .then(parseCharMap, () => new Map()));
  const getPlanList = (): Promise<PlanListRow[]> => load<PlanListRow[]>('/search/plan-list.json');
  /** A plan's texts: a gzipped file the page inflates (files.ts says why). */
  const getTexts = (slug: string): Promise<PlanTexts> =>
    cachedJson(json as Map<string, Promise<PlanTexts>>, `/${textsPath(slug)}`, (r) => new Response(r.body?.pipeThrough(new DecompressionStream('gzip'))).json());

  // ---- the plan filter: a searchable list, loaded when it is first used ----
  const chosen = new Set<string>();
  const planNames = new Map<string, string>();
  const renderChosen = (): void => {
    if (!planChosen) return;
    planChosen.replaceChildren();
    for (const slug of chosen) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = 'plan';
      box.value = slug;
      box.checked = true;
      label.append(box, ` ${planNames.get(slug) ?? slug}`);
      if (planLang) label.lang = planLang;
      planChosen.append(label);
    }
  };
  const showChoices = async (): Promise<void> => {
    if (!planPicker || !planChoices) return;
    const needle = fold(planPicker.value);
    const list = await getPlanList();
    for (const [slug, name] of list) planNames.set(slug, name);
    planChoices.replaceChildren();
    if (!needle) return;
    const shown = list.filter(([slug, name, , province]) => fold(name).includes(needle) || fold(province).includes(needle) || slug.includes(needle)).slice(0, 30);
    for (const [slug, name, , province] of shown) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.dataset.choice = slug;
      box.checked = chosen.has(slug);
      label.append(box, ` ${name}${province && province !== name ? `（${province}）` : ''}`);
      if (planLang) label.lang = planLang;
      planChoices.append(label);
    }
    if (!shown.length) planChoices.textContent = sm.noPlanMatches;
  };
  planPicker?.addEventListener('input', () => void showChoices());
  planChoices?.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    const slug = box.dataset.choice;
    if (!slug) return;
    if (box.checked) chosen.add(slug);
    else chosen.delete(slug);
    renderChosen();
    update(true);
  });

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
    chosen.clear();
    for (const slug of state.filters.plan) chosen.add(slug);
    if (chosen.size) void getPlanList().then((list) => {
      for (const [slug, name] of list) planNames.set(slug, name);
      renderChosen();
    }, renderChosen);
    renderChosen();
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox][name]')) {
      const key = box.name as (typeof FILTER_KEYS)[number];
      if (key === 'plan') continue;
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

  // Path and excerpt are filled in when a result comes into view (its plan's texts are loaded then).
  type Pending = HTMLElement & { fill?: () => void };
  const observer =
    'IntersectionObserver' in window
      ? new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              if (!entry.isIntersecting) continue;
              observer?.unobserve(entry.target);
              (entry.target as Pending).fill?.();
            }
          },
          { rootMargin: '100px 0px' },
        )
      : null;

  /** What is on the page for the current query. */
  interface Listing {
    id: number;
    state: SearchState;
    needles: string[];
    matches: Matches;
    total: number;
    shown: number;
    dropped: number;
  }
  let listing: Listing | null = null;
  let runId = 0;

  const resultItem = (plan: ChunkPlan, section: number, needles: string[]): HTMLLIElement => {
    const li = el('li');
    const a = el('a', 'result') as Pending & HTMLAnchorElement;
    const id = plan.ids[section] ?? '';
    a.href = `/plans/${plan.slug}/#${encodeURIComponent(id)}`;
    a.dataset.section = id;
    const path = el('span', 'path', '…');
    const ex = el('span', 'excerpt');
    a.append(path, ex);
    a.setAttribute('aria-busy', 'true');
    a.fill = () => {
      void getTexts(plan.slug).then(
        (texts) => {
          path.replaceChildren();
          const full = sectionPath(texts, section);
          // The plan's own title heads the group; a path starting with it need not repeat it.
          const shown = full.length > 1 && fold(full[0] ?? '') === fold(plan.title) ? full.slice(1) : full;
          appendMarked(path, shown.join(' › ') || plan.name, needles);
          ex.replaceChildren();
          for (const part of excerpt(texts, section, needles)) {
            const span = el('span');
            appendMarked(span, part, needles);
            ex.append(span, ' ');
          }
          a.removeAttribute('aria-busy');
        },
        () => {
          path.textContent = plan.name;
          a.removeAttribute('aria-busy');
        },
      );
    };
    if (observer) observer.observe(a);
    else a.fill();
    li.append(a);
    return li;
  };

  /** Appends the next page of results; drops the earliest ones past MAX_RESULT_LINKS. */
  const appendPage = async (current: Listing): Promise<void> => {
    const next = page(current.matches, current.shown, RESULTS_PER_PAGE);
    const plans = await Promise.all(next.map(([plan]) => getChunkPlan(plan)));
    if (current.id !== runId) return;
    const perPlan = new Map(current.matches.map(([plan, sections]) => [plan, sections.length]));
    next.forEach(([plan, section], i) => {
      const info = plans[i];
      if (!info) return;
      let group = resultsEl.lastElementChild as HTMLElement | null;
      if (!group || group.dataset.plan !== info.slug) {
        group = el('section', 'result-plan');
        group.dataset.plan = info.slug;
        const h = el('h2', undefined, info.title);
        const count = el('small', undefined, sm.sectionCount(perPlan.get(plan) ?? 0));
        h.append(count);
        if (planLang) {
          group.lang = planLang;
          count.lang = document.documentElement.lang;
        }
        group.append(h, el('ol'));
        resultsEl.append(group);
      }
      group.querySelector('ol')?.append(resultItem(info, section, current.needles));
    });
    current.shown += next.length;
    // Never more than MAX_RESULT_LINKS links at once: the earliest go, the reader's place stays.
    const drop = linksToDrop(resultsEl.querySelectorAll('a.result').length);
    if (drop > 0) {
      // The last result stays: where it is on screen before and after says how far to scroll back.
      const anchor = resultsEl.querySelector('li:last-child');
      const before = anchor?.getBoundingClientRect().top ?? 0;
      const links = [...resultsEl.querySelectorAll('a.result')].slice(0, drop);
      for (const a of links) {
        const li = a.closest('li');
        const group = li?.closest('section.result-plan');
        li?.remove();
        if (group && !group.querySelector('li')) group.remove();
      }
      current.dropped += drop;
      renderFolded(current); // before measuring: the note above the results moves them too
      window.scrollBy(0, (anchor?.getBoundingClientRect().top ?? 0) - before);
    }
    renderMore(current);
  };

  const foldedEl = el('p', 'search-folded');
  const renderFolded = (current: Listing): void => {
    if (!current.dropped) {
      foldedEl.remove();
      return;
    }
    foldedEl.replaceChildren(sm.folded(current.dropped));
    const back = el('button', undefined, sm.backToFirst);
    back.type = 'button';
    back.addEventListener('click', () => void run(current.state, true));
    foldedEl.append(back);
    resultsEl.before(foldedEl);
  };
  const moreButton = el('button', 'search-more');
  moreButton.type = 'button';
  moreButton.dataset.testid = 'search-more';
  moreButton.addEventListener('click', () => {
    const current = listing;
    if (!current || current.id !== runId) return;
    moreButton.disabled = true;
    resultsEl.setAttribute('aria-busy', 'true');
    void appendPage(current).finally(() => {
      moreButton.disabled = false;
      if (current.id === runId) resultsEl.removeAttribute('aria-busy');
    });
  });
  const renderMore = (current: Listing): void => {
    const left = current.total - current.shown;
    if (left <= 0) {
      moreButton.remove();
      return;
    }
    moreButton.textContent = sm.more(Math.min(left, RESULTS_PER_PAGE), left);
    resultsEl.after(moreButton);
  };

  const clear = (): void => {
    resultsEl.replaceChildren();
    moreButton.remove();
    foldedEl.remove();
    countEl.replaceChildren();
    delete countEl.dataset.total;
  };

  /**
   * Searches and lists the results. `asked`: the reader asked for this search (typed in the box,
   * submitted the form, or opened a URL with q=), so a query with nothing to look for is answered
   * with the catalogue's emptyQuery message rather than a blank page; opening /search/ itself says nothing.
   */
  const run = async (state: SearchState, asked: boolean): Promise<void> => {
    const id = ++runId;
    listing = null;
    clear();
    // parseQuery folds as the index does; no terms means nothing to look for (t2s only adds variants).
    if (!parseQuery(state.q).length) {
      statusEl.textContent = asked ? sm.emptyQuery : '';
      document.title = sm.searchTitle;
      return;
    }
    document.title = sm.queryTitle(state.q);
    statusEl.textContent = sm.searching;
    resultsEl.setAttribute('aria-busy', 'true');
    try {
      const needsMap = /[\u3400-\u9fff]/u.test(state.q);
      const [search, map] = await Promise.all([getEngine(), needsMap ? getT2s() : Promise.resolve(undefined)]);
      const terms: QueryTerm[] = parseQuery(state.q, map);
      const { plan: planFilter, level: levelFilter, topic } = state.filters;
      let plans: Set<number> | null = null;
      if (planFilter.length) {
        const list = await getPlanList();
        plans = new Set(list.flatMap(([slug], i) => (planFilter.includes(slug) ? [i] : [])));
      }
      const levelNames = (await getDirectory()).raw.levelNames;
      const levels = levelFilter.length ? new Set(levelFilter.map((l) => String(levelNames.indexOf(l)))) : null;
      const matches = await search.find(terms, { plans, levels, topics: topic });
      if (id !== runId) return;
      const count = total(matches);
      countEl.dataset.total = String(count);
      countEl.textContent = count === 0 ? sm.noResults(state.q) : sm.results(count, matches.length, state.q);
      statusEl.textContent = '';
      const current: Listing = { id, state, needles: terms.flatMap((t) => t.variants), matches, total: count, shown: 0, dropped: 0 };
      listing = current;
      await appendPage(current);
    } catch (err) {
      if (id !== runId) return;
      statusEl.textContent = sm.searchError;
      console.error(err);
    } finally {
      if (id === runId) resultsEl.removeAttribute('aria-busy');
    }
  };

  /** Runs the form's search and keeps the URL in step; `asked` as in run(). */
  const update = (push: boolean, asked = true): void => {
    const state = readForm();
    const url = `${location.pathname}${serializeState(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
    void run(state, asked);
  };
  /** A URL with a q parameter (even an empty one: a form sent empty) asks for a search. */
  const urlAsks = (): boolean => new URLSearchParams(location.search).has('q');

  let timer: ReturnType<typeof setTimeout> | undefined;
  const onType = (source: HTMLInputElement): void => {
    if (source === header) input.value = header.value;
    else if (header) header.value = input.value;
    clearTimeout(timer);
    // Emptying the box is not asking for a search; typing only spaces is.
    timer = setTimeout(() => update(false, input.value !== ''), 150);
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
    const target = e.target as HTMLInputElement;
    if (target.matches('input[type=checkbox][name]')) {
      if (target.name === 'plan' && !target.checked) {
        chosen.delete(target.value);
        renderChosen();
      }
      update(true);
    }
  });
  window.addEventListener('popstate', () => {
    const state = parseState(location.search);
    writeForm(state);
    void run(state, urlAsks());
  });

  const initial = parseState(location.search);
  writeForm(initial);
  void run(initial, urlAsks());
}

