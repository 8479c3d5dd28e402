/**
 * Whether a page in one language leaks another: text of the page (and the attributes a reader
 * hears or sees: aria-label, placeholder, alt, title) that contains Chinese characters outside an
 * element marked lang="zh…". On the English pages, plan text and names are Chinese and carry
 * lang="zh-Hans"; everything else is interface and must be English. Quotation marks “…” quote a
 * plan's wording inside an English note (The plan calls it “城市劳动者”), so a quoted run is allowed.
 *
 * Over node-html-parser's tree (the tests' HTML parser); a language detector library (considered:
 * franc) answers "which language is this text", not "which element says so", which is the point.
 */
import type { HTMLElement, Node } from 'node-html-parser';

/** Han characters and CJK punctuation (the full-width forms Chinese interface text uses). */
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff01-\uff0f\uff1a-\uff20]/;
/** A quotation of plan wording in an English sentence. */
const QUOTED = /“[^”]*”/g;
const READ_ATTRIBUTES = ['aria-label', 'placeholder', 'alt', 'title'] as const;

export interface LanguageLeak {
  /** The nearest element's tag and id or class, for the message. */
  where: string;
  text: string;
}

function langOf(el: HTMLElement | null, inherited: string): string {
  return el?.getAttribute?.('lang') ?? inherited;
}

const describe = (el: HTMLElement) => `${el.rawTagName ?? 'root'}${el.id ? `#${el.id}` : el.classList?.length ? `.${[...el.classList.values()].join('.')}` : ''}`;

/** Chinese text outside lang="zh…" elements in the element's subtree; `lang` is what the root inherits. */
export function chineseOutsideZh(root: HTMLElement, lang: string): LanguageLeak[] {
  const leaks: LanguageLeak[] = [];
  const visit = (node: Node, current: string) => {
    if (node.nodeType === 3) {
      const text = node.rawText.replace(QUOTED, '');
      if (!current.startsWith('zh') && CHINESE.test(text)) leaks.push({ where: describe(node.parentNode as HTMLElement), text: node.rawText.trim().slice(0, 80) });
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as HTMLElement;
    const tag = el.rawTagName?.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'template') return;
    const own = langOf(el, current);
    if (!own.startsWith('zh')) {
      for (const attr of READ_ATTRIBUTES) {
        const value = el.getAttribute(attr);
        if (value && CHINESE.test(value.replace(QUOTED, ''))) leaks.push({ where: `${describe(el)}[${attr}]`, text: value.slice(0, 80) });
      }
    }
    for (const child of el.childNodes) visit(child, own);
  };
  visit(root, lang);
  return leaks;
}
