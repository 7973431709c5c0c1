/**
 * The files a campaign is made from (its content and its UI strings), each with a digest of its
 * bytes and its time of last change; and one digest of them all. The cache keys of the incremental
 * build (`page-cache.ts`) are made from them.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readSync } from 'node:fs';
import path from 'node:path';
import { changedAt } from '../i18n/history.ts';

/** A file of one of the folders: the folder's index, the file's path in it, and its digest. */
export interface InputFile {
  folder: number;
  name: string;
  digest: string;
}

/**
 * Every file of the folders, in a fixed order. The time of last change counts as well as the bytes:
 * pages mark a translation changed before its source as out of date, so touching a source file
 * changes what its translations' pages say. `changes` are the times from git history
 * (`lastChanges`); other files count by modification time.
 * @example inputFiles(['/repo/content'], new Map())[0] // { folder: 0, name: 'campaign.yaml', digest: '…' }
 */
export function inputFiles(dirs: readonly string[], changes: ReadonlyMap<string, number>): InputFile[] {
  return dirs.flatMap((dir, folder) =>
    filesUnder(dir).map((file) => ({
      folder,
      name: path.relative(dir, file),
      digest: `${changedAt(file, changes)}:${hashFile(createHash('sha256'), file).digest('hex')}`,
    })),
  );
}

/**
 * One digest of the files: every file's name, and the digest of each that `counts` (by default all).
 * Equal digests, the same files.
 * @example inputsDigest(inputFiles(['/repo/content'], new Map()), (file) => !file.name.startsWith('fr/'))
 */
export function inputsDigest(files: readonly InputFile[], counts: (file: InputFile) => boolean = () => true): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.folder}\0${file.name}\0${counts(file) ? file.digest : '-'}\n`);
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
