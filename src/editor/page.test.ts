import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorPage, editorPolicy } from './page.ts';

const github = { backend: 'github', repo: 'o/n', branch: 'main' } as const;

describe('editorPolicy', () => {
  it('lets the editor talk to its git host and nowhere else', () => {
    const policy = editorPolicy(github);
    expect(policy).toContain("connect-src 'self' blob: data: https://api.github.com https://www.githubstatus.com");
    expect(policy).toContain("img-src 'self' data: blob: https://avatars.githubusercontent.com");
    expect(policy.match(/https:\/\/[^\s;]+/g)).toEqual([
      'https://avatars.githubusercontent.com',
      'https://api.github.com',
      'https://www.githubstatus.com',
    ]);
    expect(editorPolicy({ backend: 'gitlab', repo: 'g/n', branch: 'main' })).toContain(
      "connect-src 'self' blob: data: https://gitlab.com https://status-api.hostedstatus.com",
    );
  });

  it('runs only the site’s own scripts, never code from a string', () => {
    const policy = editorPolicy(github);
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(policy).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
    expect(policy).toContain("object-src 'none'");
  });
});

describe('editorPage', () => {
  const page = editorPage({ title: 'Safer Internet Day 2020 · editor', policy: editorPolicy(github), entry: 'editor-Bx3k9a.js' });

  it('loads the configuration and the bundle beside it, under its own policy, out of search engines', () => {
    expect(page).toContain('<link rel="cms-config-url" type="application/yaml" href="./config.yml">');
    expect(page).toContain('<script type="module" src="./editor-Bx3k9a.js"></script>');
    expect(page).toContain(`<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;;`);
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
  });

  it('is valid HTML by the project’s rules', async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const config = JSON.parse(readFileSync(path.join(root, '.htmlvalidate.json'), 'utf8')) as ConfigData;
    const report = await new HtmlValidate(new StaticConfigLoader(config)).validateString(page);
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))).toEqual([]);
  });
});
