import { describe, expect, it } from 'vitest';
import { countedText, fillTemplate } from './strings.ts';

describe('fillTemplate', () => {
  it('fills named placeholders and leaves unknown ones', () => {
    expect(fillTemplate('Your time: {{time}} ({{zone}}) {{other}}', { time: '17:00', zone: 'CET' })).toBe(
      'Your time: 17:00 (CET) {{other}}',
    );
  });
});

describe('countedText', () => {
  const events = { one: '{{count}} event', other: '{{count}} events' };

  it('takes the plural form of the count in the language, with its numbers', () => {
    expect(countedText(events, 1, 'en')).toBe('1 event');
    expect(countedText(events, 1200, 'en')).toBe('1,200 events');
    expect(
      countedText(
        {
          zero: '{{count}} فعالية',
          one: 'فعالية واحدة',
          two: 'فعاليتان',
          few: '{{count}} فعاليات',
          many: '{{count}} فعالية',
          other: '{{count}} فعالية',
        },
        3,
        'ar',
      ),
    ).toBe('3 فعاليات');
    expect(countedText({ one: '{{count}} कार्यक्रम', other: '{{count}} कार्यक्रम' }, 2, 'hi')).toBe('2 कार्यक्रम');
  });

  it('falls back to the other form, and fills other placeholders', () => {
    expect(countedText({ other: '{{count}} results for {{query}}' }, 1, 'en', { query: 'oodi' })).toBe('1 results for oodi');
    expect(countedText({}, 1, 'en')).toBe('');
  });
});
