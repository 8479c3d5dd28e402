import { evaluate } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { PageItem } from '../../src/lib/model/page';

/**
 * Renders an emitted MDX body to an HTML string with the real MDX compiler (the one Astro uses)
 * and a minimal JSX runtime, so tests can see exactly which elements a source produces.
 */
const Fragment = Symbol('Fragment');
type Props = Record<string, unknown> & { children?: unknown };
interface Element {
  type: string | symbol | ((props: Props) => unknown);
  props: Props;
}
const jsx = (type: Element['type'], props: Props): Element => ({ type, props });

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function render(node: unknown): string {
  if (node === null || node === undefined || node === false || node === true) return '';
  if (typeof node === 'string' || typeof node === 'number') return escapeHtml(String(node));
  if (Array.isArray(node)) return node.map(render).join('');
  const el = node as Element;
  if (el.type === Fragment) return render(el.props.children);
  if (typeof el.type === 'function') return render(el.type(el.props));
  const attrs = Object.entries(el.props)
    .filter(([k]) => k !== 'children')
    .map(([k, v]) => ` ${k}="${escapeHtml(String(v))}"`)
    .join('');
  return `<${String(el.type)}${attrs}>${render(el.props.children)}</${String(el.type)}>`;
}

/** The MDX file's body (frontmatter removed) rendered with Heading/Para/DataTable as h2/p/div. */
export async function renderMdxBody(mdx: string): Promise<string> {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const mod = await evaluate(body, { Fragment, jsx, jsxs: jsx, remarkPlugins: [remarkGfm] } as unknown as Parameters<typeof evaluate>[1]);
  const components = {
    Heading: (p: Props) => jsx('h2', { id: p.id, children: p.children }),
    Para: (p: Props) => jsx('p', { id: p.id, children: p.children }),
    DataTable: (p: Props) => jsx('div', { id: p.id, children: p.children }),
  };
  return render((mod.default as (props: unknown) => unknown)({ components }));
}

/**
 * The emitted MDX body as the plan page renders it: an <article data-plan> whose Heading, Para
 * and DataTable elements have the markup of src/components/Heading.astro, Para.astro and
 * DataTable.astro (heading level clamped to h2–h6, printed number in span.num, a.anchor copy
 * control, tables inside section.table-wrap). The e2e suite checks the real built pages.
 */
export async function renderPlanArticle(mdx: string, slug = 'plan'): Promise<string> {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const mod = await evaluate(body, { Fragment, jsx, jsxs: jsx, remarkPlugins: [remarkGfm] } as unknown as Parameters<typeof evaluate>[1]);
  const num = (n: unknown) => (n ? jsx('span', { class: 'num', children: n }) : null);
  const anchor = (id: unknown, mark: string) => jsx('a', { class: 'anchor', href: `#${String(id)}`, children: mark });
  const components = {
    Heading: (p: Props) => jsx(`h${Math.min(Math.max(Number(p.level), 2), 6)}`, { id: p.id, children: [num(p.number), p.children, anchor(p.id, '#')] }),
    Para: (p: Props) => jsx('p', { id: p.id, children: [num(p.number), p.children, anchor(p.id, '¶')] }),
    DataTable: (p: Props) => jsx('section', { class: 'table-wrap', id: p.id, 'aria-label': p.label, children: [p.children, anchor(p.id, '¶')] }),
  };
  const article = render((mod.default as (props: unknown) => unknown)({ components }));
  return `<!doctype html><html><body><article class="plan-text" data-plan="${slug}">${article}</article></body></html>`;
}

/**
 * Page items (src/lib/model/page.ts) in the same markup as renderPlanArticle gives an MDX body:
 * what PlanText.astro renders, with the components mirrored as above and GFM's table markup.
 */
export function renderPageItemsArticle(items: readonly PageItem[], slug = 'plan'): string {
  const num = (n: string) => (n ? `<span class="num">${escapeHtml(n)}</span>` : '');
  const anchor = (id: string, mark: string) => `<a class="anchor" href="#${id}">${mark}</a>`;
  const spans = (ids: readonly string[] | undefined) => (ids ?? []).map((id) => `<span id="${id}"></span>`).join('');
  const row = (cells: readonly string[], tag: 'th' | 'td', ids?: readonly string[]) => `<tr>${cells.map((c, i) => `<${tag}>${i === 0 ? spans(ids) : ''}${escapeHtml(c)}</${tag}>`).join('')}</tr>`;
  const html = items.map((item) => {
    if (item.kind === 'heading') {
      const tag = `h${Math.min(Math.max(item.level, 2), 6)}`;
      return `<${tag} id="${item.id}">${num(item.number)}${spans(item.aliases)}${escapeHtml(item.text)}${anchor(item.id, '#')}</${tag}>`;
    }
    if (item.kind === 'paragraph') return `<p id="${item.id}">${num(item.number)}${spans(item.aliases)}${escapeHtml(item.text)}${anchor(item.id, '¶')}</p>`;
    return `<section class="table-wrap" id="${item.id}" aria-label="${escapeHtml(item.label)}"><table><thead>${row(item.header, 'th', item.headerAliases)}</thead><tbody>${item.rows.map((r, k) => row(r, 'td', item.rowAliases?.[k])).join('')}</tbody></table>${anchor(item.id, '¶')}</section>`;
  });
  return `<!doctype html><html><body><article class="plan-text" data-plan="${slug}">${html.join('\n')}</article></body></html>`;
}
