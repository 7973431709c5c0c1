/**
 * Share links built by the site itself: plain links to each network's own "compose" page, which
 * the browser opens only when the visitor clicks (no third-party script, no request before).
 * Every text is cut to fit the network's length limit, counted the way that network counts.
 *
 * Mastodon has no single home: a link to one instance would be wrong for most readers, so the
 * Mastodon link goes to mastodonshare.com, a share page that asks the reader for their own
 * instance (and remembers it in their browser). The alternative, a plain text to copy, is there
 * anyway: the tag is selectable text with a copy button beside it.
 */
import { codePointCount } from '#src/util/code-points.ts';

export type ShareTarget = 'x' | 'bluesky' | 'mastodon' | 'linkedin' | 'whatsapp' | 'email';

export interface SharePost {
  /** The message, in the page's language; cut with `…` where a network's limit needs it. */
  text: string;
  /** The absolute URL of the page shared. */
  url: string;
  /** Hashtags without `#`. */
  hashtags: readonly string[];
  /** The subject of an e-mail. */
  subject: string;
}

export interface ShareLink {
  target: ShareTarget;
  href: string;
}

/** Post length limits: X counts weighted characters, Bluesky graphemes, Mastodon characters. */
export const LIMITS = { x: 280, bluesky: 300, mastodon: 500 } as const;

/** X and Mastodon count every link as this many characters, whatever its length. */
export const LINK_LENGTH = 23;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The user-perceived characters of a text (what Bluesky counts).
 * @example splitGraphemes('नमस्ते') // ['न', 'म', 'स्ते']
 */
export function splitGraphemes(text: string): string[] {
  return [...graphemes.segment(text)].map((part) => part.segment);
}

/**
 * Code point ranges that X counts as one; every other code point counts two, and so does every
 * emoji, however many code points it is made of (twitter-text's v3 configuration).
 */
const X_LIGHT_RANGES: readonly [number, number][] = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/**
 * The length X gives a text without links.
 * @example xLength('Hello') // 5
 * @example xLength('日本') // 4
 * @example xLength('👩‍👩‍👧') // 2
 */
export function xLength(text: string): number {
  let length = 0;
  for (const grapheme of splitGraphemes(text.normalize('NFC'))) {
    if (EMOJI.test(grapheme)) {
      length += 2;
      continue;
    }
    for (const character of grapheme) {
      const code = character.codePointAt(0) ?? 0;
      length += X_LIGHT_RANGES.some(([from, to]) => code >= from && code <= to) ? 1 : 2;
    }
  }
  return length;
}

/**
 * The longest start of a text that still fits, ending in `…` when cut; cut between graphemes
 * (never inside a conjunct or an emoji), and at a word's end when there is one in the last third.
 * @example fitText('Safer Internet Day', (text) => text.length <= 17) // 'Safer Internet…'
 */
export function fitText(text: string, fits: (candidate: string) => boolean): string {
  if (fits(text)) return text;
  const parts = splitGraphemes(text);
  const cut = (count: number) => `${parts.slice(0, count).join('').trimEnd()}…`;
  let low = 0;
  let high = parts.length - 1;
  // The largest count whose cut text fits: fitting shrinks as the count grows.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(cut(middle))) low = middle;
    else high = middle - 1;
  }
  const space = parts.slice(0, low).lastIndexOf(' ');
  const count = space > (low * 2) / 3 ? space : low;
  return count === 0 ? '' : cut(count);
}

const hashtagText = (hashtags: readonly string[]) => hashtags.map((tag) => `#${tag}`).join(' ');
const join = (...parts: string[]) => parts.filter((part) => part !== '').join(' ');
const query = (params: Record<string, string>) =>
  Object.entries(params)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('&');

/**
 * The post X composes from an intent: the text, the link (23) and the hashtags, with spaces.
 * @example xPostLength('Hi', 'https://s.org/', ['SID2020']) // 2 + 1 + 23 + 1 + 8
 */
export function xPostLength(text: string, url: string, hashtags: readonly string[]): number {
  const tags = hashtagText(hashtags);
  return xLength(join(text, tags)) + (url === '' ? 0 : LINK_LENGTH + 1);
}

/** The text of a Bluesky post: Bluesky's intent takes one text, link and hashtags included. */
export function blueskyText(text: string, url: string, hashtags: readonly string[]): string {
  return join(text, hashtagText(hashtags), url);
}

/** Mastodon counts characters (code points), and every link as 23. */
export function mastodonLength(text: string, url: string): number {
  return codePointCount(text) + (url === '' ? 0 : LINK_LENGTH + 1);
}

/**
 * Links to share a page on X, Bluesky, Mastodon, LinkedIn, WhatsApp and by e-mail, in that order.
 * @example shareLinks({ text: 'Join us', url: 'https://s.org/en/', hashtags: ['SID2020'], subject: 'SID' })[0].href
 *   // 'https://x.com/intent/post?text=Join%20us&url=https%3A%2F%2Fs.org%2Fen%2F&hashtags=SID2020'
 */
export function shareLinks(post: SharePost): ShareLink[] {
  const { url, hashtags } = post;
  const xText = fitText(post.text, (text) => xPostLength(text, url, hashtags) <= LIMITS.x);
  const blueskyMessage = fitText(post.text, (text) => splitGraphemes(blueskyText(text, url, hashtags)).length <= LIMITS.bluesky);
  const mastodonMessage = fitText(post.text, (text) => mastodonLength(join(text, hashtagText(hashtags)), url) <= LIMITS.mastodon);
  const whole = join(post.text, hashtagText(hashtags));
  return [
    { target: 'x', href: `https://x.com/intent/post?${query({ text: xText, url, hashtags: hashtags.join(',') })}` },
    { target: 'bluesky', href: `https://bsky.app/intent/compose?${query({ text: blueskyText(blueskyMessage, url, hashtags) })}` },
    { target: 'mastodon', href: `https://mastodonshare.com/?${query({ text: join(mastodonMessage, hashtagText(hashtags)), url })}` },
    { target: 'linkedin', href: `https://www.linkedin.com/sharing/share-offsite/?${query({ url })}` },
    { target: 'whatsapp', href: `https://wa.me/?${query({ text: join(whole, url) })}` },
    // mailto: needs %20 for spaces (a `+` stays a `+` in mail programs): encodeURIComponent gives that.
    { target: 'email', href: `mailto:?${query({ subject: post.subject, body: `${whole}\n\n${url}` })}` },
  ];
}
