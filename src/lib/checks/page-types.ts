/**
 * The kinds of page the site has, each with one representative URL found in the build: what the
 * accessibility, budget and Lighthouse checks visit. A missing kind is an error, not a skip.
 */
export interface PageType {
  name: string;
  path: string;
}

export function pageTypes(pagePaths: readonly string[]): { types: PageType[]; missing: string[] } {
  const first = (re: RegExp) => pagePaths.find((p) => re.test(p));
  const wanted: [string, string | undefined][] = [
    ['home', first(/^\/$/)],
    ['plan', first(/^\/plans\/[^/]+\/$/)],
    ['matrix', first(/^\/matrix\/$/)],
    ['group', first(/^\/groups\/[^/]+\/$/)],
    ['project', first(/^\/projects\/[^/]+\/$/)],
    ['departments', first(/^\/departments\/$/)],
    ['data', first(/^\/data\/$/)],
    ['search', first(/^\/search\/$/) && '/search/?q=%E7%A7%91%E6%99%AE'],
    ['404', first(/^\/404\.html$/)],
    ['reuse', first(/^\/reuse\/$/)],
    ['reuse-plan', first(/^\/reuse\/[^/]+\/$/)],
  ];
  return {
    types: wanted.filter((w): w is [string, string] => Boolean(w[1])).map(([name, path]) => ({ name, path })),
    missing: wanted.filter((w) => !w[1]).map(([name]) => name),
  };
}
