/**
 * Every built HTML file: valid by html-validate (`.htmlvalidate.json`), and every link a visitor
 * or a search engine may follow leads somewhere that exists: internal `href`/`src`/`srcset` to a
 * built file, `#anchor`s to an id of the target page, hreflang alternates to a built page.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot, readCampaign, releaseSite, siteDir } from './site.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * Why each rule of `html-validate:recommended` is relaxed in `.htmlvalidate.json` (JSON has no
 * comments, so the reasons live here, and a test below fails when a rule is relaxed there
 * without a reason here).
 */
const RELAXED_RULES: Record<string, string> = {
  'long-title':
    "A page's title is the entry's own title (written by comms staff, any length, in any language) followed by " +
    'the campaign name, as WCAG 2.4.2 asks. The 70-character limit is a search-engine display heuristic, not a ' +
    'validity or accessibility rule.',
  'valid-id':
    "Relaxed to HTML's own rule (not empty, no whitespace): heading anchors are slugs of translated headings, so " +
    'ids in Devanagari, Arabic or accented Latin are by design. Uniqueness is still checked (no-dup-id) and every ' +
    '#anchor by the link check below.',
};

const dir = await siteDir();
afterAll(releaseSite);
const campaign = readCampaign();
const site = new URL(campaign.site);
const sitePrefix = site.pathname.endsWith('/') ? site.pathname : `${site.pathname}/`;

/** Every `.html` file of the built site, relative to it, `/`-separated, sorted. */
function htmlFiles(root: string, folder = ''): string[] {
  return readdirSync(path.join(root, folder))
    .flatMap((name) => {
      const relative = folder === '' ? name : `${folder}/${name}`;
      if (statSync(path.join(root, relative)).isDirectory()) return htmlFiles(root, relative);
      return name.endsWith('.html') ? [relative] : [];
    })
    .sort();
}

const files = htmlFiles(dir);

/** The public URL of a built file: `en/events/x/index.html` → `https://…/en/events/x/`. */
function publicUrl(file: string): URL {
  const withoutIndex = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return new URL(`${sitePrefix}${withoutIndex}`, site);
}

/**
 * The built file a URL on the site is served from, or undefined when there is none:
 * `/en/` → `en/index.html`, `/en/events` → `en/events/index.html` (hosts redirect), `/a.css` → `a.css`.
 */
function builtFile(url: URL): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (!pathname.startsWith(sitePrefix)) return undefined;
  const relative = pathname.slice(sitePrefix.length);
  const candidates = relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
  return candidates.find((candidate) => {
    try {
      return statSync(path.join(dir, candidate)).isFile();
    } catch {
      return false;
    }
  });
}

/** All elements of a parsed document, in document order. */
function elements(node: Node): Element[] {
  const found: Element[] = [];
  const visit = (current: Node) => {
    if ('tagName' in current) found.push(current);
    if ('content' in current) current.content.childNodes.forEach(visit);
    if ('childNodes' in current) current.childNodes.forEach(visit);
  };
  visit(node);
  return found;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

interface ParsedPage {
  elements: Element[];
  ids: Set<string>;
}

const parsed = new Map<string, ParsedPage>();

/** A built HTML file, parsed once. */
function page(file: string): ParsedPage {
  let result = parsed.get(file);
  if (result === undefined) {
    const document = parse(readFileSync(path.join(dir, file), 'utf8'), { sourceCodeLocationInfo: true });
    const all = elements(document);
    const ids = new Set<string>();
    for (const element of all) {
      const id = attribute(element, 'id');
      if (id !== undefined) ids.add(id);
      const name = attribute(element, 'name');
      if (element.tagName === 'a' && name !== undefined) ids.add(name);
    }
    result = { elements: all, ids };
    parsed.set(file, result);
  }
  return result;
}

/** The URL-valued attributes of an element that a browser fetches or a visitor follows. */
function references(element: Element): Array<{ name: string; value: string }> {
  const urls: Array<{ name: string; value: string }> = [];
  const add = (name: string) => {
    const value = attribute(element, name);
    if (value !== undefined) urls.push({ name, value });
  };
  const addSrcset = (name: string) => {
    const value = attribute(element, name);
    if (value === undefined) return;
    for (const candidate of value.split(/,\s+/)) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) urls.push({ name, value: url });
    }
  };
  switch (element.tagName) {
    case 'a':
    case 'area':
    case 'link':
      add('href');
      break;
    case 'img':
      add('src');
      addSrcset('srcset');
      break;
    case 'source':
      add('src');
      addSrcset('srcset');
      break;
    case 'script':
    case 'iframe':
    case 'embed':
    case 'audio':
    case 'track':
    case 'input':
      add('src');
      break;
    case 'video':
      add('src');
      add('poster');
      break;
    case 'object':
      add('data');
      break;
    case 'form':
      add('action');
      break;
    case 'meta': {
      // Open Graph and Twitter cards: images and URLs on the site must exist too.
      const property = attribute(element, 'property') ?? attribute(element, 'name') ?? '';
      if (/^(og:(image|url|video|audio)(:secure_url)?|twitter:image)$/.test(property)) add('content');
      break;
    }
  }
  return urls;
}

function where(file: string, element: Element): string {
  const location = element.sourceCodeLocation;
  return `${file}:${location?.startLine ?? '?'}:${location?.startCol ?? '?'}`;
}

it('finds the built pages', () => {
  expect(files).toContain('index.html');
  expect(files).toContain('404.html');
  for (const locale of campaign.locales) {
    expect(files).toContain(`${locale}/index.html`);
    expect(files).toContain(`${locale}/404.html`);
  }
});

describe('html-validate', () => {
  const config = JSON.parse(readFileSync(path.join(projectRoot, '.htmlvalidate.json'), 'utf8')) as ConfigData;

  it('relaxes a rule of the recommended preset only with a documented reason', () => {
    const relaxed = Object.keys(config.rules ?? {}).sort();
    expect(relaxed, 'rules relaxed in .htmlvalidate.json without a reason in RELAXED_RULES').toEqual(Object.keys(RELAXED_RULES).sort());
    expect(config.extends).toContain('html-validate:recommended');
  });

  it('finds no error in any built HTML file', async () => {
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(path.join(dir, file));
      for (const result of report.results) {
        for (const message of result.messages) {
          if (message.severity >= 2) errors.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    const byRule = new Map<string, number>();
    for (const error of errors) {
      const rule = error.split(' ')[1]?.replace(/:$/, '') ?? '';
      byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
    }
    const summary = [...byRule].map(([rule, count]) => `${rule}: ${count}`).join(', ');
    expect(errors.slice(0, 150), `${errors.length} html-validate errors (${summary})`).toEqual([]);
  });
});

describe('links', () => {
  it('every internal href, src and srcset leads to a built file, and every #anchor to an id there', () => {
    const broken: string[] = [];
    for (const file of files) {
      const isErrorPage = path.posix.basename(file) === '404.html';
      let base = publicUrl(file);
      for (const element of page(file).elements) {
        if (element.tagName === 'base') {
          const href = attribute(element, 'href');
          if (href !== undefined) base = new URL(href, base);
        }
        for (const { name, value } of references(element)) {
          const at = `${where(file, element)} <${element.tagName} ${name}="${value}">`;
          const trimmed = value.trim();
          if (/^javascript:/i.test(trimmed)) {
            broken.push(`${at}: a javascript: URL (the site must work without JavaScript)`);
            continue;
          }
          let url: URL;
          try {
            url = new URL(trimmed, base);
          } catch {
            broken.push(`${at}: not a valid URL`);
            continue;
          }
          if (url.origin !== site.origin) continue;
          // A 404 page is served at whatever address was missing, so a relative URL there breaks.
          if (isErrorPage && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(trimmed)) {
            broken.push(`${at}: a relative URL on an error page, which is served at any address; start it with /`);
            continue;
          }
          const target = trimmed.startsWith('#') ? file : builtFile(url);
          if (target === undefined) {
            broken.push(`${at}: ${url.pathname} is not a built file`);
            continue;
          }
          const fragment = url.hash.slice(1);
          if (fragment === '' || !target.endsWith('.html')) continue;
          let id: string;
          try {
            id = decodeURIComponent(fragment);
          } catch {
            id = fragment;
          }
          // `#top` scrolls to the top of any page (HTML's "indicated part of the document").
          if (!page(target).ids.has(id) && id.toLowerCase() !== 'top') broken.push(`${at}: ${target} has no element with id "${id}"`);
        }
      }
    }
    expect(broken.slice(0, 150), `${broken.length} broken internal links`).toEqual([]);
  });

  it('every hreflang alternate is an absolute URL on the campaign site, of a built page', () => {
    const broken: string[] = [];
    let alternates = 0;
    for (const file of files) {
      for (const element of page(file).elements) {
        const rel = (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/);
        const hreflang = attribute(element, 'hreflang');
        if (element.tagName !== 'link' || !rel.includes('alternate') || hreflang === undefined) continue;
        alternates += 1;
        const href = attribute(element, 'href') ?? '';
        const at = `${where(file, element)} <link hreflang="${hreflang}" href="${href}">`;
        let url: URL;
        try {
          url = new URL(href);
        } catch {
          broken.push(`${at}: not an absolute URL`);
          continue;
        }
        if (url.origin !== site.origin) {
          broken.push(`${at}: not on the campaign's site ${site.origin}`);
          continue;
        }
        const target = builtFile(url);
        if (target === undefined) broken.push(`${at}: ${url.pathname} is not a built page`);
        else if (hreflang !== 'x-default' && !campaign.locales.includes(hreflang))
          broken.push(`${at}: ${hreflang} is not a locale of the campaign`);
      }
    }
    expect(alternates, 'the site declares hreflang alternates').toBeGreaterThan(0);
    expect(broken.slice(0, 150), `${broken.length} broken hreflang alternates`).toEqual([]);
  });
});
