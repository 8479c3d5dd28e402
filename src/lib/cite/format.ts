/**
 * Citations of a plan, written by Citation.js (citeproc-js for the styles; its BibTeX plugin)
 * from the one CSL-JSON record (item.ts): GB/T 7714—2015 and APA (7th) as text, and CSL-JSON and
 * BibTeX files. Nothing here assembles a citation from strings.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import type { CslItem } from './item';
import { cslAssets, cslXml, GBT7714_STYLE_ID, ZH_CN_LOCALE } from './styles';

interface CslConfig {
  styles: { has(id: string): boolean; add(id: string, xml: string): void };
  locales: { has(id: string): boolean; add(id: string, xml: string): void };
}
interface BibtexConfig {
  format: { asciiOnly: boolean; useIdAsLabel: boolean };
}

let registered = false;
/** Registers the GB/T style and zh-CN locale with Citation.js, and keeps BibTeX in UTF-8. */
function register(): void {
  if (registered) return;
  const csl = plugins.config.get('@csl') as CslConfig;
  const { style, locale } = cslAssets();
  if (!csl.styles.has(GBT7714_STYLE_ID)) csl.styles.add(GBT7714_STYLE_ID, cslXml(style));
  if (!csl.locales.has(ZH_CN_LOCALE)) csl.locales.add(ZH_CN_LOCALE, cslXml(locale));
  const bibtex = plugins.config.get('@bibtex') as BibtexConfig;
  // Titles and names are Chinese: the default (ASCII only, LaTeX escapes) drops every character of them.
  bibtex.format.asciiOnly = false;
  // The key is the plan's slug as Citation.js writes keys (hyphens dropped: shenzhen20222025): stable.
  bibtex.format.useIdAsLabel = true;
  registered = true;
}

/** A bibliography entry as plain text, without the numeric label GB/T's numeric style puts first. */
function entry(cite: Cite, template: string, lang: string): string {
  const text = (cite.format('bibliography', { template, lang, format: 'text' }) as string).trim();
  return text.replace(/^\[\d+\]\s*/, '');
}

export interface Citations {
  /** GB/T 7714—2015, as an electronic resource ([EB/OL]). */
  gbt7714: string;
  /** APA, 7th edition. */
  apa: string;
}

/** The citations of a record, as text. */
export function formatCitations(item: CslItem): Citations {
  register();
  const cite = new Cite(item);
  return { gbt7714: entry(cite, GBT7714_STYLE_ID, ZH_CN_LOCALE), apa: entry(cite, 'apa', 'en-US') };
}

/** The record as a CSL-JSON file (an array of one item, as Zotero and pandoc read it). */
export function cslJsonFile(item: CslItem): string {
  register();
  return `${JSON.stringify(new Cite(item).format('data', { format: 'object' }), null, 2)}\n`;
}

/** The record as a BibTeX file. */
export function bibtexFile(item: CslItem): string {
  register();
  return `${(new Cite(item).format('bibtex') as string).trim()}\n`;
}
