import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScript } from './inline-script.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('inlineScript', () => {
  it('bundles a browser entry and its imports into one classic script, with the hash a CSP names', async () => {
    const script = await inlineScript('reader-time.inline.ts', root);
    // A classic script: no import or export left, wrapped so that its names stay its own.
    expect(script.code).toMatch(/^\(function\(\)\{/);
    expect(script.code).not.toMatch(/\bimport\b|\bexport\b/);
    // Its imports are inside: the reader's time is worked out with Intl, the template filled.
    expect(script.code).toContain('formatRange');
    expect(script.code).toContain('currentScript');
    expect(script.modules.map((file) => path.relative(root, file))).toEqual([
      'src/browser/reader-time.inline.ts',
      'src/browser/reader-time.ts',
      'src/browser/strings.ts',
      'src/events/local-time.ts',
    ]);
    expect(script.hash).toBe(`sha256-${createHash('sha256').update(script.code).digest('base64')}`);
    expect(script.code.length).toBeLessThan(2048);
  });
});
