import { defineRule } from '../rule';

/**
 * Whether the address a source file records (a saved page's own address, the `--url` given to
 * `npm run add`) is the publisher's own, so that the plan page may offer it to readers as 原文.
 *
 * Chinese government bodies publish on hosts under `gov.cn` (鄂州市人民政府 www.ezhou.gov.cn,
 * 保山市人民政府 baoshan.gov.cn); re-posting and mirror sites that copy their pages live elsewhere and
 * carry advertising. An address elsewhere is still recorded (`source.obtainedFrom`: where the text
 * was taken from) but not offered as the original; a government body that publishes under another
 * domain is settled by writing `sourceUrl` in the plan's YAML, which always wins.
 */

/** Hosts of Chinese government websites: `gov.cn` and its subdomains (the 政府网站 domain of 《政府网站发展指引》). */
export const GOVERNMENT_HOST = /(^|\.)gov\.cn$/i;

export const officialUrl = defineRule<string, string>({
  id: 'meta/official-url',
  description: 'Takes the address a source file records as the official original (原文) only when it is on a government host (gov.cn); any other address is recorded as where the text was taken from.',
  apply(address) {
    if (!URL.canParse(address)) return null;
    const url = new URL(address);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return GOVERNMENT_HOST.test(url.hostname) ? url.href : null;
  },
  examples: [
    { name: 'a city government portal', input: 'http://www.ezhou.gov.cn/gk/zc/gfxwj/ezzbf/202208/t20220824_492956.html', output: 'http://www.ezhou.gov.cn/gk/zc/gfxwj/ezzbf/202208/t20220824_492956.html' },
    { name: 'gov.cn itself', input: 'https://gov.cn/zhengce/content/2021-06/25/content_5620813.htm', output: 'https://gov.cn/zhengce/content/2021-06/25/content_5620813.htm' },
    { name: 'a re-posting site', input: 'https://zzfmdn.com/art/page.html', output: null },
    { name: 'a host that only contains gov.cn', input: 'https://gov.cn.example.com/art/1.html', output: null },
    { name: 'a host ending in gov.cn without the dot', input: 'https://notgov.cn/art/1.html', output: null },
    { name: 'not a web address', input: 'file:///tmp/x.html', output: null },
  ],
});
