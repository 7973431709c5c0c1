/**
 * `_headers`, for hosts that read it (Netlify, Cloudflare Pages): the security headers of every
 * page, with one Content-Security-Policy merged from the policies the pages carry in their `<meta>`.
 */
import { closeSync, openSync, readdirSync, readSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EDITOR_FOLDER } from '#src/editor/page.ts';
import { headersFile, mergePolicies } from './security.ts';

/**
 * The site's policy: one merged from every page's CSP `<meta>` (the editor's folder aside).
 */
export function sitePolicy(outDir: string): string {
  // A set: pages share a handful of policies, and each match would otherwise keep its whole page
  // in memory (a regular expression's match is a slice of the string it was found in).
  const policies = new Set<string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (file !== path.join(outDir, EDITOR_FOLDER)) walk(file);
      } else if (entry.name.endsWith('.html')) {
        const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(headOf(file))?.[1];
        if (policy !== undefined) policies.add(policy);
      }
    }
  };
  walk(outDir);
  return mergePolicies([...policies].map((policy) => policy.replaceAll('&#39;', "'")));
}

/**
 * Writes `_headers` with the site's policy (`sitePolicy`), and the editor's own policy for its
 * folder when there is one (`src/editor/`).
 */
export function writeHeadersFile(outDir: string, policy: string, editorPolicy: string | undefined): void {
  const entries = readdirSync(outDir, { withFileTypes: true }).map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name));
  const editor = editorPolicy === undefined ? undefined : { folder: EDITOR_FOLDER, policy: editorPolicy, entries: entries.sort() };
  writeFileSync(path.join(outDir, '_headers'), headersFile(policy, editor));
}

/**
 * The start of an HTML file, up to its `</head>`: the policy is in the head, a few KB into pages
 * that run to 100 KB, and a large campaign has thousands of them. Read as Latin-1, since only
 * ASCII is looked for (a UTF-8 character cut between two reads is harmless).
 */
function headOf(file: string): string {
  const descriptor = openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(16 * 1024);
    let text = '';
    while (!text.includes('</head>')) {
      const read = readSync(descriptor, chunk);
      if (read === 0) break;
      text += chunk.toString('latin1', 0, read);
    }
    return text;
  } finally {
    closeSync(descriptor);
  }
}
