import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { KIND_NAMES } from '#src/schemas/index.ts';
import { copyFixture, root, run } from '../run.ts';

/**
 * A valid value for every field a scaffold asks for, by dotted path, as a person would fill them
 * in the minimal fixture (whose partner is `webwise`).
 */
const VALID: Record<string, unknown> = {
  title: 'A new entry',
  summary: 'One sentence about it.',
  start: '2020-02-11T10:00',
  end: '2020-02-11T12:00',
  timezone: 'Europe/Dublin',
  format: 'in-person',
  'venue.name': 'Webwise HQ',
  'venue.city': 'Dublin',
  'venue.country': 'IE',
  'venue.lat': 53.34,
  'venue.lon': -6.24,
  audience: ['parents'],
  languages: ['en'],
  partner: 'webwise',
  duration: 90,
  provider: 'youtube',
  id: 'abc123',
  poster: '../../media/poster.jpg',
  posterAlt: 'A poster',
  captions: { en: '../../media/captions.en.vtt' },
  published: '2020-02-11',
  tag: 'SaferInternetDay',
  name: 'Common Sense',
  url: 'https://www.commonsense.org',
  kind: 'ngo',
};

/** Where one field name takes different values in different kinds. */
const VALID_BY_KIND: Record<string, Record<string, unknown>> = {
  videos: { duration: 'PT2M30S' },
};

/** Replaces every placeholder (`""`, `[]`, `{}`) of a scaffold's front matter with a valid value. */
function fillPlaceholders(kind: string, text: string): string {
  const [, frontMatter = '', ...body] = text.split(/^---$/m);
  const document = parseDocument(frontMatter);
  const fill = (node: Node | null | undefined, at: string[]) => {
    if (!isMap(node)) return;
    for (const pair of node.items) {
      const key = [...at, String(isScalar(pair.key) ? pair.key.value : pair.key)];
      const value = pair.value as Node | null;
      const isPlaceholder = (isScalar(value) && value.value === '') || ((isSeq(value) || isMap(value)) && value.items.length === 0);
      if (isPlaceholder) {
        const valid = VALID_BY_KIND[kind]?.[key.join('.')] ?? VALID[key.join('.')];
        if (valid === undefined) throw new Error(`no valid value for ${key.join('.')}`);
        document.setIn(key, document.createNode(valid));
      } else fill(value, key);
    }
  };
  fill(document.contents, []);
  return ['', `\n${document.toString()}`, ...body].join('---');
}

describe('npm run new', () => {
  it.each(KIND_NAMES)('scaffolds a %s entry that fails check until filled, then passes', (kind) => {
    const dir = copyFixture('minimal');
    const media = path.join(dir, 'content/media');
    mkdirSync(media, { recursive: true });
    copyFileSync(path.join(media, 'events/gaming-hall.jpg'), path.join(media, 'poster.jpg'));
    writeFileSync(path.join(media, 'captions.en.vtt'), 'WEBVTT\n');

    const created = run('new.ts', dir, [kind, 'brand-new']);
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    const file = path.join(dir, 'content/en', kind, 'brand-new.mdx');
    expect(created.stdout).toContain(`Wrote ${path.relative(root, file)}: fill the empty values`);

    const unfilled = run('check.ts', dir);
    expect(unfilled.status).toBe(1);
    expect(unfilled.stdout).toContain(`${file}:3\n  \`${kind === 'partners' ? 'summary' : 'title'}\`: is empty`);

    writeFileSync(file, fillPlaceholders(kind, readFileSync(file, 'utf8')));
    const filled = run('check.ts', dir);
    expect(filled.stdout).toMatch(/^No problems in \d+ entries\.\n$/);
    expect(filled.status).toBe(0);
  });

  it('scaffolds a translation with the source’s text to translate, which passes check', () => {
    const dir = copyFixture('minimal');
    const result = run('new.ts', dir, ['events', 'mexico', '--locale', 'fr']);
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(dir, 'content/fr/events/mexico.mdx'), 'utf8')).toBe(
      [
        '---',
        '# the event title, as readers see it: translate it',
        'title: Safety training in Mexico City',
        '# one sentence on what happens and for whom: translate it',
        'summary: A safety training for human rights defenders and journalists.',
        '---',
        'Training.',
        '',
      ].join('\n'),
    );
    expect(run('check.ts', dir).status).toBe(0);
  });

  it('refuses to overwrite, to scaffold a bad slug, a translation without source or an unknown kind', () => {
    const dir = copyFixture('minimal');
    const existing = path.join(dir, 'content/en/events/dublin.mdx');
    const before = readFileSync(existing, 'utf8');
    const cases: [string[], string][] = [
      [['events', 'dublin'], `Nothing was written: ${existing} already exists; edit it, or choose another slug.`],
      [
        ['events', 'Oodi_Training'],
        "Nothing was written: 'Oodi_Training' is not a slug; use lowercase letters, digits and hyphens (the file name without `.mdx`), e.g. 'oodi-training'.",
      ],
      [
        ['events', 'ghost', '--locale', 'fr'],
        'Nothing was written: there is no source entry en/events/ghost.mdx to translate; write it first (npm run new -- events ghost).',
      ],
      [
        ['evnts', 'x'],
        "Nothing was written: 'evnts' is not a kind of entry; the kinds are events, workshops, videos, hashtags, partners, pages (did you mean 'events'?).",
      ],
    ];
    for (const [args, message] of cases) {
      const result = run('new.ts', dir, args);
      expect(result.stderr.trim()).toBe(message);
      expect(result.status).toBe(1);
    }
    expect(readFileSync(existing, 'utf8')).toBe(before);
    expect(existsSync(path.join(dir, 'content/fr/events/ghost.mdx'))).toBe(false);
  });

  it('explains itself with --help, and when arguments are missing off a terminal', () => {
    const dir = copyFixture('minimal');
    const help = run('new.ts', dir, ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: npm run new -- <kind> <slug> [--locale <locale>]');
    const bare = run('new.ts', dir);
    expect(bare.status).toBe(1);
    expect(bare.stderr).toContain('Name a kind and a slug.\n\nUsage: npm run new');
  });
});
