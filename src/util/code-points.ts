/**
 * The number of Unicode code points in a text: what Mastodon counts as a post's length and what
 * reports give as a character's position. Not graphemes: `👍🏽` is two (`Intl.Segmenter` counts
 * graphemes where that is what matters, as X's limit does).
 * @example codePointCount('né') // 2
 * @example codePointCount('😀') // 1 (two UTF-16 units)
 */
export function codePointCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}
