/**
 * The files a campaign is made from (its content and its UI strings), each with a digest of its
 * bytes and its time of last change; and one digest of them all. The cache keys of the incremental
 * build's page inputs (`everything`, `input-values.ts`) are made from them.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { changedAt } from '#src/i18n/history.ts';
import { filesUnder, hashFile } from '#src/util/files.ts';

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
