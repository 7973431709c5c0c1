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
 * Copies a fixture (its `content/`, and its `locales/` when it has one) to a new temporary folder
 * and returns that folder. `fixture` names a shared one, `tests/fixtures/<fixture>/`, or is the
 * absolute path of a scenario's own `fixture/` folder.
 * @example const dir = copyFixture('minimal'); // dir/content/campaign.yaml
 * @example const dir = copyFixture(path.join(import.meta.dirname, 'fixture'));
 */
export function copyFixture(fixture: string, options: { withProjectLocales?: boolean } = {}): string {
  const source = path.isAbsolute(fixture) ? fixture : path.join(root, 'tests/fixtures', fixture);
  const dir = mkdtempSync(path.join(os.tmpdir(), `sid-tools-${path.basename(path.dirname(source))}-${path.basename(source)}-`));
  cpSync(source, dir, { recursive: true });
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
