/**
 * Safe MDX: an entry's body is content, not code. MDX would let a body import modules, export
 * values, run JavaScript in `{…}` and add `<script>`s or event handlers that run in the reader's
 * browser; comms staff never need any of that, and a contributor must not be able to do it. This
 * module reads a body with the same MDX parser the build uses (satteri, through `@astrojs/mdx`),
 * so that what is checked is what is built, and names every construct that is not allowed.
 *
 * Regular expressions over the raw text were the alternative; they cannot tell a `{` in a code
 * block (fine) from one in a paragraph (an expression), so the parser decides.
 */
import { mdxToMdast } from 'satteri';
import type { Problem } from './problems.ts';

/**
 * Components that entries may use without an import. The site provides none yet: when one is
 * added (a callout, a partner card…), name it here and document it in docs/content.md.
 */
export const ALLOWED_COMPONENTS: readonly string[] = [];

/**
 * HTML elements a body may not contain, and why: they run code, load another site inside ours,
 * or change the page around the entry.
 */
export const FORBIDDEN_ELEMENTS: Readonly<Record<string, string>> = {
  script: 'runs code in the reader’s browser; entries cannot contain code',
  iframe: 'loads another site inside the page (and lets it track readers); for a video, add a `videos` entry',
  frame: 'loads another site inside the page; link to it instead',
  frameset: 'loads other sites inside the page; link to them instead',
  object: 'embeds external content; link to it instead',
  embed: 'embeds external content; link to it instead',
  applet: 'embeds external code; link to it instead',
  style: 'changes the look of the whole page; the site’s styles apply to every entry',
  link: 'loads files from elsewhere into the page; use a Markdown link `[text](https://…)` instead',
  meta: 'changes the page’s metadata; entries cannot',
  base: 'changes where every link on the page points; entries cannot',
};

/** URL schemes that run code or smuggle content when a reader follows or loads them. */
const UNSAFE_SCHEMES = ['javascript:', 'vbscript:', 'data:'];

/** Attributes whose value is a URL that the browser follows or loads. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'srcset', 'xlink:href', 'data']);

/** A node of the body's syntax tree, as far as this check reads it. */
interface BodyNode {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  identifier?: string;
  attributes?: BodyAttribute[];
  children?: BodyNode[];
  position?: { start: { line: number } };
}

interface BodyAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

/** An image that a body shows from the content's media folder: the build publishes it. */
export interface BodyImage {
  /** The path as written, relative to the entry. */
  url: string;
  /** The line in the entry's file. */
  line: number;
}

export interface BodyCheck {
  problems: Problem[];
  /** Markdown images with a path (not a URL): the caller checks where each leads. */
  images: BodyImage[];
}

/**
 * Every construct in an entry's body that the site does not allow, as problems on the file's
 * lines (`bodyLine` is the file line of the body's first line, from `parseEntry`), and the
 * images it names by path.
 * @example checkBody('Hello {1+1}', 'content/en/pages/a.mdx', 5).problems
 *   // [{ file: 'content/en/pages/a.mdx', line: 5, field: '', message: 'has a JavaScript expression `{1+1}`; …' }]
 */
export function checkBody(body: string, file: string, bodyLine: number): BodyCheck {
  const lineOf = (node: { position?: { start: { line: number } } } | undefined) => bodyLine + (node?.position?.start.line ?? 1) - 1;
  let tree: BodyNode;
  try {
    tree = mdxToMdast(body) as unknown as BodyNode;
  } catch (error) {
    return { problems: [syntaxProblem(error, file, bodyLine)], images: [] };
  }
  const problems: Problem[] = [];
  const images: BodyImage[] = [];
  const add = (node: BodyNode, message: string, line = lineOf(node)) => problems.push({ file, line, field: '', message });
  const definitions = definitionsOf(tree);
  const addImage = (node: BodyNode, url: string | undefined) => {
    if (url !== undefined && !isUnsafeUrl(url) && !isRemote(url)) images.push({ url, line: lineOf(node) });
  };

  const visit = (node: BodyNode) => {
    switch (node.type) {
      case 'mdxjsEsm':
        checkEsm(node, lineOf(node), add);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isPlainExpression(node.value ?? '')) {
          add(
            node,
            `has a JavaScript expression \`{${shorten(node.value ?? '')}}\`; entries cannot run code: write the text itself, or put \`{\` in backticks to show it as code`,
          );
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, (message) => add(node, message));
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (node.url !== undefined && isUnsafeUrl(node.url)) {
          add(node, `links to \`${shorten(node.url)}\`, which runs code or hides content; link to an https:// address`);
        } else if (node.type === 'image' && node.url !== undefined && isRemote(node.url)) {
          add(node, REMOTE_MEDIA(node.url));
        }
        if (node.type === 'image') addImage(node, node.url);
        break;
      case 'imageReference': {
        const url = definitions.get(node.identifier ?? '');
        if (url !== undefined && isRemote(url)) add(node, REMOTE_MEDIA(url));
        addImage(node, url);
        break;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return { problems, images };
}

/** The URL of every link reference definition (`[id]: url`), by identifier. */
function definitionsOf(tree: BodyNode): Map<string, string> {
  const definitions = new Map<string, string>();
  const visit = (node: BodyNode) => {
    if (node.type === 'definition' && node.identifier !== undefined && node.url !== undefined) definitions.set(node.identifier, node.url);
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return definitions;
}

/**
 * Whether a `{…}` expression is a plain value: a string or number literal, or only a comment
 * (`{/* note *\/}`, MDX's comment syntax, which renders nothing).
 * @example isPlainExpression('"café"') // true
 * @example isPlainExpression('1+1') // false
 */
export function isPlainExpression(expression: string): boolean {
  const value = expression.trim();
  return (
    /^"(?:[^"\\\n]|\\.)*"$/.test(value) ||
    /^'(?:[^'\\\n]|\\.)*'$/.test(value) ||
    /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(value) ||
    /^\/\*(?:(?!\*\/)[\s\S])*\*\/$/.test(value)
  );
}

function checkEsm(node: BodyNode, firstLine: number, add: (node: BodyNode, message: string, line?: number) => void): void {
  // One ESM node holds consecutive import/export lines: report each statement on its own line.
  const lines = (node.value ?? '').split('\n');
  let reported = false;
  for (const [index, text] of lines.entries()) {
    const keyword = /^\s*(import|export)\b/.exec(text)?.[1];
    if (keyword === undefined) continue;
    reported = true;
    add(
      node,
      keyword === 'import'
        ? `has an \`import\`; entries cannot import code. ${componentsSentence()}`
        : 'has an `export`; entries cannot define code. Put data in the front matter, text in the body',
      firstLine + index,
    );
  }
  if (!reported) add(node, 'has JavaScript code; entries cannot contain code');
}

function checkElement(node: BodyNode, report: (message: string) => void): void {
  const name = node.name ?? '';
  const forbidden = FORBIDDEN_ELEMENTS[name.toLowerCase()] !== undefined;
  if (name === '') {
    report('has a JSX fragment `<>`; remove `<>` and `</>` and keep the text between them');
  } else if (isComponentName(name)) {
    if (!ALLOWED_COMPONENTS.includes(name))
      report(`uses the component \`<${name}>\`, which the site does not provide. ${componentsSentence()}`);
  } else {
    const reason = FORBIDDEN_ELEMENTS[name.toLowerCase()];
    if (reason !== undefined) report(`has the element \`<${name}>\`, which ${reason}`);
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(
        `has \`{${shorten(typeof attribute.value === 'string' ? attribute.value : '')}}\` in \`<${name}>\`; write each attribute as \`name="value"\``,
      );
      continue;
    }
    const attributeName = attribute.name ?? '';
    const value = attribute.value;
    if (/^on[a-z]+$/i.test(attributeName)) {
      report(`has the event handler \`${attributeName}\` on \`<${name}>\`, which would run code in the reader’s browser; remove it`);
    } else if (value !== null && typeof value === 'object' && !isPlainExpression(value.value)) {
      report(
        `has a JavaScript expression in \`${attributeName}={${shorten(value.value)}}\` on \`<${name}>\`; write a plain value, \`${attributeName}="…"\``,
      );
    } else if (typeof value === 'string' && URL_ATTRIBUTES.has(attributeName.toLowerCase()) && isUnsafeUrl(value)) {
      report(`has \`${attributeName}="${shorten(value)}"\` on \`<${name}>\`, which runs code or hides content; use an https:// address`);
    } else if (!forbidden && typeof value === 'string' && ['src', 'srcset', 'poster'].includes(attributeName.toLowerCase())) {
      report(isRemote(value) ? REMOTE_MEDIA(value) : HTML_MEDIA(value, name));
    }
  }
}

/**
 * Media from another site would load as soon as the page opens: a request the reader did not ask
 * for (and one the site's Content-Security-Policy blocks).
 */
const REMOTE_MEDIA = (url: string) =>
  `loads \`${shorten(url)}\` from another site when the page opens, which readers did not ask for; put the file in content/media/ and use a path relative to this entry`;

/**
 * A file named in an HTML element is not published by the build (only Markdown images are), so
 * the reader would see a broken image.
 */
const HTML_MEDIA = (value: string, element: string) =>
  `names \`${shorten(value)}\` in \`<${element}>\`, which the site does not publish; show an image in Markdown, \`![what it shows](../../media/<file>)\`, or add a \`videos\` entry for a video`;

/**
 * Whether a URL points at another site.
 * @example isRemote('https://example.org/a.png') // true
 * @example isRemote('../../media/a.png') // false
 */
function isRemote(url: string): boolean {
  return /^(https?:)?\/\//i.test(url.trim());
}

/** A JSX name that refers to a component rather than an HTML element: capitalised or dotted. */
function isComponentName(name: string): boolean {
  return /^[A-Z]/.test(name) || name.includes('.');
}

function componentsSentence(): string {
  return ALLOWED_COMPONENTS.length === 0
    ? 'The site provides no components yet: write Markdown (headings, lists, links, images, emphasis)'
    : `The components you can use, without importing them, are: ${ALLOWED_COMPONENTS.map((component) => `<${component}>`).join(', ')}`;
}

/**
 * Browsers ignore whitespace and control characters inside a scheme (`java\tscript:`), so
 * they are removed before the comparison.
 */
function isUnsafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- the control characters are what is removed.
  const normalised = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  return UNSAFE_SCHEMES.some((scheme) => normalised.startsWith(scheme));
}

/**
 * The parser's error as a problem: it reads `3:7: Unexpected … (mdx-jsx:unexpected-character)`;
 * the position is in the body, the line reported is in the file.
 */
function syntaxProblem(error: unknown, file: string, bodyLine: number): Problem {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):\d+(?:-\d+:\d+)?:\s*([\s\S]*?)(?:\s*\([\w-]+:[\w-]+\))?$/.exec(text);
  const line = match === null ? bodyLine : bodyLine + Number(match[1]) - 1;
  const reason = (match?.[2] ?? text).replace(/\.$/, '');
  return {
    file,
    line,
    field: '',
    message: `is not valid MDX: ${reason}. In MDX, \`<\` and \`{\` start code: write \`&lt;\` and \`\\{\` for the characters themselves, and \`{/* … */}\` for a comment`,
  };
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}
