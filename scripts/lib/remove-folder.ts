/**
 * `node remove-folder.ts <folder> <prefix>`: renames a folder to `<prefix><this process's id>`, then
 * deletes it. A build starts it, detached, for the site it replaced (`scripts/build.ts`) and ends
 * without waiting for it. The new name tells the next build that this process is deleting the
 * folder while it runs, and that it stopped before it was done when it no longer does.
 */
import { renameSync, rmSync } from 'node:fs';

const [folder, prefix] = process.argv.slice(2);
if (folder === undefined || prefix === undefined) throw new Error('usage: remove-folder.ts <folder> <prefix>');
const removing = `${prefix}${process.pid}`;
try {
  renameSync(folder, removing);
} catch (error) {
  // Taken already by another remover (two builds in a row each start one for a leftover).
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') process.exit(0);
  throw error;
}
rmSync(removing, { recursive: true, force: true });
