/**
 * `npm run edit`: the dev server with the editor at `/admin/`, on a copy of the minimal fixture.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { freePort, root, runNode, withoutVitest } from '../../run-node.ts';
import { copyRepository, removeRepositories } from './repository.ts';

let server: ChildProcess | undefined;

afterAll(async () => {
  if (server !== undefined && server.exitCode === null) {
    const ended = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await ended;
  }
  removeRepositories();
});

/** The environment of a command run as `npm run` runs it, without Vitest's own variables. */
function commandEnv(contentDir: string): NodeJS.ProcessEnv {
  return { ...withoutVitest(process.env), NODE_ENV: 'development', SID_CONTENT_DIR: contentDir, NO_COLOR: '1', FORCE_COLOR: '0' };
}

describe('npm run edit', () => {
  it('says how to turn the editor on when the campaign has none, and starts nothing', () => {
    const dir = copyRepository(false);
    const run = runNode([path.join(root, 'scripts/edit.ts'), '--no-open'], commandEnv(path.join(dir, 'content')), 60_000);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('The editor is off for this campaign.');
    expect(run.stderr).toContain('editor: { backend: github, repo: owner/name, branch: main }');
  });

  it('serves the editor on the folder, and names the folder to pick', async () => {
    const dir = copyRepository(true);
    let output = '';
    server = spawn(process.execPath, [path.join(root, 'scripts/edit.ts'), '--no-open', '--port', String(await freePort())], {
      cwd: root,
      env: commandEnv(path.join(dir, 'content')),
    });
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await expect.poll(() => /http:\/\/localhost:\d+\//.exec(output)?.[0], { timeout: 120_000, interval: 200 }).toBeDefined();
    const address = /http:\/\/localhost:\d+\//.exec(output)?.[0] ?? '';
    expect(output).toContain(`Choose "Work with Local Repository" and pick this folder:\n  ${dir}\n`);

    const page = await fetch(`${address}admin/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<meta http-equiv="content-security-policy"');
    const entry = /<script type="module" src="\.\/(editor-[\w-]+\.js)">/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const script = await fetch(`${address}admin/${entry ?? ''}`);
    expect([script.status, script.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);
    const config = parseYaml(await (await fetch(`${address}admin/config.yml`)).text()) as { collections: { folder: string }[] };
    expect(config.collections.map((collection) => collection.folder)).toContain('content/{{locale}}/events');
  });
});
