/**
 * What the editor's tests start from: a copy of the minimal fixture laid out as a repository
 * (`<dir>/.git`, `<dir>/content`), in a temporary folder of its own.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from '../../run-node.ts';

/** What turns the editor on in the fixture's campaign.yaml. */
export const EDITOR = 'editor: { backend: github, repo: safer-internet/sid-fixture, branch: main }\n';

/** The folders made so far, which `removeRepositories` deletes. */
const made: string[] = [];

/**
 * A copy of the minimal fixture as a repository, with the editor turned on or not.
 * @example copyRepository(true) // '/tmp/sid-editor-a1b2c3' (with .git/ and content/)
 */
export function copyRepository(withEditor: boolean): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sid-editor-'));
  made.push(dir);
  cpSync(path.join(root, 'tests/fixtures/minimal/content'), path.join(dir, 'content'), { recursive: true });
  // The editor checks that the folder it is given is a repository's; git itself is not needed.
  mkdirSync(path.join(dir, '.git'));
  const campaign = path.join(dir, 'content/campaign.yaml');
  if (withEditor) writeFileSync(campaign, readFileSync(campaign, 'utf8') + EDITOR);
  return dir;
}

/** Deletes every copy made by this test file. */
export function removeRepositories(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
