/**
 * The editor's form fields, read from the zod schemas of `src/schemas/`: a field's widget, whether
 * it must be filled, its pattern, its bounds, its hint (the schema's own description) and whether
 * translators see it all come from the schema, so that a field or a rule added there reaches the
 * form without another edit. Rules that join several fields (an event ends after it starts, a
 * `hybrid` event needs a venue) or look at other files (a reference to a missing partner) are beyond
 * a form: `npm run check` and the build report them, naming the field as the form labels it.
 *
 * Labels are the field names themselves (`end`, `venue`, `country`), as in the MDX files, the README
 * and every problem the check reports (`venue.country`), so that a message always points at the
 * field it names.
 */
import { z } from 'astro/zod';
import type { Field, SelectFieldValue } from '@sveltia/cms';
import countries from 'i18n-iso-countries';
import { tzlib_get_timezones } from 'timezones-ical-library';
import { isTimeZone } from '#src/events/time.ts';
import { MEDIA_USES, type MediaUse } from '#src/media/file-types.ts';
import { calendarDate, countryCode, httpsUrl, languageTag, safeUrl, slug, timeZone, wallClock } from '#src/schemas/common.ts';
import { KINDS, type Kind } from '#src/schemas/index.ts';
import { referenceTarget } from '#src/schemas/references.ts';
import { describeAt, fieldsAt, innerOf, schemaAt, unwrap } from '#src/schemas/schema-fields.ts';
import { checksOf, defaultOf, issueText, lengthBounds, messageOf, numberBounds, patternText } from './schema-rules.ts';

type AnySchema = z.core.$ZodType;
type Path = readonly PropertyKey[];

/**
 * What the source schemas are built with for the editor (their `SchemaContext`): a plain string per
 * kind of file, which `mediaUseOf` recognises, since the schema itself only knows it as a string.
 */
const MEDIA_MARKERS: Record<MediaUse, z.ZodType<string>> = {
  image: z.string(),
  video: z.string(),
  captions: z.string(),
  material: z.string(),
};

export const EDITOR_SCHEMA_CONTEXT = {
  image: () => MEDIA_MARKERS.image,
  file: (use: Exclude<MediaUse, 'image'>) => MEDIA_MARKERS[use],
};

/**
 * The folder of `content/media/` where the editor uploads a kind's files: images beside the kind's
 * name (`media/events/`), except the videos' posters and the hashtags' emoji, as in the sample; the
 * other files by what they are (`media/captions/`).
 */
const IMAGE_FOLDERS: Partial<Record<Kind, string>> = { videos: 'posters', hashtags: 'emoji' };
const FILE_FOLDERS: Record<Exclude<MediaUse, 'image'>, string> = { video: 'videos', captions: 'captions', material: 'materials' };

/** Stored like the schema's wall-clock times: `2020-02-11T10:00`, no seconds, no offset (Day.js tokens). */
export const WALL_CLOCK_FORMAT = 'YYYY-MM-DDTHH:mm';

/**
 * The shape of a BCP 47 tag as the site writes it (`en`, `es-MX`, `zh-Hant`): the form catches a
 * space or a capital in the wrong place; whether the tag is one `Intl` knows is the check's part.
 */
const LANGUAGE_TAG_SHAPE = patternText(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);

/** The shape of the links the schemas accept (`isSafeUrl`): the form catches `http://` and a missing scheme. */
const HTTPS_URL_SHAPE = patternText(/^https:\/\/\S+$/);
const SAFE_URL_SHAPE = patternText(/^(https:\/\/|mailto:)\S+$/);

/** A summary's or a description's length, above which a field gets a text area instead of a line. */
const TEXT_AREA_FROM = 250;

/** What a field of a kind is read from: the kind's source schema and its translatable part. */
export interface FieldScope {
  kind: Kind;
  /** The campaign's locales, the default first. */
  locales: readonly string[];
  source: AnySchema;
  translation: AnySchema;
}

/**
 * The field that names an entry of a kind in lists and makes its slug: its `title`, or a partner's `name`.
 * @example identifierField('partners') // 'name'
 */
export function identifierField(kind: Kind): string {
  return 'title' in KINDS[kind].translation.shape ? 'title' : 'name';
}

/**
 * The editor fields of a kind's entries, in the schema's order, each text alternative (`imageAlt`)
 * right after the file it describes (`image`).
 * @example entryFields(scope).map((field) => field.name) // ['title', 'summary', 'start', …, 'image', 'imageAlt']
 */
export function entryFields(scope: FieldScope): Field[] {
  return beforeAlternatives(fieldsAt(scope.source, [])).map((name) => fieldAt(scope, [name]));
}

/**
 * The field at a path of the source schema (`['venue', 'country']`, `['materials', 0, 'title']`).
 * Translatable when the translation schema has the same path: the field then shows in every
 * locale, and a translation file carries it; other fields stay in the source entry.
 */
export function fieldAt(scope: FieldScope, path: Path): Field {
  const schema = schemaAt(scope.source, path);
  if (schema === undefined) throw new Error(`${scope.kind} has no field ${path.join('.')}`);
  const name = nameAt(path);
  const hint = describeAt(scope.source, path);
  return {
    name,
    label: name,
    ...(hint === undefined ? {} : { hint }),
    required: !(schema as z.ZodType).safeParse(undefined).success,
    ...(schemaAt(scope.translation, path) === undefined ? {} : { i18n: true }),
    ...widgetAt(scope, path, schema),
  } as Field;
}

/** The widget of a field and its options (everything but name, label, hint, required and i18n). */
function widgetAt(scope: FieldScope, path: Path, schema: AnySchema): Record<string, unknown> {
  const name = nameAt(path);
  const target = path.length === 1 ? referenceTarget(scope.kind, name) : undefined;
  const inner = unwrap(schema);
  if (target !== undefined) {
    const multiple = inner instanceof z.ZodArray;
    // Offered by what names them (a partner's `name`), stored by slug, as the check reads them.
    const shown = [identifierField(target)];
    return {
      widget: 'relation',
      collection: target,
      value_field: '{{slug}}',
      display_fields: shown,
      search_fields: shown,
      multiple,
      ...(multiple ? lengthBounds(inner) : {}),
    };
  }
  const use = mediaUseOf(schema);
  if (use !== undefined) return mediaWidget(scope.kind, use);
  if (isBuiltOn(schema, wallClock)) return { widget: 'datetime', type: 'datetime-local', format: WALL_CLOCK_FORMAT };
  if (isBuiltOn(schema, calendarDate)) return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
  if (isBuiltOn(schema, timeZone)) return { widget: 'select', options: timeZoneOptions() };
  if (isBuiltOn(schema, countryCode)) return { widget: 'select', options: countryOptions() };
  if (isBuiltOn(schema, httpsUrl)) return { widget: 'string', type: 'url', pattern: [HTTPS_URL_SHAPE, issueText(name, httpsUrl)] };
  if (isBuiltOn(schema, safeUrl)) return { widget: 'string', type: 'url', pattern: [SAFE_URL_SHAPE, issueText(name, safeUrl)] };
  if (isBuiltOn(schema, languageTag)) return { widget: 'string', pattern: [LANGUAGE_TAG_SHAPE, issueText(name, languageTag)] };
  if (isBuiltOn(schema, slug)) return stringWidget(name, unwrap(slug));
  if (inner instanceof z.ZodEnum) return { widget: 'select', options: enumOptions(inner) };
  if (inner instanceof z.ZodBoolean) return { widget: 'boolean', ...defaultOf(schema) };
  if (inner instanceof z.ZodNumber) return { widget: 'number', ...numberBounds(inner), ...defaultOf(schema) };
  if (inner instanceof z.ZodString) return stringWidget(name, inner);
  if (inner instanceof z.ZodArray) return listWidget(scope, path, inner);
  if (inner instanceof z.ZodObject) return { widget: 'object', fields: subfields(scope, path, fieldsAt(inner, [])) };
  if (inner instanceof z.ZodRecord && isBuiltOn(inner._zod.def.keyType, languageTag)) {
    // `{ fr: …, es: … }`: one optional field per locale of the campaign, with the language's name.
    const names = new Intl.DisplayNames(['en'], { type: 'language' });
    return {
      widget: 'object',
      fields: scope.locales.map((locale) => ({ ...fieldAt(scope, [...path, locale]), hint: names.of(locale) ?? locale, required: false })),
    };
  }
  if (inner instanceof z.ZodRecord) return { widget: 'keyvalue' };
  return { widget: 'string' };
}

function listWidget(scope: FieldScope, path: Path, list: z.ZodArray): Record<string, unknown> {
  const element = unwrap(list.element);
  const bounds = lengthBounds(list);
  if (element instanceof z.ZodEnum) return { widget: 'select', multiple: true, options: enumOptions(element), ...bounds };
  if (element instanceof z.ZodObject) {
    const names = fieldsAt(element, []);
    const label = names.find((name) => unwrap(element.shape[name] as AnySchema) instanceof z.ZodString);
    return {
      widget: 'list',
      fields: subfields(scope, [...path, 0], names),
      ...(label === undefined ? {} : { summary: `{{fields.${label}}}` }),
      ...bounds,
    };
  }
  // A list of single values keeps them plain (`[es, en]`) with one field per item; Sveltia's own
  // list of lines has no pattern and is copied into translation files.
  const item = fieldAt(scope, [...path, 0]);
  const name = nameAt(path);
  return { widget: 'list', field: { ...item, name, label: name, required: true }, ...bounds };
}

function subfields(scope: FieldScope, path: Path, names: readonly string[]): Field[] {
  return beforeAlternatives(names).map((name) => fieldAt(scope, [...path, name]));
}

function stringWidget(name: string, string: AnySchema): Record<string, unknown> {
  const checks = checksOf(string);
  const regex = checks.find((check) => check.check === 'string_format' && check.format === 'regex');
  const maximum = checks.find((check) => check.check === 'max_length')?.maximum;
  const pattern = regex?.pattern instanceof RegExp ? [patternText(regex.pattern), `${name} ${messageOf(regex)}`] : undefined;
  return {
    widget: typeof maximum === 'number' && maximum >= TEXT_AREA_FROM ? 'text' : 'string',
    ...(pattern === undefined ? {} : { pattern }),
    ...(typeof maximum === 'number' ? { maxlength: maximum } : {}),
  };
}

function mediaWidget(kind: Kind, use: MediaUse): Record<string, unknown> {
  const folder = `../../media/${use === 'image' ? (IMAGE_FOLDERS[kind] ?? kind) : FILE_FOLDERS[use]}`;
  const { extensions, maxBytes } = MEDIA_USES[use];
  return {
    widget: use === 'image' ? 'image' : 'file',
    // Relative to the entry, as the schema asks (`../../media/events/oodi.jpg`): `media/` is two
    // folders up from `<locale>/<kind>/`, in a source entry as in a translation.
    media_folder: folder,
    public_folder: folder,
    accept: extensions.map((extension) => `.${extension}`).join(','),
    choose_url: false,
    media_libraries: { default: { config: { max_file_size: maxBytes } }, stock_assets: false },
  };
}

/**
 * The kind of file a field takes, when it is one of the media fields the schemas build with their
 * context (`EDITOR_SCHEMA_CONTEXT`).
 */
function mediaUseOf(schema: AnySchema): MediaUse | undefined {
  return (Object.keys(MEDIA_MARKERS) as MediaUse[]).find((use) => isBuiltOn(schema, MEDIA_MARKERS[use]));
}

/**
 * Whether a schema is `base`, or `base` wrapped (optional, default…) or described: zod makes a
 * described schema a copy that remembers its original (`_zod.parent`).
 * @example isBuiltOn(wallClock.describe('when it starts').optional(), wallClock) // true
 */
export function isBuiltOn(schema: AnySchema, base: AnySchema): boolean {
  for (let layer: AnySchema | undefined = schema; layer !== undefined;) {
    for (let copy: AnySchema | undefined = layer; copy !== undefined; copy = copy._zod.parent) {
      if (copy === base) return true;
    }
    const inner = innerOf(layer);
    layer = inner === layer ? undefined : inner;
  }
  return false;
}

function enumOptions(schema: z.ZodEnum): SelectFieldValue[] {
  return Object.values(schema._zod.def.entries);
}

/**
 * Every time zone the schema accepts, by its IANA name: the current names (`Asia/Kolkata`, from the
 * zone data the calendars use) and those the runtime still knows by an older one (`Asia/Calcutta`),
 * which entries may already have.
 */
function timeZoneOptions(): string[] {
  const current = tzlib_get_timezones(false);
  const names = [...(Array.isArray(current) ? current : []), ...Intl.supportedValuesOf('timeZone')];
  return [...new Set(names)].filter(isTimeZone).sort();
}

/**
 * Every country the schema accepts, by its English name with its code, which is what the file holds.
 * @example countryOptions()[0] // { label: 'Afghanistan (AF)', value: 'AF' }
 */
function countryOptions(): { label: string; value: string }[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  return Object.keys(countries.getAlpha2Codes())
    .map((code) => ({ label: `${names.of(code) ?? code} (${code})`, value: code }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

/**
 * The name of the field at a path: a list's item goes by the list's name.
 * @example nameAt(['languages', 0]) // 'languages'
 */
function nameAt(path: Path): string {
  return path.findLast((part): part is string => typeof part === 'string') ?? '';
}

/**
 * Field names with each text alternative (`<name>Alt`) moved right after the field it describes.
 * @example beforeAlternatives(['title', 'imageAlt', 'start', 'image']) // ['title', 'start', 'image', 'imageAlt']
 */
export function beforeAlternatives(names: readonly string[]): string[] {
  const isAlternative = (name: string) => name.endsWith('Alt') && names.includes(name.slice(0, -'Alt'.length));
  return names.filter((name) => !isAlternative(name)).flatMap((name) => (names.includes(`${name}Alt`) ? [name, `${name}Alt`] : [name]));
}
