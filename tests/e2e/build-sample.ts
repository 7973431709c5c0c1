/**
 * Builds the sample campaign (`content/`) into a temporary folder, as `npm run build` does for a
 * host. Kept apart from `site.ts` because vitest's global set-up (main process) imports it, and
 * that must not import the test-side `vitest` API.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder holding the built sample site, set by `tests/e2e/global-setup.ts`. */
    sidSiteDir: string;
  }
}

/** The repository root (this file is `tests/e2e/build-sample.ts`). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** "Now" for the sample build, so upcoming and past events do not change with the calendar. */
export const SAMPLE_NOW = '2020-02-01T00:00:00Z';

/**
 * Builds the sample campaign (`content/`) with `npm run build` (and `args`) into a new temporary folder.
 * Returns the built site's folder and a function that deletes the temporary folder.
 * A failed build rejects with the end of the build's output, which names the problem.
 */
export async function buildSample(args: readonly string[] = []): Promise<{ dir: string; remove: () => Promise<void> }> {
  const temp = await mkdtemp(path.join(os.tmpdir(), 'sid-e2e-'));
  const dir = path.join(temp, 'site');
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('npm', ['run', 'build', ...(args.length > 0 ? ['--', ...args] : [])], {
      cwd: projectRoot,
      env: { ...process.env, SID_NOW: SAMPLE_NOW, SID_OUT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  const remove = () => rm(temp, { recursive: true, force: true });
  if (code !== 0 || !existsSync(path.join(dir, 'index.html'))) {
    await remove();
    const tail = output.join('').split('\n').slice(-60).join('\n');
    throw new Error(`The sample site did not build (npm run build exited with ${code}):\n${tail}`);
  }
  return { dir, remove };
}
