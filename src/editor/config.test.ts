import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import type { CmsConfig, EntryCollection, Field } from '@sveltia/cms';
import { campaignSchema } from '#src/schemas/campaign.ts';
import { httpsUrl, slug, summary, title } from '#src/schemas/common.ts';
import { KIND_NAMES, KINDS, sourceSchema, translatableFields, type Kind } from '#src/schemas/index.ts';
import { fieldsAt } from '#src/schemas/schema-fields.ts';
import { editorConfig } from './config.ts';
import { EDITOR_SCHEMA_CONTEXT, beforeAlternatives, entryFields, fieldAt, isBuiltOn } from './fields.ts';
import { patternText } from './schema-rules.ts';

const campaign = campaignSchema.parse({
  edition: 2020,
  date: '2020-02-11',
  defaultLocale: 'en',
  locales: ['en', 'fr', 'ar'],
  site: 'https://sid.example.org',
  editor: { backend: 'github', repo: 'safer-internet/sid-2020' },
});
const editor = campaign.editor ?? { backend: 'github', repo: 'x/y', branch: 'main' };
const config = editorConfig({ campaign, editor, contentPath: 'content' });

function collection(kind: Kind): EntryCollection {
  const found = config.collections?.find((candidate): candidate is EntryCollection => 'folder' in candidate && candidate.name === kind);
  if (found === undefined) throw new Error(`no collection ${kind}`);
  return found;
}

/** A field by its path of names (`['venue', 'country']`), through objects and lists. */
function field(kind: Kind, ...path: string[]): Record<string, unknown> {
  let fields: readonly Field[] = collection(kind).fields;
  let found: Record<string, unknown> | undefined;
  for (const name of path) {
    found = fields.find((candidate) => candidate.name === name) as Record<string, unknown> | undefined;
    if (found === undefined) throw new Error(`${kind} has no field ${path.join('.')}`);
    fields = (found['fields'] as Field[] | undefined) ?? [];
  }
  return found ?? {};
}

function slugPattern(kind: Kind): unknown {
  return (collection(kind).slug as { pattern?: unknown }).pattern;
}

/** Whether Sveltia, reading a pattern from its configuration, accepts a value. */
function matches(pattern: unknown, value: string): boolean {
  const [text] = pattern as [string, string];
  const parsed = /^\/(?<source>.+)\/(?<flags>[a-z]*)$/.exec(text)?.groups;
  if (parsed === undefined) throw new Error(`not a /pattern/: ${text}`);
  return new RegExp(parsed['source'] ?? '', parsed['flags']).test(value);
}

describe('editorConfig', () => {
  it('has one collection per kind, saved as the MDX entries of npm run new', () => {
    expect(config.collections?.map((candidate) => candidate.name)).toEqual(KIND_NAMES);
    for (const kind of KIND_NAMES) {
      expect(collection(kind)).toMatchObject({
        folder: `content/{{locale}}/${kind}`,
        extension: 'mdx',
        format: 'yaml-frontmatter',
        i18n: true,
      });
    }
    expect(config.i18n).toEqual({
      structure: 'multiple_folders',
      locales: ['en', 'fr', 'ar'],
      default_locale: 'en',
      initial_locales: 'default',
    });
    expect(config.output).toEqual({ omit_empty_optional_fields: true });
    expect(config.media_libraries).toEqual({ stock_assets: false });
  });

  it('names the paths from the repository root given', () => {
    const fixture = editorConfig({ campaign, editor, contentPath: 'tests/fixtures/minimal/content' });
    expect(fixture.media_folder).toBe('tests/fixtures/minimal/content/media');
    expect(fixture.collections?.[0]).toMatchObject({ folder: 'tests/fixtures/minimal/content/{{locale}}/events' });
  });

  it.each(KIND_NAMES)('shows every field of a %s entry, then its body', (kind) => {
    const source = sourceSchema(kind, { ...EDITOR_SCHEMA_CONTEXT, defaultLocale: 'en' });
    const names = collection(kind).fields.map((candidate) => candidate.name);
    expect([...names].sort()).toEqual([...fieldsAt(source, []), 'body'].sort());
    expect(names.at(-1)).toBe('body');
    // The field that names the entry comes first; each text alternative right after its file.
    expect(names[0]).toBe(kind === 'partners' ? 'name' : 'title');
    for (const name of names.filter((candidate) => candidate.endsWith('Alt'))) {
      expect(names.indexOf(name)).toBe(names.indexOf(name.slice(0, -'Alt'.length)) + 1);
    }
  });

  it.each(KIND_NAMES)('lets translators edit exactly the translatable fields of a %s entry and its body', (kind) => {
    const translated = collection(kind)
      .fields.filter((candidate) => (candidate as { i18n?: unknown }).i18n === true)
      .map((candidate) => candidate.name);
    expect(translated.sort()).toEqual([...translatableFields(kind), 'body'].sort());
  });

  it.each(KIND_NAMES)('labels each %s field with its name and hints with the schema’s description', (kind) => {
    for (const candidate of collection(kind).fields) {
      expect(candidate.label).toBe(candidate.name);
      if (candidate.name !== 'body') expect((candidate as { hint?: string }).hint, candidate.name).toBeTruthy();
    }
    expect(field('events', 'start')['hint']).toBe('when it starts, wall-clock time where it happens: `YYYY-MM-DDTHH:mm`, no offset');
  });

  it('marks as required what the schema requires, and nothing it leaves out or defaults', () => {
    expect(field('events', 'title')['required']).toBe(true);
    expect(field('events', 'venue')['required']).toBe(false);
    expect(field('events', 'venue', 'city')['required']).toBe(true);
    expect(field('events', 'venue', 'address')['required']).toBe(false);
    expect(field('events', 'registration')['required']).toBe(false);
    expect(field('events', 'organisers')['required']).toBe(false);
    expect(field('videos', 'captions')['required']).toBe(true);
    expect(field('pages', 'order')).toMatchObject({ required: false, default: 0 });
    expect(field('partners', 'grant')).toMatchObject({ widget: 'boolean', required: false, default: false });
  });

  it('asks for wall-clock times and offers every IANA time zone the schema accepts', () => {
    expect(field('events', 'start')).toMatchObject({ widget: 'datetime', type: 'datetime-local', format: 'YYYY-MM-DDTHH:mm' });
    expect(field('events', 'end')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DDTHH:mm' });
    const zones = field('events', 'timezone')['options'] as string[];
    expect(field('events', 'timezone')['widget']).toBe('select');
    for (const zone of ['Europe/Dublin', 'America/Mexico_City', 'Asia/Kolkata', 'Asia/Calcutta', 'UTC']) expect(zones).toContain(zone);
    expect(zones).not.toContain('Europe/Dublinn');
    expect(field('videos', 'published')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' });
  });

  it('offers the schema’s choices as selects', () => {
    expect(field('events', 'format')).toMatchObject({ widget: 'select', options: ['in-person', 'online', 'hybrid'] });
    expect(field('events', 'audience')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(field('partners', 'kind')['options']).toContain('international');
    expect(field('events', 'venue', 'country')['options']).toContainEqual({ label: 'Ireland (IE)', value: 'IE' });
    expect(field('partners', 'country')['options']).toContainEqual({ label: 'Mexico (MX)', value: 'MX' });
  });

  it('offers the entries a reference may name, by their names, stored by slug', () => {
    const shown = { value_field: '{{slug}}', display_fields: ['name'], search_fields: ['name'] };
    expect(field('events', 'organisers')).toMatchObject({ widget: 'relation', collection: 'partners', multiple: true, ...shown });
    expect(field('workshops', 'partner')).toMatchObject({ widget: 'relation', collection: 'partners', multiple: false, required: true });
    expect(field('workshops', 'events')).toMatchObject({
      widget: 'relation',
      collection: 'events',
      multiple: true,
      display_fields: ['title'],
    });
  });

  it('uploads files into content/media/ and stores their paths relative to the entry', () => {
    expect(field('events', 'image')).toMatchObject({
      widget: 'image',
      media_folder: '../../media/events',
      public_folder: '../../media/events',
      accept: '.jpg,.jpeg,.png,.webp,.avif,.gif,.svg',
      choose_url: false,
    });
    expect(field('videos', 'poster')).toMatchObject({ widget: 'image', media_folder: '../../media/posters', required: true });
    expect(field('hashtags', 'emoji')).toMatchObject({ media_folder: '../../media/emoji' });
    expect(field('videos', 'src')).toMatchObject({ widget: 'file', media_folder: '../../media/videos', accept: '.mp4,.webm' });
    expect(field('workshops', 'materials', 'file')).toMatchObject({ widget: 'file', media_folder: '../../media/materials' });
    expect(field('partners', 'logo')['media_libraries']).toEqual({
      default: { config: { max_file_size: 10_000_000 } },
      stock_assets: false,
    });
  });

  it('gives a field per locale to what the schema keys by locale', () => {
    expect((field('videos', 'captions')['fields'] as Field[]).map((candidate) => candidate.name)).toEqual(['en', 'fr', 'ar']);
    expect(field('videos', 'captions', 'fr')).toMatchObject({ widget: 'file', accept: '.vtt', required: false, hint: 'French' });
    expect(field('hashtags', 'variants', 'ar')).toMatchObject({ widget: 'string', required: false, hint: 'Arabic' });
  });

  it('keeps lists of single values plain, and lets translators retitle a workshop’s materials only', () => {
    expect(field('events', 'languages')).toMatchObject({ widget: 'list', min: 1, field: { name: 'languages', widget: 'string' } });
    expect(field('videos', 'presenters')).toMatchObject({ widget: 'list', field: { widget: 'string' } });
    expect(field('workshops', 'materials')).toMatchObject({ widget: 'list', i18n: true, summary: '{{fields.title}}' });
    expect(field('workshops', 'materials', 'title')).toMatchObject({ i18n: true, required: true, maxlength: 200 });
    expect(field('workshops', 'materials', 'url')).not.toHaveProperty('i18n');
  });

  it('checks in the form what a pattern can say, as the schema does', () => {
    const cases: [unknown, string, boolean][] = [
      [field('events', 'online', 'url')['pattern'], 'https://example.org/join', true],
      [field('events', 'online', 'url')['pattern'], 'http://example.org/join', false],
      [field('events', 'registration')['pattern'], 'mailto:sid@example.org', true],
      [field('events', 'registration')['pattern'], 'example.org', false],
      [(field('events', 'languages')['field'] as { pattern: unknown }).pattern, 'es-MX', true],
      [(field('events', 'languages')['field'] as { pattern: unknown }).pattern, 'ES', false],
      [field('hashtags', 'tag')['pattern'], 'DíaDeInternetSegura', true],
      [field('hashtags', 'tag')['pattern'], '#SID2020', false],
      [field('videos', 'duration')['pattern'], 'PT2M30S', true],
      [field('videos', 'duration')['pattern'], '2:30', false],
      [slugPattern('events'), 'oodi-training', true],
      [slugPattern('events'), 'Oodi Training', false],
      [slugPattern('events'), 'country', false],
      [slugPattern('pages'), 'search', false],
      [slugPattern('pages'), 'press', true],
    ];
    for (const [pattern, value, expected] of cases) expect(matches(pattern, value), value).toBe(expected);
    expect(field('hashtags', 'tag')['pattern']).toEqual([
      '/^[\\p{L}\\p{N}_]+$/u',
      'tag is not a hashtag; write it without `#`, letters, digits and `_` only, e.g. `SaferInternetDay`',
    ]);
  });

  it('bounds numbers and text as the schema does', () => {
    expect(field('events', 'venue', 'lat')).toMatchObject({ widget: 'number', value_type: 'float', min: -90, max: 90 });
    expect(field('workshops', 'duration')).toMatchObject({ widget: 'number', value_type: 'int', min: 1 });
    expect(field('events', 'title')).toMatchObject({ widget: 'string', maxlength: 120 });
    expect(field('events', 'summary')).toMatchObject({ widget: 'text', maxlength: 300 });
  });

  it('writes a body in Markdown in every locale', () => {
    expect(field('videos', 'body')).toMatchObject({ widget: 'markdown', i18n: true, required: false });
    expect(field('videos', 'body')['hint']).toContain('transcript');
  });

  it.each([
    [
      { backend: 'github', repo: 'o/n', branch: 'main' },
      { name: 'github', repo: 'o/n', branch: 'main', auth_methods: ['token'] },
    ],
    [
      { backend: 'github', repo: 'o/n', branch: 'live', authUrl: 'https://auth.example.org' },
      { name: 'github', repo: 'o/n', branch: 'live', base_url: 'https://auth.example.org' },
    ],
    [
      { backend: 'gitlab', repo: 'group/sub/n', branch: 'main', appId: 'abc123' },
      { name: 'gitlab', repo: 'group/sub/n', branch: 'main', auth_type: 'pkce', app_id: 'abc123' },
    ],
  ] as const)('signs in to %o as %o, one pull request per entry', (settings, backend) => {
    const made: CmsConfig = editorConfig({ campaign, editor: settings, contentPath: 'content' });
    expect(made.backend).toEqual(backend);
    expect(made.publish_mode).toBe('editorial_workflow');
  });
});

describe('fields', () => {
  it('reach the form from a schema without another edit', () => {
    // A kind with a field of each sort, as a schema might grow one.
    const source = z.strictObject({
      title: title.describe('the title'),
      summary: summary.describe('one sentence'),
      website: httpsUrl.optional().describe('their site'),
      level: z.enum(['beginner', 'advanced']).default('beginner').describe('how hard'),
      seats: z.number().int().min(1).max(500).describe('how many can come'),
      host: slug.describe('who hosts it'),
    });
    const scope = { kind: 'events' as const, locales: ['en'], source, translation: KINDS.events.translation };
    const fields = entryFields(scope);
    expect(fields.map((candidate) => candidate.name)).toEqual(['title', 'summary', 'website', 'level', 'seats', 'host']);
    expect(fieldAt(scope, ['website'])).toMatchObject({ widget: 'string', type: 'url', required: false, hint: 'their site' });
    expect(fieldAt(scope, ['level'])).toMatchObject({ widget: 'select', options: ['beginner', 'advanced'], required: false });
    expect(fieldAt(scope, ['seats'])).toMatchObject({ widget: 'number', value_type: 'int', min: 1, max: 500, required: true });
    expect(fieldAt(scope, ['host'])).toMatchObject({
      widget: 'string',
      pattern: [patternText(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), expect.any(String)],
    });
    expect(fieldAt(scope, ['title'])).toMatchObject({ i18n: true });
    expect(fieldAt(scope, ['seats'])).not.toHaveProperty('i18n');
  });

  it('recognise a shared field type through its description and wrappers', () => {
    expect(isBuiltOn(httpsUrl.describe('x').optional(), httpsUrl)).toBe(true);
    expect(isBuiltOn(z.string().optional(), httpsUrl)).toBe(false);
  });

  it('put each text alternative after the file it describes', () => {
    expect(beforeAlternatives(['title', 'imageAlt', 'start', 'image'])).toEqual(['title', 'start', 'image', 'imageAlt']);
    expect(beforeAlternatives(['summary', 'logoAlt', 'name', 'logo', 'url'])).toEqual(['summary', 'name', 'logo', 'logoAlt', 'url']);
  });
});
