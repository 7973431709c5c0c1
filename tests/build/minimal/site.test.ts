import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, digest, type Build } from '../build-fixture.ts';

let site: Build;

beforeAll(() => {
  site = buildFixture('minimal');
  if (site.status !== 0) throw new Error(`the minimal fixture did not build:\n${site.output}`);
});

const locales = ['en', 'fr', 'ar'];
const pagesOfEveryLocale = [
  '',
  'events/',
  'events/dublin/',
  'events/mexico/',
  'workshops/',
  'videos/',
  'hashtags/',
  'partners/',
  'partners/webwise/',
  'about/',
  'search/',
];

describe('every locale has every page', () => {
  it.each(locales)('%s', (locale) => {
    for (const page of pagesOfEveryLocale) {
      expect(existsSync(path.join(site.outDir, locale, page, 'index.html')), `/${locale}/${page}`).toBe(true);
    }
    expect(existsSync(path.join(site.outDir, locale, '404.html'))).toBe(true);
  });
});

describe('the layout', () => {
  it('sets the language and direction of each page', () => {
    expect(site.page('/fr/events/')('html').attr('lang')).toBe('fr');
    expect(site.page('/fr/events/')('html').attr('dir')).toBe('ltr');
    expect(site.page('/ar/events/')('html').attr('lang')).toBe('ar');
    expect(site.page('/ar/events/')('html').attr('dir')).toBe('rtl');
  });

  it('links every locale with hreflang, plus x-default, and gives a canonical URL', () => {
    const $ = site.page('/fr/events/dublin/');
    const alternates = $('link[rel=alternate][hreflang]')
      .map((_, link) => `${$(link).attr('hreflang')} ${$(link).attr('href')}`)
      .get();
    expect(alternates).toEqual([
      'en https://sid.example.org/en/events/dublin/',
      'fr https://sid.example.org/fr/events/dublin/',
      'ar https://sid.example.org/ar/events/dublin/',
      'x-default https://sid.example.org/en/events/dublin/',
    ]);
    expect($('link[rel=canonical]').attr('href')).toBe('https://sid.example.org/fr/events/dublin/');
  });

  it('has a skip link to the main landmark and a language switcher to the same entry', () => {
    const $ = site.page('/ar/events/mexico/');
    expect($('a.skip-link').attr('href')).toBe('#main');
    expect($('main#main')).toHaveLength(1);
    const switcher = $('#language a')
      .map((_, link) => `${$(link).attr('hreflang')} ${$(link).attr('href')} ${$(link).text()}`)
      .get();
    expect(switcher).toEqual(['en /en/events/mexico/ English', 'fr /fr/events/mexico/ Français', 'ar /ar/events/mexico/ العربية']);
    expect($('#language a[aria-current=page]').attr('hreflang')).toBe('ar');
  });
});

describe('translations and fallback', () => {
  it('shows a translated entry in its language, without a notice', () => {
    const $ = site.page('/fr/events/dublin/');
    expect($('h1').text()).toBe('Un internet plus sûr pour tous');
    expect($('[data-fallback-notice]')).toHaveLength(0);
    expect($('.prose').text()).toContain('Une matinée de conférences.');
  });

  it('shows an untranslated entry in the locale’s chrome, its text marked with the source language, under a notice', () => {
    const $ = site.page('/fr/events/mexico/');
    expect($('nav[aria-label] a[href="/fr/events/"]').text()).not.toBe('');
    const notice = $('[data-fallback-notice]');
    expect(notice.find('a').attr('href')).toBe('/en/events/mexico/');
    expect(notice.attr('lang')).toBeUndefined();
    expect($('h1 [lang=en]').text()).toBe('Safety training in Mexico City');
    expect($('h1 [lang=en]').attr('dir')).toBe('ltr');
    expect($('.prose').closest('[lang]').attr('lang')).toBe('en');
  });

  it('marks English text on a right-to-left page as left-to-right', () => {
    const $ = site.page('/ar/events/dublin/');
    expect($('h1 [lang=en]').attr('dir')).toBe('ltr');
    expect($('html').attr('dir')).toBe('rtl');
  });
});

describe('event times', () => {
  it('shows 10:00 in Mexico City as 10:00, names the zone, and carries the exact instant', () => {
    const $ = site.page('/en/events/mexico/');
    const times = $('dd time')
      .map((_, time) => `${$(time).attr('datetime')} ${$(time).text()}`)
      .get();
    expect(times).toEqual(['2020-02-11T10:00:00-06:00 Tuesday, February 11, 2020 at 10:00 AM', '2020-02-11T13:00:00-06:00 1:00 PM']);
    expect($('dd .zone').text()).toContain('Central Standard Time');
  });

  it('formats the same event for a French reader', () => {
    expect(site.page('/fr/events/dublin/')('dd time').first().text()).toBe('mardi 11 février 2020 à 10:00');
  });

  it('lists upcoming events by country with names in the reader’s language', () => {
    const $ = site.page('/fr/events/');
    const countries = $('#events-upcoming')
      .parent()
      .find('.country-group > h3')
      .map((_, h) => $(h).text())
      .get();
    expect(countries).toEqual(['Irlande', 'Mexique', 'En ligne']);
  });
});

describe('the language picker at /', () => {
  it('lists every language by its own name, each marked with its language', () => {
    const $ = site.page('/index.html');
    const links = $('a[data-locale]')
      .map((_, a) => `${$(a).attr('lang')} ${$(a).attr('href')} ${$(a).find('span').first().text()}`)
      .get();
    expect(links).toEqual(['en /en/ English', 'fr /fr/ Français', 'ar /ar/ العربية']);
  });

  it('is shared as the campaign: the default locale home’s image and card, with the other locales', () => {
    const $ = site.page('/index.html');
    const meta = (property: string) => $(`meta[property="${property}"], meta[name="${property}"]`).attr('content');
    expect(meta('og:url')).toBe('https://sid.example.org/');
    expect(meta('og:image')).toBe(site.page('/en/')('meta[property="og:image"]').attr('content'));
    expect(existsSync(path.join(site.outDir, new URL(meta('og:image') ?? '', 'https://sid.example.org').pathname))).toBe(true);
    expect(meta('og:title')).toBe($('h1').text());
    expect(meta('og:locale')).toBe('en');
    expect(
      $('meta[property="og:locale:alternate"]')
        .map((_, element) => $(element).attr('content'))
        .get(),
    ).toHaveLength(2);
    expect(meta('twitter:card')).toBe('summary_large_image');
  });
});

describe('404 pages', () => {
  it('says it in every language at the root and in each locale’s own', () => {
    const $ = site.page('/404.html');
    expect($('li[lang=ar]').attr('dir')).toBe('rtl');
    expect($('meta[name=robots]').attr('content')).toBe('noindex');
    expect(site.page('/fr/404.html')('html').attr('lang')).toBe('fr');
  });
});

describe('reproducible builds', () => {
  it('gives a byte-identical site for the same content and SID_NOW', () => {
    const again = buildFixture('minimal');
    expect(again.status).toBe(0);
    expect(digest(again.outDir)).toEqual(digest(site.outDir));
  });
});

describe('findable and safe', () => {
  it('lists every page with its alternates in the sitemap, which robots.txt points to', () => {
    const sitemap = readFileSync(path.join(site.outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://sid.example.org/fr/events/dublin/</loc>');
    expect(sitemap).toContain('<xhtml:link rel="alternate" hreflang="ar" href="https://sid.example.org/ar/events/dublin/"/>');
    expect(sitemap).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://sid.example.org/en/events/dublin/"/>');
    expect(sitemap).not.toContain('404');
    expect(readFileSync(path.join(site.outDir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://sid.example.org/sitemap-index.xml');
  });

  it('gives every page a Content-Security-Policy without unsafe-inline, and writes _headers', () => {
    for (const page of ['/index.html', '/en/', '/ar/events/mexico/']) {
      const policy = site.page(page)('meta[http-equiv=content-security-policy]').attr('content') ?? '';
      expect(policy).toContain("default-src 'self'");
      expect(policy).toMatch(/script-src 'self'/);
      expect(policy).not.toContain('unsafe-inline');
    }
    const headers = readFileSync(path.join(site.outDir, '_headers'), 'utf8');
    expect(headers).toMatch(/Content-Security-Policy: default-src 'self';.*script-src 'self' 'sha256-/);
    expect(headers).toContain("frame-ancestors 'none'");
    // The union of every page's policy: each page's script hashes, and the search page's WebAssembly.
    const merged = /Content-Security-Policy: (.*)/.exec(headers)?.[1] ?? '';
    for (const page of ['/en/', '/ar/events/mexico/', '/fr/search/']) {
      const scripts =
        /script-src ([^;]*)/.exec(site.page(page)('meta[http-equiv=content-security-policy]').attr('content') ?? '')?.[1] ?? '';
      for (const source of scripts.split(' ')) expect(merged, page).toContain(source);
    }
    expect(merged).toContain("'wasm-unsafe-eval'");
  });

  it('opens links to other sites with noopener noreferrer, and keeps its own links plain', () => {
    const $ = site.page('/en/about/');
    expect($('.prose a[href="https://www.webwise.ie"]').attr('rel')).toBe('noopener noreferrer');
    expect($('.prose a[href="/en/events/"]').attr('rel')).toBeUndefined();
  });

  it('describes the site and the campaign as JSON-LD on each home page', () => {
    const data = JSON.parse(site.page('/ar/')('script[type="application/ld+json"]').text()) as {
      '@graph': { '@type': string; url?: string; inLanguage?: string }[];
    };
    expect(data['@graph'].map((node) => node['@type'])).toEqual(['WebSite', 'Organization']);
    expect(data['@graph'][0]).toMatchObject({ url: 'https://sid.example.org/ar/', inLanguage: 'ar' });
  });

  it('gives each page a description from its entry', () => {
    expect(site.page('/fr/events/dublin/')('meta[name=description]').attr('content')).toBe('Un événement à Dublin avec Webwise.');
  });

  it('ships no JavaScript where none is needed; an event page has only its reader’s-time script', () => {
    expect(site.page('/index.html')('script')).not.toHaveLength(0);
    const home = site.scripts('/en/');
    expect(home).toHaveLength(1);
    expect(home[0]).toContain('data-campaign-day');
    for (const page of ['/fr/partners/webwise/', '/ar/about/', '/en/workshops/privacy-basics/']) {
      expect(site.page(page)('script:not([type="application/ld+json"])'), page).toHaveLength(0);
    }
    const scripts = site.page('/en/events/dublin/')('script:not([type="application/ld+json"])');
    expect(scripts).toHaveLength(1);
    expect(scripts.prev().is('[data-reader-time]'), 'the script comes right after the reader’s-time line').toBe(true);
  });
});

describe('search', () => {
  it('indexes each locale by itself, in an index of its own, leaving out entries shown untranslated', () => {
    const indexOf = (locale: string) =>
      JSON.parse(readFileSync(path.join(site.outDir, 'pagefind', locale, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
    // en: the nine source entries; fr: only its translated event; ar: its translated page and event.
    expect(Object.fromEntries(['en', 'fr', 'ar'].map((locale) => [locale, indexOf(locale).languages]))).toEqual({
      en: { en: expect.objectContaining({ page_count: 9 }) as object },
      fr: { fr: expect.objectContaining({ page_count: 1 }) as object },
      ar: { ar: expect.objectContaining({ page_count: 2 }) as object },
    });
    expect(site.page('/fr/events/mexico/')('[data-pagefind-body]')).toHaveLength(0);
    expect(site.page('/fr/events/dublin/')('[data-pagefind-body]')).toHaveLength(1);
  });

  it('leaves out of the index the lists of other entries on an entry’s page, which their own pages stand for', () => {
    const listed = site.page('/en/partners/webwise/')('[data-pagefind-body] [data-pagefind-ignore=all]');
    expect(listed.find('h2').text()).toBe('Events');
    expect(listed.find('a[href="/en/events/dublin/"]')).toHaveLength(1);
  });

  it('has a search page per locale that loads Pagefind from the site, allowed by its CSP alone', () => {
    const $ = site.page('/ar/search/');
    expect($('form[role=search] input[type=search]').attr('id')).toBe('search-query');
    expect($('label[for=search-query]').text()).toBe('ابحث عن');
    expect($('meta[http-equiv=content-security-policy]').attr('content')).toContain("'wasm-unsafe-eval'");
    expect(site.page('/ar/')('meta[http-equiv=content-security-policy]').attr('content')).not.toContain('wasm-unsafe-eval');
  });
});

describe('the translation status page', () => {
  it('shows each locale’s coverage and lists its untranslated entries, out of search engines and the sitemap', () => {
    const $ = site.page('/en/translations/');
    expect($('meta[name=robots]').attr('content')).toBe('noindex');
    expect(
      $('[data-translation-status] tbody tr')
        .map((_, row) => $(row).attr('data-locale'))
        .get(),
    ).toEqual(['fr', 'ar']);
    expect($('[data-translation-status] tr[data-locale=fr] td').last().text()).toBe('11 %');
    expect(
      $('section[data-locale=fr] [data-untranslated] a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toContain('/fr/events/mexico/');
    expect($('a[href="/en/translations/"]')).toHaveLength(0);
    expect(existsSync(path.join(site.outDir, 'fr/translations/index.html'))).toBe(false);
    expect(readFileSync(path.join(site.outDir, 'sitemap-0.xml'), 'utf8')).not.toContain('translations');
    expect($('[data-pagefind-body]')).toHaveLength(0);
  });
});

describe('the home page', () => {
  it('opens with the campaign: its day, how far it is at build time, its hashtags and a call per audience', () => {
    const $ = site.page('/fr/');
    expect($('.hero h1').text()).toBe($('title').text());
    expect($('.hero time').attr('datetime')).toBe('2020-02-11');
    // Built on 1 February 2020 (SID_NOW), ten days before the day.
    expect($('[data-campaign-day]').text()).toBe('dans 10 jours');
    expect($('.hero-hashtags li').text()).toBe('#SaferInternetDay');
    expect(
      $('.calls-to-action a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/fr/events/', '/fr/videos/', '/fr/hashtags/']);
  });
});

describe('cards', () => {
  /** The card on a built page whose title links to `href`. */
  const card = (urlPath: string, href: string) => {
    const $ = site.page(urlPath);
    return { $, card: $(`.card:has(.card-title a[href="${href}"])`) };
  };

  it('show an event’s image, decorative and lazy, in AVIF and WebP, never wider than the image', () => {
    const { $, card: event } = card('/fr/events/', '/fr/events/dublin-night/');
    expect(
      event
        .find('picture source')
        .map((_, source) => $(source).attr('type'))
        .get(),
    ).toEqual(['image/avif', 'image/webp']);
    expect(event.find('picture img').attr()).toMatchObject({ alt: '', loading: 'lazy', width: '640', height: '360' });
    // A poster 320 pixels wide stays 320 pixels wide.
    expect(card('/en/videos/', '/en/videos/safety-tools/').card.find('img').attr()).toMatchObject({ width: '320', height: '180' });
  });

  it('give an entry without a picture the initial of its title in its language, hidden from screen readers, no image', () => {
    const { card: translated } = card('/fr/events/', '/fr/events/dublin/');
    expect(translated.find('img')).toHaveLength(0);
    expect(translated.find('[data-card-mark]').attr('aria-hidden')).toBe('true');
    expect(translated.find('[data-card-mark]').text()).toBe('U');
    const { card: untranslated } = card('/ar/events/', '/ar/events/mexico/');
    expect(untranslated.find('[data-card-mark] [lang=en]').text()).toBe('S');
  });

  it('show partners’ logos in a square, a mark where there is none, and only logo and name on the home page', () => {
    expect(card('/en/partners/', '/en/partners/cybersafe/').card.find('img.square').attr()).toMatchObject({ width: '128', height: '128' });
    expect(card('/en/partners/', '/en/partners/webwise/').card.find('.square[data-card-mark]').text()).toBe('W');
    const { card: brief } = card('/en/', '/en/partners/webwise/');
    expect(brief.find('.card-title').text()).toBe('Webwise');
    expect(brief.find('p')).toHaveLength(0);
  });
});

describe('the footer', () => {
  it('names and draws each social network the campaign follows', () => {
    const $ = site.page('/ar/');
    const link = $('footer .social-links a[href="https://x.com/TwitterSafety"]');
    expect(link.text().trim()).toBe('X');
    expect(link.find('svg[aria-hidden=true] path').attr('d')).toMatch(/^M/);
  });

  it('links the locale’s free pages, an untranslated title marked with its own language', () => {
    const link = (urlPath: string, href: string) => site.page(urlPath)(`footer nav a[href="${href}"]`);
    expect(link('/fr/events/', '/fr/about/').text()).toBe('About');
    expect(link('/fr/events/', '/fr/about/').find('span[lang=en][dir=ltr]').text()).toBe('About');
    expect(link('/ar/', '/ar/about/').text()).toBe('حول');
    expect(link('/ar/', '/ar/about/').find('[lang]')).toHaveLength(0);
  });
});
