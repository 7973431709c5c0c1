import { describe, expect, it } from 'vitest';
import { escapeMarkup } from './escape.ts';
import { textLanguage } from './markup.ts';

describe('markup written by hand', () => {
  it('escapes what HTML would read as markup', () => {
    expect(escapeMarkup(`Tom & Jerry <b>"hi"</b> it's`)).toBe('Tom &amp; Jerry &lt;b&gt;&quot;hi&quot;&lt;/b&gt; it&#39;s');
  });

  it('marks text in another language than the page’s, with that language’s direction', () => {
    expect(textLanguage({ locale: 'ar', textLocale: 'en' })).toEqual({ lang: 'en', dir: 'ltr' });
    expect(textLanguage({ locale: 'en', textLocale: 'ar' })).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(textLanguage({ locale: 'fr', textLocale: 'fr' })).toBeUndefined();
  });
});
