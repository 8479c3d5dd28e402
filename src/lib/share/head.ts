/**
 * The Open Graph and Twitter-card tags of a page, beyond og:title/description/url (Base.astro). Twitter
 * reads og:title, og:description and og:image itself, so twitter:card is the only twitter: tag.
 */
import { SITE_NAME } from './manifest';
import { ZH } from '../i18n/messages';
import { SOCIAL_IMAGE } from './social-image';

export interface ShareProps {
  /** `article` for a plan's page. */
  type?: 'website' | 'article';
  /** Root-relative path of the page's image; the site image when absent. */
  image?: string;
  imageAlt?: string;
  /**
   * The feed's autodiscovery link: on the home page, where a reader subscribes (its visible link is
   * there too), not on every page — on plan pages its bytes are over their weight budget.
   */
  feed?: boolean;
}

export const SITE_IMAGE = '/social.png';

/** What the tags say in the page's language (the message catalogue's `share`); Chinese by default. */
export interface ShareWords {
  siteName: string;
  /** Open Graph's locale form (zh_CN, en_US). */
  ogLocale: string;
  siteImageAlt: string;
}
const ZH_WORDS: ShareWords = { siteName: SITE_NAME, ogLocale: ZH.share.ogLocale, siteImageAlt: ZH.share.siteImageAlt };

/** [attribute, key, content] triples, in the order they are written; URLs absolute from `origin`. */
export function shareMeta(share: ShareProps, origin: string, words: ShareWords = ZH_WORDS): ['property' | 'name', string, string][] {
  const SITE_IMAGE_ALT = words.siteImageAlt;
  return [
    ['property', 'og:type', share.type ?? 'website'],
    ['property', 'og:site_name', words.siteName],
    ['property', 'og:locale', words.ogLocale],
    ['property', 'og:image', new URL(share.image ?? SITE_IMAGE, origin).href],
    ['property', 'og:image:width', String(SOCIAL_IMAGE.width)],
    ['property', 'og:image:height', String(SOCIAL_IMAGE.height)],
    ['property', 'og:image:alt', share.image ? (share.imageAlt ?? SITE_IMAGE_ALT) : SITE_IMAGE_ALT],
    ['name', 'twitter:card', 'summary_large_image'],
  ];
}
