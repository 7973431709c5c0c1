/**
 * Content as a hostile contributor would write it: paths and links that lead outside the content
 * folder, files that are not what they say, unsafe SVG, YAML tricks and invisible characters. The
 * check and the build refuse each one with a report line that names the file, and nothing from
 * outside the content folder reaches `dist/`. Safe SVG images, on the other hand, build.
 */
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '#src/util/files.ts';
import { copyFixture, run } from '../../tools/run.ts';
import { buildFixture } from '../build-fixture.ts';

/** Written beside the content folder: no byte of it may be published. */
const OUTSIDE_MARKER = 'OUTSIDE-THE-CONTENT-FOLDER-7f3a';

/** Replaces `from` with `to` in a file of the copy. */
function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
  writeFileSync(file, text.replace(from, to));
}

describe('content that reaches outside its folder', () => {
  let dir = '';
  let content = '';
  const at = (file: string) => path.join(content, file);

  beforeAll(() => {
    dir = copyFixture('minimal');
    content = path.join(dir, 'content');
    const pdf = readFileSync(at('media/materials/privacy-checklist.pdf'));
    writeFileSync(path.join(dir, 'outside.pdf'), Buffer.concat([pdf, Buffer.from(`\n%${OUTSIDE_MARKER}\n`)]));
    writeFileSync(path.join(dir, 'outside.vtt'), `WEBVTT\n\n00:00.000 --> 00:01.000\n${OUTSIDE_MARKER}\n`);
    copyFileSync(at('media/partners/cybersafe.png'), path.join(dir, 'outside.png'));
    symlinkSync('/etc/passwd', at('media/secret.pdf'));
    symlinkSync('/etc/passwd', at('media/leak.vtt'));
    symlinkSync('/proc/self/environ', at('media/environ.png'));
    symlinkSync(path.join(dir, 'outside.vtt'), at('media/outside-link.vtt'));
    writeFileSync(at('media/not-captions.vtt'), `WEBVTT\n\n00:00:02.000 --> 00:00:01.000\n${OUTSIDE_MARKER}\n`);

    const workshop = at('en/workshops/privacy-basics.mdx');
    edit(
      workshop,
      'file: ../../media/materials/privacy-checklist.pdf',
      'file: ../../../outside.pdf\n  - title: Secret\n    file: ../../media/secret.pdf',
    );
    const video = at('en/videos/safety-tools.mdx');
    edit(
      video,
      '  en: ../../media/captions/safety-tools.en.vtt',
      '  en: ../../media/captions/safety-tools.en.vtt\n  fr: ../../media/leak.vtt\n  ar: ../../../outside.vtt\n  es: ../../media/outside-link.vtt\n  fi: ../../media/not-captions.vtt',
    );
    edit(video, 'poster: ../../media/posters/safety-tools.png', 'poster: ../../media/environ.png');
    appendFileSync(at('en/pages/about.mdx'), '\n![a picture](../../../outside.png)\n');
    edit(at('en/partners/webwise.mdx'), 'name: ', 'name: &n ');
    edit(at('en/events/dublin.mdx'), 'title: Safer internet for all citizens', 'title: "\\0Safer \\ainternet for all\u202E citizens"');
    symlinkSync(path.join(dir, 'outside.pdf'), at('en/pages/leaked.mdx'));
  });

  const expected = [
    ['en/events/dublin.mdx:2', '`title`: has the invisible character U+0000 (null) at character 1, which can hide or reorder text'],
    [
      'en/pages/about.mdx:8',
      'has the image `../../../outside.png`, which leads outside the content folder’s media/ folder, and the site only publishes files from there',
    ],
    ['en/pages/leaked.mdx', 'is a link to something outside the content folder, which the site does not publish'],
    ['en/partners/webwise.mdx:2', 'uses the YAML anchor `&n`; remove it and write each value where it is used'],
    [
      'en/videos/safety-tools.mdx:6',
      "`poster`: '../../media/environ.png' is a link to a file outside the content folder’s media/ folder, which the site does not publish",
    ],
    [
      'en/videos/safety-tools.mdx:11',
      "`captions.fr`: '../../media/leak.vtt' is a link to a file outside the content folder’s media/ folder",
    ],
    ['en/videos/safety-tools.mdx:12', "`captions.ar`: '../../../outside.vtt' leads outside the content folder’s media/ folder"],
    [
      'en/videos/safety-tools.mdx:13',
      "`captions.es`: '../../media/outside-link.vtt' is a link to a file outside the content folder’s media/ folder",
    ],
    [
      'en/videos/safety-tools.mdx:14',
      "`captions.fi`: '../../media/not-captions.vtt' is not a valid WebVTT file: line 3: End timestamp is not greater than start timestamp",
    ],
    ['en/workshops/privacy-basics.mdx:11', "`materials[0].file`: '../../../outside.pdf' leads outside the content folder’s media/ folder"],
    [
      'en/workshops/privacy-basics.mdx:13',
      "`materials[1].file`: '../../media/secret.pdf' is a link to a file outside the content folder’s media/ folder",
    ],
  ] as const;

  it('is refused by npm run check, each problem with its file, line and field, and no stack trace', () => {
    const result = run('check.ts', dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^\d+ problems in the content\.\n/);
    for (const [where, message] of expected) expect(result.stdout).toContain(`${content}/${where}\n  ${message}`);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
    expect(result.stdout).not.toContain(OUTSIDE_MARKER);
  });

  it('stops the build with the same report, before anything is written, and keeps the previous site', () => {
    const outDir = path.join(dir, 'dist');
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, 'index.html'), 'the previous site');
    const build = buildFixture('minimal', { contentDir: content, outDir });
    expect(build.status).not.toBe(0);
    for (const [where, message] of expected) expect(build.output).toContain(`${content}/${where}\n  ${message}`);
    expect(build.output).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
    expect(filesUnder(outDir).map((file) => path.relative(outDir, file))).toEqual(['index.html']);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('the previous site');
  });
});

describe('SVG images', () => {
  const logo =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40" fill="#1a4fa0"/><circle cx="20" cy="20" r="12" fill="#f5b700"/></svg>';

  it('build when they are plain drawings: rasterised to AVIF and WebP, with the SVG itself as fallback and in bodies', () => {
    const dir = copyFixture('minimal');
    const content = path.join(dir, 'content');
    writeFileSync(path.join(content, 'media/partners/webwise.svg'), logo);
    const webwise = path.join(content, 'en/partners/webwise.mdx');
    edit(webwise, 'url: ', 'logo: ../../media/partners/webwise.svg\nlogoAlt: Webwise\nurl: ');
    appendFileSync(path.join(content, 'en/pages/about.mdx'), '\n![The Webwise logo](../../media/partners/webwise.svg)\n');
    const build = buildFixture('minimal', { contentDir: content, outDir: path.join(dir, 'dist') });
    expect(build.output).toContain('Complete!');
    expect(build.status).toBe(0);
    const page = build.page('/en/partners/webwise/');
    const picture = page('picture:has(img[alt="Webwise"])');
    expect(
      picture
        .find('source')
        .map((_, source) => page(source).attr('type'))
        .get(),
    ).toEqual(['image/avif', 'image/webp']);
    const fallback = picture.find('img').attr('src') ?? '';
    expect(fallback).toMatch(/^\/_astro\/webwise\.[\w-]+\.svg$/);
    expect(readFileSync(path.join(build.outDir, fallback), 'utf8')).toBe(logo);
    const bodyImage = build.page('/en/about/')('img[alt="The Webwise logo"]').attr('src') ?? '';
    expect(bodyImage).toMatch(/^\/_astro\/webwise\.[\w-]+\.svg$/);
    expect(readFileSync(path.join(build.outDir, bodyImage), 'utf8')).toBe(logo);
  });

  it('are refused when they could run code or load other files', () => {
    const dir = copyFixture('minimal');
    const content = path.join(dir, 'content');
    writeFileSync(
      path.join(content, 'media/partners/evil.svg'),
      logo.replace('<rect', '<rect onclick="alert(1)"').replace('</svg>', '<image href="file:///etc/passwd"/></svg>'),
    );
    edit(path.join(content, 'en/partners/webwise.mdx'), 'url: ', 'logo: ../../media/partners/evil.svg\nlogoAlt: Webwise\nurl: ');
    const result = run('check.ts', dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'en/partners/webwise.mdx:4\n  `logo`: \'../../media/partners/evil.svg\' is an SVG that has the event handler `onclick` on `<rect>`, which would run code in readers’ browsers; remove it (line 1); it also has `href="file:///etc/passwd"` on `<image>`',
    );
  });
});
