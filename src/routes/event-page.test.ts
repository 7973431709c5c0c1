import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadResources } from '#src/i18n/resources.ts';
import { createTranslator } from '#src/i18n/translate.ts';
import { eventView, type EventData } from './event-page.ts';

const resources = loadResources(path.resolve(import.meta.dirname, '../../locales'), ['en', 'fr']);
const site = 'https://sid.example.org';
const oodi: EventData = {
  title: 'Formation à Oodi',
  summary: 'Une formation à la sécurité en ligne.',
  start: '2020-02-11T14:00',
  end: '2020-02-11T16:00',
  timezone: 'Europe/Helsinki',
  format: 'hybrid',
  venue: { name: 'Helsinki Central Library Oodi', address: 'Töölönlahdenkatu 4', city: 'Helsinki', country: 'FI', lat: 60.17, lon: 24.94 },
  online: { url: 'https://meet.example.org/oodi?pass=1' },
  audience: ['educators', 'parents'],
  languages: ['fi', 'en'],
  registration: 'https://example.org/register',
};

function view(data: EventData, locale = 'fr') {
  return eventView({
    locale,
    slug: 'oodi',
    data,
    organisers: [{ slug: 'oodi', name: 'Oodi', url: 'https://www.oodihelsinki.fi' }],
    workshops: [{ slug: 'privacy', name: 'Vie privée' }],
    image: undefined,
    site,
    t: createTranslator(resources, locale, 'en'),
  });
}

describe('eventView', () => {
  it('says where, how, for whom and in which languages, in the reader’s language', () => {
    const event = view(oodi);
    expect(event.venueLines).toEqual(['Helsinki Central Library Oodi', 'Töölönlahdenkatu 4', 'Helsinki, Finlande']);
    expect(event.join).toEqual({ href: 'https://meet.example.org/oodi?pass=1', host: 'meet.example.org' });
    expect(event.languages).toBe('Finnois et Anglais');
    expect(event.audience).toBe('Éducateurs et Parents et aidants');
    expect(event.format).toBe('Hybride');
    // For the browser to fill: the placeholders survive translation.
    expect(event.readerTime).toBe('Votre heure : {{time}} ({{zone}})');
  });

  it('links the organisers, the workshops and the calendar file within the locale', () => {
    const event = view(oodi);
    expect(event.organisers).toEqual([{ href: '/fr/partners/oodi/', name: 'Oodi' }]);
    expect(event.workshops).toEqual([{ href: '/fr/workshops/privacy/', name: 'Vie privée' }]);
    expect(event.calendar).toBe('/fr/events/oodi.ics');
    expect(event.registration).toBe('https://example.org/register');
  });

  it('leaves out what the event does not have, and gives its structured data the page’s URL', () => {
    const { venue: _venue, online: _online, registration: _registration, ...online } = oodi;
    const event = view({ ...online, format: 'online', online: { url: 'https://meet.example.org/x' } }, 'en');
    expect(event.venueLines).toBeUndefined();
    expect(event.registration).toBeUndefined();
    expect(event.jsonLd).toMatchObject({ '@type': 'Event', url: 'https://sid.example.org/en/events/oodi/' });
  });
});
