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
        const policy = policyOf(file);
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

const POLICY_META = Buffer.from('<meta http-equiv="content-security-policy" content="');
const HEAD_END = Buffer.from('</head>');
const QUOTE = 0x22;

/** What the pages' heads are read into, one after the other; grown when a head is longer. */
let head = Buffer.alloc(16 * 1024);

/**
 * The policy in a page's CSP `<meta>`, in its head, read from the start of the file up to the
 * policy or the `</head>`: the policy is a few KB into pages that run to 100 KB, and a large campaign has
 * thousands of them. Searched in the bytes, and only the policy decoded, as Latin-1: it is ASCII.
 */
function policyOf(file: string): string | undefined {
  const descriptor = openSync(file, 'r');
  try {
    for (let size = 0; ;) {
      if (size === head.length) head = Buffer.concat([head], head.length * 2);
      const read = readSync(descriptor, head, size, head.length - size, null);
      size += read;
      const headEnd = head.subarray(0, size).indexOf(HEAD_END);
      const start = head.subarray(0, headEnd === -1 ? size : headEnd);
      const meta = start.indexOf(POLICY_META);
      const end = meta === -1 ? -1 : start.indexOf(QUOTE, meta + POLICY_META.length);
      if (end !== -1) return start.toString('latin1', meta + POLICY_META.length, end);
      if (read === 0 || headEnd !== -1) return undefined;
    }
  } finally {
    closeSync(descriptor);
  }
}
