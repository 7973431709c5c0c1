/**
 * The fields tables of `docs/content.md`, written from the schemas: every field of every kind of
 * entry and of `campaign.yaml`, whether a translation carries it, whether it must be there, and the
 * schema's own `.describe()` text. The schemas are the one source of those facts; a table typed by
 * hand would drift from them (`fields-table.test.ts` fails when the docs differ, and
 * `npm run docs:fields` rewrites them).
 *
 * What the tables cannot say: rules that tie fields together (`superRefine`), such as a venue for an
 * in-person event. The prose around the tables says those.
 */
import { z } from 'astro/zod';
import { Document, isCollection } from 'yaml';
import { campaignSchema } from './campaign.ts';
import { KIND_NAMES, KINDS, sourceSchema, type Kind } from './index.ts';
import { describeAt, fieldsAt, isRequired, schemaAt } from './schema-fields.ts';

type AnySchema = z.core.$ZodType;

/** One row of a fields table. */
export interface FieldRow {
  /** The field's name as written in YAML, nested with dots, list items as `[]`: `venue.city`, `materials[].title`. */
  name: string;
  /** A translation carries it (marked * in the docs). */
  translatable: boolean;
  /** It must be there (in its group, for a nested field): neither optional nor defaulted. */
  required: boolean;
  /** The value used when it is left out, as YAML (`[]`, `false`); undefined when there is none. */
  defaultValue: string | undefined;
  /** The schema's `.describe()` text; empty when the schema has none. */
  description: string;
}

/**
 * A schema context for reading fields: image and file fields are plain paths here, as in the
 * scaffolds; the checks that files exist do not change which fields there are.
 */
const READING_CONTEXT = { image: () => z.string(), file: () => z.string(), defaultLocale: 'en' };

/**
 * The rows of a schema's fields, in the schema's order, each group followed by its fields and a
 * list of groups by the fields of its items. Records (`captions`, `variants`) are one row: their
 * keys are the writer's (locales, networks), not fields.
 * @example fieldRows(pageSchema(context), pageTranslation).map((row) => row.name) // ['title', 'summary', 'order']
 */
export function fieldRows(schema: AnySchema, translatable?: AnySchema): FieldRow[] {
  return rowsAt(schema, translatable, [], '');
}

function rowsAt(schema: AnySchema, translatable: AnySchema | undefined, at: readonly PropertyKey[], prefix: string): FieldRow[] {
  const group = schemaAt(schema, at);
  if (group === undefined) return [];
  return fieldsAt(schema, at).flatMap((field) => {
    const path = [...at, field];
    const name = `${prefix}${field}`;
    const row: FieldRow = {
      name,
      translatable: translatable !== undefined && schemaAt(translatable, path) !== undefined,
      required: isRequired(group, [field]),
      defaultValue: defaultOf(schemaAt(schema, path)),
      description: describeAt(schema, path) ?? '',
    };
    const itemPath = [...path, 0];
    const nested =
      fieldsAt(schema, path).length > 0
        ? rowsAt(schema, translatable, path, `${name}.`)
        : isList(schema, path)
          ? rowsAt(schema, translatable, itemPath, `${name}[].`)
          : [];
    return [row, ...nested];
  });
}

/**
 * The Markdown table of some rows: the field (marked * when translatable), required or optional
 * (with the default), and what it takes.
 * @example fieldsTable([{ name: 'order', translatable: false, required: false, defaultValue: '0', description: 'position' }])
 *   // '| field | required | what it takes |\n|---|---|---|\n| `order` | optional (default `0`) | position |'
 */
export function fieldsTable(rows: readonly FieldRow[]): string {
  const lines = ['| field | required | what it takes |', '|---|---|---|'];
  for (const row of rows) {
    const name = `\`${row.name}\`${row.translatable ? '*' : ''}`;
    const required = row.required ? 'required' : row.defaultValue === undefined ? 'optional' : `optional (default \`${row.defaultValue}\`)`;
    lines.push(`| ${name} | ${required} | ${cell(row.description)} |`);
  }
  return lines.join('\n');
}

/**
 * The fields of every kind of entry, one table per kind under a `###` heading with its folder.
 * @example kindsFieldsMarkdown().startsWith('### events') // true
 */
export function kindsFieldsMarkdown(): string {
  return KIND_NAMES.map((kind: Kind) => {
    const rows = fieldRows(sourceSchema(kind, READING_CONTEXT), KINDS[kind].translation);
    return `### ${kind}\n\n\`content/<locale>/${kind}/<slug>.mdx\`\n\n${fieldsTable(rows)}`;
  }).join('\n\n');
}

/**
 * The fields of `content/campaign.yaml`, as one table.
 * @example campaignFieldsMarkdown().split('\n')[2] // '| `edition` | required | the year of this edition, e.g. `2020` |'
 */
export function campaignFieldsMarkdown(): string {
  return fieldsTable(fieldRows(campaignSchema));
}

/** The generated parts of `docs/content.md`, by the name in their markers (`<!-- fields:start -->`). */
export function generatedBlocks(): Record<string, string> {
  return { 'campaign-fields': campaignFieldsMarkdown(), fields: kindsFieldsMarkdown() };
}

/**
 * A Markdown text with the part between `<!-- <name>:start -->` and `<!-- <name>:end -->` replaced
 * by `blocks[name]`, for each block. Throws when a block's markers are missing, so that a moved or
 * deleted marker is noticed rather than the table silently no longer kept up to date.
 * @example withBlocks('a\n<!-- x:start -->\nold\n<!-- x:end -->\n', { x: 'new' }) // 'a\n<!-- x:start -->\nnew\n<!-- x:end -->\n'
 */
export function withBlocks(markdown: string, blocks: Readonly<Record<string, string>>): string {
  let text = markdown;
  for (const [name, content] of Object.entries(blocks)) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end, from);
    if (from === -1 || to === -1) throw new Error(`the markers ${start} and ${end} are missing; put them where the table goes`);
    text = `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
  }
  return text;
}

/** Whether the field at a path is a list whose items are groups of fields (a workshop's `materials`). */
function isList(schema: AnySchema, path: readonly PropertyKey[]): boolean {
  // A record takes any key, a list only numbers.
  return schemaAt(schema, [...path, 0]) !== undefined && schemaAt(schema, [...path, '\u0000']) === undefined;
}

/** A field's default as YAML in flow style (`[]`, `{ primary: "#1a4fa0", … }`); undefined when it has none. */
function defaultOf(field: AnySchema | undefined): string | undefined {
  const parsed = (field as z.ZodType | undefined)?.safeParse(undefined);
  if (parsed?.success !== true || parsed.data === undefined) return undefined;
  const document = new Document(parsed.data);
  if (isCollection(document.contents)) document.contents.flow = true;
  return document.toString({ lineWidth: 0 }).trim();
}

/** Text that stays in one table cell. */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}
