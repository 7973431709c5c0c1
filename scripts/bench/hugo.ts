/**
 * The benchmark's side by side with Hugo, the fastest static site generator in common use: a Hugo
 * project with the same bodies in the same pages as the plain-Astro baseline (every locale × every
 * source entry, the translation's body where there is one), a minimal layout, and nothing else
 * (no list pages, feeds, sitemap or taxonomies). Built only when `hugo` is on the PATH.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Whether `hugo` can be run here. */
export function hasHugo(): boolean {
  return spawnSync('hugo', ['version'], { stdio: 'ignore' }).status === 0;
}

/** The command that builds the project cold (dates in the future need `--buildFuture`). */
export function hugoCommand(dir: string): string[] {
  return ['hugo', '--source', dir, '--destination', 'public', '--buildFuture', '--quiet', '--cleanDestinationDir'];
}

/**
 * Writes the Hugo project into `dir` from a campaign's content folder; returns the pages it makes.
 * @example writeHugoProject('bench/work/hugo-400x6', 'bench/work/400x6/content', ['en', 'es']) // 2400
 */
export function writeHugoProject(dir: string, contentDir: string, locales: readonly string[]): number {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'layouts', '_default'), { recursive: true });
  writeFileSync(
    path.join(dir, 'hugo.toml'),
    [
      'baseURL = "https://bench.example.org/"',
      'disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]',
      '[markup.goldmark.renderer]',
      '  unsafe = false',
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(dir, 'layouts', '_default', 'single.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n',
  );
  const [source = 'en'] = locales;
  let pages = 0;
  for (const kind of readdirSync(path.join(contentDir, source))) {
    for (const file of readdirSync(path.join(contentDir, source, kind))) {
      for (const locale of locales) {
        const translated = path.join(contentDir, locale, kind, file);
        const { title, body } = entryText(
          readFileSync(existsSync(translated) ? translated : path.join(contentDir, source, kind, file), 'utf8'),
        );
        const target = path.join(dir, 'content', locale, kind, file.replace(/\.mdx$/, '.md'));
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, `---\ntitle: ${JSON.stringify(title)}\n---\n${body}`);
        pages += 1;
      }
    }
  }
  return pages;
}

/** The title (or name) and body of a generated entry; its other fields are the site's, not Hugo's. */
function entryText(file: string): { title: string; body: string } {
  const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file) ?? [];
  const title = /^(?:title|name): (.*)$/m.exec(frontMatter)?.[1] ?? '';
  return { title, body };
}
