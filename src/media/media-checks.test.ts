import { copyFileSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { captionsProblem, mediaFileProblem } from './media-checks.ts';

const samples = path.resolve(import.meta.dirname, '../../tests/fixtures/media-files');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'sid-media-checks-'));

/** A file in the scratch folder with these contents (or a copy of a sample). */
function file(name: string, contents: string | Buffer | { sample: string }): string {
  const target = path.join(scratch, name);
  if (typeof contents === 'object' && 'sample' in contents) copyFileSync(path.join(samples, contents.sample), target);
  else writeFileSync(target, contents);
  return target;
}

describe('mediaFileProblem', () => {
  it.each([
    ['checklist.pdf', 'material'],
    ['checklist.docx', 'material'],
    ['checklist.odt', 'material'],
    ['bundle.zip', 'material'],
    ['logo.png', 'material'],
    ['logo.png', 'image'],
    ['clip.en.vtt', 'captions'],
  ] as const)('accepts %s as a %s', async (name, use) => {
    expect(await mediaFileProblem(path.join(samples, name), use)).toBeUndefined();
  });

  it('refuses a file whose contents are not what its extension says', async () => {
    expect(await mediaFileProblem(file('passwd.pdf', 'root:x:0:0:root:/root:/bin/bash\n'), 'material')).toBe(
      'is not a PDF file: its contents are of no known format; save it again as PDF',
    );
    expect(await mediaFileProblem(file('logo.jpg', { sample: 'logo.png' }), 'image')).toBe(
      'is not a JPG file: its contents are a PNG file; save it again as JPG or give it the extension .png',
    );
    expect(await mediaFileProblem(file('slides.docx', { sample: 'bundle.zip' }), 'material')).toMatch(
      /^is not a DOCX file: its contents are a ZIP file/,
    );
    expect(await mediaFileProblem(file('clip.mp4', { sample: 'checklist.pdf' }), 'video')).toMatch(
      /^is not a MP4 file: its contents are a PDF file/,
    );
  });

  it('refuses captions that are not WebVTT, with the line of the first error', async () => {
    expect(await mediaFileProblem(file('leak.vtt', 'root:x:0:0:root:/root:/bin/bash\n'), 'captions')).toBe(
      'is not a valid WebVTT file: line 1: No valid signature. (File needs to start with "WEBVTT".); fix the captions file (a WebVTT validator shows every error)',
    );
    expect(await mediaFileProblem(file('latin1.vtt', Buffer.from([0x57, 0x45, 0x42, 0x56, 0x54, 0x54, 0x0a, 0xe9])), 'captions')).toBe(
      'is not a text file in UTF-8; save it again as UTF-8 text',
    );
  });

  it('refuses an unsafe SVG and accepts a safe one', async () => {
    expect(
      await mediaFileProblem(file('evil.svg', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1" onload="alert(1)"/>'), 'image'),
    ).toMatch(/^is an SVG that has the event handler `onload`/);
    expect(
      await mediaFileProblem(
        file('fine.svg', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>'),
        'image',
      ),
    ).toBeUndefined();
  });

  it('refuses files over the limit of their use, and empty files', async () => {
    const big = file('big.pdf', { sample: 'checklist.pdf' });
    truncateSync(big, 25_000_001);
    expect(await mediaFileProblem(big, 'material')).toBe(
      'is larger than 25 MB, the most that workshop materials may be: make it smaller, or put it on another site and link to it with `url:`',
    );
    const svg = file('big.svg', `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><!--${'x'.repeat(1_000_001)}--></svg>`);
    expect(await mediaFileProblem(svg, 'image')).toMatch(/^is larger than 1 MB, the most that SVG images may be/);
    expect(await mediaFileProblem(file('empty.png', ''), 'image')).toBe('is an empty file; add the file’s contents');
  });

  it('refuses a type its use does not allow', async () => {
    expect(await mediaFileProblem(path.join(samples, 'checklist.pdf'), 'image')).toBe(
      'is not one of the file types allowed for images: jpg, jpeg, png, webp, avif, gif, svg',
    );
  });

  it('checks a file again once it changed', async () => {
    const target = file('changing.vtt', 'WEBVTT\n');
    expect(await mediaFileProblem(target, 'captions')).toBeUndefined();
    writeFileSync(target, 'not captions at all\n');
    expect(await mediaFileProblem(target, 'captions')).toMatch(/^is not a valid WebVTT file/);
  });

  it('reads a link’s target (the caller has checked where it leads)', async () => {
    const link = path.join(scratch, 'link.vtt');
    symlinkSync(path.join(samples, 'clip.en.vtt'), link);
    expect(await mediaFileProblem(link, 'captions')).toBeUndefined();
  });
});

describe('captionsProblem', () => {
  it('accepts WebVTT and names the first error and how many follow', () => {
    expect(captionsProblem('WEBVTT\n\n00:01.000 --> 00:02.000\nHello\n')).toBeUndefined();
    expect(captionsProblem('WEBVTT\n\n00:02.000 --> 00:01.000\nHello\n\nbad --> x\nyo\n')).toBe(
      'is not a valid WebVTT file: line 3: End timestamp is not greater than start timestamp (and 1 more); fix the captions file (a WebVTT validator shows every error)',
    );
  });
});
