import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentPath, repositoryRoot } from './site.ts';

describe('contentPath', () => {
  it('names the content folder from the root of its repository', () => {
    const repository = mkdtempSync(path.join(os.tmpdir(), 'sid-repo-'));
    mkdirSync(path.join(repository, '.git'));
    mkdirSync(path.join(repository, 'tests/fixtures/minimal/content'), { recursive: true });
    expect(contentPath(path.join(repository, 'content'))).toBe('content');
    expect(contentPath(path.join(repository, 'tests/fixtures/minimal/content'))).toBe('tests/fixtures/minimal/content');
    expect(repositoryRoot(path.join(repository, 'tests/fixtures/minimal/content'))).toBe(repository);
  });

  it('finds a git worktree, whose .git is a file', () => {
    const worktree = mkdtempSync(path.join(os.tmpdir(), 'sid-worktree-'));
    writeFileSync(path.join(worktree, '.git'), 'gitdir: /elsewhere\n');
    expect(repositoryRoot(path.join(worktree, 'content'))).toBe(worktree);
  });

  it('takes the folder around the content folder when there is no repository', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'sid-plain-'));
    expect(contentPath(path.join(folder, 'content'))).toBe('content');
  });
});
