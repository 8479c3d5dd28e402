/**
 * The date of each file's last commit, from one `git log` over the content folders (one process,
 * not one per plan: at 3,000 plans a `git log -1` per file cost minutes). Paths are relative to
 * `cwd`. Outside a git work tree (a copy without history) the map is empty and `error` says why:
 * plans then have no commit date, and the feed says which it left out.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function lastCommitDates(cwd: string, paths: readonly string[]): { dates: Map<string, string>; error: string | null } {
  const dates = new Map<string, string>();
  let out: string;
  try {
    out = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--relative', '--no-renames', '--', ...paths], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 512 * 2 ** 20,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    return { dates, error: `git log failed in ${cwd}: ${(e as Error).message.split('\n')[0]}` };
  }
  return { dates: parseLog(out, dates), error: null };
}

/** Reads `git log --format=%x00%cI --name-only`: newest commit first, so a file's first date is its last commit's. */
export function parseLog(out: string, dates = new Map<string, string>()): Map<string, string> {
  for (const chunk of out.split('\0').slice(1)) {
    const [date = '', ...files] = chunk.split('\n').map((l) => l.trim());
    for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}

/**
 * The modification time (ISO 8601) of each of `files` that exists but has no commit date: a plan
 * added to the working copy and not yet committed. Only in a repository (`gitError` null): in a copy
 * without history every file would lack a commit, and its modification time is only the copy's.
 */
export function uncommittedFileDates(cwd: string, files: readonly string[], commitDates: ReadonlyMap<string, string>, gitError: string | null): Map<string, string> {
  const dates = new Map<string, string>();
  if (gitError !== null) return dates;
  for (const file of files) {
    if (commitDates.has(file) || !existsSync(join(cwd, file))) continue;
    dates.set(file, statSync(join(cwd, file)).mtime.toISOString());
  }
  return dates;
}
