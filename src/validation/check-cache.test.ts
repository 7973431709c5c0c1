import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from './validate-content.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** A copy of the minimal fixture's content, and a cache folder beside it. */
function copyOfMinimal() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sid-check-cache-'));
  const content = path.join(dir, 'content');
  cpSync(path.join(root, 'tests/fixtures/minimal/content'), content, { recursive: true });
  return { content, cache: path.join(dir, 'cache') };
}

const shown = (problems: { file: string; line?: number; field: string; message: string }[]) =>
  problems.map((problem) => `${path.basename(problem.file)}:${problem.line ?? ''} ${problem.field} ${problem.message}`);

describe('the content check with its cache', () => {
  it('finds the same entries on a second run, from the cache', async () => {
    const { content, cache } = copyOfMinimal();
    const first = await validateContent(content, root, cache);
    expect(readFileSync(path.join(cache, 'content-check.json'), 'utf8')).toContain('Safer internet for all citizens');
    const second = await validateContent(content, root, cache);
    expect(second.problems).toEqual([]);
    expect(second.sources).toEqual(first.sources);
    expect(second.translations).toEqual(first.translations);
  });

  it('checks an edited file again: an unsafe body added since the last run is reported', async () => {
    const { content, cache } = copyOfMinimal();
    await validateContent(content, root, cache);
    appendFileSync(path.join(content, 'en/events/dublin.mdx'), '\nimport x from "../../../secrets.js"\n');
    expect(shown((await validateContent(content, root, cache)).problems).join('\n')).toMatch(/dublin\.mdx:\d+ {2}has an `import`/);
  });

  it('reports, with its line, a media file deleted since an unchanged entry was cached', async () => {
    const { content, cache } = copyOfMinimal();
    await validateContent(content, root, cache);
    rmSync(path.join(content, 'media/posters/safety-tools.png'));
    const problems = shown((await validateContent(content, root, cache)).problems);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^safety-tools\.mdx:6 poster /);
  });

  it('reports a problem in a file every time, not only the first', async () => {
    const { content, cache } = copyOfMinimal();
    const file = path.join(content, 'en/events/dublin.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: [unclosed'));
    const first = shown((await validateContent(content, root, cache)).problems);
    expect(first.join('\n')).toMatch(/dublin\.mdx:\d+ {2}is not valid YAML/);
    expect(shown((await validateContent(content, root, cache)).problems)).toEqual(first);
  });
});
