import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { campaignFieldsMarkdown, fieldRows, fieldsTable, generatedBlocks, kindsFieldsMarkdown, withBlocks } from './fields-table.ts';
import { KIND_NAMES, KINDS, sourceSchema, translatableFields } from './index.ts';

const root = path.resolve(import.meta.dirname, '../..');
const context = { image: () => z.string(), file: () => z.string(), defaultLocale: 'en' };

describe('fieldRows', () => {
  it('lists nested fields with dots and list items with [], in the schema’s order', () => {
    const names = fieldRows(sourceSchema('events', context)).map((row) => row.name);
    expect(names).toContain('venue.city');
    expect(names.indexOf('venue')).toBe(names.indexOf('venue.name') - 1);
    const workshop = fieldRows(sourceSchema('workshops', context), KINDS.workshops.translation);
    expect(workshop.filter((row) => row.name.startsWith('materials')).map((row) => [row.name, row.translatable])).toEqual([
      ['materials', true],
      ['materials[].title', true],
      ['materials[].url', false],
      ['materials[].file', false],
    ]);
  });

  it('marks as translatable exactly the top-level fields a translation carries', () => {
    for (const kind of KIND_NAMES) {
      const rows = fieldRows(sourceSchema(kind, context), KINDS[kind].translation).filter((row) => !/[.[]/.test(row.name));
      expect(rows.filter((row) => row.translatable).map((row) => row.name)).toEqual(translatableFields(kind));
    }
  });

  it('tells required fields from optional ones, and gives defaults as YAML', () => {
    const rows = Object.fromEntries(fieldRows(sourceSchema('events', context)).map((row) => [row.name, row]));
    expect(rows['start']).toMatchObject({ required: true, defaultValue: undefined });
    expect(rows['venue']).toMatchObject({ required: false, defaultValue: undefined });
    // Required in its group: an event with a venue names its city.
    expect(rows['venue.city']).toMatchObject({ required: true });
    expect(rows['venue.address']).toMatchObject({ required: false });
    expect(rows['organisers']).toMatchObject({ required: false, defaultValue: '[]' });
  });

  it('keeps a record (captions per locale) as one row', () => {
    const names = fieldRows(sourceSchema('videos', context)).map((row) => row.name);
    expect(names.filter((name) => name.startsWith('captions'))).toEqual(['captions']);
  });
});

describe('fieldsTable', () => {
  it('writes one Markdown row per field, * for translatable, the default beside optional', () => {
    const table = fieldsTable([
      { name: 'title', translatable: true, required: true, defaultValue: undefined, description: 'the page title' },
      { name: 'order', translatable: false, required: false, defaultValue: '0', description: 'position in the navigation' },
      { name: 'note', translatable: false, required: false, defaultValue: undefined, description: 'a | b\non two lines' },
    ]);
    expect(table).toMatchInlineSnapshot(`
      "| field | required | what it takes |
      |---|---|---|
      | \`title\`* | required | the page title |
      | \`order\` | optional (default \`0\`) | position in the navigation |
      | \`note\` | optional | a \\| b on two lines |"
    `);
  });

  it('has a table per kind and one for campaign.yaml', () => {
    const kinds = kindsFieldsMarkdown();
    for (const kind of KIND_NAMES) expect(kinds).toContain(`### ${kind}\n`);
    expect(campaignFieldsMarkdown()).toMatch(/^\| `edition` \| required \|/m);
    expect(campaignFieldsMarkdown()).toContain('| `colors.primary` | required |');
  });
});

describe('withBlocks', () => {
  it('replaces what is between the markers and keeps the rest', () => {
    const text = 'before\n<!-- x:start -->\nold\ntable\n<!-- x:end -->\nafter\n';
    expect(withBlocks(text, { x: 'new' })).toBe('before\n<!-- x:start -->\nnew\n<!-- x:end -->\nafter\n');
    expect(withBlocks(withBlocks(text, { x: 'new' }), { x: 'new' })).toBe(withBlocks(text, { x: 'new' }));
  });

  it('says which markers are missing', () => {
    expect(() => withBlocks('no markers', { fields: 'table' })).toThrow('<!-- fields:start --> and <!-- fields:end --> are missing');
  });
});

describe('docs/content.md', () => {
  it('has the fields tables the schemas give', () => {
    const docs = readFileSync(path.join(root, 'docs/content.md'), 'utf8');
    expect(docs, 'docs/content.md differs from the schemas: run `npm run docs:fields`').toBe(withBlocks(docs, generatedBlocks()));
  });
});
