/**
 * The kinds of page the site has, each with one representative URL found in the build: what the
 * accessibility, budget and Lighthouse checks visit. A missing kind is an error, not a skip.
 */
export interface PageType {
  name: string;
  path: string;
}

/** /compare/?a=…&b=… for the first two plan pages of the build (undefined with fewer than two). */
function comparePath(pagePaths: readonly string[]): string | undefined {
  const slugs = pagePaths.map((p) => /^\/plans\/([^/]+)\/$/.exec(p)?.[1]).filter((s): s is string => s !== undefined);
  return slugs.length >= 2 ? `/compare/?a=${slugs[0]}&b=${slugs[1]}` : undefined;
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
    ['department-kinds', first(/^\/department-kinds\/$/)],
    ['department-kind', first(/^\/department-kinds\/[^/]+\/$/)],
    ['data', first(/^\/data\/$/)],
    ['documents', first(/^\/documents\/$/)],
    ['document', first(/^\/documents\/[^/]+\/$/)],
    ['search', first(/^\/search\/$/) && '/search/?q=%E7%A7%91%E6%99%AE'],
    ['404', first(/^\/404\.html$/)],
    // The compare page shows two plans chosen in the query: the first two plans of the build.
    ['compare', first(/^\/compare\/$/) && comparePath(pagePaths)],
    ['reuse', first(/^\/reuse\/$/)],
    ['reuse-plan', first(/^\/reuse\/[^/]+\/$/)],
    // The English interface (/en/…): the same page families in English.
    ['en-home', first(/^\/en\/$/)],
    ['en-matrix', first(/^\/en\/matrix\/$/)],
    ['en-group', first(/^\/en\/groups\/[^/]+\/$/)],
    ['en-project', first(/^\/en\/projects\/[^/]+\/$/)],
    ['en-department-kinds', first(/^\/en\/department-kinds\/$/)],
    ['en-department-kind', first(/^\/en\/department-kinds\/[^/]+\/$/)],
    ['en-search', first(/^\/en\/search\/$/) && '/en/search/?q=%E7%A7%91%E6%99%AE'],
  ];
  return {
    types: wanted.filter((w): w is [string, string] => Boolean(w[1])).map(([name, path]) => ({ name, path })),
    missing: wanted.filter((w) => !w[1]).map(([name]) => name),
  };
}
