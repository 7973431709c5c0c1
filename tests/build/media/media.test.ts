/**
 * Videos, hashtags and share images, built from this folder's `fixture/`: a self-hosted clip with
 * English and French captions, a YouTube video with English captions, a hashtag with its emoji.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as fontkit from 'fontkit';
import sharp from 'sharp';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ogFonts } from '#src/share-images/fonts.ts';
import { parseEntry } from '#src/validation/front-matter.ts';
import { buildFixture, digest, root, type Build } from '../build-fixture.ts';

let site: Build;
const fixtureContent = path.join(import.meta.dirname, 'fixture/content');
const fixtureMedia = path.join(fixtureContent, 'media');

beforeAll(() => {
  site = buildFixture('media', { contentDir: fixtureContent });
  if (site.status !== 0) throw new Error(`the media fixture did not build:\n${site.output}`);
});

/** Every built HTML file, as site paths. */
function htmlPages(dir: string, base = ''): string[] {
  return readdirSync(path.join(dir, base), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(base, entry.name);
    if (entry.isDirectory()) return htmlPages(dir, relative);
    return entry.name.endsWith('.html') ? [`/${relative}`] : [];
  });
}

const builtFile = (urlPath: string) => path.join(site.outDir, decodeURIComponent(urlPath));

/** The fields of a video page's JSON-LD that these tests read; the others are matched whole. */
interface VideoJsonLd {
  contentUrl?: string;
  thumbnailUrl?: string;
  embedUrl?: string;
}

describe('a self-hosted video', () => {
  it('plays in the browser’s player, loading nothing before play but the poster', () => {
    const $ = site.page('/en/videos/clip/');
    const video = $('video[data-video-file]');
    expect(video.attr('controls')).toBeDefined();
    expect(video.attr('preload')).toBe('none');
    expect(existsSync(builtFile(video.attr('poster') ?? '/missing'))).toBe(true);
    const source = video.find('source');
    expect(source.attr('type')).toBe('video/mp4');
    expect(source.attr('src')).toMatch(/^\/media\/clip\.[0-9a-f]{8}\.mp4$/);
    expect(readFileSync(builtFile(source.attr('src') ?? '')).equals(readFileSync(path.join(fixtureMedia, 'clip.mp4')))).toBe(true);
  });

  it('has a caption track per locale with captions, the reader’s on by default', () => {
    const tracks = (urlPath: string) => {
      const $ = site.page(urlPath);
      return $('video track')
        .map(
          (_, track) =>
            `${$(track).attr('kind')} ${$(track).attr('srclang')} ${$(track).attr('label')}${$(track).attr('default') === undefined ? '' : ' default'}`,
        )
        .get();
    };
    expect(tracks('/en/videos/clip/')).toEqual(['captions en English default', 'captions fr Français']);
    expect(tracks('/fr/videos/clip/')).toEqual(['captions en English', 'captions fr Français default']);
    expect(tracks('/ar/videos/clip/')).toEqual(['captions en English default', 'captions fr Français']);
  });

  it('serves each caption file, as written, at a name that changes with its content', () => {
    const $ = site.page('/fr/videos/clip/');
    const src = $('video track[srclang=fr]').attr('src') ?? '';
    expect(src).toMatch(/^\/media\/clip\.fr\.[0-9a-f]{8}\.vtt$/);
    const expected = readFileSync(path.join(fixtureMedia, 'clip.fr.vtt'));
    expect(readFileSync(builtFile(src)).equals(expected)).toBe(true);
    expect(src).toContain(createHash('sha256').update(expected).digest('hex').slice(0, 8));
  });

  it('says so, in the reader’s language, when their locale has no captions', () => {
    expect(site.page('/en/videos/clip/')('[data-captions-note]')).toHaveLength(0);
    expect(site.page('/fr/videos/clip/')('[data-captions-note]')).toHaveLength(0);
    const note = site.page('/ar/videos/clip/')('[data-captions-note]').text();
    expect(note).toContain('العربية');
    expect(note).toContain('الإنجليزية');
  });

  it('needs no script', () => {
    const $ = site.page('/en/videos/clip/');
    expect($('script:not([type="application/ld+json"])')).toHaveLength(0);
  });

  it('shows the transcript, presenters, duration and date in the reader’s language', () => {
    const $ = site.page('/fr/videos/clip/');
    expect($('.prose').text()).toContain('La transcription de l’extrait.');
    expect($('.details').text()).toContain('Ada Lovelace et Grace Hopper');
    // Intl writes a no-break space between number and unit.
    expect($('.details time[datetime=PT2S]').text().replace(/\s/gu, ' ')).toBe('2 secondes');
    expect($('.details time[datetime=2020-02-11]').text()).toBe('11 février 2020');
  });

  it('describes itself as a VideoObject with its file', () => {
    const jsonLd = JSON.parse(site.page('/fr/videos/clip/')('script[type="application/ld+json"]').text()) as VideoJsonLd;
    expect(jsonLd).toMatchObject({
      '@type': 'VideoObject',
      name: 'Un court extrait pour les parents',
      uploadDate: '2020-02-11',
      duration: 'PT2S',
      inLanguage: 'en',
      url: 'https://sid.example.org/fr/videos/clip/',
    });
    expect(jsonLd.contentUrl).toMatch(/^https:\/\/sid\.example\.org\/media\/clip\.[0-9a-f]{8}\.mp4$/);
    expect(existsSync(builtFile(new URL(jsonLd.thumbnailUrl ?? '').pathname))).toBe(true);
  });
});

describe('a YouTube video', () => {
  it('asks nothing of YouTube until play: no frame, no script, image or preconnect from it', () => {
    const $ = site.page('/fr/videos/tools/');
    expect($('iframe')).toHaveLength(0);
    const requested = $('[src], [srcset], link[href]')
      .map(
        (_, element) =>
          `${$(element).attr('src') ?? ''} ${$(element).attr('srcset') ?? ''} ${element.tagName === 'link' ? $(element).attr('href') : ''}`,
      )
      .get()
      .join(' ');
    expect(requested).not.toMatch(/youtube|ytimg|vimeo|googlevideo/);
    // The poster is the site's own image, in AVIF and WebP, with its size.
    expect(
      $('[data-video-player] picture source')
        .map((_, source) => $(source).attr('type'))
        .get(),
    ).toEqual(['image/avif', 'image/webp']);
    expect($('[data-video-player] img').attr('width')).toBeDefined();
    expect($('[data-video-player] img').attr('height')).toBeDefined();
  });

  it('has a play button, shown by the script, named after the video, and a link to watch without it', () => {
    const $ = site.page('/fr/videos/tools/');
    const button = $('button[data-video-play]');
    expect(button.attr('type')).toBe('button');
    expect(button.attr('hidden')).toBeDefined();
    expect(button.text().trim()).toBe('Lire : Safety tools in one minute');
    const watch = $('a[data-video-watch]');
    expect(watch.attr('href')).toBe('https://www.youtube.com/watch?v=SID2020fixture');
    expect(watch.attr('rel')).toBe('noopener noreferrer');
    expect($('[data-video-player]').attr('data-player-url')).toBe(
      'https://www.youtube-nocookie.com/embed/SID2020fixture?autoplay=1&cc_load_policy=1&cc_lang_pref=fr&hl=fr',
    );
  });

  it('runs its one small script under the page’s CSP hash', () => {
    const $ = site.page('/fr/videos/tools/');
    const scripts = $('script:not([type="application/ld+json"])');
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256').update(scripts.text()).digest('base64');
    expect($('meta[http-equiv=content-security-policy]').attr('content')).toContain(`'sha256-${hash}'`);
    expect(scripts.text().length).toBeLessThan(1000);
  });

  it('describes itself with its privacy-enhanced embed address', () => {
    const jsonLd = JSON.parse(site.page('/en/videos/tools/')('script[type="application/ld+json"]').text()) as VideoJsonLd;
    expect(jsonLd.embedUrl).toBe('https://www.youtube-nocookie.com/embed/SID2020fixture');
    expect(jsonLd).not.toHaveProperty('contentUrl');
  });
});

describe('the videos index', () => {
  it('shows each video with its poster and its length', () => {
    const $ = site.page('/fr/videos/');
    expect($('.card')).toHaveLength(2);
    expect($('.card picture img')).toHaveLength(2);
    expect($('.card time[datetime=PT1M]').text().replace(/\s/gu, ' ')).toBe('1 minute');
  });
});

describe('a hashtag', () => {
  it('shows the tag as text, its variant in the reader’s language, and copy buttons hidden until the script runs', () => {
    const $ = site.page('/fr/hashtags/saferinternetday/');
    expect(
      $('[data-copy-text]')
        .map((_, tag) => $(tag).text())
        .get(),
    ).toEqual(['#SaferInternetDay', '#JournéeInternetSûr']);
    const button = $('[data-copy-button]').first();
    expect(button.attr('hidden')).toBeDefined();
    expect(button.text()).toBe('Copier #SaferInternetDay');
    expect(button.attr('data-copied')).toBe('Copié');
    expect($('[data-copy] [role=status]')).toHaveLength(2);
    expect($('[data-copy]').last().text()).toMatch(/^En français\s:#JournéeInternetSûr/u);
  });

  it('shows its emoji at several sizes and the languages it shows in, named in the reader’s language', () => {
    const $ = site.page('/fr/hashtags/saferinternetday/');
    expect(
      $('.emoji-sizes img')
        .map((_, image) => $(image).attr('width'))
        .get(),
    ).toEqual(['24', '48', '96']);
    expect($('.emoji-sizes img[alt!=""]').attr('alt')).toBe('A yellow shield');
    expect(
      $('[data-language]')
        .map((_, item) => $(item).text())
        .get(),
    ).toEqual(['Anglais', 'Arabe', 'Français', 'Hindi']);
    expect($('time, p').text()).toContain('1 février 2020');
  });

  it('links to each network with the reader’s variant of the tag, opened only on click', () => {
    const $ = site.page('/fr/hashtags/saferinternetday/');
    const links = $('[data-share]');
    expect(links.map((_, link) => $(link).attr('data-share')).get()).toEqual(['x', 'bluesky', 'mastodon', 'linkedin', 'whatsapp', 'email']);
    links.each((_, link) => {
      expect($(link).attr('rel')).toBe('noopener noreferrer');
    });
    const x = new URL($('[data-share=x]').attr('href') ?? '');
    expect(x.searchParams.get('hashtags')).toBe('JournéeInternetSûr');
    expect(x.searchParams.get('url')).toBe('https://sid.example.org/fr/hashtags/saferinternetday/');
  });
});

describe('share images', () => {
  it('gives every page a 1200×630 PNG of its own (an untranslated entry its source’s), with Open Graph and Twitter tags', async () => {
    // Not the language picker at `/`, nor status pages (404, translation status), which are not shared.
    const pages = htmlPages(site.outDir).filter(
      (page) => page !== '/index.html' && site.page(page)('meta[name=robots][content=noindex]').length === 0,
    );
    expect(pages.length).toBeGreaterThan(20);
    const images = new Set<string>();
    let untranslated = 0;
    for (const page of pages) {
      const $ = site.page(page);
      const image = $('meta[property="og:image"]').attr('content') ?? '';
      expect(image, page).toMatch(/^https:\/\/sid\.example\.org\/(en|fr|ar)\/og[/.].*png$/);
      expect(existsSync(builtFile(new URL(image).pathname)), `${page}: ${image}`).toBe(true);
      expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
      if ($('[data-fallback-notice=untranslated]').length > 0) {
        // Its text is the source's, so is its image: the same route's in the default locale.
        untranslated += 1;
        expect(image, page).toBe(`https://sid.example.org/en/og/${page.split('/').slice(2, -1).join('/')}.png`);
      } else {
        images.add(image);
      }
    }
    expect(untranslated).toBeGreaterThan(0);
    expect(images.size).toBe(pages.length - untranslated);
    for (const image of [...images].slice(0, 12)) {
      const metadata = await sharp(builtFile(new URL(image).pathname)).metadata();
      expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', 1200, 630]);
    }
  });

  it('are all started when the build starts, from the validated content, before any page is rendered', () => {
    // The pages plan their images from Astro's collections; the integration foresaw each of them.
    const [, foreseen, written] = /share images: .*; (\d+) of (\d+) started with the build/.exec(site.output) ?? [];
    expect(Number(written)).toBeGreaterThan(20);
    expect(foreseen).toBe(written);
  });

  it('names the page’s locale and the others', () => {
    const $ = site.page('/ar/hashtags/saferinternetday/');
    expect($('meta[property="og:locale"]').attr('content')).toBe('ar');
    expect(
      $('meta[property="og:locale:alternate"]')
        .map((_, meta) => $(meta).attr('content'))
        .get(),
    ).toEqual(['en', 'fr']);
    expect($('meta[property="og:title"]').attr('content')).toBe('#SaferInternetDay');
    expect($('meta[property="og:description"]').attr('content')).toBe('الوسم العالمي ليوم الإنترنت الآمن.');
    expect($('meta[property="og:image"]').attr('content')).toBe('https://sid.example.org/ar/og/hashtags/saferinternetday.png');
    expect(site.page('/fr/')('meta[property="og:image"]').attr('content')).toBe('https://sid.example.org/fr/og.png');
  });
});

describe('a second build of the same content', () => {
  let again: Build;
  beforeAll(() => {
    again = buildFixture('media', { contentDir: fixtureContent });
  });

  it('draws no share image and encodes no image again: it takes them from the caches', () => {
    expect(again.status).toBe(0);
    // Each image once: the integration starts them all, and the pages then find them.
    const [, reused, written] = /share images: 0 drawn in 0\.0 s, (\d+) from the cache; \d+ of (\d+) started/.exec(again.output) ?? [];
    expect(Number(written)).toBeGreaterThan(20);
    expect(reused).toBe(written);
    // Astro logs an image it encodes with its sizes, `(before: 9kB, after: 3kB)`, and one it reuses so.
    expect(again.output).not.toContain('(before: ');
    expect(again.output).toContain('(reused cache entry)');
  });

  it('gives a byte-identical site, search index, share images and images included', () => {
    expect(digest(again.outDir)).toEqual(digest(site.outDir));
  });
});

describe('a video without captions in the source locale', () => {
  it('fails the build, naming the file and the field', () => {
    const contentDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'sid-media-captions-')), 'content');
    cpSync(fixtureContent, contentDir, { recursive: true });
    const clip = path.join(contentDir, 'en/videos/clip.mdx');
    writeFileSync(clip, readFileSync(clip, 'utf8').replace('  en: ../../media/clip.en.vtt\n', ''));
    const build = buildFixture('media', { contentDir });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('content/en/videos/clip.mdx:');
    expect(build.output).toContain('`captions`: has no `en` captions; every video needs captions in the source language (WCAG 1.2.2)');
  });
});

describe('the share images’ fonts', () => {
  /** Every title a share image of the sample campaign draws: entry titles and names, UI titles. */
  function sampleTitles(): { locale: string; text: string }[] {
    const contentDir = path.join(root, 'content');
    const { locales } = parse(readFileSync(path.join(contentDir, 'campaign.yaml'), 'utf8')) as { locales: string[] };
    const titles: { locale: string; text: string }[] = [];
    for (const locale of locales) {
      for (const kind of readdirSync(path.join(contentDir, locale))) {
        for (const file of readdirSync(path.join(contentDir, locale, kind)).filter((name) => name.endsWith('.mdx'))) {
          const { data } = parseEntry(readFileSync(path.join(contentDir, locale, kind, file), 'utf8'));
          for (const field of ['title', 'name']) if (typeof data[field] === 'string') titles.push({ locale, text: data[field] });
        }
      }
      const strings = (namespace: string) =>
        JSON.parse(readFileSync(path.join(root, 'locales', locale, `${namespace}.json`), 'utf8')) as Record<string, unknown>;
      const campaign = strings('campaign');
      titles.push({ locale, text: String(campaign['name']) }, { locale, text: String(campaign['theme']) });
      for (const namespace of ['events', 'workshops', 'videos', 'hashtags', 'partners', 'search'])
        titles.push({ locale, text: String(strings(namespace)['title']) });
    }
    return titles;
  }

  it('have a glyph for every character of every title in every locale of the sample', () => {
    const fonts = ogFonts(root).map((file) => fontkit.openSync(file) as fontkit.Font);
    const titles = sampleTitles();
    expect(titles.length).toBeGreaterThan(100);
    expect(new Set(titles.map((title) => title.locale))).toEqual(new Set(['en', 'es', 'fr', 'fi', 'hi', 'ar']));
    const missing = titles.flatMap(({ locale, text }) =>
      // A font maps code points to glyphs, so each code point is checked on its own.
      // eslint-disable-next-line @typescript-eslint/no-misused-spread -- code points are meant here
      [...text]
        .filter((character) => !/\s/u.test(character))
        .filter((character) => !fonts.some((font) => font.hasGlyphForCodePoint(character.codePointAt(0) ?? 0)))
        .map(
          (character) =>
            `${locale}: U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')} '${character}' in “${text}”`,
        ),
    );
    expect(missing).toEqual([]);
  });
});
