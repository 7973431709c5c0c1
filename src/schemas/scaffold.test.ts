import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { campaignSchema } from './campaign.ts';
import { KIND_NAMES, translatableFields } from './index.ts';
import { parseEntry } from '#src/validation/front-matter.ts';
import { planScaffold, ScaffoldError, slugify, sourceScaffold, translationScaffold, writeScaffold } from './scaffold.ts';

const root = path.resolve(import.meta.dirname, '../..');

function minimalCopy(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sid-scaffold-'));
  cpSync(path.join(root, 'tests/fixtures/minimal/content'), path.join(dir, 'content'), { recursive: true });
  return path.join(dir, 'content');
}

const campaign = campaignSchema.parse({
  edition: 2020,
  date: '2020-02-11',
  defaultLocale: 'en',
  locales: ['en', 'fr', 'ar'],
  site: 'https://sid.example.org',
});

describe('sourceScaffold', () => {
  it('writes each field under its description: required ones to fill, optional ones commented out', () => {
    expect(sourceScaffold('pages', 'en')).toMatchInlineSnapshot(`
      "---
      # the page title
      title: ""
      # one sentence on what the page is for
      summary: ""
      # position in the navigation, smallest first
      # order: 0
      ---
      {/* Below this line: the text of the entry, in Markdown (headings, lists, links). Delete this comment. */}
      "
    `);
  });

  it('nests groups of fields and gives lists, groups and numbers empty placeholders that fail until filled', () => {
    const text = sourceScaffold('events', 'en');
    expect(text).toContain(
      '# where it happens: `name`, `address`, `city`, `country`, `lat`, `lon`\nvenue:\n  # the place, e.g. `Helsinki Central Library Oodi`\n  name: ""\n',
    );
    expect(text).toContain('  # street address as people write it locally\n  # address: ""\n');
    expect(text).toContain('# online:\n  # https link where people join\n  # url: ""\n');
    expect(text).toContain('audience: []\n');
    expect(text).toContain('# organisers: []\n');
    expect(sourceScaffold('videos', 'en')).toContain('captions: {}\n');
    expect(sourceScaffold('partners', 'en')).toContain('# grant: false\n');
  });

  it.each(KIND_NAMES)('gives a %s entry front matter that reads as YAML, every line commented or a field', (kind) => {
    const parsed = parseEntry(sourceScaffold(kind, 'en'));
    expect(parsed.syntaxErrors).toEqual([]);
    expect(Object.keys(parsed.data).length).toBeGreaterThan(0);
    expect(Object.values(parsed.data).every((value) => value === '' || (typeof value === 'object' && value !== null))).toBe(true);
  });
});

describe('translationScaffold', () => {
  it('carries only the translatable fields, with the source text to replace, and the source body', () => {
    const source = [
      '---',
      'title: Twitter safety training',
      'summary: A training.',
      'partner: oodi',
      'duration: 90',
      'audience: [educators]',
      'format: in-person',
      'materials: [{ title: Slides, url: "https://example.org/s.pdf" }, { title: Notes, file: ../../media/n.pdf }]',
      '---',
      'The training covers safety tools.',
    ].join('\n');
    const text = translationScaffold('workshops', source);
    expect(text).toMatchInlineSnapshot(`
      "---
      # the workshop title: translate it
      title: Twitter safety training
      # one sentence on what participants learn: translate it
      summary: A training.
      # the materials’ titles, in the same order as in the source entry: translate it
      materials: [ { title: Slides }, { title: Notes } ]
      ---
      The training covers safety tools.
      "
    `);
    expect(Object.keys(parseEntry(text).data).every((field) => translatableFields('workshops').includes(field))).toBe(true);
  });

  it('leaves out translatable fields that the source does not have', () => {
    const text = translationScaffold('events', '---\ntitle: A\nsummary: B\nstart: 2020-02-11T10:00\n---\n');
    expect(Object.keys(parseEntry(text).data)).toEqual(['title', 'summary']);
  });
});

describe('planScaffold', () => {
  it('places a source entry under the default locale and a translation under its locale', () => {
    const contentDir = minimalCopy();
    expect(planScaffold(contentDir, campaign, { kind: 'pages', slug: 'press' }).file).toBe(path.join(contentDir, 'en/pages/press.mdx'));
    const translation = planScaffold(contentDir, campaign, { kind: 'events', slug: 'dublin', locale: 'ar' });
    expect(translation.file).toBe(path.join(contentDir, 'ar/events/dublin.mdx'));
    expect(parseDocument(translation.text.split('---')[1] ?? '').toJS()).toEqual({
      title: 'Safer internet for all citizens',
      summary: 'An event in Dublin with Webwise.',
    });
  });

  it.each([
    [
      { kind: 'event', slug: 'x' },
      "'event' is not a kind of entry; the kinds are events, workshops, videos, hashtags, partners, pages (did you mean 'events'?)",
    ],
    [
      { kind: 'events', slug: 'Oodi Training' },
      "'Oodi Training' is not a slug; use lowercase letters, digits and hyphens (the file name without `.mdx`), e.g. 'oodi-training'",
    ],
    [
      { kind: 'pages', slug: 'search' },
      "'search' is a slug the site needs for its own pages (events, workshops, videos, hashtags, partners, search, translations, rss, og, media, 404); choose another",
    ],
    [
      { kind: 'events', slug: 'country' },
      "'country' is a slug the site needs for its own pages (country, audience, format); choose another",
    ],
    [
      { kind: 'events', slug: 'x', locale: 'sw' },
      "'sw' is not a locale of this campaign (en, fr, ar); add it with `npm run i18n:add -- sw`",
    ],
    [{ kind: 'events', slug: 'x', locale: 'fr-' }, "'fr-' is not a locale of this campaign (en, fr, ar); did you mean 'fr'?"],
    [
      { kind: 'events', slug: 'nowhere', locale: 'fr' },
      'there is no source entry en/events/nowhere.mdx to translate; write it first (npm run new -- events nowhere)',
    ],
  ])('refuses %o', (request, message) => {
    expect(() => planScaffold(minimalCopy(), campaign, request)).toThrow(new ScaffoldError(message));
  });

  it('refuses to replace an existing entry, even one written after planning', () => {
    const contentDir = minimalCopy();
    expect(() => planScaffold(contentDir, campaign, { kind: 'events', slug: 'dublin' })).toThrow(
      /en\/events\/dublin\.mdx already exists; edit it, or choose another slug/,
    );
    const scaffold = planScaffold(contentDir, campaign, { kind: 'pages', slug: 'press' });
    writeFileSync(scaffold.file, 'mine');
    expect(() => {
      writeScaffold(scaffold);
    }).toThrow(ScaffoldError);
    expect(readFileSync(scaffold.file, 'utf8')).toBe('mine');
  });
});

describe('slugify', () => {
  it('suggests a slug from any text', () => {
    expect(slugify('Oodi Training 2020!')).toBe('oodi-training-2020');
    expect(slugify('Día de Internet Segura')).toBe('dia-de-internet-segura');
  });
});
