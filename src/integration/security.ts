/**
 * The site's security policy, in one place: the Content-Security-Policy directives that Astro puts
 * in every page's `<meta>` (beside its script and style hashes) and the headers written to
 * `_headers` for hosts that read it.
 */

/** Origins a video player may be framed from, once the visitor presses play. */
export const VIDEO_FRAME_ORIGINS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'] as const;

/**
 * CSP directives beyond `script-src`/`style-src` (which Astro fills with hashes): nothing from
 * another origin, except the video players' frames.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "media-src 'self'",
  "connect-src 'self'",
  `frame-src ${VIDEO_FRAME_ORIGINS.join(' ')}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * One Content-Security-Policy for the whole site, for the `_headers` file: each page's `<meta>`
 * policy lists the hashes of that page's scripts and styles; a header applies to every page, so it
 * takes the union of them (both policies apply, so the header must allow what each page needs).
 * `frame-ancestors` only works in a header, so it is added here.
 * @example mergePolicies(["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self'; script-src 'self' 'sha256-b'"])
 *   // "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; frame-ancestors 'none'"
 */
export function mergePolicies(policies: readonly string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name === undefined || name === '') continue;
      const known = directives.get(name) ?? new Set<string>();
      for (const source of sources) known.add(source);
      directives.set(name, known);
    }
  }
  directives.set('frame-ancestors', new Set(["'none'"]));
  return [...directives].map(([name, sources]) => [name, ...[...sources]].join(' ')).join('; ');
}

/** A folder of the site with a policy of its own: the editor at `/admin/`. */
export interface OwnPolicy {
  /** The folder, e.g. `admin`. */
  folder: string;
  /** Its policy, as its page's `<meta>` says it. */
  policy: string;
  /** The names at the top of the output folder, folders with a trailing `/` (`en/`, `index.html`). */
  entries: readonly string[];
}

/**
 * The `_headers` file read by Netlify, Cloudflare Pages and others: security headers on every
 * page, and a year of caching for hashed assets (Astro's and the entries' media files: their
 * names change when they do).
 *
 * With a folder of its own policy (the editor), the site's policy cannot sit on `/*`: a host applies
 * every rule that matches a path (Cloudflare Pages joins the two policies, and a browser enforces
 * both, which would block the editor's requests to its git host). The site's policy then goes on
 * the root and on each other entry at the top of the output, the folder's own on the folder.
 */
export function headersFile(policy: string, own?: OwnPolicy): string {
  const sitePolicy = [`  Content-Security-Policy: ${policy}`];
  const siteRules =
    own === undefined
      ? []
      : ['/', ...own.entries.filter((entry) => entry !== `${own.folder}/` && entry !== '_headers')].flatMap((entry) => [
          entry === '/' ? '/' : `/${entry.endsWith('/') ? `${entry}*` : entry}`,
          ...sitePolicy,
        ]);
  return [
    '/*',
    ...(own === undefined ? sitePolicy : []),
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    '  X-Content-Type-Options: nosniff',
    '  Strict-Transport-Security: max-age=63072000; includeSubDomains',
    ...siteRules,
    ...(own === undefined
      ? []
      : [`/${own.folder}/*`, `  Content-Security-Policy: ${own.policy}; frame-ancestors 'none'`, '  X-Robots-Tag: noindex, nofollow']),
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '/media/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '/*.ics',
    '  Content-Type: text/calendar; charset=utf-8',
    '',
  ].join('\n');
}
