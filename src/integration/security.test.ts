import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, headersFile, mergePolicies } from './security.ts';

describe('security headers', () => {
  it('merges the pages’ policies into one that allows every page’s hashed scripts and styles', () => {
    const merged = mergePolicies([
      "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-s';",
      "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self' 'sha256-s';",
    ]);
    expect(merged).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-s'; frame-ancestors 'none'");
  });

  it('never allows inline code or another origin except the video players’ frames', () => {
    const policy = mergePolicies([CSP_DIRECTIVES.join('; ')]);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("default-src 'self'");
    expect(policy.match(/https:\/\/[^\s;]+/g)).toEqual(['https://www.youtube-nocookie.com', 'https://player.vimeo.com']);
  });

  it('writes the security headers and long caching for hashed assets', () => {
    const file = headersFile("default-src 'self'");
    expect(file).toContain("/*\n  Content-Security-Policy: default-src 'self'\n");
    for (const header of ['Referrer-Policy', 'Permissions-Policy', 'X-Content-Type-Options: nosniff', 'Strict-Transport-Security'])
      expect(file).toContain(header);
    expect(file).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(file).toContain('/*.ics\n  Content-Type: text/calendar; charset=utf-8');
    expect(file).toContain('/media/*\n  Cache-Control: public, max-age=31536000, immutable');
  });

  it('gives a folder with its own policy (the editor) that policy alone, and every other path the site’s', () => {
    const file = headersFile("default-src 'self'", {
      folder: 'admin',
      policy: "default-src 'self'; connect-src 'self' https://api.github.com",
      entries: ['404.html', '_astro/', 'admin/', 'en/', 'index.html'],
    });
    // No policy on `/*`: a host would add it to the editor's, and a browser enforce both.
    expect(file).toMatch(/^\/\*\n {2}Referrer-Policy/);
    for (const rule of ['/', '/404.html', '/_astro/*', '/en/*', '/index.html']) {
      expect(file).toContain(`\n${rule}\n  Content-Security-Policy: default-src 'self'\n`);
    }
    expect(file).toContain(
      "\n/admin/*\n  Content-Security-Policy: default-src 'self'; connect-src 'self' https://api.github.com; frame-ancestors 'none'\n  X-Robots-Tag: noindex, nofollow\n",
    );
    expect(file.match(/https:\/\/api\.github\.com/g)).toHaveLength(1);
  });
});
