/**
 * A synthetic campaign for the benchmark: `entries` source entries in realistic proportions,
 * `locales` locales of which each translates a `coverage` share of the entries (the rest fall
 * back), MDX bodies of realistic length, and an image for about a tenth of the entries.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/** Locales in the order the benchmark adds them; the first is the default. */
export const BENCH_LOCALES = [
  'en',
  'es',
  'fr',
  'fi',
  'hi',
  'ar',
  'de',
  'it',
  'pt',
  'nl',
  'pl',
  'sv',
  'tr',
  'ja',
  'ko',
  'zh',
  'ru',
  'id',
] as const;

/** Shares of each kind among entries, after a campaign such as the sample. */
export const KIND_SHARES = { events: 0.4, partners: 0.2, workshops: 0.15, videos: 0.1, pages: 0.1, hashtags: 0.05 } as const;

interface City {
  city: string;
  country: string;
  lat: number;
  lon: number;
  timezone: string;
}

/**
 * The item at `index`, counting round `list` again from its start past its end.
 * @example cycle(['a', 'b'], 3) // 'b'
 */
function cycle<Item>(list: readonly [Item, ...Item[]], index: number): Item {
  return list[index % list.length] ?? list[0];
}

export interface CampaignSize {
  entries: number;
  locales: number;
  coverage: number;
}

const CITIES: readonly [City, ...City[]] = [
  { city: 'Helsinki', country: 'FI', lat: 60.17, lon: 24.94, timezone: 'Europe/Helsinki' },
  { city: 'Mexico City', country: 'MX', lat: 19.43, lon: -99.13, timezone: 'America/Mexico_City' },
  { city: 'Dublin', country: 'IE', lat: 53.35, lon: -6.26, timezone: 'Europe/Dublin' },
  { city: 'Mumbai', country: 'IN', lat: 19.08, lon: 72.88, timezone: 'Asia/Kolkata' },
  { city: 'Dubai', country: 'AE', lat: 25.2, lon: 55.27, timezone: 'Asia/Dubai' },
  { city: 'Toronto', country: 'CA', lat: 43.65, lon: -79.38, timezone: 'America/Toronto' },
];

const SENTENCES = [
  'Parents, teachers and young people meet to talk about staying safe online.',
  'The session covers privacy settings, reporting tools and how to ask for help.',
  'Safety partners share what works in their schools, libraries and helplines.',
  'Everyone leaves with a short checklist to try at home and in the classroom.',
  'The training is free and open to anyone who works with children and teenagers.',
  'Questions from the audience shape the second half of the programme.',
];

/** A body of about `words` words: a few paragraphs, a list and a link. */
export function body(seed: number, words = 300): string {
  const paragraphs: string[] = [];
  let count = 0;
  for (let index = seed; count < words; index += 1) {
    const paragraph = [0, 1, 2, 3].map((offset) => SENTENCES[(index + offset) % SENTENCES.length]).join(' ');
    paragraphs.push(paragraph);
    count += paragraph.split(' ').length;
  }
  return `${paragraphs.slice(0, 2).join('\n\n')}\n\n## What to bring\n\n- A phone or a laptop\n- Your questions\n\n${paragraphs.slice(2).join('\n\n')}\n\nMore on [the campaign site](https://example.org/sid).\n`;
}

function counts(entries: number): Record<keyof typeof KIND_SHARES, number> {
  const result = Object.fromEntries(Object.entries(KIND_SHARES).map(([kind, share]) => [kind, Math.max(1, Math.round(entries * share))]));
  return result as Record<keyof typeof KIND_SHARES, number>;
}

/** How many images the campaign has; entries take them in turn. */
const IMAGES = 8;

/** A generated source entry: its slug, front matter, body length, and what a translation of it says. */
interface Generated {
  slug: string;
  frontMatter: string;
  words?: number;
  translatable: (locale: string) => string;
}

/** The slugs entries refer to: partners (organisers) and events (a workshop's). */
interface Names {
  partners: [string, ...string[]];
  events: [string, ...string[]];
}

const withImage = (index: number) => index % 10 === 0;
const translatedSummary = (locale: string) => `summary: A translated summary (${locale}).\n`;

/** Each kind's entries, in the order they are generated (which sets each body's seed). */
const GENERATORS: [keyof typeof KIND_SHARES, (index: number, names: Names, defaultLocale: string) => Generated][] = [
  [
    'events',
    (index, names) => {
      const place = cycle(CITIES, index);
      const day = String(1 + (index % 27)).padStart(2, '0');
      const image = withImage(index) ? `image: ../../media/image-${index % IMAGES}.jpg\nimageAlt: A poster of the event\n` : '';
      return {
        slug: `event-${index}`,
        frontMatter: `title: Safer Internet Day event ${index} in ${place.city}\nsummary: A morning on staying safe online, for parents and teachers.\nstart: 2020-02-${day}T10:00\nend: 2020-02-${day}T12:30\ntimezone: ${place.timezone}\nformat: in-person\nvenue: { name: Central Library, city: ${place.city}, country: ${place.country}, lat: ${place.lat}, lon: ${place.lon} }\naudience: [parents, educators]\nlanguages: [en]\norganisers: [${cycle(names.partners, index)}]\n${image}`,
        translatable: (locale) => `title: Event ${index} (${locale})\n${translatedSummary(locale)}`,
      };
    },
  ],
  [
    'partners',
    (index) => ({
      slug: `partner-${index}`,
      frontMatter: `name: Partner ${index}\nsummary: A safety partner that runs helplines and trainings.\nurl: https://example.org/partner-${index}\ncountry: FI\nkind: ngo\n${withImage(index) ? `logo: ../../media/image-${index % IMAGES}.jpg\nlogoAlt: Partner ${index}\n` : ''}`,
      words: 120,
      translatable: translatedSummary,
    }),
  ],
  [
    'workshops',
    (index, names) => ({
      slug: `workshop-${index}`,
      frontMatter: `title: Workshop ${index}\nsummary: A training on reporting tools.\npartner: ${cycle(names.partners, index)}\naudience: [educators]\nformat: online\nduration: 90\nevents: [${cycle(names.events, index)}]\nmaterials:\n  - { title: Slides, url: https://example.org/slides.pdf }\n`,
      translatable: (locale) => `title: Workshop ${index} (${locale})\n${translatedSummary(locale)}`,
    }),
  ],
  [
    'videos',
    (index, _names, defaultLocale) => ({
      slug: `video-${index}`,
      frontMatter: `title: Safety video ${index}\nsummary: How to mute, block and report.\nprovider: youtube\nid: bench${index}\nposter: ../../media/image-${index % IMAGES}.jpg\nposterAlt: A presenter\nduration: PT1M30S\ncaptions: { ${defaultLocale}: ../../media/captions/video.vtt }\npublished: 2020-02-11\n`,
      words: 400,
      translatable: (locale) => `title: Video ${index} (${locale})\n${translatedSummary(locale)}posterAlt: A presenter (${locale})\n`,
    }),
  ],
  [
    'hashtags',
    (index) => ({
      slug: `hashtag-${index}`,
      frontMatter: `tag: SaferInternetDay${index}\ntitle: Hashtag ${index}\nsummary: Use it all February.\n`,
      words: 80,
      translatable: (locale) => `title: Hashtag ${index} (${locale})\n${translatedSummary(locale)}`,
    }),
  ],
  [
    'pages',
    (index) => ({
      slug: `page-${index}`,
      frontMatter: `title: Page ${index}\nsummary: About the campaign.\norder: ${index}\n`,
      words: 500,
      translatable: (locale) => `title: Page ${index} (${locale})\n${translatedSummary(locale)}`,
    }),
  ],
];

/** `campaign.yaml`, the UI strings and the media every generated campaign has. */
async function writeCampaignFiles(dir: string, locales: readonly string[], projectRoot: string): Promise<void> {
  const content = path.join(dir, 'content');
  mkdirSync(path.join(content, 'media', 'captions'), { recursive: true });
  writeFileSync(
    path.join(content, 'campaign.yaml'),
    `edition: 2020\ndate: 2020-02-11\ndefaultLocale: ${locales[0] ?? 'en'}\nlocales: [${locales.join(', ')}]\nsite: https://bench.example.org\nhashtags: [SaferInternetDay]\n`,
  );
  // UI strings: the project's where it has them, else the default's (so no fallback warnings).
  for (const locale of locales) {
    const own = path.join(projectRoot, 'locales', locale);
    cpSync(existsSync(own) ? own : path.join(projectRoot, 'locales', 'en'), path.join(dir, 'locales', locale), { recursive: true });
  }
  for (let index = 0; index < IMAGES; index += 1) {
    const hue = (index * 45) % 360;
    await sharp({ create: { width: 1280, height: 720, channels: 3, background: `hsl(${hue}, 60%, 45%)` } })
      .composite([
        {
          input: Buffer.from(
            `<svg width="1280" height="720"><circle cx="${300 + index * 80}" cy="360" r="220" fill="white" opacity="0.4"/></svg>`,
          ),
        },
      ])
      .jpeg({ quality: 80 })
      .toFile(path.join(content, 'media', `image-${index}.jpg`));
  }
  writeFileSync(path.join(content, 'media', 'captions', 'video.vtt'), 'WEBVTT\n\n00:00.000 --> 00:04.000\nStaying safe online.\n');
}

/**
 * Writes the campaign into `dir` (`dir/content`, `dir/locales`) and returns the number of source
 * entries per kind.
 */
export async function generateCampaign(dir: string, size: CampaignSize, projectRoot: string): Promise<Record<string, number>> {
  rmSync(dir, { recursive: true, force: true });
  const locales = BENCH_LOCALES.slice(0, size.locales);
  const defaultLocale = BENCH_LOCALES[0];
  await writeCampaignFiles(dir, locales, projectRoot);
  const perKind = counts(size.entries);
  // At least one of each (`counts`), so that every reference has something to name.
  const slugs = (prefix: string, count: number): [string, ...string[]] => [
    `${prefix}-0`,
    ...Array.from({ length: count - 1 }, (_, index) => `${prefix}-${index + 1}`),
  ];
  const names: Names = { partners: slugs('partner', perKind.partners), events: slugs('event', perKind.events) };
  let seed = 0;
  const write = (locale: string, kind: string, slug: string, frontMatter: string, text: string) => {
    const folder = path.join(dir, 'content', locale, kind);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `${slug}.mdx`), `---\n${frontMatter}---\n${text}`);
  };
  const entries: (Generated & { kind: string })[] = [];
  for (const [kind, generate] of GENERATORS) {
    for (let index = 0; index < perKind[kind]; index += 1) {
      const entry = generate(index, names, defaultLocale);
      write(defaultLocale, kind, entry.slug, entry.frontMatter, body((seed += 1), entry.words));
      entries.push({ kind, ...entry });
    }
  }
  // Each other locale translates the first `coverage` share of every kind's entries.
  for (const locale of locales.slice(1)) {
    const translated = entries.filter((_, index) => (index * 0.618034) % 1 < size.coverage);
    for (const entry of translated) write(locale, entry.kind, entry.slug, entry.translatable(locale), body((seed += 1)));
  }
  return perKind;
}
