import { afterEach, describe, expect, it } from 'vitest';
import { clearTranslators, createTranslator } from './translate.ts';
import { missingKeys, requiredKeys, flattenStrings, type Resources } from './resources.ts';

const resources: Resources = {
  en: {
    common: { hello: 'Hello {{name}}', only: 'Only in English' },
    events: { count_one: '{{count}} event', count_other: '{{count}} events' },
  },
  ar: {
    common: { hello: 'مرحبا {{name}}' },
    events: {
      count_zero: 'لا فعاليات',
      count_one: 'فعالية واحدة',
      count_two: 'فعاليتان',
      count_few: '{{count}} فعاليات',
      count_many: '{{count}} فعالية',
      count_other: '{{count}} فعالية (other)',
    },
  },
  pt: { common: { hello: 'Olá {{name}}' } },
  'pt-BR': { common: {} },
};

afterEach(clearTranslators);

describe('t()', () => {
  it('interpolates values', () => {
    const t = createTranslator(resources, 'ar', 'en') as unknown as (key: string, options?: object) => string;
    expect(t('common:hello', { name: 'Oodi' })).toBe('مرحبا Oodi');
  });

  it('gives a plain string the same on every call, and still interpolates each call its own values', () => {
    const t = createTranslator(resources, 'pt-BR', 'en') as unknown as (key: string, options?: object) => string;
    expect([t('common:only'), t('common:only')]).toEqual(['Only in English', 'Only in English']);
    expect([t('common:hello', { name: 'Ana' }), t('common:hello', { name: 'Rui' })]).toEqual(['Olá Ana', 'Olá Rui']);
  });

  it('picks the CLDR plural form of the language (Arabic has six)', () => {
    const t = createTranslator(resources, 'ar', 'en') as unknown as (key: string, options?: object) => string;
    expect([0, 1, 2, 3, 11, 100].map((count) => t('events:count', { count }))).toEqual([
      'لا فعاليات',
      'فعالية واحدة',
      'فعاليتان',
      '3 فعاليات',
      '11 فعالية',
      '100 فعالية (other)',
    ]);
    const en = createTranslator(resources, 'en', 'en') as unknown as (key: string, options?: object) => string;
    expect([1, 2].map((count) => en('events:count', { count }))).toEqual(['1 event', '2 events']);
  });

  it('falls back to the base language, then to the default locale', () => {
    const t = createTranslator(resources, 'pt-BR', 'en') as unknown as (key: string, options?: object) => string;
    expect(t('common:hello', { name: 'Ana' })).toBe('Olá Ana');
    expect(t('common:only')).toBe('Only in English');
  });
});

describe('missing UI strings', () => {
  it('expands plural keys to the categories each language needs', () => {
    const keys = flattenStrings(resources['en'] ?? {});
    expect(requiredKeys(keys, 'ar').filter((key) => key.startsWith('events:'))).toEqual(
      ['zero', 'one', 'two', 'few', 'many', 'other'].map((category) => `events:count_${category}`),
    );
    expect(requiredKeys(keys, 'fi').filter((key) => key.startsWith('events:'))).toEqual(['events:count_one', 'events:count_other']);
  });

  it('lists what a locale lacks or left empty', () => {
    expect(missingKeys(resources, 'ar', 'en')).toEqual(['common:only']);
    expect(missingKeys(resources, 'pt', 'en')).toEqual(['common:only', 'events:count_one', 'events:count_many', 'events:count_other']);
  });
});
