/**
 * The configuration of the web editor (Sveltia CMS) at `/admin/`, generated from the campaign and
 * the zod schemas: one collection per kind of entry, one field per schema field (`fields.ts`), saved
 * where `npm run new` writes (`content/<locale>/<kind>/<slug>.mdx`). A translation is the same slug
 * under its locale and carries only the translatable fields and the body, as translators write it.
 *
 * Written as `/admin/config.yml`, which the editor loads; see docs/editor.md for the set-up.
 */
import type { CmsConfig, EntryCollection, Field, GitBackend } from '@sveltia/cms';
import type { Campaign } from '#src/schemas/campaign.ts';
import type { EditorSettings } from '#src/schemas/editor.ts';
import { KIND_NAMES, KINDS, sourceSchema, type Kind } from '#src/schemas/index.ts';
import { bodyDescription } from '#src/schemas/scaffold.ts';
import { RESERVED_SLUGS } from '#src/site/sections.ts';
import { EDITOR_SCHEMA_CONTEXT, entryFields, identifierField } from './fields.ts';
import { patternText } from './schema-rules.ts';

export interface EditorSetup {
  campaign: Campaign;
  editor: EditorSettings;
  /**
   * The content folder from the root of its repository, `/`-separated: `content`, or
   * `tests/fixtures/minimal/content` for a fixture. Sveltia's paths start at the repository's root.
   */
  contentPath: string;
}

/** The slug of an entry: its file name, the same in every locale. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The editor's configuration for a campaign.
 * @example editorConfig({ campaign, editor: campaign.editor, contentPath: 'content' }).collections?.length // 6
 */
export function editorConfig({ campaign, editor, contentPath }: EditorSetup): CmsConfig {
  return {
    backend: backendOf(editor),
    // One pull request (GitLab: merge request) per entry, merged once the content check passes on it.
    publish_mode: 'editorial_workflow',
    media_folder: `${contentPath}/media`,
    app_title: `Safer Internet Day ${campaign.edition} · editor`,
    i18n: {
      structure: 'multiple_folders',
      locales: [...campaign.locales],
      default_locale: campaign.defaultLocale,
      // An entry is written in the default locale first; a translation is added when it is ready
      // (the site shows the source, marked as not yet translated, meanwhile).
      initial_locales: 'default',
    },
    // Slugs made from titles as the check wants them: `Día de Internet Segura` → `dia-de-internet-segura`.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    // An optional field left empty is left out of the file, as in an entry written by hand: an empty
    // `registration: ''` would be a wrong URL to the check.
    output: { omit_empty_optional_fields: true },
    // Stock photo services are other sites, and their photos are not the campaign's.
    media_libraries: { stock_assets: false },
    collections: KIND_NAMES.map((kind) => collectionOf(kind, campaign, contentPath)),
  };
}

function backendOf(editor: EditorSettings): GitBackend {
  const { backend, repo, branch } = editor;
  if (backend === 'github') {
    // Without a sign-in service, GitHub's OAuth cannot be used from a static site: editors paste an
    // access token instead (docs/editor.md says how to make one).
    return editor.authUrl === undefined
      ? { name: 'github', repo, branch, auth_methods: ['token'] }
      : { name: 'github', repo, branch, base_url: editor.authUrl };
  }
  // GitLab signs in a static site by itself (OAuth with PKCE), given the application's id.
  return editor.appId === undefined
    ? { name: 'gitlab', repo, branch, auth_methods: ['token'] }
    : { name: 'gitlab', repo, branch, auth_type: 'pkce', app_id: editor.appId };
}

function collectionOf(kind: Kind, campaign: Campaign, contentPath: string): EntryCollection {
  const source = sourceSchema(kind, { ...EDITOR_SCHEMA_CONTEXT, defaultLocale: campaign.defaultLocale });
  const identifier = identifierField(kind);
  const reserved = RESERVED_SLUGS[kind] ?? [];
  return {
    name: kind,
    label: kind,
    label_singular: kind.slice(0, -1),
    folder: `${contentPath}/{{locale}}/${kind}`,
    extension: 'mdx',
    format: 'yaml-frontmatter',
    i18n: true,
    identifier_field: identifier,
    slug: {
      template: `{{${identifier}}}`,
      // Chosen when the entry is created; renaming it later would orphan its translations and the
      // entries that name it.
      editable: ['create'],
      hint: 'the file name: lowercase letters, digits and hyphens, the same in every language',
      pattern: [
        patternText(new RegExp(`^${reserved.length === 0 ? '' : `(?!(?:${reserved.join('|')})$)`}${SLUG.source.slice(1, -1)}$`)),
        reserved.length === 0
          ? 'This is not a slug; use lowercase letters, digits and hyphens'
          : `This is not a slug, or one the site needs for its own pages (${reserved.join(', ')}); use lowercase letters, digits and hyphens`,
      ],
    },
    fields: [
      ...identifierFirst(entryFields({ kind, locales: campaign.locales, source, translation: KINDS[kind].translation }), identifier),
      bodyField(kind),
    ],
  };
}

/** The fields with the one that names the entry first, as a partner's `name`. */
function identifierFirst(fields: readonly Field[], identifier: string): Field[] {
  return [...fields.filter((field) => field.name === identifier), ...fields.filter((field) => field.name !== identifier)];
}

function bodyField(kind: Kind): Field {
  return {
    name: 'body',
    label: 'body',
    widget: 'markdown',
    hint: bodyDescription(kind),
    required: false,
    i18n: true,
    // Images go in content/media/ like the entry's own, as paths relative to the entry.
    editor_components: ['image', 'code-block'],
    linked_images: false,
  };
}
