import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionOf } from './file-types.ts';
import { formatFileSize, materialLink } from './materials.ts';

describe('extensionOf', () => {
  it('reads a known download type from a URL’s path or a file name', () => {
    expect(extensionOf('https://example.org/guide.PDF?download=1#page=2')).toBe('pdf');
    expect(extensionOf('../../media/materials/slides.pptx')).toBe('pptx');
  });

  it('gives nothing for a page or an unknown type', () => {
    expect(extensionOf('https://safety.twitter.com')).toBeUndefined();
    expect(extensionOf('https://karisma.org.co/descargar/manualseguridadtw/')).toBeUndefined();
    expect(extensionOf('https://example.org/index.html')).toBeUndefined();
  });
});

describe('formatFileSize', () => {
  it('writes kilobytes under a megabyte and megabytes above, in the reader’s language', () => {
    expect(formatFileSize(12_345, 'en')).toBe('12 kB');
    expect(formatFileSize(1_234, 'en')).toBe('1.2 kB');
    expect(formatFileSize(2_500_000, 'en')).toBe('2.5 MB');
    expect(formatFileSize(2_500_000, 'fr')).toBe('2,5\u202fMo');
    expect(formatFileSize(12_345, 'fi')).toBe('12 kt');
    expect(formatFileSize(2_500_000, 'ar')).toBe('2.5 م.ب');
  });

  it('never says a file is empty', () => {
    expect(formatFileSize(20, 'en')).toBe('0.1 kB');
  });
});

describe('materialLink', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'sid-materials-'));
  const folders = { root, contentDir: path.join(root, 'content') };
  mkdirSync(path.join(root, 'content/media/materials'), { recursive: true });
  writeFileSync(path.join(root, 'content/media/materials/guide.pdf'), '%PDF-1.4\n%%EOF\n');

  it('serves a file under /media/materials/ with a content hash, and knows its type and size', () => {
    const link = materialLink({ title: 'Guide', file: '../../media/materials/guide.pdf' }, folders, 'content/en/workshops/a.mdx');
    expect(link).toMatchObject({ title: 'Guide', type: 'PDF', mediaType: 'application/pdf', size: 15, isFile: true });
    expect(link.href).toMatch(/^\/media\/materials\/guide\.[0-9a-f]{8}\.pdf$/);
  });

  it('links a URL as it is, with its type when its path tells it', () => {
    expect(materialLink({ title: 'Help', url: 'https://help.example.org/safety' }, folders, 'content/en/workshops/a.mdx')).toEqual({
      title: 'Help',
      href: 'https://help.example.org/safety',
      type: undefined,
      mediaType: undefined,
      size: undefined,
      isFile: false,
    });
    expect(materialLink({ title: 'Slides', url: 'https://example.org/s.pdf' }, folders, 'content/en/workshops/x.mdx').type).toBe('PDF');
  });
});
