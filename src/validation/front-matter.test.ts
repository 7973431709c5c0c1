import { describe, expect, it } from 'vitest';
import { parseEntry, parseYaml } from './front-matter.ts';

describe('parseEntry', () => {
  it('reads front matter as written (dates stay text) with each field’s line, and the body', () => {
    const entry = parseEntry('---\ntitle: Hi\nstart: 2020-02-11T10:00\nvenue:\n  city: Dublin\n---\nBody\n');
    expect(entry.data).toEqual({ title: 'Hi', start: '2020-02-11T10:00', venue: { city: 'Dublin' } });
    expect(entry.lineOf(['venue', 'city'])).toBe(5);
    expect(entry.body).toBe('Body\n');
    expect(entry.bodyLine).toBe(7);
    expect(entry.syntaxErrors).toEqual([]);
  });

  it('says when there is no front matter', () => {
    expect(parseEntry('Just text').syntaxErrors).toEqual([
      { line: 1, message: 'has no front matter; start the file with `---`, the fields, and `---`' },
    ]);
  });
});

describe('parseYaml', () => {
  it.each([
    [
      'a: &a [1, 2]\nb: *a\n',
      [
        { line: 1, message: 'uses the YAML anchor `&a`; remove it and write each value where it is used' },
        { line: 2, message: 'uses the YAML alias `*a`; write the value itself instead of repeating another' },
      ],
    ],
    [
      'a: &a [x]\nb: &b [*a, *a]\nc: [*b, *b]\n',
      expect.arrayContaining([{ line: 3, message: 'uses the YAML alias `*b`; write the value itself instead of repeating another' }]),
    ],
    [
      'title: !!binary aGk=\nsummary: !foo x\n',
      [
        { line: 2, message: 'is not valid YAML: Unresolved tag: !foo' },
        { line: 1, message: 'uses the YAML tag `!!binary`; remove it: values are plain text, numbers, lists and fields' },
        { line: 2, message: 'uses the YAML tag `!foo`; remove it: values are plain text, numbers, lists and fields' },
      ],
    ],
    ['title: a\ntitle: b\n', [{ line: 2, message: 'is not valid YAML: Map keys must be unique' }]],
    [
      'title: [unclosed\n',
      expect.arrayContaining([expect.objectContaining({ message: expect.stringMatching(/^is not valid YAML: /) as string })]),
    ],
    ['- a\n- b\n', [{ line: 1, message: 'is not a list of `field: value` lines' }]],
    ['just text\n', [{ line: 1, message: 'is not a list of `field: value` lines' }]],
  ])('refuses %j with a line for each problem', (text, expected) => {
    const parsed = parseYaml(text, 0);
    expect(parsed.syntaxErrors).toEqual(expected);
    expect(parsed.data).toEqual({});
  });

  it('reads an empty file as no fields', () => {
    expect(parseYaml('', 0)).toMatchObject({ data: {}, syntaxErrors: [] });
    expect(parseYaml('# only a comment\n', 0)).toMatchObject({ data: {}, syntaxErrors: [] });
  });
});
