import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, siteUrl } from '../../src/lib/site/address';

describe('siteUrl (SITE_URL)', () => {
  it('defaults to the placeholder and reads SITE_URL as an origin', () => {
    expect(siteUrl({})).toBe(DEFAULT_SITE_URL);
    expect(siteUrl({ SITE_URL: '' })).toBe(DEFAULT_SITE_URL);
    expect(siteUrl({ SITE_URL: 'https://atlas.example.cn' })).toBe('https://atlas.example.cn');
    expect(siteUrl({ SITE_URL: 'https://Atlas.Example.cn/' })).toBe('https://atlas.example.cn');
    expect(siteUrl({ SITE_URL: ' http://127.0.0.1:8080/ ' })).toBe('http://127.0.0.1:8080');
  });
  it('refuses what is not the absolute http(s) origin of a host, naming the value and how to set it', () => {
    for (const bad of ['atlas.example.cn', '/plans/', 'javascript:alert(1)', 'data:text/plain,x', 'ftp://atlas.example.cn', 'https:atlas.example.cn', 'https://', 'https://u:p@atlas.example.cn', 'https://atlas.example.cn/sub/', 'https://atlas.example.cn/?x=1', 'https://atlas.example.cn/#top']) {
      expect(() => siteUrl({ SITE_URL: bad }), bad).toThrow(new RegExp(`^SITE_URL=${JSON.stringify(bad).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: .*SITE_URL=https://`));
    }
  });
  it('is the one place the address is written in code', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
    const host = new URL(DEFAULT_SITE_URL).host;
    const hits = [...files('src'), 'astro.config.mjs', 'package.json'].flatMap((f) => (readFileSync(f, 'utf8').split(host).length - 1 ? [f] : []));
    expect(hits).toEqual([join('src', 'lib', 'site', 'address.ts')]);
    expect(readFileSync('src/lib/site/address.ts', 'utf8').split(host).length - 1).toBe(1);
  });
});
