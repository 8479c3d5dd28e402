/**
 * The web app manifest (/manifest.webmanifest, W3C Web Application Manifest): lets a phone add the
 * site to its home screen with its name, colours and icons. Colours are the stylesheet's (--bg for
 * the background, --accent, the icon's colour, for the theme).
 */
import { ZH } from '../i18n/messages';
import { SOCIAL_COLOURS } from './social-image';

export const SITE_NAME = ZH.siteName;
export const SITE_SHORT_NAME = '方案对照';
/** The PNG icons rendered from public/favicon.svg, as pixels. */
export const ICON_SIZES = [192, 512] as const;
export const iconPath = (size: number): string => `/icon-${size}.png`;

export function webManifest(): Record<string, unknown> {
  return {
    name: SITE_NAME,
    short_name: SITE_SHORT_NAME,
    description: '各地落实《全民科学素质行动规划纲要（2021—2035年）》的实施方案：全文、对照矩阵、按人群与工程比较、全文检索。',
    lang: 'zh-Hans',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: SOCIAL_COLOURS.bg,
    theme_color: SOCIAL_COLOURS.accent,
    icons: [
      ...ICON_SIZES.map((size) => ({ src: iconPath(size), sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
}
