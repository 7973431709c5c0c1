/**
 * What the checks that read one file alone found in it, kept between runs: the front matter as data
 * and the images its body names, for each entry whose text passed them (readable YAML, no unsafe
 * character, safe MDX). They depend on nothing but the file's text and the checks' code, so a file
 * whose text and the checks' code are the same as at the last run is not parsed again: at 10,000
 * entries, parsing is most of the content check. What depends on other files (the schemas, with
 * their media files; a translation against its source; references) is checked on every run.
 *
 * Kept as `content-check.json` in the content folder's cache (Astro's `cacheDir`), with the digest
 * of the checks' code: every file of `src/validation/` and `src/util/`, and the lock file, which
 * pins the YAML and MDX parsers. A cache made by other code is not read.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { filesUnder, hashFile } from '#src/util/files.ts';
import type { BodyImage } from './safe-mdx.ts';

/** An entry that passed the checks that read it alone. */
export interface CleanRead {
  data: Record<string, unknown>;
  images: BodyImage[];
}

export interface CheckCache {
  /** What an earlier run found in this text, when it passed. */
  get(text: string): CleanRead | undefined;
  /** Notes that this text passed; kept only when its data reads back the same from JSON. */
  set(text: string, read: CleanRead): void;
  /** Writes the texts seen in this run (and only those) for the next. */
  save(): void;
}

interface Saved {
  code: string;
  entries: Record<string, CleanRead>;
}

/**
 * The cache in `dir`; with no `dir`, a cache that remembers nothing.
 * @example const cache = openCheckCache('node_modules/.astro/a1b2c3'); cache.get(text) // undefined the first time
 */
export function openCheckCache(dir: string | undefined): CheckCache {
  if (dir === undefined) return { get: () => undefined, set: () => undefined, save: () => undefined };
  const file = path.join(dir, 'content-check.json');
  const code = checksCode();
  const earlier = readSaved(file, code);
  const seen = new Map<string, CleanRead>();
  const key = (text: string) => createHash('sha256').update(text).digest('base64url');
  return {
    get(text) {
      const digest = key(text);
      const found = earlier[digest];
      if (found !== undefined) seen.set(digest, found);
      return found;
    },
    set(text, read) {
      // YAML's `.inf`, `.nan` and the like have no JSON: such an entry is parsed on every run.
      if (isDeepStrictEqual(JSON.parse(JSON.stringify(read)), read)) seen.set(key(text), read);
    },
    save() {
      mkdirSync(dir, { recursive: true });
      const entries = Object.fromEntries([...seen].sort(([a], [b]) => a.localeCompare(b)));
      writeFileSync(`${file}.${process.pid}`, JSON.stringify({ code, entries } satisfies Saved));
      renameSync(`${file}.${process.pid}`, file);
    },
  };
}

function readSaved(file: string, code: string): Record<string, CleanRead> {
  if (!existsSync(file)) return {};
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Saved;
    return saved.code === code ? saved.entries : {};
  } catch {
    return {};
  }
}

/** The digest of the checks' code (see the top of this file), once per process. */
let codeDigest: string | undefined;
function checksCode(): string {
  if (codeDigest !== undefined) return codeDigest;
  const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  // Loaded from a bundle rather than from its file: the code cannot be told, so no cache matches.
  if (!existsSync(path.join(src, 'validation', 'check-cache.ts'))) return (codeDigest = `unknown ${process.pid} ${Date.now()}`);
  const hash = createHash('sha256');
  const files = [...filesUnder(path.join(src, 'validation')), ...filesUnder(path.join(src, 'util'))];
  const lock = path.join(src, '..', 'package-lock.json');
  for (const file of existsSync(lock) ? [...files, lock] : files) hashFile(hash.update(`${path.relative(src, file)}\0`), file);
  codeDigest = hash.digest('hex');
  return codeDigest;
}
