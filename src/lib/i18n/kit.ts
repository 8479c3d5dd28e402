/**
 * What a component of a two-language page needs, from Astro.currentLocale: the locale, its
 * catalogue, and `href` to write a site link as that locale's pages write it (localizedHref).
 */
import { localizedHref, toLocale, type Locale } from './locales';
import { messages, type Messages } from './messages';

export interface I18nKit {
  locale: Locale;
  m: Messages;
  english: boolean;
  href: (path: string) => string;
}

export function i18nKit(currentLocale: string | undefined): I18nKit {
  const locale = toLocale(currentLocale);
  return { locale, m: messages(locale), english: locale === 'en', href: (path) => localizedHref(locale, path) };
}
