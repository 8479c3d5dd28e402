/**
 * The Content-Security-Policy of every page, in one place: the <meta> tag in the layout and the
 * `_headers` file a static host serves are both made from it. Only this origin; no inline script
 * ('wasm-unsafe-eval' lets the search library run its WebAssembly); inline styles are allowed
 * because the stylesheet is inlined into each page to save a request.
 */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data:",
  // font-src and connect-src are not listed: they fall back to default-src ('self'), the same
  // policy in fewer bytes on every page and response (12.5 paid for its head tags partly so).
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

export function contentSecurityPolicy(extra: Record<string, string> = {}): string {
  return Object.entries({ ...CSP_DIRECTIVES, ...extra })
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}

/** The `_headers` file (Netlify / Cloudflare Pages format) for the whole site. */
export function headersFile(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicy({ 'frame-ancestors': "'none'" })}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    // interest-cohort (FLoC) is gone from browsers; Chrome logs it as an unrecognized feature.
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '  Cross-Origin-Opener-Policy: same-origin',
    // Hosts know no type for .bib; without one, browsers guess and mangle the Chinese text.
    '/plans/*/cite.bib',
    '  Content-Type: application/x-bibtex; charset=utf-8',
    // Hosts serve .xml as application/xml; feed readers and browsers know an Atom feed by its type.
    '/feed.xml',
    '  Content-Type: application/atom+xml; charset=utf-8',
    '/manifest.webmanifest',
    '  Content-Type: application/manifest+json',
    '',
  ].join('\n');
}
