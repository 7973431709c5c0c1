/**
 * How far the campaign's day is from today, in words of the reader's language: "in 5 days",
 * "tomorrow", "today", "3 days ago". The build writes it for the day it runs (`SID_NOW`), and a small
 * script (`components/CampaignDay.astro`) writes it again for the reader's own today, so that a page
 * built weeks ago stays right. Pure functions, shared by both.
 */

/**
 * A date's `YYYY-MM-DD` in the calendar of the given time zone (the reader's by default).
 * @example calendarDate(new Date('2020-02-11T23:30:00Z'), 'UTC') // '2020-02-11'
 */
export function calendarDate(instant: Date, timeZone?: string): string {
  // Swedish writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/**
 * Whole days from `today` to `day`, both `YYYY-MM-DD`: positive before it, 0 on the day.
 * @example daysUntil('2020-02-11', '2020-02-01') // 10
 * @example daysUntil('2020-02-11', '2020-02-12') // -1
 */
export function daysUntil(day: string, today: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/**
 * The distance in words, by CLDR through `Intl.RelativeTimeFormat`: nothing to translate.
 * @example dayPhrase(10, 'en') // 'in 10 days'
 * @example dayPhrase(0, 'en') // 'today'
 * @example dayPhrase(-1, 'fr') // 'hier'
 */
export function dayPhrase(days: number, locale: string): string {
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');
}
