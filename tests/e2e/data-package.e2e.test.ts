// The Data Package as built (dist/data/datapackage.json): loaded and checked by libraries
// (tests/support/data-package.ts: datapackage, tableschema, ajv) — every file it names exists and
// matches its schema, every row of every CSV, every JSON file — and the /data/ page links it and
// every schema it names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkDataPackage } from '../support/data-package';
import { DIST, hasBuild, readPage } from '../support/site';

describe.skipIf(!hasBuild())('data package in dist/', () => {
  it('validates with the Frictionless libraries, and every download matches its schema', async () => {
    expect(await checkDataPackage(join(DIST, 'data'))).toEqual([]);
  });

  it('is linked from /data/ with every schema it names, and its homepage is that page', () => {
    const pkg = JSON.parse(readFileSync(join(DIST, 'data/datapackage.json'), 'utf8')) as {
      homepage: string;
      resources: { schema?: unknown; jsonSchema?: string; files?: { jsonSchema: string } }[];
    };
    expect(pkg.homepage).toBe(`${inject('siteUrl')}/data/`);
    const page = readPage('/data/');
    const schemas = new Set(pkg.resources.flatMap((r) => [r.schema, r.jsonSchema, r.files?.jsonSchema].filter((s): s is string => typeof s === 'string')));
    for (const path of ['datapackage.json', ...schemas]) expect(page.querySelector(`a[href="/data/${path}"]`), path).not.toBeNull();
  });
});
