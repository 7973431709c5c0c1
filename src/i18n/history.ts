/**
 * When each content file last changed, to tell a translation older than its source. Git history
 * is the truth (file times change with every checkout); a file with uncommitted changes, or a
 * folder outside git, uses its modification time.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';

/**
 * Last change of every file under `dir`, in milliseconds since the epoch, by absolute path.
 * One `git log` for the whole folder rather than one per file.
 * @example lastChanges('content').get('/repo/content/en/events/oodi.mdx') // 1581379200000
 */
export function lastChanges(dir: string): Map<string, number> {
  const changes = new Map<string, number>();
  const git = (args: string[]) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel']).trim();
  } catch {
    return changes; // not in git: every file falls back to its modification time
  }
  const log = git(['log', '--format=@%ct', '--name-only', '--no-renames', '--', '.']);
  let time = 0;
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) time = Number(line.slice(1)) * 1000;
    else if (line !== '') {
      const file = path.join(top, line);
      if (!changes.has(file)) changes.set(file, time);
    }
  }
  for (const line of git(['status', '--porcelain', '--', '.']).split('\n')) {
    if (line.length > 3) changes.delete(path.join(top, line.slice(3)));
  }
  return changes;
}

/**
 * Whether a translation was last changed before its source.
 * @example isOutdated('/c/en/events/a.mdx', '/c/fr/events/a.mdx', new Map([['/c/en/events/a.mdx', 2], ['/c/fr/events/a.mdx', 1]])) // true
 */
export function isOutdated(sourceFile: string, translationFile: string, changes: ReadonlyMap<string, number>): boolean {
  return changedAt(translationFile, changes) < changedAt(sourceFile, changes);
}

/** The last change of a file: from git history, else its modification time. */
export function changedAt(file: string, changes: ReadonlyMap<string, number>): number {
  return changes.get(file) ?? statSync(file).mtimeMs;
}
