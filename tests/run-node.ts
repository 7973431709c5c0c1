/**
 * Runs one of the project's scripts as `npm run` does (a child Node process in the project folder)
 * and waits for it. A test that waits for a child synchronously cannot time out by itself, so the
 * child gets a time limit; a child stopped for it says so at the end of its stderr.
 */
import { spawnSync } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * @example runNode([path.join(root, 'scripts/check.ts'), '--json'], { SID_CONTENT_DIR: dir }, 120_000).status // 0
 */
export function runNode(args: readonly string[], env: NodeJS.ProcessEnv, timeoutMs: number): Run {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    env,
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: `${result.stderr}${result.error === undefined ? '' : `\n${result.error.message}`}`,
  };
}

/** The environment without Vitest's own variables, so that a child Astro or Vite runs as it would from a terminal. */
export function withoutVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^(VITEST|VITE_|TEST$|TINYPOOL)/.test(name)));
}

/** A port nothing listens on now, chosen by the system. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
