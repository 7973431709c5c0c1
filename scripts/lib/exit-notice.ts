/**
 * Loaded with `--import` into a child that `runToEnd` starts: when the child's main thread exits,
 * its exit code is written to the pipe `runToEnd` gave it (`SID_EXIT_NOTICE_FD`). The variable is
 * removed at once, so that processes the child starts do not write to a pipe that is not theirs.
 */
import { writeSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const fd = Number(process.env['SID_EXIT_NOTICE_FD']);
delete process.env['SID_EXIT_NOTICE_FD'];

if (isMainThread && Number.isInteger(fd) && fd > 2) {
  process.on('exit', (code) => {
    try {
      writeSync(fd, `${code}\n`);
    } catch {
      // The parent has gone; there is nobody left to tell.
    }
  });
}
