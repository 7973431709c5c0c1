import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOutdated, lastChanges } from './history.ts';

function repoWith(commits: { file: string; text: string; date: string }[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sid-history-'));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: dir });
  git('init', '-q');
  for (const commit of commits) {
    mkdirSync(path.dirname(path.join(dir, commit.file)), { recursive: true });
    writeFileSync(path.join(dir, commit.file), commit.text);
    git('add', '.');
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', commit.file, '--date', commit.date], {
      cwd: dir,
      env: { ...process.env, GIT_COMMITTER_DATE: commit.date },
    });
  }
  return dir;
}

describe('translation history', () => {
  it('flags a translation whose source changed after it, by git history', () => {
    const dir = repoWith([
      { file: 'en/events/a.mdx', text: 'one', date: '2020-01-01T00:00:00Z' },
      { file: 'fr/events/a.mdx', text: 'un', date: '2020-01-02T00:00:00Z' },
      { file: 'en/events/a.mdx', text: 'one, changed', date: '2020-01-03T00:00:00Z' },
    ]);
    const changes = lastChanges(dir);
    expect(changes.get(path.join(dir, 'en/events/a.mdx'))).toBe(Date.parse('2020-01-03T00:00:00Z'));
    expect(isOutdated(path.join(dir, 'en/events/a.mdx'), path.join(dir, 'fr/events/a.mdx'), changes)).toBe(true);
  });

  it('uses file times for uncommitted changes and outside git', () => {
    const dir = repoWith([
      { file: 'en/events/a.mdx', text: 'one', date: '2020-01-01T00:00:00Z' },
      { file: 'fr/events/a.mdx', text: 'un', date: '2020-01-02T00:00:00Z' },
    ]);
    writeFileSync(path.join(dir, 'en/events/a.mdx'), 'one, edited now');
    const changes = lastChanges(dir);
    expect(isOutdated(path.join(dir, 'en/events/a.mdx'), path.join(dir, 'fr/events/a.mdx'), changes)).toBe(true);

    const plain = mkdtempSync(path.join(os.tmpdir(), 'sid-plain-'));
    mkdirSync(path.join(plain, 'en'));
    mkdirSync(path.join(plain, 'fr'));
    writeFileSync(path.join(plain, 'en/a.mdx'), 'one');
    writeFileSync(path.join(plain, 'fr/a.mdx'), 'un');
    utimesSync(path.join(plain, 'en/a.mdx'), new Date('2020-01-01'), new Date('2020-01-01'));
    expect(lastChanges(plain).size).toBe(0);
    expect(isOutdated(path.join(plain, 'en/a.mdx'), path.join(plain, 'fr/a.mdx'), new Map())).toBe(false);
  });
});
