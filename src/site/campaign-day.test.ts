import { describe, expect, it } from 'vitest';
import { calendarDate, dayPhrase, daysUntil } from './campaign-day.ts';

describe('the campaign day', () => {
  it('counts the days to it, and says so in the reader’s language', () => {
    const days = daysUntil('2020-02-11', calendarDate(new Date('2020-02-01T00:00:00Z'), 'UTC'));
    expect(days).toBe(10);
    expect(dayPhrase(days, 'en')).toBe('in 10 days');
    expect(dayPhrase(days, 'fr')).toBe('dans 10 jours');
  });

  it('says that it is today, tomorrow, or that it was', () => {
    expect(dayPhrase(daysUntil('2020-02-11', '2020-02-11'), 'en')).toBe('today');
    expect(dayPhrase(daysUntil('2020-02-11', '2020-02-10'), 'en')).toBe('tomorrow');
    expect(dayPhrase(daysUntil('2020-02-11', '2021-02-11'), 'en')).toBe('366 days ago');
  });

  it('takes today in the reader’s time zone', () => {
    const instant = new Date('2020-02-10T23:30:00Z');
    expect(calendarDate(instant, 'Europe/Helsinki')).toBe('2020-02-11');
    expect(calendarDate(instant, 'America/Mexico_City')).toBe('2020-02-10');
  });
});
