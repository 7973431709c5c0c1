/**
 * Validates a whole content folder in one pass, before Astro loads any of it: the campaign file,
 * every source entry (full schema), every translation (translatable part, plus the rule that it
 * may not contradict its source), and the references between entries. Astro's own content layer
 * stops at the first bad entry; comms staff need every problem in one report.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'astro/zod';
import { MEDIA_USES, type MediaUse } from '#src/media/file-types.ts';
import { mediaFileProblem } from '#src/media/media-checks.ts';
import { resolveMediaPath } from '#src/media/media-path.ts';
import { campaignSchema, type Campaign } from '#src/schemas/campaign.ts';
import { KINDS, sourceSchema, translatableFields, type Kind } from '#src/schemas/index.ts';
import { unsafeBodyProblem, unsafeTextProblems } from './text-safety.ts';
import { linksOutside, listEntryFiles, OUTSIDE_LINK, type EntryFile } from './entry-files.ts';
import { checkReferences } from './references.ts';
import { parseEntry, parseYaml, type ParsedEntry } from './front-matter.ts';
import { checkBody } from './safe-mdx.ts';
import { openCheckCache, type CheckCache, type CleanRead } from './check-cache.ts';
import { problemsFromIssues, withLine, type LineFinder, type Problem } from './problems.ts';
import { remember } from '#src/util/remember.ts';
import { describeAt, fieldsAt } from '#src/schemas/schema-fields.ts';

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
export async function validateContent(contentDir: string, cwd = process.cwd(), cacheDir?: string): Promise<ValidationResult> {
  const problems: Problem[] = [];
  const display = (file: string) => displayPath(file, cwd);
  const campaign = readCampaignFile(path.join(contentDir, 'campaign.yaml'), cwd, problems);
  if (campaign === undefined) return { problems, campaign, sources: [], translations: [] };

  const files = listEntryFiles(contentDir, campaign.locales, (file, message) => problems.push({ file: display(file), field: '', message }));
  const check: Check = { contentDir, campaign, display, problems, parsedByFile: new Map(), cache: openCheckCache(cacheDir) };
  const defaults = files.filter((file) => file.locale === campaign.defaultLocale);
  const sources = await checkSources(check, defaults);
  const translations = await checkTranslations(
    check,
    files.filter((file) => file.locale !== campaign.defaultLocale),
    defaults,
  );
  problems.push(...checkReferences(defaults, check.parsedByFile, display));
  check.cache.save();
  return { problems, campaign, sources, translations };
}

/** One run of the check: where the content is, how files are shown, what it found so far. */
interface Check {
  contentDir: string;
  campaign: Campaign;
  display: (file: string) => string;
  problems: Problem[];
  /** Every source entry whose front matter could be read, by file: translations and references read it. */
  parsedByFile: Map<string, ReadEntry>;
  /** What the checks of one file alone found in the files that did not change (`check-cache.ts`). */
  cache: CheckCache;
}

/** Every source entry, with the full schema of its kind; returns those that pass. */
async function checkSources(check: Check, files: readonly EntryFile[]): Promise<ContentEntry[]> {
  const { contentDir, campaign, display, problems } = check;
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
  const sources: ContentEntry[] = [];
  for (const file of files) {
    const parsed = await readEntry(check, file.file);
    if (parsed === undefined) continue;
    check.parsedByFile.set(file.file, parsed);
    entryFile = file.file;
    const schema = schemaOf(file.kind);
    const result = await schema.safeParseAsync(parsed.data, { reportInput: true });
    if (result.success) sources.push({ ...file, data: result.data });
    else problems.push(...issuesToProblems(result.error.issues, schema, display(file.file), parsed.lineOf));
  }
  return sources;
}

/** Every translation, against its source; returns those that pass. */
async function checkTranslations(check: Check, files: readonly EntryFile[], sourceFiles: readonly EntryFile[]): Promise<ContentEntry[]> {
  const { campaign, display, problems } = check;
  const sourceIndex = new Map(sourceFiles.map((file) => [`${file.kind}/${file.slug}`, file]));
  const translations: ContentEntry[] = [];
  for (const file of files) {
    const parsed = await readEntry(check, file.file);
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
    const translation = checkTranslation(file, parsed, check.parsedByFile.get(source.file), display);
    problems.push(...translation.problems);
    if (translation.data !== undefined) translations.push({ ...file, data: translation.data });
  }
  return translations;
}

/** Reads and checks `campaign.yaml`, adding its problems to `problems`. */
export function readCampaignFile(file: string, cwd: string, problems: Problem[]): Campaign | undefined {
  const shown = displayPath(file, cwd);
  if (!existsSync(file)) {
    problems.push({
      file: shown,
      field: '',
      message: 'is missing; every content folder starts with a campaign.yaml (see docs/content.md)',
    });
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

/** An entry's front matter as data, and the line of each field (for the problems found later). */
type ReadEntry = Pick<ParsedEntry, 'data' | 'lineOf'>;

/**
 * Reads an entry and checks what the schemas cannot: its YAML, the characters of its text, its
 * body (safe MDX) and the images its body shows. Undefined when the front matter cannot be read.
 * A text that passed at an earlier run is taken from the cache, and parsed again only should a
 * later problem need a field's line.
 */
async function readEntry(check: Check, file: string): Promise<ReadEntry | undefined> {
  const { contentDir, problems, cache } = check;
  const shown = check.display(file);
  const text = readFileSync(file, 'utf8');
  const cached = cache.get(text);
  const clean = cached === undefined ? readClean(text, shown, problems, cache) : { ...cached, lineOf: linesOnDemand(text) };
  if (clean === undefined) return undefined;
  for (const image of clean.images) {
    const problem = await mediaProblem(contentDir, file, image.url, 'image');
    if (problem !== undefined)
      problems.push({ file: shown, line: image.line, field: '', message: `has the image \`${image.url}\`, which ${problem}` });
  }
  return { data: clean.data, lineOf: clean.lineOf };
}

/** The lines of an entry's fields, parsed from its text the first time one is asked for. */
function linesOnDemand(text: string): LineFinder {
  let lineOf: LineFinder | undefined;
  return (at) => (lineOf ??= parseEntry(text).lineOf)(at);
}

/** Parses and checks an entry's text, and notes it in the cache when it passed. */
function readClean(text: string, shown: string, problems: Problem[], cache: CheckCache): (CleanRead & { lineOf: LineFinder }) | undefined {
  const parsed = parseEntry(text);
  if (parsed.syntaxErrors.length > 0) {
    problems.push(...parsed.syntaxErrors.map(({ line, message }) => ({ file: shown, line, field: '', message })));
    return undefined;
  }
  const found = [...unsafeTextProblems(parsed.data, shown, parsed.lineOf)];
  const unsafeBody = unsafeBodyProblem(parsed.body, shown, parsed.bodyLine);
  if (unsafeBody !== undefined) found.push(unsafeBody);
  const body = checkBody(parsed.body, shown, parsed.bodyLine);
  found.push(...body.problems);
  problems.push(...found);
  if (found.length === 0) cache.set(text, { data: parsed.data, images: body.images });
  return { data: parsed.data, images: body.images, lineOf: parsed.lineOf };
}

/**
 * A translation carries the translatable fields; a field it shares with its source must say the
 * same thing (it is inherited, so copying it is allowed but changing it is an error).
 */
function checkTranslation(
  file: EntryFile,
  parsed: ReadEntry,
  source: ReadEntry | undefined,
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
  return { problems, data: problems.length === 0 ? result.data : undefined };
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
