import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { headersFile } from './security';

/** Writes dist/_headers after the build, from the same policy as the pages' <meta> tag. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'plan-atlas:security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(new URL('_headers', dir), headersFile());
      },
    },
  };
}
