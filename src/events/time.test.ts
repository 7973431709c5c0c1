import { describe, expect, it } from 'vitest';
import { epochMilliseconds, isSkippedTime, isTimeZone, readNow, zonedInstant } from './time.ts';

describe('wall-clock times in a zone', () => {
  it('keeps 10:00 in Mexico City at 10:00 there (UTC−6)', () => {
    expect(zonedInstant('2020-02-11T10:00:00', 'America/Mexico_City')).toBe('2020-02-11T10:00:00-06:00');
    expect(new Date(epochMilliseconds('2020-02-11T10:00', 'America/Mexico_City')).toISOString()).toBe('2020-02-11T16:00:00.000Z');
  });

  it('gives each end of an event across a DST change its own offset', () => {
    // Ireland moves from GMT to IST at 01:00 on 29 March 2020.
    expect(zonedInstant('2020-03-28T22:00', 'Europe/Dublin')).toBe('2020-03-28T22:00:00+00:00');
    expect(zonedInstant('2020-03-29T03:00', 'Europe/Dublin')).toBe('2020-03-29T03:00:00+01:00');
    const hours =
      (epochMilliseconds('2020-03-29T03:00', 'Europe/Dublin') - epochMilliseconds('2020-03-28T22:00', 'Europe/Dublin')) / 3_600_000;
    expect(hours).toBe(4);
  });

  it('knows which wall-clock times a DST change skips', () => {
    expect(isSkippedTime('2020-03-29T01:30', 'Europe/Dublin')).toBe(true);
    expect(isSkippedTime('2020-03-29T02:30', 'Europe/Dublin')).toBe(false);
    expect(isSkippedTime('2020-03-08T02:30', 'America/Toronto')).toBe(true);
  });

  it('accepts IANA zones and refuses misspellings and abbreviations', () => {
    expect(isTimeZone('Asia/Kolkata')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Europe/Dublinn')).toBe(false);
    expect(isTimeZone('CET')).toBe(false);
  });

  it('reads SID_NOW, and says how to write it when it is not a time', () => {
    expect(readNow({ SID_NOW: '2020-02-01T00:00:00Z' }).toISOString()).toBe('2020-02-01T00:00:00.000Z');
    expect(() => readNow({ SID_NOW: 'tomorrow' })).toThrow(/SID_NOW: 'tomorrow' is not an ISO 8601 time/);
  });
});
