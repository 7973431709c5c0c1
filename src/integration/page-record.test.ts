import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { decodeIndices, encodeIndices } from '#src/util/index-list.ts';
import { astroCacheDir, readSettings } from '#src/site/settings.ts';
import { buildPages, noteInputValue, noteRenderedPage, withoutUnread, writePageRecord, type Record_ } from './page-record.ts';

// The record is written to the Astro cache folder of a content folder that exists only here.
process.env['SID_CONTENT_DIR'] = path.join(import.meta.dirname, 'no-such-content');
const cacheDir = astroCacheDir(readSettings(process.env, process.cwd()));
const recordFile = path.join(cacheDir, 'page-inputs.json');

const PAGES = Symbol.for('sid-microsite.page-keys');

/** A new build in this process: its state is read again from the last record. */
function startBuild(): void {
  (globalThis as { [PAGES]?: unknown })[PAGES] = undefined;
}

/** A page of the written record: each input it read, with its value. */
function recorded(page: string): Record<string, string | undefined> {
  const record = JSON.parse(readFileSync(recordFile, 'utf8')) as Record_;
  const inputs = record.pages[page]?.inputs;
  if (inputs === undefined) throw new Error(`${page} is not in the record`);
  return Object.fromEntries(decodeIndices(inputs).map((at) => [record.inputs[at] ?? '?', record.values[at]]));
}

beforeEach(startBuild);
afterAll(() => {
  rmSync(cacheDir, { recursive: true, force: true });
  startBuild();
});

describe('the record of the pages a build rendered', () => {
  it('keeps what each page read, with each value as the build saw it, asked for once per input', () => {
    const known = new Map([
      ['list:events', 'list-1'],
      ['entry:events/oodi@en#data.title', 'title-1'],
    ]);
    const asked: string[] = [];
    const valueOf = (input: string) => {
      asked.push(input);
      return known.get(input);
    };
    expect(noteRenderedPage('/en/events/', ['list:events', 'entry:events/oodi@en#data.title'], valueOf)).toEqual([]);
    // The body's value is not worked out yet: it is handed back, and noted once it is.
    expect(noteRenderedPage('/en/events/oodi/', ['body:events/oodi@en', 'entry:events/oodi@en#data.title'], valueOf)).toEqual([
      'body:events/oodi@en',
    ]);
    noteInputValue('body:events/oodi@en', 'body-1');
    expect(asked).toEqual(['list:events', 'entry:events/oodi@en#data.title', 'body:events/oodi@en']);

    for (const page of ['/en/events/', '/en/events/oodi/']) buildPages().planned.set(page, { key: `key ${page}`, reason: undefined });
    const report = writePageRecord();

    expect(report).toEqual({
      rendered: [
        { page: '/en/events/', reason: 'its code changed' },
        { page: '/en/events/oodi/', reason: 'its code changed' },
      ],
      copied: 0,
    });
    expect(recorded('/en/events/')).toEqual({ 'list:events': 'list-1', 'entry:events/oodi@en#data.title': 'title-1' });
    expect(recorded('/en/events/oodi/')).toEqual({ 'entry:events/oodi@en#data.title': 'title-1', 'body:events/oodi@en': 'body-1' });
  });

  it('keeps a copied page as it was, and a page rendered again with what it read in this build', () => {
    expect(existsSync(recordFile)).toBe(true);
    // The body changed: only the event's page is rendered again; the list is copied.
    const unknown = noteRenderedPage('/en/events/oodi/', ['entry:events/oodi@en#data.title', 'body:events/oodi@en'], (input) =>
      input.startsWith('body:') ? 'body-2' : undefined,
    );
    expect(unknown).toEqual(['entry:events/oodi@en#data.title']);
    noteInputValue('entry:events/oodi@en#data.title', 'title-1');
    buildPages().planned.set('/en/events/oodi/', { key: 'key 2', reason: 'changed: content/en/events/oodi.mdx' });
    buildPages().planned.set('/en/events/', { key: 'key /en/events/', reason: undefined });

    expect(writePageRecord()).toEqual({
      rendered: [{ page: '/en/events/oodi/', reason: 'changed: content/en/events/oodi.mdx' }],
      copied: 1,
    });
    expect(recorded('/en/events/oodi/')).toEqual({ 'entry:events/oodi@en#data.title': 'title-1', 'body:events/oodi@en': 'body-2' });
    expect(recorded('/en/events/')).toEqual({ 'list:events': 'list-1', 'entry:events/oodi@en#data.title': 'title-1' });
  });
});

describe('the inputs no page reads any more', () => {
  /** A record of one page that reads the inputs `read` of `inputs`, trimmed when it held `trimmed`. */
  const record = (inputs: string[], read: number[], trimmed: number): Record_ => ({
    version: 2,
    inputs,
    values: inputs.map((input) => `value of ${input}`),
    pages: { '/en/': { inputs: encodeIndices(read), key: 'k' } },
    trimmed,
  });
  const pageInputs = (trimmedRecord: Record_) =>
    decodeIndices(trimmedRecord.pages['/en/']?.inputs ?? '').map((at) => [trimmedRecord.inputs[at], trimmedRecord.values[at]]);

  it('are kept while they are few, so that a build does not decode every page for them', () => {
    const few = record(['a', 'b', 'c', 'd', 'e'], [0, 1, 2, 4], 4);
    expect(withoutUnread(few)).toBe(few);
  });

  it('are dropped once the record holds a quarter more inputs than when they were last dropped', () => {
    const grown = withoutUnread(record(['a', 'b', 'c', 'd', 'e', 'f'], [1, 3, 5], 4));
    expect(grown.inputs).toEqual(['b', 'd', 'f']);
    expect(grown.trimmed).toBe(3);
    expect(pageInputs(grown)).toEqual([
      ['b', 'value of b'],
      ['d', 'value of d'],
      ['f', 'value of f'],
    ]);
  });
});
