import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sitePolicy } from './headers.ts';

const site = mkdtempSync(path.join(tmpdir(), 'sid-headers-'));

afterAll(() => {
  rmSync(site, { recursive: true, force: true });
});

function page(file: string, head: string, body = '<p>text</p>'): void {
  mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  writeFileSync(path.join(site, file), `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
}

const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;

describe("the site's policy", () => {
  it("merges every page's policy, however long its head, and leaves out the editor's and what a body says", () => {
    page('en/index.html', `<title>Home</title>${meta("script-src 'self' &#39;sha256-a&#39;")}`);
    // A head longer than what a page's start is first read into.
    page('fr/events/oodi/index.html', `<title>Oodi</title><style>${'p{}'.repeat(20_000)}</style>${meta("script-src 'self' 'sha256-b'")}`);
    page('fr/no-policy/index.html', '<title>None</title>', meta("script-src 'sha256-in-body'"));
    page('admin/index.html', meta("script-src 'self' https://unpkg.example"));
    page('feed.xml', meta("script-src 'sha256-not-a-page'"));

    expect(sitePolicy(site)).toBe("script-src 'self' 'sha256-a' 'sha256-b'; frame-ancestors 'none'");
  });
});
