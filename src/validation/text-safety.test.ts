import { describe, expect, it } from 'vitest';
import { unsafeBodyProblem, unsafeCharacter, unsafeTextProblems } from './text-safety.ts';

describe('unsafeCharacter', () => {
  it.each([
    ['A\u0000B', 2, 'U+0000 (null)'],
    ['Bell\u0007', 5, 'U+0007 (bell)'],
    ['exe.\u202Etxt', 5, 'U+202E (right-to-left override)'],
    ['\u202Aembedded', 1, 'U+202A (left-to-right embedding)'],
    ['😀\u0085', 2, 'U+0085 (a control character)'],
    ['DEL\u007F', 4, 'U+007F (delete)'],
  ])('finds the character in %j', (text, position, name) => {
    expect(unsafeCharacter(text)).toMatchObject({ position, name });
  });

  it('allows tabs, line breaks, and the marks and isolates right-to-left text needs', () => {
    expect(unsafeCharacter('a\tb\r\nc')).toBeUndefined();
    expect(unsafeCharacter('يوم \u2067Safer Internet Day\u2069\u200F')).toBeUndefined();
    expect(unsafeCharacter('\u200Eनमस्ते')).toBeUndefined();
  });
});

describe('unsafeTextProblems', () => {
  it('reports each text value at any depth with its field and line', () => {
    const lines: Record<string, number> = { title: 2, 'venue.name': 5, 'materials.1.title': 9 };
    const problems = unsafeTextProblems(
      { title: 'Hi\u0007', venue: { name: 'Oodi\u202E', city: 'Helsinki' }, materials: [{ title: 'ok' }, { title: '\u0000' }], order: 3 },
      'content/en/events/a.mdx',
      (at) => lines[at.join('.')],
    );
    expect(problems).toEqual([
      {
        file: 'content/en/events/a.mdx',
        line: 2,
        field: 'title',
        message:
          'has the invisible character U+0007 (bell) at character 3, which can hide or reorder text; delete it (retype the text if you cannot see it)',
      },
      {
        file: 'content/en/events/a.mdx',
        line: 5,
        field: 'venue.name',
        message: expect.stringContaining('U+202E (right-to-left override) at character 5') as string,
      },
      {
        file: 'content/en/events/a.mdx',
        line: 9,
        field: 'materials[1].title',
        message: expect.stringContaining('U+0000 (null) at character 1') as string,
      },
    ]);
  });
});

describe('unsafeBodyProblem', () => {
  it('gives the file line and the column', () => {
    expect(unsafeBodyProblem('Fine.\n\nSee exe.\u202Etxt', 'content/en/pages/a.mdx', 5)).toEqual({
      file: 'content/en/pages/a.mdx',
      line: 7,
      field: '',
      message:
        'has the invisible character U+202E (right-to-left override) in column 9, which can hide or reorder text; delete it (retype the text if you cannot see it)',
    });
    expect(unsafeBodyProblem('Fine.', 'a.mdx', 5)).toBeUndefined();
  });
});
