import { describe, expect, it } from 'vitest';
import { countryName, formatDate, formatEventTime, formatIsoDuration } from './format.ts';

describe('formatEventTime', () => {
  it('shows the event in its own zone, names the zone and carries the exact instants', () => {
    const when = formatEventTime('2020-02-11T10:00', '2020-02-11T12:00', 'America/Mexico_City', 'en');
    expect(when.start).toEqual({ text: 'Tuesday, February 11, 2020 at 10:00 AM', instant: '2020-02-11T10:00:00-06:00' });
    expect(when.end).toEqual({ text: '12:00 PM', instant: '2020-02-11T12:00:00-06:00' });
    expect(when.zone).toBe('Central Standard Time');
  });

  it('speaks the reader’s language and writes the whole end date when it ends another day', () => {
    const when = formatEventTime('2020-02-20T09:00', '2020-02-21T17:00', 'Europe/Paris', 'fr');
    expect(when.start.text).toBe('jeudi 20 février 2020 à 9:00');
    expect(when.end.text).toBe('vendredi 21 février 2020 à 17:00');
    expect(when.zone).toBe('heure normale d’Europe centrale');
  });

  it('names the zone in summer time after a DST change', () => {
    const when = formatEventTime('2020-03-29T10:00', '2020-03-29T11:00', 'Europe/Dublin', 'en');
    expect(when.start.instant).toBe('2020-03-29T10:00:00+01:00');
    expect(when.zone).toBe('Irish Standard Time');
  });
});

describe('dates, countries and durations', () => {
  it('formats per locale', () => {
    expect(formatDate('2020-02-11', 'fi')).toBe('11. helmikuuta 2020');
    expect(countryName('MX', 'es')).toBe('México');
    expect(countryName('IN', 'hi')).toBe('भारत');
    expect(formatIsoDuration('PT2M30S', 'en')).toBe('2 minutes, 30 seconds');
  });
});
