/**
 * Files as a build handles them in bulk: listed, hashed, and linked from a cache into the output.
 */
import type { Hash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
} from 'node:fs';
import path from 'node:path';

/** Every file under a folder, in a fixed order; none when the folder does not exist. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The chunks files are read through: one, so that hashing a site's files leaves no garbage behind. */
const chunk = Buffer.alloc(1 << 20);

/**
 * Adds a file's bytes to a hash, read a chunk at a time into one buffer: a build hashes every file
 * it is made from (`up-to-date.ts`), and reading each whole would leave hundreds of MiB to collect.
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

/**
 * Lends a file's bytes to `use`, read into the shared chunk when the file fits (most pages do), so
 * that reading a site's pages one after the other leaves no garbage behind. The bytes are only
 * valid during the call.
 */
export function withFileBytes<T>(file: string, use: (bytes: Buffer) => T): T {
  const descriptor = openSync(file, 'r');
  try {
    for (let size = 0; ;) {
      const read = readSync(descriptor, chunk, size, chunk.length - size, null);
      if (read === 0) return use(chunk.subarray(0, size));
      size += read;
      if (size === chunk.length) break;
    }
  } finally {
    closeSync(descriptor);
  }
  return use(readFileSync(file));
}

/**
 * Puts a cached file into the output: a hard link (the cache and the build are on one disk), else
 * a copy. Thousands of files at a time (share images, the search index), where copying each, or
 * Node's `cpSync` of a folder, takes seconds.
 */
export function linkOrCopy(source: string, target: string): void {
  try {
    linkMakingFolder(source, target);
  } catch {
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(source, target);
  }
}

/**
 * Links a file, making the target's folder only when the link finds it missing (ENOENT, which
 * may also mean that the source is missing: the link is then tried again and fails the same way).
 * Most targets' folders exist already, and on this project's disk making a folder costs ten times
 * what a link does, even when the folder is there.
 */
export function linkMakingFolder(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(path.dirname(target), { recursive: true });
    linkSync(source, target);
  }
}

/**
 * Replaces a folder with one that `fill` makes beside it, then renamed into place: a build that
 * stops half-way leaves no folder that looks whole.
 * @example replaceFolder('node_modules/.astro/a1b2c3/sitemap', (fresh) => writeFileSync(path.join(fresh, 'saved.json'), '{}'))
 */
export function replaceFolder(folder: string, fill: (fresh: string) => void): void {
  const fresh = `${folder}-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh, { recursive: true });
  fill(fresh);
  rmSync(folder, { recursive: true, force: true });
  renameSync(fresh, folder);
}
