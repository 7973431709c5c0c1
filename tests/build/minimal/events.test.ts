/**
 * Events, workshops and partners as readers use them, on the minimal fixture: static filter
 * pages, the world map, the reader's-time script, workshop materials and the partner card.
 * The fixture has four events (Dublin, Dublin overnight across the DST change, Mexico City
 * hybrid, an online webinar) and one workshop with a file, a PDF link and a page link.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type Build } from '../build-fixture.ts';

let site: Build;

beforeAll(() => {
  site = buildFixture('minimal');
  if (site.status !== 0) throw new Error(`the minimal fixture did not build:\n${site.output}`);
});

/** The event slugs listed on a built page, in order. */
function listedEvents(urlPath: string): string[] {
  const $ = site.page(urlPath);
  return $('[data-filter-list] .card-title a')
    .map((_, link) => $(link).attr('href')?.split('/').at(-2) ?? '')
    .get();
}

/** The inline module scripts of a page (not JSON-LD). */
function scripts(urlPath: string): string[] {
  return site.scripts(urlPath);
}

describe('static filter pages (filters without JavaScript)', () => {
  it('has a page per country with events, listing only that country’s events', () => {
    expect(listedEvents('/en/events/country/ie/').sort()).toEqual(['dublin', 'dublin-night']);
    expect(listedEvents('/fr/events/country/mx/')).toEqual(['mexico']);
    // Online events have no country, so no country page.
    expect(existsSync(path.join(site.outDir, 'en/events/country/us/index.html'))).toBe(false);
  });

  it('has a page per audience and per format, in every locale', () => {
    expect(listedEvents('/ar/events/audience/parents/').sort()).toEqual(['dublin', 'webinar']);
    expect(listedEvents('/en/events/audience/ngos/')).toEqual(['mexico']);
    expect(listedEvents('/en/events/format/online/')).toEqual(['webinar']);
    expect(listedEvents('/fr/events/format/hybrid/')).toEqual(['mexico']);
    expect(listedEvents('/en/events/format/in-person/').sort()).toEqual(['dublin', 'dublin-night']);
  });

  it('names the filter in the title, in the reader’s language, and marks the current link', () => {
    const $ = site.page('/fr/events/country/ie/');
    expect($('h1').text()).toBe('Événements : Irlande');
    expect($('nav[data-filter-links] a[aria-current=page]').attr('href')).toBe('/fr/events/country/ie/');
    expect($('link[rel=alternate][hreflang=ar]').attr('href')).toBe('https://sid.example.org/ar/events/country/ie/');
    // The filter pages share the events index's image.
    expect($('meta[property="og:image"]').attr('content')).toBe('https://sid.example.org/fr/og/events.png');
  });

  it('offers the filters on the index as links in a labelled navigation, countries by name', () => {
    const $ = site.page('/fr/events/');
    const nav = $('nav[data-filter-links]');
    expect($(`#${nav.attr('aria-labelledby') ?? ''}`).text()).toBe('Filtrer les événements');
    const links = nav
      .find('a[data-filter-facet]')
      .map((_, link) => `${$(link).attr('href')} ${$(link).text()}`)
      .get();
    expect(links).toEqual([
      '/fr/events/country/ie/ Irlande',
      '/fr/events/country/mx/ Mexique',
      '/fr/events/audience/young-people/ Jeunes',
      '/fr/events/audience/parents/ Parents et aidants',
      '/fr/events/audience/ngos/ ONG',
      '/fr/events/format/in-person/ En présentiel',
      '/fr/events/format/online/ En ligne',
      '/fr/events/format/hybrid/ Hybride',
    ]);
    for (const href of links.map((link) => link.split(' ')[0] ?? '')) {
      expect(existsSync(path.join(site.outDir, href, 'index.html')), href).toBe(true);
    }
  });

  it('has workshop pages per audience and format', () => {
    const $ = site.page('/en/workshops/audience/parents/');
    expect(
      $('[data-filter-list] .card-title a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/en/workshops/privacy-basics/']);
    expect(existsSync(path.join(site.outDir, 'fr/workshops/format/online/index.html'))).toBe(true);
    expect(existsSync(path.join(site.outDir, 'en/workshops/format/in-person/index.html'))).toBe(false);
  });
});

describe('the filter with JavaScript', () => {
  it('gives the index hidden selects, a live region and the filter data, with a small script', () => {
    const $ = site.page('/ar/events/');
    const form = $('[data-filter-form]');
    expect(form.attr('hidden')).toBeDefined();
    expect(
      form
        .find('select')
        .map((_, select) => $(select).attr('name'))
        .get(),
    ).toEqual(['country', 'audience', 'format']);
    // Countries in Arabic alphabetical order: المكسيك before أيرلندا.
    expect(
      form
        .find('select[name=country] option')
        .map((_, option) => $(option).attr('value'))
        .get(),
    ).toEqual(['', 'mx', 'ie']);
    expect(form.find(`label[for="${form.find('select').first().attr('id') ?? ''}"]`).text()).toBe('البلد');
    expect($('[data-filter-status]').attr('role')).toBe('status');
    const filter = $('[data-filter]');
    expect(JSON.parse(filter.attr('data-items') ?? '{}')).toMatchObject({
      '/ar/events/webinar/': { audience: ['parents'], format: 'online' },
    });
    // Every Arabic plural form of "N events shown".
    expect(Object.keys((JSON.parse(filter.attr('data-strings') ?? '{}') as { shown: object }).shown).sort()).toEqual([
      'few',
      'many',
      'one',
      'other',
      'two',
      'zero',
    ]);
    const script = scripts('/ar/events/').find((text) => text.includes('data-filter'));
    expect(script).toBeDefined();
    expect(gzipSync(script ?? '').length).toBeLessThanOrEqual(2048);
  });

  it('has no script on the static filter pages', () => {
    expect(scripts('/en/events/country/ie/')).toEqual([]);
  });
});

describe('the world map', () => {
  it('has a link per event with a venue (in person or hybrid), named by its title', () => {
    const $ = site.page('/en/events/');
    const pins = $('svg[data-event-map] a[data-map-pin]')
      .map((_, pin) => `${$(pin).attr('href')} ${$(pin).attr('aria-label')}`)
      .get()
      .sort();
    expect(pins).toEqual([
      '/en/events/dublin-night/ Night of safer gaming',
      '/en/events/dublin/ Safer internet for all citizens',
      '/en/events/mexico/ Safety training in Mexico City',
    ]);
  });

  it('is labelled, captioned, light, and draws its land from one cached file of the site', () => {
    const $ = site.page('/fr/events/');
    const svg = $('svg[data-event-map]');
    expect($(`#${svg.attr('aria-labelledby') ?? ''}`).text()).toBe('Carte du monde de 3 événements avec un lieu');
    expect(svg.closest('figure').find('figcaption').text()).toContain('Tous les événements');
    expect(svg.find('path')).toHaveLength(0);
    const markup = $.html(svg);
    expect(markup.length).toBeLessThanOrEqual(4_000);
    expect(markup).not.toMatch(/https?:\/\/|<image|xlink:href/);
    // The land: one <use> of a hashed file under /_astro/ (cached for good), shared by every locale.
    const land = svg.find('use');
    expect(land).toHaveLength(1);
    const [file = '', fragment = ''] = (land.attr('href') ?? '').split('#');
    expect(file).toMatch(/^\/_astro\/world-land\.[\w-]+\.svg$/);
    expect(site.page('/ar/events/')('svg[data-event-map] use').attr('href')).toBe(land.attr('href'));
    const drawn = readFileSync(path.join(site.outDir, file), 'utf8');
    expect(drawn).toMatch(new RegExp(`<path id="${fragment}" d="M[^"]{10000,}"/>`));
  });

  it('marks an untranslated title with its language, and orders pins east to west in Arabic', () => {
    const $ = site.page('/ar/events/');
    const pins = $('a[data-map-pin]');
    expect(pins.first().attr('href')).toMatch(/^\/ar\/events\/dublin(-night)?\/$/);
    expect(pins.last().attr('href')).toBe('/ar/events/mexico/');
    expect($('a[data-map-pin][href="/ar/events/mexico/"]').attr('lang')).toBe('en');
  });
});

describe('the reader’s own time zone on the event page', () => {
  it('has an empty, hidden line with the translated template, and a script of at most 2 KB gzipped', () => {
    const $ = site.page('/fr/events/mexico/');
    const line = $('dd [data-reader-time]');
    expect(line.attr('hidden')).toBeDefined();
    expect(line.text()).toBe('');
    expect(line.attr('data-template')).toBe('Votre heure : {{time}} ({{zone}})');
    // Beside the event's own times, which carry the instants it reads.
    expect(line.parent().find('[data-event-time]').attr('data-timezone')).toBe('America/Mexico_City');
    // Its script comes right after it, inline, so that it runs before the rest of the page is laid
    // out; the page's policy names it by its hash.
    const script = line.next('script');
    expect(script.attr('src')).toBeUndefined();
    expect(script.text()).toContain('currentScript');
    expect(gzipSync(script.text()).length).toBeLessThanOrEqual(2048);
    const hash = `'sha256-${createHash('sha256').update(script.text()).digest('base64')}'`;
    expect($('meta[http-equiv="content-security-policy"]').attr('content')).toContain(hash);
  });
});

describe('the workshop page', () => {
  it('shows the partner card: logo in AVIF and WebP with its size, name linked, kind and country', () => {
    const $ = site.page('/fr/workshops/privacy-basics/');
    const card = $('[data-partner-card]');
    expect(
      card
        .find('picture source')
        .map((_, source) => $(source).attr('type'))
        .get(),
    ).toEqual(['image/avif', 'image/webp']);
    expect(card.find('img').attr('width')).toBeDefined();
    expect(card.find('img').attr('height')).toBeDefined();
    expect(card.find('.partner-name a').attr('href')).toBe('/fr/partners/cybersafe/');
    expect(card.find('[data-partner-kind]').text()).toBe('ONG');
    expect(card.find('[data-partner-country]').text()).toBe('Irlande');
  });

  it('lists materials with their type, and a served file with its size in the reader’s language', () => {
    const materials = (urlPath: string) => {
      const $ = site.page(urlPath);
      return $('[data-materials] li')
        .map((_, item) => ({
          href: $(item).find('a').attr('href') ?? '',
          download: $(item).find('a').attr('download') !== undefined,
          info: $(item)
            .find('[data-material-info]')
            .text()
            .replace(/[\u2068\u2069]/g, ''),
        }))
        .get();
    };
    const [file, pdfLink, page] = materials('/en/workshops/privacy-basics/');
    expect(file?.href).toMatch(/^\/media\/materials\/privacy-checklist\.[0-9a-f]{8}\.pdf$/);
    expect(file?.download).toBe(true);
    expect(file?.info).toBe(' (PDF, 1.2 kB)');
    expect(existsSync(path.join(site.outDir, file?.href ?? ''))).toBe(true);
    expect(
      readFileSync(path.join(site.outDir, file?.href ?? ''))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(pdfLink).toEqual({ href: 'https://example.org/guides/parents.pdf', download: false, info: ' (PDF)' });
    expect(page).toEqual({ href: 'https://example.org/help', download: false, info: '' });
    expect(materials('/fr/workshops/privacy-basics/')[0]?.info).toBe(' (PDF, 1,2\u202fko)');
  });

  it('lists the events where it runs', () => {
    const $ = site.page('/en/workshops/privacy-basics/');
    expect($('[aria-labelledby=workshop-events] a').attr('href')).toBe('/en/events/webinar/');
  });
});

describe('the partner page', () => {
  it('shows the kind, the country, the grant mark and the workshops', () => {
    const $ = site.page('/en/partners/cybersafe/');
    expect($('[data-partner-kind]').text()).toBe('NGO');
    expect($('[data-grant]')).toHaveLength(1);
    expect($('picture source[type="image/avif"]')).toHaveLength(1);
    expect($('[aria-labelledby=partner-workshops] a').attr('href')).toBe('/en/workshops/privacy-basics/');
  });
});
