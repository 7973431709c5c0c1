/**
 * Random changes to a valid content folder, as a careless or hostile contributor could make them:
 * front matter values of every type (and YAML tricks written as text), paths in file fields, entry
 * bodies, file names, the bytes of media files, and symbolic links to files outside the content
 * folder. `content-fuzz.test.ts` applies them to a copy of the minimal fixture with fast-check.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseDocument } from 'yaml';

/** Written into every file outside the content folder and into the build's environment. */
export const OUTSIDE_MARKER = 'SID-OUTSIDE-3b9e1f';

/** What /etc/passwd starts with: seen in `dist/`, it was published. */
export const PASSWD_MARKER = 'root:x:0:0:';

/** Files beside the content folder that the mutations point to; each holds the marker. */
export function writeOutsideFiles(dir: string): void {
  writeFileSync(path.join(dir, 'outside.vtt'), `WEBVTT\n\n00:00.000 --> 00:01.000\n${OUTSIDE_MARKER}\n`);
  writeFileSync(
    path.join(dir, 'outside.svg'),
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><title>${OUTSIDE_MARKER}</title></svg>`,
  );
  writeFileSync(path.join(dir, 'outside.pdf'), `%PDF-1.4\n%${OUTSIDE_MARKER}\n%%EOF\n`);
  writeFileSync(path.join(dir, 'outside.mdx'), `---\ntitle: Outside\nsummary: From outside.\norder: 9\n---\n${OUTSIDE_MARKER}\n`);
}

/** Targets of the paths and links the mutations write: outside the folder, inside it, and odd. */
const PATH_POOL = [
  '../../../outside.pdf',
  '../../../outside.vtt',
  '../../../outside.svg',
  '../../media/../../outside.svg',
  '../../media/leak.vtt',
  '../../media/materials/privacy-checklist.pdf',
  '../../media/captions/safety-tools.en.vtt',
  '../../media/posters/safety-tools.png',
  '../../media/materials/privacy-checklist.pdf?raw',
  '../../media/captions',
  '/etc/passwd',
  'file:///etc/passwd',
  '/proc/self/environ',
  'https://example.org/a.png',
  'javascript:alert(1)',
  '',
];

const LINK_TARGETS = [
  '/etc/passwd',
  '/proc/self/environ',
  '../../outside.vtt',
  '../../outside.svg',
  '../../outside.pdf',
  '/nonexistent',
  '..',
  'captions/safety-tools.en.vtt',
];

/** Front matter values written as YAML text: what a value cannot say as data. */
const RAW_VALUES = [
  '&a [1, 2]',
  '*a',
  '!!binary aGk=',
  '!foo bar',
  '{ a: 1, a: 2 }',
  '[unclosed',
  '"\\0\\a\\u202E"',
  '|\n  multi\n  line',
  '? complex\n: key',
  '<<: { a: 1 }',
];

const BODIES = [
  '{1+1}',
  'import x from "y"',
  '<script>alert(1)</script>',
  '![x](../../../outside.svg)',
  '![x](../../media/leak.vtt)',
  '<img src="/etc/passwd" />',
  '<!-- c -->',
  '\u202Eevil',
  '\u0000',
  '{',
  '<Callout />',
  '[x](javascript:alert(1))',
];

export type Mutation =
  | { kind: 'value'; entry: number; field: number; value: unknown }
  | { kind: 'raw'; entry: number; field: number; text: string }
  | { kind: 'path'; entry: number; field: number; value: string }
  | { kind: 'body'; entry: number; text: string }
  | { kind: 'rename'; entry: number; name: string }
  | { kind: 'bytes'; media: number; bytes: Uint8Array }
  | { kind: 'link'; media: number; target: string }
  | { kind: 'link-entry'; entry: number };

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), { maxKeys: 3 }),
  fc.constantFrom(...PATH_POOL),
);

const fileName = fc.oneof(
  fc.stringMatching(/^[a-z0-9-]{1,12}\.mdx$/),
  fc
    .string({ unit: 'binary', minLength: 1, maxLength: 12 })
    .filter((name) => !name.includes('/') && !name.includes('\0') && name !== '.' && name !== '..'),
  fc.constantFrom('Dublin.mdx', '.hidden.mdx', 'a b.mdx', 'country.mdx', 'search.mdx', 'x.md', 'noext'),
);

const index = fc.nat({ max: 100 });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('value' as const), entry: index, field: index, value: anyValue }),
  fc.record({ kind: fc.constant('raw' as const), entry: index, field: index, text: fc.constantFrom(...RAW_VALUES) }),
  fc.record({ kind: fc.constant('path' as const), entry: index, field: index, value: fc.constantFrom(...PATH_POOL) }),
  fc.record({
    kind: fc.constant('body' as const),
    entry: index,
    text: fc.oneof(fc.constantFrom(...BODIES), fc.string({ unit: 'binary', maxLength: 60 })),
  }),
  fc.record({ kind: fc.constant('rename' as const), entry: index, name: fileName }),
  fc.record({
    kind: fc.constant('bytes' as const),
    media: index,
    bytes: fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc.constantFrom(
        ...['WEBVTT\n', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1" onload="x()"/>', PASSWD_MARKER].map((text) =>
          new TextEncoder().encode(text),
        ),
      ),
    ),
  }),
  fc.record({ kind: fc.constant('link' as const), media: index, target: fc.constantFrom(...LINK_TARGETS) }),
  fc.record({ kind: fc.constant('link-entry' as const), entry: index }),
);

/** The file fields of the fixture's kinds, where a path from the pool is written. */
const FILE_FIELDS = [['image'], ['poster'], ['logo'], ['emoji'], ['captions', 'en'], ['captions', 'fr'], ['src'], ['materials', 0, 'file']];

/** Every file under a folder, sorted, relative to it (links included, not followed). */
function listFiles(folder: string, prefix = ''): string[] {
  return readdirSync(path.join(folder, prefix), { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(folder, path.join(prefix, entry.name)) : [path.join(prefix, entry.name)]))
    .sort();
}

/** Applies a mutation to the content folder `content` (inside `dir`, beside the outside files). */
export function applyMutation(content: string, item: Mutation): void {
  const entries = listFiles(content).filter((file) => file.endsWith('.mdx'));
  const media = listFiles(path.join(content, 'media'));
  const pick = <T>(list: readonly T[], at: number): T | undefined => list[at % Math.max(list.length, 1)];
  if (item.kind === 'bytes' || item.kind === 'link') {
    const target = pick(media, item.media);
    if (target === undefined) return;
    const file = path.join(content, 'media', target);
    rmSync(file, { force: true });
    if (item.kind === 'bytes') writeFileSync(file, item.bytes);
    else symlinkSync(item.target, file);
    return;
  }
  const entry = pick(entries, item.entry);
  if (entry === undefined) return;
  const file = path.join(content, entry);
  if (item.kind === 'rename') {
    renameSync(file, path.join(path.dirname(file), item.name));
    return;
  }
  if (item.kind === 'link-entry') {
    rmSync(file);
    symlinkSync(path.join(content, '..', 'outside.mdx'), file);
    return;
  }
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (match === null) return;
  const [, yamlText = '', body = ''] = match;
  if (item.kind === 'body') {
    writeFileSync(file, `---\n${yamlText}\n---\n${body}\n${item.text}\n`);
    return;
  }
  const document = parseDocument(yamlText);
  // An earlier mutation made YAML that this library cannot write back (an error, a tag): it stays as it is, an input of its own.
  if (document.errors.length > 0 || document.warnings.length > 0 || /(^|\s)[!&*]/.test(yamlText)) return;
  const fields = Object.keys((document.toJS() as Record<string, unknown> | null) ?? {});
  const placeholder = 'SID_RAW_VALUE_PLACEHOLDER';
  if (item.kind === 'path') document.setIn(pick(FILE_FIELDS, item.field) ?? ['image'], item.value);
  else document.set(pick(fields, item.field) ?? 'title', item.kind === 'value' ? item.value : placeholder);
  const written = item.kind === 'raw' ? String(document).replace(placeholder, item.text) : String(document);
  writeFileSync(file, `---\n${written.trimEnd()}\n---\n${body}`);
}

/** Starts a fresh copy of the fixture's content in `content`. */
export function resetContent(fixtureContent: string, content: string): void {
  rmSync(content, { recursive: true, force: true });
  mkdirSync(path.dirname(content), { recursive: true });
  for (const file of listFiles(fixtureContent)) {
    mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
    writeFileSync(path.join(content, file), readFileSync(path.join(fixtureContent, file)));
  }
}
