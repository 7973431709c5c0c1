/**
 * Scaffolding for `npm run new`: a new entry written from its kind's schema, so that comms staff
 * start from every field they must fill, each with the schema's own description as a comment.
 *
 * Placeholders are empty values (`""`, `[]`, `{}`) on purpose: they fail `npm run check` and the
 * build with the field's own message until someone fills them, so a scaffold cannot reach the site
 * half written. (A sample value such as `title: My event` would pass and be published.)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { Document, isCollection } from 'yaml';
import type { Campaign } from './campaign.ts';
import { slug as slugSchema } from './common.ts';
import { KIND_NAMES, KINDS, sourceSchema, type Kind } from './index.ts';
import { parseEntry } from '#src/validation/front-matter.ts';
import { describeAt, fieldsAt, isRequired, schemaAt } from './schema-fields.ts';
import { closest } from '#src/util/suggest.ts';
import { RESERVED_SLUGS } from '#src/site/sections.ts';

type AnySchema = z.core.$ZodType;

/**
 * Fields that the schema leaves optional but that the usual entry of a kind needs (a rule in
 * the schema's `superRefine` asks for them): they are scaffolded as lines to fill, not as
 * commented-out lines. Events are usually in person (`venue`); videos are usually on YouTube or
 * Vimeo (`id`) and always need `posterAlt`.
 */
const USUALLY_NEEDED: Partial<Record<Kind, readonly string[]>> = {
  events: ['venue'],
  videos: ['id', 'posterAlt'],
};

/** A problem with the request itself (unknown kind, bad slug, file exists…), worded for people. */
export class ScaffoldError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScaffoldError';
  }
}

export interface ScaffoldRequest {
  kind: string;
  slug: string;
  /** The locale of a translation; absent (or the default locale) for a source entry. */
  locale?: string | undefined;
}

export interface Scaffold {
  /** Absolute path of the file to write. */
  file: string;
  text: string;
}

/**
 * The front matter and body of a new source entry of a kind: required fields with an empty
 * placeholder, optional ones commented out, each under a `#` line from its description.
 * @example sourceScaffold('pages', 'en') // '---\n# the page title\ntitle: ""\n…'
 */
export function sourceScaffold(kind: Kind, defaultLocale: string): string {
  const schema = sourceSchema(kind, { image: () => z.string(), file: () => z.string(), defaultLocale });
  const usual = USUALLY_NEEDED[kind] ?? [];
  const lines = fieldsAt(schema, []).flatMap((field) =>
    fieldLines(schema, [field], '', !(isRequired(schema, [field]) || usual.includes(field))),
  );
  return ['---', ...lines, '---', bodyHint(kind), ''].join('\n');
}

/**
 * A new translation of a source entry: its translatable fields as the source has them, under a
 * `#` line saying what to translate, and the source's body to translate.
 * @example translationScaffold('pages', '---\ntitle: About\nsummary: Why\norder: 1\n---\nText\n')
 *   // '---\n# the page title: translate it\ntitle: About\n…---\nText\n'
 */
export function translationScaffold(kind: Kind, sourceText: string): string {
  const source = parseEntry(sourceText);
  const [syntaxError] = source.syntaxErrors;
  if (syntaxError !== undefined) {
    throw new ScaffoldError(
      `the source entry cannot be read (line ${syntaxError.line}: ${syntaxError.message}); fix it first (npm run check)`,
    );
  }
  const schema = KINDS[kind].translation;
  const lines = fieldsAt(schema, []).flatMap((field) => {
    const value = translatablePart(schema, [field], source.data[field]);
    if (value === undefined) return [];
    const description = describeAt(schema, [field]);
    return [`# ${description === undefined ? '' : `${description}: `}translate it`, ...yamlLines(field, value)];
  });
  return ['---', ...lines, '---', source.body.replace(/\n*$/, '\n')].join('\n');
}

/**
 * Checks a request against the content folder and returns the file to write and its text.
 * Throws a `ScaffoldError` that says what to do when the kind, slug or locale is wrong, when
 * a translation has no source, or when the file already exists.
 * @example planScaffold('content', campaign, { kind: 'events', slug: 'oodi-training' }).file
 *   // '/repo/content/en/events/oodi-training.mdx'
 */
export function planScaffold(contentDir: string, campaign: Campaign, request: ScaffoldRequest): Scaffold {
  const kind = checkKind(request.kind);
  checkSlug(kind, request.slug);
  const locale = request.locale ?? campaign.defaultLocale;
  if (!campaign.locales.includes(locale)) {
    const guess = closest(locale, campaign.locales);
    throw new ScaffoldError(
      `'${locale}' is not a locale of this campaign (${campaign.locales.join(', ')})${guess === undefined ? '; add it with `npm run i18n:add -- ' + locale + '`' : `; did you mean '${guess}'?`}`,
    );
  }
  const file = path.join(contentDir, locale, kind, `${request.slug}.mdx`);
  if (existsSync(file)) throw new ScaffoldError(`${file} already exists; edit it, or choose another slug`);
  if (locale === campaign.defaultLocale) return { file, text: sourceScaffold(kind, campaign.defaultLocale) };

  const sourceFile = path.join(contentDir, campaign.defaultLocale, kind, `${request.slug}.mdx`);
  if (!existsSync(sourceFile)) {
    throw new ScaffoldError(
      `there is no source entry ${campaign.defaultLocale}/${kind}/${request.slug}.mdx to translate; write it first (npm run new -- ${kind} ${request.slug})`,
    );
  }
  return { file, text: translationScaffold(kind, readFileSync(sourceFile, 'utf8')) };
}

/**
 * Writes a scaffold, creating its folders; never replaces a file (it fails if one appeared).
 */
export function writeScaffold(scaffold: Scaffold): void {
  mkdirSync(path.dirname(scaffold.file), { recursive: true });
  try {
    writeFileSync(scaffold.file, scaffold.text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new ScaffoldError(`${scaffold.file} already exists; edit it, or choose another slug`);
    throw error;
  }
}

function checkKind(kind: string): Kind {
  if ((KIND_NAMES as string[]).includes(kind)) return kind as Kind;
  const guess = closest(kind, KIND_NAMES);
  throw new ScaffoldError(
    `'${kind}' is not a kind of entry; the kinds are ${KIND_NAMES.join(', ')}${guess === undefined ? '' : ` (did you mean '${guess}'?)`}`,
  );
}

function checkSlug(kind: Kind, slug: string): void {
  const result = slugSchema.safeParse(slug);
  if (!result.success) {
    const suggestion = slugify(slug);
    throw new ScaffoldError(
      `'${slug}' ${result.error.issues[0]?.message ?? 'is not a slug'}${suggestion === '' || suggestion === slug ? '' : `, e.g. '${suggestion}'`}`,
    );
  }
  const reserved = RESERVED_SLUGS[kind] ?? [];
  if (reserved.includes(slug)) {
    throw new ScaffoldError(`'${slug}' is a slug the site needs for its own pages (${reserved.join(', ')}); choose another`);
  }
}

/**
 * A slug made from any text, to suggest when a slug is not one.
 * @example slugify('Oodi Training 2020!') // 'oodi-training-2020'
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The lines of one field: its description as a comment, then the field with a placeholder (or
 * its default), nested for groups of fields; every line commented out when `commented`.
 */
function fieldLines(schema: AnySchema, at: readonly PropertyKey[], indent: string, commented: boolean): string[] {
  const field = String(at[at.length - 1]);
  const description = describeAt(schema, at);
  const comment = description === undefined ? [] : [`${indent}# ${description}`];
  const prefix = commented ? '# ' : '';
  const subfields = fieldsAt(schema, at);
  if (subfields.length > 0) {
    return [
      ...comment,
      `${indent}${prefix}${field}:`,
      ...subfields.flatMap((sub) => fieldLines(schema, [...at, sub], `${indent}  `, commented || !isRequired(schema, [...at, sub]))),
    ];
  }
  return [...comment, ...yamlLines(field, placeholder(schema, at)).map((line) => `${indent}${prefix}${line}`)];
}

/**
 * What to write for a field: its default when it has one (`grant: false`, `organisers: []`),
 * else an empty value of its shape.
 */
function placeholder(schema: AnySchema, at: readonly PropertyKey[]): unknown {
  const target = schemaAt(schema, at) as z.ZodType | undefined;
  const fallback = target?.safeParse(undefined);
  if (fallback?.success === true && fallback.data !== undefined) return fallback.data;
  // A record takes any key; an array only numeric ones; anything else is a single value.
  if (schemaAt(schema, [...at, '\u0000']) !== undefined) return {};
  if (schemaAt(schema, [...at, 0]) !== undefined) return [];
  return '';
}

/**
 * The part of a source value that a translation carries: the whole value for a text, only the
 * translatable sub-fields of each item for a list of groups (a workshop's material titles).
 */
function translatablePart(schema: AnySchema, at: readonly PropertyKey[], value: unknown): unknown {
  const itemFields = fieldsAt(schema, [...at, 0]);
  if (itemFields.length === 0 || !Array.isArray(value)) return value;
  return value.map((item: unknown) =>
    item !== null && typeof item === 'object'
      ? Object.fromEntries(itemFields.filter((key) => key in item).map((key) => [key, (item as Record<string, unknown>)[key]]))
      : item,
  );
}

/** A field as YAML lines; lists and groups in flow style (`[a, b]`, `{ a: 1 }`), as in docs/content.md. */
function yamlLines(field: string, value: unknown): string[] {
  const document = new Document({ [field]: value });
  const node = document.get(field, true);
  if (isCollection(node)) node.flow = true;
  return document.toString({ lineWidth: 0 }).trimEnd().split('\n');
}

function bodyHint(kind: Kind): string {
  return `{/* Below this line: ${bodyDescription(kind)}. Delete this comment. */}`;
}

/**
 * What the body of an entry of a kind is: said in a new entry's comment and in the editor's hint.
 * @example bodyDescription('videos') // 'the transcript of the video, in Markdown (headings, lists, links)'
 */
export function bodyDescription(kind: Kind): string {
  const what = kind === 'videos' ? 'the transcript of the video' : 'the text of the entry';
  return `${what}, in Markdown (headings, lists, links)`;
}
