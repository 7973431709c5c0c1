import { describe, expect, it } from 'vitest';
import { readerTime, wallClock, zoneName } from './local-time.ts';

// 10:00–13:00 in Mexico City (UTC−6) on Safer Internet Day 2020.
const start = Date.parse('2020-02-11T10:00:00-06:00');
const end = Date.parse('2020-02-11T13:00:00-06:00');

describe('wallClock', () => {
  it('reads the clocks of a zone at an instant', () => {
    expect(wallClock(start, 'America/Mexico_City')).toBe('2020-02-11T10:00');
    expect(wallClock(start, 'Asia/Kolkata')).toBe('2020-02-11T21:30');
  });
});

describe('readerTime', () => {
  it('gives the same instants in the reader’s zone, in the page’s language, with the zone named', () => {
    expect(readerTime(start, end, 'America/Mexico_City', 'Europe/Paris', 'en-GB')).toEqual({
      time: '17:00–20:00',
      zone: 'Central European Standard Time',
    });
    expect(readerTime(start, end, 'America/Mexico_City', 'Europe/Paris', 'fr')).toEqual({
      time: '17:00\u2009–\u200920:00',
      zone: 'heure normale d’Europe centrale',
    });
  });

  it('names the day when the reader’s day is not the event’s', () => {
    const shown = readerTime(start, end, 'America/Mexico_City', 'Pacific/Auckland', 'en-GB');
    expect(shown?.time).toBe('Wednesday, 12 February 2020, 05:00–08:00');
    expect(shown?.zone).toBe('New Zealand Daylight Time');
  });

  it('names both days when the event runs past the reader’s midnight', () => {
    expect(readerTime(start, end, 'America/Mexico_City', 'Asia/Kolkata', 'en-GB')?.time).toBe(
      'Tuesday, 11 February 2020 at 21:30\u2009–\u2009Wednesday, 12 February 2020 at 00:30',
    );
  });

  it('adds nothing when the reader’s clocks show the event’s times', () => {
    expect(readerTime(start, end, 'America/Mexico_City', 'America/Mexico_City', 'en')).toBeUndefined();
    // Another zone with the same offset at that time: the same clock times, nothing to add.
    expect(readerTime(start, end, 'America/Mexico_City', 'America/Chicago', 'en')).toBeUndefined();
  });

  it('follows daylight saving time in the reader’s zone', () => {
    // 22:00 Dublin on 28 March 2020 is 23:00 in Paris; 03:00 IST on 29 March is 04:00 in Paris (CEST).
    const night = readerTime(
      Date.parse('2020-03-28T22:00:00Z'),
      Date.parse('2020-03-29T02:00:00Z'),
      'Europe/Dublin',
      'Europe/Paris',
      'en-GB',
    );
    expect(night?.time).toBe('Saturday, 28 March 2020 at 23:00\u2009–\u2009Sunday, 29 March 2020 at 04:00');
  });
});

describe('zoneName', () => {
  it('names a zone in a language', () => {
    expect(zoneName(start, 'Europe/Helsinki', 'fi')).toBe('Itä-Euroopan normaaliaika');
  });
});
