import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInputs, isUpToDate, nowWindow } from './up-to-date.ts';

const at = (time: string) => Date.parse(time);

describe('nowWindow', () => {
  it('holds from the last end or midnight before now until the next end or midnight after it', () => {
    const ends = [at('2020-02-10T18:00:00Z'), at('2020-02-11T15:00:00Z'), at('2020-02-12T09:00:00Z')];
    expect(nowWindow(ends, '2020-02-11', at('2020-02-11T12:00:00Z'))).toEqual({
      from: at('2020-02-11T00:00:00Z'),
      until: at('2020-02-11T15:00:00Z'),
    });
    expect(nowWindow(ends, '2020-02-11', at('2020-02-11T16:00:00Z'))).toEqual({
      from: at('2020-02-11T15:00:00Z'),
      until: at('2020-02-12T00:00:00Z'),
    });
  });

  it('counts an event that ends at the very moment as ended, as the lists do', () => {
    const window = nowWindow([at('2020-02-11T15:00:00Z')], '2020-02-11', at('2020-02-11T15:00:00Z'));
    expect(window.from).toBe(at('2020-02-11T15:00:00Z'));
  });

  it('keeps whole days from the campaign’s day, before it too', () => {
    expect(nowWindow([], '2020-02-11', at('2020-02-01T06:30:00Z'))).toEqual({
      from: at('2020-02-01T00:00:00Z'),
      until: at('2020-02-02T00:00:00Z'),
    });
  });
});

describe('isUpToDate', () => {
  const stamp = { inputs: 'abc', now: { from: at('2020-02-11T00:00:00Z'), until: at('2020-02-11T15:00:00Z') } };

  it('is up to date only with the same inputs and "now" inside the window', () => {
    expect(isUpToDate(stamp, 'abc', at('2020-02-11T12:00:00Z'))).toBe(true);
    expect(isUpToDate(stamp, 'abd', at('2020-02-11T12:00:00Z'))).toBe(false);
    expect(isUpToDate(stamp, 'abc', at('2020-02-11T15:00:00Z'))).toBe(false);
    expect(isUpToDate(stamp, 'abc', at('2020-02-10T23:59:59Z'))).toBe(false);
    expect(isUpToDate(undefined, 'abc', at('2020-02-11T12:00:00Z'))).toBe(false);
  });

  it('ignores "now" when no page depended on it', () => {
    expect(isUpToDate({ inputs: 'abc', now: null }, 'abc', at('2031-01-01T00:00:00Z'))).toBe(true);
  });
});

describe('buildInputs', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const campaign = mkdtempSync(path.join(os.tmpdir(), 'sid-up-to-date-'));
  const contentDir = path.join(campaign, 'content');
  cpSync(path.join(root, 'tests/fixtures/minimal/content'), contentDir, { recursive: true });
  const settings = { root, contentDir, localesDir: path.join(root, 'locales') };
  const inputs = (change: { args?: string[]; env?: NodeJS.ProcessEnv; target?: string } = {}) =>
    buildInputs({ settings, target: change.target ?? '/site/dist', args: change.args ?? [], env: change.env ?? {} });

  it('changes with a content file, the target, the arguments and the settings, but not with "now"', () => {
    const before = inputs();
    expect(inputs({ env: { SID_NOW: '2031-01-01T00:00:00Z' } })).toBe(before);
    expect(inputs({ target: '/site/other' })).not.toBe(before);
    expect(inputs({ args: ['--verbose'] })).not.toBe(before);
    expect(inputs({ env: { SID_CONTENT_DIR: 'elsewhere' } })).not.toBe(before);
    writeFileSync(path.join(contentDir, 'en/pages/about.mdx'), '---\ntitle: About\nsummary: Changed.\n---\n');
    expect(inputs()).not.toBe(before);
  });
});
