import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryFile, mediaName, mediaPath } from './media-files.ts';

describe('media files', () => {
  it('names a file by its content', () => {
    const a = mediaName('/x/tools.en.vtt', Buffer.from('WEBVTT\n\nA'));
    expect(a).toMatch(/^tools\.en\.[0-9a-f]{8}\.vtt$/);
    expect(mediaName('/y/tools.en.vtt', Buffer.from('WEBVTT\n\nA'))).toBe(a);
    expect(mediaName('/x/tools.en.vtt', Buffer.from('WEBVTT\n\nB'))).not.toBe(a);
  });

  it('resolves paths relative to the entry file and serves them under /media/', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'sid-media-'));
    mkdirSync(path.join(root, 'content/media'), { recursive: true });
    writeFileSync(path.join(root, 'content/media/clip.mp4'), 'not really a video');
    const folders = { root, contentDir: path.join(root, 'content') };
    expect(entryFile(folders, 'content/en/videos/clip.mdx', '../../media/clip.mp4')).toBe(path.join(root, 'content/media/clip.mp4'));
    expect(mediaPath(folders, 'content/en/videos/clip.mdx', '../../media/clip.mp4')).toMatch(/^\/media\/clip\.[0-9a-f]{8}\.mp4$/);
    expect(mediaPath(folders, 'content/en/workshops/a.mdx', '../../media/clip.mp4', 'materials')).toMatch(
      /^\/media\/materials\/clip\.[0-9a-f]{8}\.mp4$/,
    );
  });

  it('refuses a path that leads outside the content’s media folder, even after the check', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'sid-media-'));
    mkdirSync(path.join(root, 'content/media'), { recursive: true });
    writeFileSync(path.join(root, 'secret.txt'), 'secret');
    expect(() => entryFile({ root, contentDir: path.join(root, 'content') }, 'content/en/videos/clip.mdx', '../../../secret.txt')).toThrow(
      "content/en/videos/clip.mdx: '../../../secret.txt' leads outside the content folder’s media/ folder",
    );
  });
});
