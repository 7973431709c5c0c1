import { describe, expect, it } from 'vitest';
import { editorSchema } from './editor.ts';

function messages(value: unknown): Record<string, string> {
  const result = editorSchema.safeParse(value);
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
}

describe('editor schema', () => {
  it('takes a repository on GitHub or GitLab, on `main` unless told', () => {
    expect(editorSchema.parse({ backend: 'github', repo: 'safer-internet/sid-2020' })).toEqual({
      backend: 'github',
      repo: 'safer-internet/sid-2020',
      branch: 'main',
    });
    expect(editorSchema.parse({ backend: 'gitlab', repo: 'group/sub/sid', branch: 'live', appId: 'a1b2' }).branch).toBe('live');
  });

  it('says what is wrong with a repository, and which sign-in goes with which host', () => {
    expect(messages({ backend: 'github', repo: 'sid-2020' })['repo']).toMatch(/^is not a repository; write its owner and name/);
    expect(messages({ backend: 'github', repo: 'o/n', appId: 'x' })['appId']).toBe(
      'is for GitLab only; on GitHub, editors sign in through `authUrl`',
    );
    expect(messages({ backend: 'gitlab', repo: 'o/n', authUrl: 'https://auth.example.org' })['authUrl']).toBe(
      'is for GitHub only; on GitLab, editors sign in through `appId`',
    );
    expect(messages({ backend: 'bitbucket', repo: 'o/n' })['backend']).toBeDefined();
  });
});
