/**
 * MDX bodies that try to run code (imports, expressions, scripts, event handlers, components the
 * site does not provide), in this folder's `fixture/`: `npm run check` and the build refuse each,
 * naming file and line, and pass the one safe page.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../../build/build-fixture.ts';
import { copyFixture, run } from '../run.ts';

const fixture = path.join(import.meta.dirname, 'fixture');

describe('safe MDX, in check and in the build', () => {
  const expected = [
    'en/pages/components.mdx:5\n  uses the component `<Callout>`, which the site does not provide',
    'en/pages/expressions.mdx:5\n  has a JavaScript expression `{1+1}`',
    'en/pages/expressions.mdx:7\n  has a JavaScript expression `{fetch("https://evil.example")}`',
    'en/pages/expressions.mdx:9\n  has a JavaScript expression in `title={props.x}` on `<abbr>`',
    'en/pages/handlers.mdx:6\n  has the event handler `onerror` on `<img>`',
    'en/pages/iframes.mdx:7\n  has the element `<iframe>`',
    'en/pages/imports.mdx:7\n  has an `import`; entries cannot import code',
    'en/pages/imports.mdx:8\n  has an `export`; entries cannot define code',
    'en/pages/links.mdx:5\n  links to `javascript:alert(1)`',
    'en/pages/scripts.mdx:7\n  has the element `<script>`, which runs code in the reader’s browser',
    'fr/pages/fine.mdx:7\n  has the event handler `onClick` on `<button>`',
  ];

  it('rejects each forbidden construct, in sources and translations, naming file and line', () => {
    const dir = copyFixture(fixture);
    const result = run('check.ts', dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^11 problems in the content\.\n/);
    for (const problem of expected) expect(result.stdout).toContain(`${dir}/content/${problem}`);
    expect(result.stdout).not.toContain('en/pages/fine.mdx');
  });

  it('stops the build with the same report', () => {
    const dir = copyFixture(fixture);
    const build = buildFixture('unsafe-mdx', { contentDir: path.join(dir, 'content'), outDir: path.join(dir, 'dist') });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('11 problems in the content; nothing was built.');
    for (const problem of expected) expect(build.output).toContain(`${dir}/content/${problem}`);
  });
});
