import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadResources, parseJson } from './resources.ts';

describe('parseJson', () => {
  it('gives the line of a syntax error', () => {
    const result = parseJson('{\n  "a": "b",\n  "c": "d",\n}\n');
    expect(result).toEqual({ error: { line: 4, message: expect.stringMatching(/^Expected double-quoted property name/) } });
  });
  it('gives the line of a missing comma', () => {
    expect(parseJson('{\n  "a": "b"\n  "c": "d"\n}')).toMatchObject({ error: { line: 3 } });
  });
  it('reads valid JSON', () => {
    expect(parseJson('{"a": "b"}')).toEqual({ value: { a: 'b' } });
  });
});

describe('loadResources', () => {
  const locales = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sid-resources-'));
    mkdirSync(path.join(dir, 'en'));
    writeFileSync(path.join(dir, 'en/common.json'), '{ "nav": { "home": "Home" } }');
    return dir;
  };

  it('reads every locale’s namespaces', () => {
    expect(loadResources(locales(), ['en', 'fr'])).toEqual({ en: { common: { nav: { home: 'Home' } } }, fr: {} });
  });

  it('stops with a report naming the file and line of broken JSON, without a stack trace', () => {
    const dir = locales();
    writeFileSync(path.join(dir, 'en/events.json'), '{\n  "a": "b",\n}\n');
    expect(() => loadResources(dir, ['en'])).toThrow(`${dir}/en/events.json:3\n  is not valid JSON`);
    writeFileSync(path.join(dir, 'en/events.json'), '["a"]');
    expect(() => loadResources(dir, ['en'])).toThrow('is not a JSON object of `"key": "text"` pairs');
  });

  it('refuses a strings file that is a link to a file outside the folder', () => {
    const dir = locales();
    const outside = path.join(path.dirname(dir), `${path.basename(dir)}-outside.json`);
    writeFileSync(outside, '{ "secret": "x" }');
    symlinkSync(outside, path.join(dir, 'en/leak.json'));
    expect(() => loadResources(dir, ['en'])).toThrow(`${dir}/en/leak.json\n  is a link to a file outside the UI strings’ folder`);
  });
});
