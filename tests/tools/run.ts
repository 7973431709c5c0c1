/**
 * Runs the commands for comms staff and translators the way `npm run` does (a child Node process
 * in the project folder) on a copy of a fixture in a temporary folder, so that a test may change it.
 */
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root, runNode, type Run } from '../run-node.ts';

export { root };

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
  const childEnv = { ...process.env, SID_CONTENT_DIR: path.join(dir, 'content'), NO_COLOR: '1', FORCE_COLOR: '0', ...env };
  return runNode([path.join(root, 'scripts', script), ...args], childEnv, 120_000);
}
