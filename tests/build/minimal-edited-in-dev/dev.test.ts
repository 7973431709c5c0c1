import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../build-fixture.ts';
import { freePort, withoutVitest } from '../../run-node.ts';

let server: ChildProcess | undefined;
let output = '';

afterAll(() => {
  server?.kill();
});

/** Waits until the dev server's output matches, or fails after `seconds`. */
async function waitFor(pattern: RegExp, seconds = 90): Promise<RegExpMatchArray> {
  for (let waited = 0; waited < seconds * 10; waited += 1) {
    const match = pattern.exec(output);
    if (match !== null) return match;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the dev server never printed ${pattern}:\n${output.slice(-3000)}`);
}

describe('npm run dev', () => {
  it('shows an edited entry, and reports an invalid edit with the same message as the build', async () => {
    const campaign = mkdtempSync(path.join(os.tmpdir(), 'sid-dev-'));
    cpSync(path.join(root, 'tests/fixtures/minimal/content'), path.join(campaign, 'content'), { recursive: true });
    const entry = path.join(campaign, 'content/en/events/dublin.mdx');
    // As `npm run dev` starts it.
    server = spawn(process.execPath, [path.join(root, 'scripts/astro.ts'), 'dev', '--port', String(await freePort())], {
      cwd: root,
      // Vitest's own variables (NODE_ENV=test, VITEST, …) would put the dev server in test mode.
      env: {
        ...withoutVitest(process.env),
        NODE_ENV: 'development',
        SID_CONTENT_DIR: path.join(campaign, 'content'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    });
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const [, address] = await waitFor(/(http:\/\/localhost:\d+)\//);
    const page = async () => (await fetch(`${address}/en/events/dublin/`)).text();
    /** The page once it shows `text` (the first requests may meet Vite still preparing). */
    const pageShowing = async (text: string) => {
      let html = '';
      for (let tries = 0; tries < 150 && !html.includes(text); tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        html = await page();
      }
      return html;
    };

    expect(await pageShowing('Safer internet for all citizens')).toContain('Safer internet for all citizens');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('title: Safer internet for all citizens', 'title: A renamed event'));
    expect(await pageShowing('A renamed event')).toContain('A renamed event');

    writeFileSync(entry, readFileSync(entry, 'utf8').replace('timezone: Europe/Dublin', 'timezone: Europe/Dublinn'));
    await waitFor(/`timezone`: 'Europe\/Dublinn' is not an IANA time zone; did you mean 'Europe\/Dublin'\?/);
    expect(output).toMatch(/content\/en\/events\/dublin\.mdx:\d+/);
  });
});
