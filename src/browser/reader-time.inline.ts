/**
 * The reader's-time line's script, inlined right after the line (`ReaderTime.astro`, through
 * `inlineScript`): it runs while the page is parsed, before anything below the line is laid out,
 * so showing the line moves nothing (no layout shift). A module script would run after the first
 * paint and push the rest of the page down.
 */
import { showReaderTime } from './reader-time.ts';

const line = document.currentScript?.previousElementSibling;
if (line instanceof HTMLElement) {
  showReaderTime(line, Intl.DateTimeFormat().resolvedOptions().timeZone, document.documentElement.lang);
}
