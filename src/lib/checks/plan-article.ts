/**
 * Reads a built plan page (dist/plans/<slug>/index.html) into article nodes for buildSections().
 * A check of the build's OUTPUT only — the search benchmark's ground truth and the e2e test that
 * the index (built from the plan models, src/lib/search/model.ts) holds exactly the page's text.
 * Nothing in the build reads HTML. Node only (parse5). The copy-link controls (a.anchor) are page
 * furniture, not plan text.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { ArticleNode } from '../search/sections';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const BLOCKS = new Set(['p', 'li', 'th', 'td', 'caption', 'dt', 'dd', 'figcaption', 'pre']);

function attr(el: Element, name: string): string | null {
  return el.attrs.find((a) => a.name === name)?.value ?? null;
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function isFurniture(el: Element): boolean {
  return (attr(el, 'class') ?? '').split(/\s+/).includes('anchor') || attr(el, 'data-pagefind-ignore') !== null;
}

export function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (isElement(node) && isFurniture(node)) return '';
  if ('childNodes' in node) return node.childNodes.map(textOf).join('');
  return '';
}

function find(node: Node, test: (el: Element) => boolean): Element | null {
  if (isElement(node) && test(node)) return node;
  if ('childNodes' in node) {
    for (const child of node.childNodes) {
      const hit = find(child, test);
      if (hit) return hit;
    }
  }
  if (isElement(node) && node.tagName === 'template') return null;
  return null;
}

export interface PlanArticle {
  slug: string;
  nodes: ArticleNode[];
}

/** The plan article of a built page, or null if the page has none. */
export function readPlanArticle(html: string): PlanArticle | null {
  const doc = parse(html);
  const article = find(doc, (el) => el.tagName === 'article' && attr(el, 'data-plan') !== null);
  if (!article) return null;
  const nodes: ArticleNode[] = [];
  const walk = (el: Element, nearestId: string | null): void => {
    for (const child of el.childNodes) {
      if (!isElement(child) || isFurniture(child)) continue;
      const tag = child.tagName;
      const id = attr(child, 'id');
      const heading = /^h([2-6])$/.exec(tag);
      if (heading && id) {
        nodes.push({ kind: 'heading', level: Number(heading[1]), id, text: textOf(child).trim() });
      } else if (BLOCKS.has(tag)) {
        nodes.push({ kind: 'block', id: id ?? nearestId, texts: [textOf(child).trim()] });
      } else {
        walk(child, id ?? nearestId);
      }
    }
  };
  walk(article, null);
  return { slug: attr(article, 'data-plan') ?? '', nodes };
}
