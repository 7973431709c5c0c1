import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { autonymTexts, unicodeRange, writeAutonymFonts } from './autonyms.ts';

describe('autonymTexts', () => {
  it('groups the names written in a shipped script by its font, and leaves the others to the system', () => {
    const texts = autonymTexts([
      { tag: 'en', autonym: 'English' },
      { tag: 'hi', autonym: 'हिन्दी' },
      { tag: 'ar', autonym: 'العربية' },
      { tag: 'fa', autonym: 'فارسی' },
    ]);
    expect([...texts.values()].sort()).toEqual(['العربيةفارسی', 'हिन्दी']);
  });
});

describe('unicodeRange', () => {
  it('lists each code point once, in order', () => {
    expect(unicodeRange('baab')).toBe('U+61,U+62');
  });
});

describe('writeAutonymFonts', () => {
  it('writes a subset of a few KB per script and a stylesheet naming them', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'sid-autonyms-'));
    try {
      const sheet = await writeAutonymFonts(
        [
          { tag: 'hi', autonym: 'हिन्दी' },
          { tag: 'fr', autonym: 'Français' },
        ],
        folder,
      );
      const css = await readFile(sheet, 'utf8');
      const files = [...css.matchAll(/url\('\.\/([^']+)'\)/g)].map((match) => match[1] ?? '');
      expect(files).toHaveLength(1);
      const font = await readFile(path.join(folder, files[0] ?? ''));
      expect(font.subarray(0, 4).toString('latin1')).toBe('wOF2');
      expect(font.length).toBeLessThan(4096);
      expect(css).toContain(`unicode-range:${unicodeRange('हिन्दी')}`);
    } finally {
      await rm(folder, { recursive: true });
    }
  });

  it('writes a stylesheet without faces when every name is in a script of the system', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'sid-autonyms-'));
    try {
      expect((await readFile(await writeAutonymFonts([{ tag: 'fi', autonym: 'Suomi' }], folder), 'utf8')).trim()).toBe('');
    } finally {
      await rm(folder, { recursive: true });
    }
  });
});
