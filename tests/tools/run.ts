/**
 * Runs the commands for comms staff and translators the way `npm run` does (a child Node process
 * in the project folder) on a copy of a fixture in a temporary folder, so that a test may change it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Copies `tests/fixtures/<name>/` (its `content/`, and its `locales/` when it has one) to a new
 * temporary folder and returns that folder.
 * @example const dir = copyFixture('minimal'); // dir/content/campaign.yaml
 */
export function copyFixture(name: string, options: { withProjectLocales?: boolean } = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `sid-tools-${name}-`));
  cpSync(path.join(root, 'tests/fixtures', name), dir, { recursive: true });
  if (options.withProjectLocales === true && !existsSync(path.join(dir, 'locales'))) {
    cpSync(path.join(root, 'locales'), path.join(dir, 'locales'), { recursive: true });
  }
  return dir;
}

/**
 * Runs `scripts/<script>` with `SID_CONTENT_DIR` set to `<dir>/content`.
 * @example run('check.ts', dir, ['--json']).status // 0
 */
export function run(script: string, dir: string, args: readonly string[] = [], env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', script), ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    // A test that waits for a child synchronously cannot time out by itself.
    timeout: 120_000,
    killSignal: 'SIGKILL',
    env: { ...process.env, SID_CONTENT_DIR: path.join(dir, 'content'), NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: `${result.stderr}${result.error === undefined ? '' : `\n${result.error.message}`}` };
}
