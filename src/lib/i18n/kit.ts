/**
 * What a component of a two-language page needs, from Astro.currentLocale: the locale, its
 * catalogue, and `href` to write a site link as that locale's pages write it (localizedHref).
 */
import { localizedHref, toLocale, type Locale } from './locales';
import { messages, type Messages } from './messages';
import { regionNameEn } from './region';
import { UNKNOWN_PROVINCE } from '../matrix/overview';

export interface I18nKit {
  locale: Locale;
  m: Messages;
  english: boolean;
  href: (path: string) => string;
  /** The lang attribute of plan text (Chinese) on this page: 'zh-Hans' on a page in another language, none on a Chinese page. */
  planLang: 'zh-Hans' | undefined;
  /** A province (or region) as the page's language names it: the Chinese name, or its English name. */
  place: (name: string) => string;
}

export function i18nKit(currentLocale: string | undefined): I18nKit {
  const locale = toLocale(currentLocale);
  const m = messages(locale);
  const english = locale === 'en';
  const place = (name: string) => (!english ? name : name === UNKNOWN_PROVINCE ? m.unknownProvince : regionNameEn({ name, parents: [] }));
  return { locale, m, english, planLang: english ? 'zh-Hans' : undefined, href: (path) => localizedHref(locale, path), place };
}
