import { describe, expect, it } from 'vitest';
import { hashtagView, type HashtagData } from './hashtag-page.ts';

const data: HashtagData = {
  tag: 'SaferInternetDay',
  title: 'Safer Internet Day',
  summary: 'The global hashtag.',
  variants: { es: 'DíaDeInternetSegura' },
  liveIn: ['fr', 'ar', 'en'],
};

describe('hashtagView', () => {
  it('uses the reader’s language’s tag in its share post, with the page’s address', () => {
    expect(hashtagView({ locale: 'es', slug: 'sid', data, site: 'https://s.org' })).toMatchObject({
      variant: 'DíaDeInternetSegura',
      post: {
        text: 'The global hashtag.',
        url: 'https://s.org/es/hashtags/sid/',
        hashtags: ['DíaDeInternetSegura'],
        subject: 'Safer Internet Day',
      },
    });
    expect(hashtagView({ locale: 'fr', slug: 'sid', data, site: 'https://s.org' }).post.hashtags).toEqual(['SaferInternetDay']);
  });

  it('names the languages the emoji shows in, in the reader’s alphabetical order', () => {
    expect(hashtagView({ locale: 'en', slug: 'sid', data, site: 'https://s.org' }).liveIn.map((language) => language.tag)).toEqual([
      'ar',
      'en',
      'fr',
    ]);
    expect(hashtagView({ locale: 'fr', slug: 'sid', data, site: 'https://s.org' }).liveIn.map((language) => language.name)).toEqual([
      'Anglais',
      'Arabe',
      'Français',
    ]);
  });
});
