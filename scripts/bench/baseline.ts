/**
 * The benchmark's baseline: plain Astro 7 with `@astrojs/mdx`, rendering the same MDX bodies into
 * the same pages (every locale × every source entry, the translation's body where there is one)
 * with a minimal layout and none of the project's code. It lives inside the repository's
 * `bench/work/` so that it resolves the project's `node_modules`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function writeBaselineProject(dir: string, contentDir: string, locales: readonly string[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src', 'pages', '[locale]', '[kind]'), { recursive: true });
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()], build: { format: 'preserve' }, devToolbar: { enabled: false } });\n`,
  );
  writeFileSync(
    path.join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { entries: defineCollection({ loader: glob({ base: ${JSON.stringify(contentDir)}, pattern: '*/*/*.mdx', generateId: ({ entry }) => entry.replace(/\\.mdx$/, '') }) }) };\n`,
  );
  writeFileSync(
    path.join(dir, 'src', 'pages', '[locale]', '[kind]', '[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const entries = await getCollection('entries');
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const locales = ${JSON.stringify(locales)};
  return entries
    .filter((entry) => entry.id.startsWith(locales[0] + '/'))
    .flatMap((source) => locales.map((locale) => {
      const [, kind, slug] = source.id.split('/');
      return { params: { locale, kind, slug }, props: { entry: byId.get(locale + '/' + kind + '/' + slug) ?? source } };
    }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang={Astro.params.locale}><head><meta charset="utf-8" /><title>{String(entry.data.title ?? entry.data.name ?? entry.id)}</title></head>
<body><main><h1>{String(entry.data.title ?? entry.data.name ?? entry.id)}</h1><Content /></main></body></html>
`,
  );
}
