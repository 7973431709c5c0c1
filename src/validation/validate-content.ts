/**
 * Validates a whole content folder in one pass, before Astro loads any of it: the campaign file,
 * every source entry (full schema), every translation (translatable part, plus the rule that it
 * may not contradict its source), and the references between entries. Astro's own content layer
 * stops at the first bad entry; comms staff need every problem in one report.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'astro/zod';
import { MEDIA_USES, type MediaUse } from '#src/media/file-types.ts';
import { mediaFileProblem } from '#src/media/media-checks.ts';
import { isInside, realPath, resolveMediaPath } from '#src/media/media-path.ts';
import { campaignSchema, type Campaign } from '#src/schemas/campaign.ts';
import { KIND_NAMES, KINDS, sourceSchema, translatableFields, type Kind } from '#src/schemas/index.ts';
import { REFERENCES } from '#src/schemas/references.ts';
import { unsafeBodyProblem, unsafeTextProblems } from './text-safety.ts';
import { parseEntry, parseYaml, type ParsedEntry } from './front-matter.ts';
import { checkBody } from './safe-mdx.ts';
import { fieldName, problemsFromIssues, withLine, type LineFinder, type Problem } from './problems.ts';
import { remember } from '#src/util/remember.ts';
import { describeAt, fieldsAt } from '#src/schemas/schema-fields.ts';
import { closest } from '#src/util/suggest.ts';

/** Slugs that would collide with the site's own routes, per kind (free pages sit under the locale). */
export const RESERVED_SLUGS: Partial<Record<Kind, readonly string[]>> = {
  pages: ['events', 'workshops', 'videos', 'hashtags', 'partners', 'search', 'translations', 'rss', 'og', 'media', '404'],
  events: ['country', 'audience', 'format'],
  workshops: ['audience', 'format'],
};

export interface ContentEntry {
  kind: Kind;
  locale: string;
  slug: string;
  /** Absolute path of the file. */
  file: string;
  data: Record<string, unknown>;
}

export interface ValidationResult {
  problems: Problem[];
  campaign: Campaign | undefined;
  sources: ContentEntry[];
  translations: ContentEntry[];
}

/**
 * Validates the content folder `contentDir`; file names in problems are relative to `cwd`.
 * @example (await validateContent('content')).problems // []
 */
export async function validateContent(contentDir: string, cwd = process.cwd()): Promise<ValidationResult> {
  const problems: Problem[] = [];
  const display = (file: string) => displayPath(file, cwd);
  const campaign = readCampaignFile(path.join(contentDir, 'campaign.yaml'), cwd, problems);
  if (campaign === undefined) return { problems, campaign, sources: [], translations: [] };

  const files = listEntryFiles(contentDir, campaign, display, problems);
  const sources: ContentEntry[] = [];
  const translations: ContentEntry[] = [];
  const parsedByFile = new Map<string, ParsedEntry>();
  const read = (file: string) => readEntry(contentDir, file, display(file), problems);

  // One schema per kind, whose file checks resolve paths beside the entry being parsed: zod
  // compiles each schema it is given, and thousands of entries would compile thousands. Entries
  // are parsed one after the other, so `entryFile` is the one being parsed.
  let entryFile = '';
  const schemas = new Map<Kind, ReturnType<typeof sourceSchema>>();
  const schemaOf = (kind: Kind) =>
    remember(schemas, kind, () =>
      sourceSchema(kind, {
        image: () => mediaFile(contentDir, () => entryFile, 'image'),
        file: (use) => mediaFile(contentDir, () => entryFile, use),
        defaultLocale: campaign.defaultLocale,
      }),
    );
  for (const file of files.filter((candidate) => candidate.locale === campaign.defaultLocale)) {
    const parsed = await read(file.file);
    if (parsed === undefined) continue;
    parsedByFile.set(file.file, parsed);
    entryFile = file.file;
    const schema = schemaOf(file.kind);
    const result = await schema.safeParseAsync(parsed.data, { reportInput: true });
    if (result.success) {
      sources.push({ ...file, data: result.data as Record<string, unknown> });
    } else {
      problems.push(...issuesToProblems(result.error.issues, schema, display(file.file), parsed.lineOf));
    }
  }

  const sourceIndex = new Map(files.filter((f) => f.locale === campaign.defaultLocale).map((f) => [`${f.kind}/${f.slug}`, f]));
  for (const file of files.filter((candidate) => candidate.locale !== campaign.defaultLocale)) {
    const parsed = await read(file.file);
    if (parsed === undefined) continue;
    const source = sourceIndex.get(`${file.kind}/${file.slug}`);
    if (source === undefined) {
      problems.push({
        file: display(file.file),
        field: '',
        message: `is a translation of an entry that does not exist: there is no ${campaign.defaultLocale}/${file.kind}/${file.slug}.mdx; rename this file to the source entry's slug or add the source`,
      });
      continue;
    }
    const translation = checkTranslation(file, parsed, parsedByFile.get(source.file), display);
    problems.push(...translation.problems);
    if (translation.data !== undefined) translations.push({ ...file, data: translation.data });
  }

  const defaults = files.filter((f) => f.locale === campaign.defaultLocale);
  problems.push(...checkReferences(defaults, parsedByFile, display));
  return { problems, campaign, sources, translations };
}

/** Reads and checks `campaign.yaml`, adding its problems to `problems`. */
export function readCampaignFile(file: string, cwd: string, problems: Problem[]): Campaign | undefined {
  const shown = displayPath(file, cwd);
  if (!existsSync(file)) {
    problems.push({ file: shown, field: '', message: 'is missing; every content folder starts with a campaign.yaml (see the README)' });
    return undefined;
  }
  if (linksOutside(file, path.dirname(file))) {
    problems.push({ file: shown, field: '', message: OUTSIDE_LINK });
    return undefined;
  }
  const parsed = parseYaml(readFileSync(file, 'utf8'), 0);
  if (parsed.syntaxErrors.length > 0) {
    problems.push(...parsed.syntaxErrors.map(({ line, message }) => ({ file: shown, line, field: '', message })));
    return undefined;
  }
  const unsafe = unsafeTextProblems(parsed.data, shown, parsed.lineOf);
  const result = campaignSchema.safeParse(parsed.data, { reportInput: true });
  problems.push(...unsafe);
  if (!result.success) {
    problems.push(...issuesToProblems(result.error.issues, campaignSchema, shown, parsed.lineOf));
    return undefined;
  }
  return unsafe.length === 0 ? result.data : undefined;
}

interface EntryFile {
  kind: Kind;
  locale: string;
  slug: string;
  file: string;
}

/**
 * Said of an entry, a folder or `campaign.yaml` that is a symbolic link leading outside the
 * content folder: the site would publish what it leads to.
 */
const OUTSIDE_LINK =
  'is a link to something outside the content folder, which the site does not publish; put the file or folder itself here';

/**
 * Whether a file or folder of the content is a symbolic link that leads outside `contentDir` (or
 * nowhere). Links that stay inside are followed.
 */
function linksOutside(target: string, contentDir: string): boolean {
  if (!lstatSync(target).isSymbolicLink()) return false;
  const real = realPath(target);
  const root = realPath(contentDir);
  return real === undefined || root === undefined || !isInside(real, root);
}

function listEntryFiles(contentDir: string, campaign: Campaign, display: (file: string) => string, problems: Problem[]): EntryFile[] {
  const files: EntryFile[] = [];
  const outside = (target: string) => {
    if (!linksOutside(target, contentDir)) return false;
    problems.push({ file: display(target), field: '', message: OUTSIDE_LINK });
    return true;
  };
  for (const locale of readdirSync(contentDir).sort()) {
    const localeDir = path.join(contentDir, locale);
    if (locale === 'media' || locale.startsWith('.') || outside(localeDir) || !statSync(localeDir).isDirectory()) continue;
    if (!campaign.locales.includes(locale)) {
      const guess = closest(locale, campaign.locales);
      problems.push({
        file: display(localeDir),
        field: '',
        message: `is a folder for locale '${locale}', which is not in \`locales\` in campaign.yaml; ${
          guess === undefined ? 'add it there (npm run i18n:add) or rename the folder' : `did you mean '${guess}'?`
        }`,
      });
      continue;
    }
    for (const kind of readdirSync(localeDir).sort()) {
      const kindDir = path.join(localeDir, kind);
      if (outside(kindDir) || !statSync(kindDir).isDirectory()) continue;
      if (!(KIND_NAMES as string[]).includes(kind)) {
        const guess = closest(kind, KIND_NAMES);
        problems.push({
          file: display(kindDir),
          field: '',
          message: `is not a kind of entry; the folders are ${KIND_NAMES.join(', ')}${guess === undefined ? '' : ` (did you mean '${guess}'?)`}`,
        });
        continue;
      }
      for (const name of readdirSync(kindDir).sort()) {
        const file = path.join(kindDir, name);
        if (!name.startsWith('.') && outside(file)) continue;
        if (!name.endsWith('.mdx') || !statSync(file).isFile()) {
          if (!name.startsWith('.'))
            problems.push({
              file: display(file),
              field: '',
              message: 'is not an `.mdx` entry; entries are `<slug>.mdx` files (images go in content/media/)',
            });
          continue;
        }
        const slug = name.slice(0, -'.mdx'.length);
        if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
          problems.push({
            file: display(file),
            field: '',
            message: 'has a file name that is not a slug; rename it with lowercase letters, digits and hyphens (e.g. `oodi-training.mdx`)',
          });
          continue;
        }
        if (RESERVED_SLUGS[kind as Kind]?.includes(slug)) {
          problems.push({
            file: display(file),
            field: '',
            message: `uses the slug '${slug}', which the site needs for its own pages; rename the file`,
          });
          continue;
        }
        files.push({ kind: kind as Kind, locale, slug, file });
      }
    }
  }
  return files;
}

/**
 * Reads an entry and checks what the schemas cannot: its YAML, the characters of its text, its
 * body (safe MDX) and the images its body shows. Undefined when the front matter cannot be read.
 */
async function readEntry(contentDir: string, file: string, shown: string, problems: Problem[]): Promise<ParsedEntry | undefined> {
  const parsed = parseEntry(readFileSync(file, 'utf8'));
  if (parsed.syntaxErrors.length > 0) {
    problems.push(...parsed.syntaxErrors.map(({ line, message }) => ({ file: shown, line, field: '', message })));
    return undefined;
  }
  problems.push(...unsafeTextProblems(parsed.data, shown, parsed.lineOf));
  const unsafeBody = unsafeBodyProblem(parsed.body, shown, parsed.bodyLine);
  if (unsafeBody !== undefined) problems.push(unsafeBody);
  const body = checkBody(parsed.body, shown, parsed.bodyLine);
  problems.push(...body.problems);
  for (const image of body.images) {
    const problem = await mediaProblem(contentDir, file, image.url, 'image');
    if (problem !== undefined)
      problems.push({ file: shown, line: image.line, field: '', message: `has the image \`${image.url}\`, which ${problem}` });
  }
  return parsed;
}

/**
 * A translation carries the translatable fields; a field it shares with its source must say the
 * same thing (it is inherited, so copying it is allowed but changing it is an error).
 */
function checkTranslation(
  file: EntryFile,
  parsed: ParsedEntry,
  source: ParsedEntry | undefined,
  display: (file: string) => string,
): { problems: Problem[]; data: Record<string, unknown> | undefined } {
  const problems: Problem[] = [];
  const shown = display(file.file);
  const translatable = new Set(translatableFields(file.kind));
  const own: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(parsed.data)) {
    if (translatable.has(field)) {
      own[field] = value;
    } else if (source !== undefined && field in source.data) {
      if (!isDeepStrictEqual(value, source.data[field])) {
        problems.push(
          withLine(
            {
              file: shown,
              field,
              message: `differs from the source entry, but \`${field}\` does not change between languages; delete this line (it is taken from the source)`,
            },
            parsed.lineOf([field]),
          ),
        );
      }
    } else {
      own[field] = value; // unknown here: the strict schema below names it
    }
  }
  const schema = KINDS[file.kind].translation;
  const result = schema.safeParse(own, { reportInput: true });
  if (!result.success) {
    problems.push(...issuesToProblems(result.error.issues, schema, shown, parsed.lineOf));
    return { problems, data: undefined };
  }
  const materials = (result.data as { materials?: unknown[] }).materials;
  const sourceMaterials = source?.data['materials'];
  if (materials !== undefined && (!Array.isArray(sourceMaterials) || sourceMaterials.length !== materials.length)) {
    problems.push(
      withLine(
        {
          file: shown,
          field: 'materials',
          message: `lists ${materials.length} material(s) but the source lists ${Array.isArray(sourceMaterials) ? sourceMaterials.length : 0}; translate each title, in the source's order`,
        },
        parsed.lineOf(['materials']),
      ),
    );
  }
  return { problems, data: problems.length === 0 ? (result.data as Record<string, unknown>) : undefined };
}

/**
 * Every reference between entries points at an entry that exists. Read from the front matter as
 * written, so that a reference is checked even when its entry has other problems.
 */
function checkReferences(
  files: readonly EntryFile[],
  parsedByFile: ReadonlyMap<string, ParsedEntry>,
  display: (file: string) => string,
): Problem[] {
  const slugs = (kind: Kind) => files.filter((entry) => entry.kind === kind).map((entry) => entry.slug);
  const known = new Map(REFERENCES.map(({ target }) => [target, slugs(target)]));
  const problems: Problem[] = [];
  for (const entry of files) {
    const parsed = parsedByFile.get(entry.file);
    if (parsed === undefined) continue;
    for (const reference of REFERENCES.filter((candidate) => candidate.kind === entry.kind)) {
      const value = parsed.data[reference.field];
      const listed = Array.isArray(value)
        ? value.map((item, index) => ({ item, path: [reference.field, index] }))
        : [{ item: value, path: [reference.field] }];
      const targets = known.get(reference.target) ?? [];
      for (const { item, path: at } of listed) {
        if (typeof item !== 'string' || targets.includes(item)) continue;
        const guess = closest(item, targets);
        problems.push(
          withLine(
            {
              file: display(entry.file),
              field: fieldName(at),
              message: `'${item}' is not a ${reference.target.slice(0, -1)}: there is no ${entry.locale}/${reference.target}/${item}.mdx${
                guess === undefined ? '' : `; did you mean '${guess}'?`
              }`,
            },
            parsed.lineOf(at),
          ),
        );
      }
    }
  }
  return problems;
}

/**
 * A path relative to the entry (`entryFile` gives the entry being checked) of a file for a use:
 * one of the use's file types, inside the content's media folder, and what it says it is.
 */
function mediaFile(contentDir: string, entryFile: () => string, use: MediaUse): z.ZodType<string> {
  return z.string().superRefine(async (value, context) => {
    const problem = await mediaProblem(contentDir, entryFile(), value, use);
    if (problem !== undefined) context.addIssue({ code: 'custom', message: problem });
  });
}

/** What is wrong with the file `value` names for `use`, in the entry `entryFile`, or undefined. */
async function mediaProblem(contentDir: string, entryFile: string, value: string, use: MediaUse): Promise<string | undefined> {
  const extensions: readonly string[] = MEDIA_USES[use].extensions;
  if (!extensions.includes(path.extname(value).slice(1).toLowerCase())) return `is not a ${extensions.join(', ')} file`;
  const resolved = resolveMediaPath(contentDir, entryFile, value);
  return resolved.problem ?? (await mediaFileProblem(resolved.file, use));
}

function issuesToProblems(issues: readonly z.core.$ZodIssue[], schema: z.core.$ZodType, file: string, lineOf: LineFinder): Problem[] {
  return problemsFromIssues(
    issues,
    file,
    lineOf,
    (at) => fieldsAt(schema, at),
    (at) => describeAt(schema, at),
  );
}

/**
 * A file's path as shown in reports: relative to the project, or absolute when outside it.
 * @example displayPath('/repo/content/en/events/a.mdx', '/repo') // 'content/en/events/a.mdx'
 */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}
