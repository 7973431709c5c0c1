import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadResources } from '#src/i18n/resources.ts';
import { createTranslator } from '#src/i18n/translate.ts';
import { workshopView, type WorkshopData } from './workshop-page.ts';

const resources = loadResources(path.resolve(import.meta.dirname, '../../locales'), ['en', 'ar']);
const root = mkdtempSync(path.join(os.tmpdir(), 'sid-workshop-view-'));
mkdirSync(path.join(root, 'content/media/materials'), { recursive: true });
writeFileSync(path.join(root, 'content/media/materials/checklist.pdf'), `%PDF-1.4\n${'x'.repeat(12_300)}\n%%EOF\n`);
const folders = { root, contentDir: path.join(root, 'content') };
const data: WorkshopData = {
  audience: ['parents'],
  format: 'online',
  duration: 90,
  materials: [
    { title: 'Checklist', file: '../../media/materials/checklist.pdf' },
    { title: 'Slides', url: 'https://example.org/slides.pptx' },
    { title: 'Help', url: 'https://example.org/help' },
  ],
};
const view = (locale: string) =>
  workshopView({
    locale,
    slug: 'privacy',
    data,
    folders,
    entryFilePath: 'content/en/workshops/privacy.mdx',
    t: createTranslator(resources, locale, 'en'),
  });

describe('workshopView', () => {
  it('says for whom, how and how long in the reader’s language', () => {
    const workshop = view('en');
    expect(workshop).toMatchObject({
      segments: ['workshops', 'privacy'],
      audience: 'Parents and carers',
      format: 'Online',
      duration: '1 hour, 30 minutes',
    });
  });

  it('gives each download its type, and its size when the site serves it, isolated in right-to-left text', () => {
    const [file, slides, help] = view('ar').materials;
    expect(file).toMatchObject({
      href: expect.stringMatching(/^\/media\/materials\/checklist\.[0-9a-f]{8}\.pdf$/) as string,
      isFile: true,
    });
    expect(file?.info).toContain('\u2068PDF\u2069');
    expect(file?.info).toMatch(/12/);
    expect(slides).toMatchObject({ href: 'https://example.org/slides.pptx', isFile: false, info: '\u2068PPTX\u2069' });
    expect(help?.info).toBeUndefined();
  });
});
