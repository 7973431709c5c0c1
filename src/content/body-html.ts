/**
 * An entry's body as HTML, rendered once when the content is loaded (and again only when the
 * entry changes), instead of compiled to a JavaScript module that the build bundles and every
 * page loads. Bodies cannot run code (`src/validation/safe-mdx.ts` refuses imports, exports,
 * expressions and components), so they need not be code: the same MDX parser the build uses
 * (satteri, as `@astrojs/mdx` does) reads them, the tree is made plain HTML, and
 * `hast-util-to-html` writes it.
 *
 * What MDX would have done, done here: HTML written in a body becomes the same elements, a plain
 * `{"text"}` or `{42}` its text, a `{/* comment *\/}` nothing; a Markdown image with a path is
 * marked the way Astro marks images of rendered Markdown (`__ASTRO_IMAGE_`), so that Astro's
 * `render()` optimises it with `astro:assets` when a page shows it; a link to another site gets
 * `rel="noopener noreferrer"`.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import Slugger from 'github-slugger';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { isExternalLink } from '#src/site/urls.ts';

/** Bump when the HTML made from a body changes: every body is rendered again. */
export const BODY_RENDERER_VERSION = 1;

export interface BodyHtml {
  html: string;
  /** The images the body shows from the content's media folder, as written (relative to the entry). */
  imagePaths: string[];
}

/** A node of satteri's MDX tree that plain hast does not have. */
interface MdxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' | 'mdxFlowExpression' | 'mdxTextExpression' | 'mdxjsEsm';
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string | undefined; value?: string | null | undefined | { value: string } }[];
  children?: (RootContent | MdxNode)[];
}

type AnyNode = RootContent | MdxNode;

/**
 * Renders a body (checked by `checkBody` first) to HTML.
 * @example renderBody('Hello *you* {"!"}').html // '<p>Hello <em>you</em> !</p>'
 */
export function renderBody(body: string): BodyHtml {
  // As `@astrojs/mdx` reads them: GitHub's Markdown (tables, footnotes) and smart punctuation (’, “”, –, …).
  const tree = mdxToHast(body, { position: false, features: { gfm: true, smartPunctuation: true } }) as unknown as Root;
  const collected: Collected = { imagePaths: [], counts: new Map(), slugger: new Slugger() };
  const children = tree.children.flatMap((node) => plain(node as AnyNode, collected));
  return { html: toHtml({ type: 'root', children }, { allowDangerousHtml: false }), imagePaths: collected.imagePaths };
}

interface Collected {
  imagePaths: string[];
  /** How many times each image has been seen: Astro tells copies of one image apart by index. */
  counts: Map<string, number>;
  /** Gives headings ids from their text, as Astro's Markdown does (`## How to use it` → `how-to-use-it`). */
  slugger: Slugger;
}

function plain(node: AnyNode, collected: Collected): RootContent[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [];
    case 'mdxFlowExpression':
    case 'mdxTextExpression': {
      const text = literalText(node.value ?? '');
      return text === undefined ? [] : [{ type: 'text', value: text }];
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return [
        {
          type: 'element',
          tagName: node.name ?? 'div',
          properties: jsxProperties(node.attributes ?? []),
          children: (node.children ?? []).flatMap((child) => plain(child, collected)) as ElementContent[],
        },
      ];
    case 'element':
      return [element(node, collected)];
    default:
      return [node];
  }
}

function element(node: Element, collected: Collected): Element {
  const children = node.children.flatMap((child) => plain(child as AnyNode, collected)) as ElementContent[];
  if (node.tagName === 'img') return { ...node, properties: markImage(node.properties, collected), children };
  if (/^h[1-6]$/.test(node.tagName) && typeof node.properties['id'] !== 'string') {
    return { ...node, properties: { ...node.properties, id: collected.slugger.slug(textOf(children)) }, children };
  }
  if (node.tagName === 'a' && typeof node.properties['href'] === 'string' && isExternalLink(node.properties['href'])) {
    return { ...node, properties: { ...node.properties, rel: ['noopener', 'noreferrer'] }, children };
  }
  return { ...node, children };
}

/** The text of nodes, as a heading's id is made from it. */
function textOf(nodes: readonly ElementContent[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.value : 'children' in node ? textOf(node.children) : '')).join('');
}

/**
 * A Markdown image with a path, marked for Astro's `render()` (the same mark its Markdown pipeline
 * writes): `__ASTRO_IMAGE_` holds the image's attributes, and `src` goes.
 */
function markImage(properties: Properties, collected: Collected): Properties {
  const src = typeof properties['src'] === 'string' ? decodeURI(properties['src']) : undefined;
  if (src === undefined || URL.canParse(src) || src.startsWith('/')) return properties;
  if (!collected.imagePaths.includes(src)) collected.imagePaths.push(src);
  const index = collected.counts.get(src) ?? 0;
  collected.counts.set(src, index + 1);
  const { src: _src, ...rest } = properties;
  const kept: Properties = {};
  if (rest['className'] !== undefined) kept['className'] = rest['className'];
  return { ...kept, __ASTRO_IMAGE_: JSON.stringify({ ...rest, src, index }) };
}

/** JSX attributes as HTML properties: written values as they are, `{"x"}` and `{42}` as their text. */
function jsxProperties(attributes: NonNullable<MdxNode['attributes']>): Properties {
  const properties: Properties = {};
  for (const attribute of attributes) {
    if (attribute.name === undefined) continue;
    const { value } = attribute;
    if (value === null || value === undefined) properties[attribute.name] = true;
    else if (typeof value === 'string') properties[attribute.name] = value;
    else {
      const text = literalText(value.value);
      if (text !== undefined) properties[attribute.name] = text;
    }
  }
  return properties;
}

/**
 * The text of a plain `{…}` value (a string or number literal), or undefined for a comment.
 * @example literalText('"café"') // 'café'
 * @example literalText('/* note *\/') // undefined
 */
export function literalText(expression: string): string | undefined {
  const value = expression.trim();
  if (value.startsWith('/*')) return undefined;
  if (value.startsWith("'")) return JSON.parse(`"${value.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string;
  if (value.startsWith('"')) return JSON.parse(value) as string;
  return String(Number(value));
}
