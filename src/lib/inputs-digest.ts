/**
 * A digest of the folders a campaign is made from (its content and its UI strings): every file's
 * path, bytes and time of last change. Equal digests, the same campaign; the cache key of the
 * incremental build (`page-cache.ts`) is made from it.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readSync } from 'node:fs';
import path from 'node:path';
import { changedAt } from '../i18n/history.ts';

/**
 * The time of last change counts as well as the bytes: pages mark a translation changed before its
 * source as out of date, so touching a source file changes what its translations' pages say.
 * `changes` are the times from git history (`lastChanges`); other files count by modification time.
 * @example inputsDigest(['/repo/content', '/repo/locales'], new Map()) // 'e3b0c442…'
 */
export function inputsDigest(dirs: readonly string[], changes: ReadonlyMap<string, number>): string {
  const hash = createHash('sha256');
  for (const [index, dir] of dirs.entries()) {
    hash.update(`folder ${index}\n`);
    for (const file of filesUnder(dir)) {
      const fileHash = hashFile(createHash('sha256'), file).digest('hex');
      hash.update(`${path.relative(dir, file)}\0${changedAt(file, changes)}\0${fileHash}\n`);
    }
  }
  return hash.digest('hex');
}

/** The chunks files are read through: one, so that hashing a site's files leaves no garbage behind. */
const chunk = Buffer.alloc(1 << 20);

/**
 * Adds a file's bytes to a hash, read a chunk at a time into one buffer: a build hashes every page
 * it wrote (`search-index.ts`), and reading each whole would leave hundreds of MiB to collect.
 */
export function hashFile(hash: Hash, file: string): Hash {
  const descriptor = openSync(file, 'r');
  try {
    for (let read = readSync(descriptor, chunk); read > 0; read = readSync(descriptor, chunk)) hash.update(chunk.subarray(0, read));
  } finally {
    closeSync(descriptor);
  }
  return hash;
}

/** Every file under a folder, in a fixed order; none when the folder does not exist. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
