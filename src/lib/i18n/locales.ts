/**
 * The site's two interface languages and which pages exist in both. Chinese is the default (no
 * prefix); English pages live under /en/ (Astro's i18n routing, astro.config.mjs). Plan texts are
 * Chinese only: an English page links to the Chinese plan pages, and every other page has a
 * language switch that keeps the reader on the same content where an English page of it exists.
 */
export const LOCALES = ['zh-Hans', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-Hans';

/** The URL prefix of a locale's pages ('' for the default). */
export const LOCALE_PREFIX: Record<Locale, string> = { 'zh-Hans': '', en: '/en' };

/**
 * The page families that have an English version, by their Chinese paths: the home page and its
 * status and province lists, the matrix and its subsets, the group and project pages, the
 * department-kind pages and search. One list, read by the links of English pages, the language
 * switch and the hreflang alternates.
 */
const TRANSLATED = [/^\/$/, /^\/status\//, /^\/provinces\//, /^\/matrix\//, /^\/groups\//, /^\/projects\//, /^\/department-kinds\//, /^\/search\//];

/** Narrows a string (Astro.currentLocale, <html lang>) to a locale; anything else is the default. */
export function toLocale(value: string | undefined | null): Locale {
  return value === 'en' || value?.startsWith('en-') ? 'en' : DEFAULT_LOCALE;
}

/** The locale a site path belongs to. */
export function localeOfPath(path: string): Locale {
  return path === '/en' || path.startsWith('/en/') ? 'en' : DEFAULT_LOCALE;
}

/** A path without its locale prefix: the Chinese page's path (/en/matrix/ → /matrix/). */
export function basePath(path: string): string {
  return localeOfPath(path) === 'en' ? path.slice(LOCALE_PREFIX.en.length) || '/' : path;
}

/** Whether the page at this (Chinese) path has an English version. */
export function isTranslated(path: string): boolean {
  const pathname = path.replace(/[?#].*$/, '');
  return TRANSLATED.some((re) => re.test(pathname));
}

/**
 * A site link as a page of `locale` writes it: on an English page, a link to a page that has an
 * English version goes to that version; everything else (plan pages, departments, data, other
 * origins) is left as it is.
 */
export function localizedHref(locale: Locale, href: string): string {
  if (locale === DEFAULT_LOCALE || !href.startsWith('/') || href.startsWith('//') || !isTranslated(href)) return href;
  return `${LOCALE_PREFIX[locale]}${href}`;
}

/** The same content in the other languages: [{ locale, path }] for every locale that has the page. */
export function alternates(path: string): { locale: Locale; path: string }[] {
  const base = basePath(path);
  if (!isTranslated(base)) return [{ locale: localeOfPath(path), path }];
  return LOCALES.map((locale) => ({ locale, path: `${LOCALE_PREFIX[locale]}${base}` }));
}

/**
 * Where the language switch of a page leads for `target`: the same content when it exists in that
 * language, otherwise that language's home page (a plan's text is Chinese only).
 */
export function switchTarget(path: string, target: Locale): string {
  const found = alternates(path).find((a) => a.locale === target);
  return found ? found.path : `${LOCALE_PREFIX[target]}/`;
}
