import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '#src/validation/problems.ts';
import { copyFixture, root, run } from './run.ts';

describe('npm run check', () => {
  it('says so when the content is fine, and exits 0', () => {
    const result = run('check.ts', copyFixture('minimal'));
    expect(result.stdout).toMatch(/^No problems in \d+ entries\.\n$/);
    expect(result.status).toBe(0);
  });

  it('prints the build’s report of every problem, with file and line, and exits 1', () => {
    const dir = copyFixture('broken');
    const result = run('check.ts', dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^16 problems in the content\.\n/);
    for (const expected of [
      `${dir}/content/en/events/dublin.mdx:6\n  \`timezone\`: 'Europe/Dublinn' is not an IANA time zone; did you mean 'Europe/Dublin'?`,
      `${dir}/content/en/events/dublin.mdx:11\n  \`organisers[0]\`: 'webwize' is not a partner: there is no en/partners/webwize.mdx; did you mean 'webwise'?`,
      `${dir}/content/en/events/dublin.mdx:12\n  \`tittle\`: is not a field of this kind of entry; did you mean \`title\`?`,
      `${dir}/content/en/videos/tools.mdx:9\n  \`captions\`: has no \`en\` captions`,
      `${dir}/content/fr/events/dublin.mdx:4\n  \`timezone\`: differs from the source entry`,
    ]) {
      expect(result.stdout).toContain(expected);
    }
  });

  it('names files relative to the project when the content is inside it', () => {
    const result = run('check.ts', path.join(root, 'tests/fixtures/broken'));
    expect(result.stdout).toContain("tests/fixtures/broken/content/en/events/dublin.mdx:6\n  `timezone`: 'Europe/Dublinn'");
  });

  it('prints the problems as JSON with --json', () => {
    const dir = copyFixture('broken');
    const result = run('check.ts', dir, ['--json']);
    expect(result.status).toBe(1);
    const problems = JSON.parse(result.stdout) as Problem[];
    expect(problems).toHaveLength(16);
    expect(problems).toContainEqual({
      file: `${dir}/content/en/events/dublin.mdx`,
      line: 6,
      field: 'timezone',
      message: "'Europe/Dublinn' is not an IANA time zone; did you mean 'Europe/Dublin'?",
    });
    expect(JSON.parse(run('check.ts', copyFixture('minimal'), ['--json']).stdout)).toEqual([]);
  });

  it('reports a content folder without campaign.yaml', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sid-tools-empty-'));
    const result = run('check.ts', dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('campaign.yaml\n  is missing; every content folder starts with a campaign.yaml');
  });

  it('explains itself with --help', () => {
    const result = run('check.ts', copyFixture('minimal'), ['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: npm run check [-- --json]');
  });
});
