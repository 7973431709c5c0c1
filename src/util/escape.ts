/**
 * Escaping for text written into markup by hand (HTML, XML, Pango). A module of its own, importing
 * nothing: the share images' drawing process loads it outside Astro.
 */

/**
 * Text escaped for HTML, XML and Pango markup: `&`, `<`, `>` and quotes.
 * @example escapeMarkup('Tom & Jerry <3') // 'Tom &amp; Jerry &lt;3'
 */
export function escapeMarkup(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}
