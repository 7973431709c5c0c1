/**
 * The event page's "Your time: …" line (`ReaderTime.astro`), filled in the browser: the event's
 * start and end, read from the `EventTime` beside the line, as the reader's clocks show them.
 * The line stays hidden and empty when the reader's clocks show the event's own times.
 */
import { readerTime } from '#src/events/local-time.ts';
import { fillTemplate } from './strings.ts';

/**
 * Fills and shows a reader's-time line, from the `[data-event-time]` in its parent and its
 * `data-template`, in the page's language.
 * @example showReaderTime(line, 'Europe/Helsinki', 'en') // line: "Your time: 6:00 PM – 9:00 PM (Eastern European Standard Time)"
 */
export function showReaderTime(line: HTMLElement, readerZone: string, lang: string): void {
  const when = line.parentElement?.querySelector<HTMLElement>('[data-event-time]');
  const [start, end] = [...(when?.querySelectorAll('time') ?? [])].map((time) => Date.parse(time.dateTime));
  const eventZone = when?.dataset['timezone'];
  if (start === undefined || end === undefined || eventZone === undefined) return;
  const shown = readerTime(start, end, eventZone, readerZone, lang);
  if (shown === undefined) return;
  line.textContent = fillTemplate(line.dataset['template'] ?? '', { time: shown.time, zone: shown.zone });
  line.hidden = false;
}
