/**
 * Building a directory without ever leaving a half-written one: every step writes into a fresh
 * sibling directory (same file system, so a rename moves it), and the target is replaced only
 * when all steps succeeded. A failed step removes its temporary directory and leaves the target
 * exactly as it was.
 *
 * The replacement is two renames (target → <target>.previous-<pid>, temporary → target; then the
 * previous one is deleted). Linux's renameat2(RENAME_EXCHANGE) would swap them in one call, but
 * Node does not expose it; a symlink flip would be atomic too, but would make dist/ a link, which
 * static hosts and `cp -r` treat differently. Between the two renames (microseconds) dist/ does not
 * exist; if the second rename fails the first is undone.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const BUILDING = '.building-';
const PREVIOUS = '.previous-';

/** Temporary directories of `target` left by builds whose process no longer runs (killed mid-build). */
export function staleTemporaries(target: string): string[] {
  const dir = dirname(resolve(target));
  const name = basename(target);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${name}${BUILDING}`) || f.startsWith(`${name}${PREVIOUS}`))
    .filter((f) => {
      const pid = Number(f.slice(f.lastIndexOf('-') + 1));
      return Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isRunning(pid);
    })
    .map((f) => join(dir, f));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs `build(tmp)` with a fresh temporary directory beside `target`, then puts it in place of
 * `target`. If `build` throws, `target` is untouched and the error is rethrown.
 */
export async function buildAndSwap(target: string, build: (tmp: string) => Promise<void>): Promise<void> {
  const abs = resolve(target);
  for (const stale of staleTemporaries(abs)) rmSync(stale, { recursive: true, force: true });
  const tmp = `${abs}${BUILDING}${process.pid}`;
  const previous = `${abs}${PREVIOUS}${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    await build(tmp);
    if (!existsSync(tmp)) throw new Error(`the build wrote nothing to ${tmp}`);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
  const hadTarget = existsSync(abs);
  if (hadTarget) renameSync(abs, previous);
  try {
    renameSync(tmp, abs);
  } catch (error) {
    if (hadTarget) renameSync(previous, abs);
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}
