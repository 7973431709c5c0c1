import { describe, expect, it } from 'vitest';
import {
  blueskyText,
  fitText,
  LIMITS,
  mastodonLength,
  shareLinks,
  splitGraphemes,
  xLength,
  xPostLength,
  type ShareLink,
} from './share-links.ts';

const url = 'https://sid2020.example.org/hi/hashtags/saferinternetday/';
const post = { text: 'Join the conversation about a safer internet.', url, hashtags: ['SaferInternetDay'], subject: '#SaferInternetDay' };

const param = (link: ShareLink | undefined, name: string) => new URL(link?.href ?? 'https://invalid/').searchParams.get(name);
const byTarget = (links: ShareLink[]) => Object.fromEntries(links.map((link) => [link.target, link]));

describe('shareLinks', () => {
  it('builds one plain link per network, in a fixed order', () => {
    const links = shareLinks(post);
    expect(links.map((link) => link.target)).toEqual(['x', 'bluesky', 'mastodon', 'linkedin', 'whatsapp', 'email']);
    expect(links.map((link) => new URL(link.href).origin)).toEqual([
      'https://x.com',
      'https://bsky.app',
      'https://mastodonshare.com',
      'https://www.linkedin.com',
      'https://wa.me',
      'null',
    ]);
  });

  it('hands X the text, the link and the hashtags in their own parameters', () => {
    const { x } = byTarget(shareLinks(post));
    expect(x?.href).toBe(
      'https://x.com/intent/post?text=Join%20the%20conversation%20about%20a%20safer%20internet.&url=https%3A%2F%2Fsid2020.example.org%2Fhi%2Fhashtags%2Fsaferinternetday%2F&hashtags=SaferInternetDay',
    );
  });

  it('puts hashtags and link into the Bluesky, Mastodon and WhatsApp texts', () => {
    const links = byTarget(shareLinks(post));
    expect(param(links['bluesky'], 'text')).toBe(`Join the conversation about a safer internet. #SaferInternetDay ${url}`);
    expect(param(links['mastodon'], 'text')).toBe('Join the conversation about a safer internet. #SaferInternetDay');
    expect(param(links['mastodon'], 'url')).toBe(url);
    expect(param(links['linkedin'], 'url')).toBe(url);
    expect(param(links['whatsapp'], 'text')).toBe(`Join the conversation about a safer internet. #SaferInternetDay ${url}`);
  });

  it('writes spaces in the e-mail as %20, never +, and keeps the subject and body apart', () => {
    const email = byTarget(shareLinks(post))['email']?.href ?? '';
    expect(email).toBe(
      `mailto:?subject=%23SaferInternetDay&body=Join%20the%20conversation%20about%20a%20safer%20internet.%20%23SaferInternetDay%0A%0A${encodeURIComponent(url)}`,
    );
    expect(email).not.toContain('+');
  });

  it('encodes tags in other scripts', () => {
    const links = byTarget(shareLinks({ ...post, hashtags: ['DíaDeInternetSegura', 'सुरक्षितइंटरनेटदिवस'] }));
    expect(param(links['x'], 'hashtags')).toBe('DíaDeInternetSegura,सुरक्षितइंटरनेटदिवस');
  });
});

describe('length limits', () => {
  const long = 'Safer Internet Day '.repeat(40).trim();
  const hindi = 'सुरक्षित इंटरनेट दिवस पर जुड़ें और सबके लिए बेहतर इंटरनेट बनाएँ। '.repeat(12).trim();
  const emoji = '🛡️👩‍👩‍👧 '.repeat(200).trim();

  it.each([
    ['Latin', long],
    ['Devanagari', hindi],
    ['emoji', emoji],
  ])('cuts a long %s text to each network’s limit, with an ellipsis', (_, text) => {
    const links = byTarget(shareLinks({ ...post, text, hashtags: ['SaferInternetDay', 'SID2020'] }));
    const xText = param(links['x'], 'text') ?? '';
    expect(xPostLength(xText, url, ['SaferInternetDay', 'SID2020'])).toBeLessThanOrEqual(LIMITS.x);
    expect(xPostLength(xText, url, ['SaferInternetDay', 'SID2020'])).toBeGreaterThan(LIMITS.x - 30);
    expect(xText.endsWith('…')).toBe(true);
    const bluesky = param(links['bluesky'], 'text') ?? '';
    expect(splitGraphemes(bluesky).length).toBeLessThanOrEqual(LIMITS.bluesky);
    expect(bluesky).toContain('… #SaferInternetDay #SID2020 https://');
    expect(mastodonLength(param(links['mastodon'], 'text') ?? '', url)).toBeLessThanOrEqual(LIMITS.mastodon);
  });

  it('never cuts inside a grapheme: conjuncts and emoji stay whole', () => {
    const text = fitText(hindi, (candidate) => splitGraphemes(candidate).length <= 20);
    expect(splitGraphemes(text).length).toBeLessThanOrEqual(20);
    expect(hindi.startsWith(text.slice(0, -1))).toBe(true);
    const emojiText = fitText(emoji, (candidate) => xLength(candidate) <= 11);
    expect(emojiText).toBe('🛡️👩‍👩‍👧 🛡️👩‍👩‍👧…');
  });

  it('leaves a text that fits as it is', () => {
    expect(fitText('Short', () => true)).toBe('Short');
    expect(shareLinks(post).every((link) => !decodeURIComponent(link.href).includes('…'))).toBe(true);
  });

  it('cuts at the end of a word when one is near', () => {
    expect(fitText('Safer Internet Day', (text) => text.length <= 17)).toBe('Safer Internet…');
    expect(fitText('Safer Internet Day', (text) => text.length <= 12)).toBe('Safer Inter…');
    expect(fitText('Supercalifragilistic', (text) => text.length <= 6)).toBe('Super…');
  });
});

describe('counting', () => {
  it('counts X’s weights: Latin, Devanagari and Arabic one, CJK two, any emoji two, links 23', () => {
    expect(xLength('Safer')).toBe(5);
    expect(xLength('नमस्ते')).toBe(6);
    expect(xLength('مرحبا')).toBe(5);
    expect(xLength('日本')).toBe(4);
    expect(xLength('👩‍👩‍👧')).toBe(2);
    expect(xLength('🇫🇮')).toBe(2);
    expect(xPostLength('Hi', 'https://example.org/a/very/long/path/that/x/shortens/anyway/', [])).toBe(2 + 1 + 23);
  });

  it('counts Bluesky’s graphemes, link included', () => {
    // Unicode 15.1 keeps a conjunct (स्ते) in one grapheme.
    expect(splitGraphemes('नमस्ते')).toEqual(['न', 'म', 'स्ते']);
    expect(splitGraphemes(blueskyText('👩‍👩‍👧', 'https://a.b/', ['X'])).length).toBe(1 + 1 + 2 + 1 + 12);
  });
});
