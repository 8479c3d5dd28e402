/**
 * The date of each file's last commit, from one `git log` over the content folders (one process,
 * not one per plan: at 3,000 plans a `git log -1` per file cost minutes). Paths are relative to
 * `cwd`. Outside a git work tree (a copy without history) the map is empty and `error` says why:
 * plans then have no commit date, and the feed says which it left out.
 */
import { execFileSync } from 'node:child_process';

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
