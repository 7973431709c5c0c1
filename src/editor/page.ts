/**
 * The editor's page (`/admin/index.html`) and its Content-Security-Policy. The editor is an
 * application that talks to the campaign's git host; the rest of the site keeps its own policy,
 * which allows no other origin (`src/integration/security.ts`). Both are read by `_headers`.
 */
import type { EditorBackend, EditorSettings } from '#src/schemas/editor.ts';
import { escapeMarkup } from '#src/util/escape.ts';

/** The folder of the site the editor is served from: `/admin/`. */
export const EDITOR_FOLDER = 'admin';

/** The configuration file beside the page, which the editor loads. */
export const EDITOR_CONFIG_FILE = 'config.yml';

/**
 * The origins each git host's editor talks to: its API (REST and GraphQL; GitLab's sign-in with
 * PKCE too), where people's avatars come from, and the host's status page, which the editor asks
 * on its own whether the host is down (docs/editor.md says when and why).
 */
export const BACKEND_ORIGINS: Record<EditorBackend, { api: readonly string[]; images: readonly string[]; status: string }> = {
  github: { api: ['https://api.github.com'], images: ['https://avatars.githubusercontent.com'], status: 'https://www.githubstatus.com' },
  gitlab: {
    api: ['https://gitlab.com'],
    images: ['https://gitlab.com', 'https://secure.gravatar.com'],
    status: 'https://status-api.hostedstatus.com',
  },
};

/**
 * The editor page's policy, as its `<meta>` says it: its own scripts only (and WebAssembly, which
 * converts images before upload); inline styles, which Svelte's components add as they show;
 * `blob:` and `data:` for the previews of files it reads; the git host's API, avatars and status
 * page. Nothing else.
 * @example editorPolicy({ backend: 'github', repo: 'o/n', branch: 'main' }) // "default-src 'self'; …"
 */
export function editorPolicy(editor: EditorSettings): string {
  const { api, images, status } = BACKEND_ORIGINS[editor.backend];
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${images.join(' ')}`,
    "font-src 'self'",
    "media-src 'self' blob:",
    `connect-src 'self' blob: data: ${api.join(' ')} ${status}`,
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The page: the configuration it loads and the bundle's entry script, both beside it (relative
 * URLs, so that the page works from the build's `/admin/` as from `npm run edit`'s); kept out of
 * search engines.
 * @example editorPage({ title: 'Safer Internet Day 2020 · editor', policy, entry: 'editor-Bx3k9a.js' })
 */
export function editorPage({ title, policy, entry }: { title: string; policy: string; entry: string }): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex, nofollow">',
    `<meta http-equiv="content-security-policy" content="${escapeMarkup(policy)}">`,
    `<title>${escapeMarkup(title)}</title>`,
    `<link rel="cms-config-url" type="application/yaml" href="./${EDITOR_CONFIG_FILE}">`,
    `<script type="module" src="./${escapeMarkup(entry)}"></script>`,
    '</head>',
    '<body></body>',
    '</html>',
    '',
  ].join('\n');
}
