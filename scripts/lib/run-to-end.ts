/**
 * Runs a Node child process and makes sure that it ends once it has said it is exiting.
 *
 * Why: Astro's CLI ends every command with `process.exit()`, and Node 24 can deadlock there when V8
 * is compiling code in the background at that moment (nodejs/node#54918, still open): the main
 * thread waits for the compiler threads, which wait for a garbage collection that only the main
 * thread could run. The process then hangs for ever after its last line. Here it took one failed
 * build in a few on a fresh clone (more code to compile, no compile cache yet), and it stalled CI.
 * Nothing in Node or V8 turns it off short of `--single-threaded`, which slows every build.
 *
 * So the child is started with `exit-notice.ts`, which tells this process the exit code from the
 * child's `exit` event. A child still alive `graceMs` after that is stuck in the deadlock, with its
 * work done: it is killed, and the code it announced is returned.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';

/** Astro's command-line entry point in this project. */
export const ASTRO_CLI = path.resolve(import.meta.dirname, '../../node_modules/astro/bin/astro.mjs');

const EXIT_NOTICE = pathToFileURL(path.join(import.meta.dirname, 'exit-notice.ts')).href;

export interface Ended {
  /** The exit code: the child's, or the one it announced when it had to be killed. */
  status: number | null;
  /** The signal that ended the child, when one did (SIGABRT when V8 ran out of heap). */
  signal: NodeJS.Signals | null;
  /** Whether the child announced its exit but did not end, and was killed. */
  stuck: boolean;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** How long a child that announced its exit may take to end (default 10 s). */
  graceMs?: number;
}

/**
 * Runs `node <args>` with this process's standard streams, until it ends.
 *
 * While it runs, this process ignores SIGINT (Ctrl-C reaches the child too, which decides how to
 * stop) and passes SIGTERM and SIGHUP on to the child.
 * @example const { status } = await runToEnd([ASTRO_CLI, 'check']);
 */
export function runToEnd(args: readonly string[], options: RunOptions = {}): Promise<Ended> {
  const graceMs = options.graceMs ?? 10_000;
  const child = spawn(process.execPath, ['--import', EXIT_NOTICE, ...args], {
    cwd: options.cwd,
    env: { ...(options.env ?? process.env), SID_EXIT_NOTICE_FD: '3' },
    stdio: ['inherit', 'inherit', 'inherit', 'pipe'],
  });

  const ignore = () => undefined;
  const passOn = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', ignore);
  process.on('SIGTERM', passOn);
  process.on('SIGHUP', passOn);

  let announced: number | undefined;
  let stuck = false;
  let timer: NodeJS.Timeout | undefined;
  let notice = '';
  (child.stdio[3] as Readable).on('data', (chunk: Buffer) => {
    notice += chunk.toString();
    const code = /^(\d+)\n/.exec(notice)?.[1];
    if (code === undefined || announced !== undefined) return;
    announced = Number(code);
    timer = setTimeout(() => {
      stuck = true;
      console.error(
        `\n(Node did not end within ${graceMs / 1000} s of exiting with code ${announced}, a known deadlock in Node.js ` +
          '(nodejs/node#54918). Its work was done; it was stopped.)',
      );
      child.kill('SIGKILL');
    }, graceMs);
  });

  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      process.off('SIGINT', ignore);
      process.off('SIGTERM', passOn);
      process.off('SIGHUP', passOn);
      resolve(stuck ? { status: announced ?? 1, signal: null, stuck } : { status: code, signal, stuck });
    });
  });
}
