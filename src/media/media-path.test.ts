import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isInside, resolveMediaPath } from './media-path.ts';

describe('resolveMediaPath', () => {
  let base = '';
  let content = '';
  let entry = '';
  beforeAll(() => {
    base = mkdtempSync(path.join(os.tmpdir(), 'sid-media-path-'));
    content = path.join(base, 'content');
    mkdirSync(path.join(content, 'media/captions'), { recursive: true });
    mkdirSync(path.join(content, 'en/videos'), { recursive: true });
    entry = path.join(content, 'en/videos/clip.mdx');
    writeFileSync(path.join(content, 'media/captions/clip.en.vtt'), 'WEBVTT\n');
    writeFileSync(path.join(base, 'outside.vtt'), 'WEBVTT\n');
    writeFileSync(path.join(content, 'campaign.yaml'), 'edition: 2020\n');
    symlinkSync('/etc/passwd', path.join(content, 'media/leak.vtt'));
    symlinkSync(path.join(base, 'outside.vtt'), path.join(content, 'media/outside-link.vtt'));
    symlinkSync(path.join(content, 'media/captions/clip.en.vtt'), path.join(content, 'media/same.vtt'));
    symlinkSync('/proc/self', path.join(content, 'media/proc'));
    mkdirSync(path.join(content, 'media/folder.vtt'));
  });

  it('resolves a path inside media/ to its real file', () => {
    expect(resolveMediaPath(content, entry, '../../media/captions/clip.en.vtt')).toEqual({
      file: path.join(content, 'media/captions/clip.en.vtt'),
    });
  });

  it('follows a link that stays inside media/', () => {
    expect(resolveMediaPath(content, entry, '../../media/same.vtt')).toEqual({ file: path.join(content, 'media/captions/clip.en.vtt') });
  });

  it.each([
    ['../../../outside.vtt', /leads outside the content folder’s media\/ folder/],
    ['../../campaign.yaml', /leads outside the content folder’s media\/ folder/],
    ['../../media/leak.vtt', /is a link to a file outside the content folder’s media\/ folder/],
    ['../../media/outside-link.vtt', /is a link to a file outside/],
    ['../../media/proc/environ', /is a link to a file outside/],
    ['../../media/folder.vtt', /is a folder or a device, not a file/],
    ['/etc/passwd', /is not a path relative to this file; write it like `..\/..\/media\/passwd`/],
    ['file:///etc/passwd', /is not a path relative to this file/],
    ['../../media/captions/clip.en.vtt?raw', /has a `\?`/],
    ['../../media/captions/clip.fr.vtt', /does not exist \(paths are relative to this file\); did you mean 'clip.en.vtt'\?/],
  ])('refuses %s', (value, message) => {
    expect(resolveMediaPath(content, entry, value).problem).toMatch(message);
  });
});

describe('isInside', () => {
  it('tells a folder’s files from a sibling with the same prefix', () => {
    expect(isInside('/a/media/x.png', '/a/media')).toBe(true);
    expect(isInside('/a/media', '/a/media')).toBe(true);
    expect(isInside('/a/mediax/x.png', '/a/media')).toBe(false);
    expect(isInside('/a/..media/x.png', '/a')).toBe(true);
    expect(isInside('/x.png', '/a/media')).toBe(false);
  });
});
