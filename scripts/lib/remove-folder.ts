/**
 * `node remove-folder.ts <folder> <prefix>`: renames a folder to `<prefix><this process's id>`, then
 * deletes it. A build starts it, detached, for the site it replaced (`scripts/build.ts`) and ends
 * without waiting for it. The new name tells the next build that this process is deleting the
 * folder while it runs, and that it stopped before it was done when it no longer does.
 *
 * It runs at the lowest priority: nothing waits for it, and a build started meanwhile (the next
 * edit) should not share the CPU with it. Unlinking a large site's tens of thousands of files takes
 * seconds of the system's time on a slow disk.
 */
import { renameSync, rmSync } from 'node:fs';
import { setPriority } from 'node:os';

const [folder, prefix] = process.argv.slice(2);
if (folder === undefined || prefix === undefined) throw new Error('usage: remove-folder.ts <folder> <prefix>');
setPriority(19);
const removing = `${prefix}${process.pid}`;
try {
  renameSync(folder, removing);
} catch (error) {
  // Taken already by another remover (two builds in a row each start one for a leftover).
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') process.exit(0);
  throw error;
}
rmSync(removing, { recursive: true, force: true });
