/**
 * The share images' drawing process: one per build, started on first use, ended by the build.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { getPriority, setPriority } from 'node:os';
import type { DrawRequest } from './draw.ts';

interface DrawingProcess {
  draw: (request: DrawRequest) => Promise<void>;
  /** Lets the process end once it has drawn what it was asked for; resolves when it has ended. */
  close: () => Promise<void>;
}

const PROCESS = Symbol.for('sid-microsite.share-images.process');

/** How much lower than the build's the drawing process's priority is (in `nice` steps; 19 is the lowest). */
const DRAWING_NICENESS = 10;

/**
 * The drawing process, started on first use; one per build (on `globalThis`, which the integration
 * and the pages' bundle both see). It keeps the build alive only while it draws.
 *
 * A process rather than a worker thread, at a lower priority than the build: the pages, which the
 * build waits for, get the CPU first and drawing takes what is left, and sharp's work does not
 * queue in front of the build's file writes in the thread pool a process's threads share
 * (`bench/results/` has the measurements). Should the process stop, what it was drawing fails and
 * the next image starts another.
 */
export function drawingProcess(script: string): DrawingProcess {
  const slot = globalThis as { [PROCESS]?: DrawingProcess | undefined };
  const running = slot[PROCESS];
  if (running !== undefined) return running;
  const { child, hold } = startChild(script);
  const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let next = 0;
  const settle = (id: number, error?: Error) => {
    const request = waiting.get(id);
    waiting.delete(id);
    if (waiting.size === 0) hold(false);
    if (error === undefined) request?.resolve();
    else request?.reject(error);
  };
  const stop = (error: Error) => {
    if (slot[PROCESS] === drawer) slot[PROCESS] = undefined;
    for (const id of [...waiting.keys()]) settle(id, error);
  };
  const ended = Promise.withResolvers<undefined>();
  child.on('message', ({ id, error }: { id: number; error?: string }) => {
    settle(id, error === undefined ? undefined : new Error(error));
  });
  child.on('error', (error) => {
    stop(error);
    // A process that could not start never exits.
    if (child.pid === undefined) ended.resolve(undefined);
  });
  child.on('exit', (code, signal) => {
    stop(new Error(`The share images' drawing process stopped (${signal ?? `exit code ${code}`}).`));
    ended.resolve(undefined);
  });
  const drawer: DrawingProcess = {
    draw: (request) =>
      new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        hold(true);
        child.send({ id, request }, (error) => {
          if (error !== null) settle(id, error);
        });
      }),
    close: () => {
      if (slot[PROCESS] === drawer) slot[PROCESS] = undefined;
      // Held until it has ended: let go, it would leave nothing keeping the build alive while the
      // build waits for it, and Node would exit in the middle of the build's last hook.
      hold(true);
      if (child.connected) child.disconnect();
      return ended.promise;
    },
  };
  slot[PROCESS] = drawer;
  return drawer;
}

/**
 * The drawing process at its lower priority, let go (it keeps the build alive only while `hold`
 * says so): plain Node, without the build's flags (its heap limit); 'advanced' serialization sends
 * the emoji's bytes as they are.
 */
function startChild(script: string): { child: ChildProcess; hold: (held: boolean) => void } {
  const child = fork(script, [], { execArgv: [], serialization: 'advanced' });
  if (child.pid !== undefined) setPriority(child.pid, Math.min(19, getPriority() + DRAWING_NICENESS));
  // The message channel is a handle of its own, which would keep the build alive too.
  const hold = (held: boolean) => {
    if (held) {
      child.ref();
      child.channel?.ref();
    } else {
      child.unref();
      child.channel?.unref();
    }
  };
  hold(false);
  return { child, hold };
}

/**
 * Ends the drawing process once it has drawn what it was asked for, and waits for it to end: a
 * build calls it when every share image is in place, so that no process outlives it. A later image
 * starts another.
 */
export async function stopDrawing(): Promise<void> {
  await (globalThis as { [PROCESS]?: DrawingProcess | undefined })[PROCESS]?.close();
}
