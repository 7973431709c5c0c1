/**
 * Whether an SVG file is safe to publish. An SVG is a document, not only a picture: opened by
 * itself from the site it can run scripts with the site's origin, and drawn by sharp (for the
 * optimised copies) it can pull in other files. Partners send their logos as SVG, so SVG is
 * accepted, but only when it is a plain drawing: no scripts, event handlers, HTML
 * (`foreignObject` or XHTML elements), external references, DOCTYPE (entities) or style sheets
 * from elsewhere. Such a file is served as it is and rasterised by sharp; any other is a content
 * error that says what to remove.
 *
 * Refused rather than cleaned: a cleaned logo could silently lose parts of its drawing, and the
 * partner who sent it would not know. The file is read with a strict XML parser (saxes, the one
 * jsdom uses), so what is checked is the document a browser would build.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** Elements that run code or embed another document, whatever their namespace. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener']);

/** Raster images an SVG may carry inside itself (`href="data:image/png;base64,…"`, as design tools export them). */
const EMBEDDED_IMAGE = /^data:image\/(?:png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;

/**
 * What makes an SVG unsafe, as one sentence, or undefined when it is safe.
 * @example svgProblem('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>') // undefined
 * @example svgProblem('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><script>alert(1)</script></svg>')
 *   // 'is an SVG with a `<script>` (line 1), which would run code in readers’ browsers; remove it'
 */
export function svgProblem(text: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const found: string[] = [];
  const at = () => ` (line ${parser.line})`;
  let root: SaxesTagNS | undefined;
  let inStyle = false;
  parser.on('doctype', () => found.push(`has a DOCTYPE${at()}, which can define entities that expand or load other files; remove it`));
  parser.on('processinginstruction', ({ target }) => {
    if (target.toLowerCase() !== 'xml') found.push(`has the instruction \`<?${target}\`${at()}, which loads another file; remove it`);
  });
  parser.on('opentag', (tag) => {
    root ??= tag;
    const name = tag.local.toLowerCase();
    if (FORBIDDEN_ELEMENTS.has(name))
      found.push(`has a \`<${tag.name}>\`${at()}, which would run code or embed a page in readers’ browsers; remove it`);
    else if (tag.uri === XHTML_NAMESPACE)
      found.push(`has the HTML element \`<${tag.name}>\`${at()}; an SVG here may only hold drawing elements`);
    inStyle = name === 'style';
    for (const attribute of Object.values(tag.attributes)) {
      const problem = attributeProblem(tag, attribute.local.toLowerCase(), attribute.name, attribute.value);
      if (problem !== undefined) found.push(`${problem}${at()}`);
    }
  });
  parser.on('closetag', () => {
    inStyle = false;
  });
  const styleText = (text: string) => {
    if (inStyle && hasExternalCss(text))
      found.push(
        `has a style that loads another file (\`@import\` or \`url(…)\`)${at()}; keep only references to the SVG’s own parts (\`url(#id)\`)`,
      );
  };
  parser.on('text', styleText);
  parser.on('cdata', styleText);
  try {
    parser.write(text).close();
  } catch (error) {
    // A DOCTYPE's entities are not expanded, so a file that uses them stops the parser: say why.
    if (found.length > 0) return problemsSentence(found);
    const reason = (error instanceof Error ? error.message : String(error)).replace(/^(?:[^:]*:)?\d+:\d+: /, '').replace(/\.$/, '');
    return `is not a well-formed SVG file (line ${parser.line}: ${reason}); export it again from the drawing program`;
  }
  if (root === undefined || root.local !== 'svg' || root.uri !== SVG_NAMESPACE) {
    return 'is not an SVG image: its first element must be `<svg xmlns="http://www.w3.org/2000/svg">`';
  }
  if (found.length > 0) return problemsSentence(found);
  const hasSize =
    root.attributes['viewBox'] !== undefined || (root.attributes['width'] !== undefined && root.attributes['height'] !== undefined);
  return hasSize ? undefined : 'is an SVG without a size; add a `viewBox` (or `width` and `height`) to its `<svg>` element';
}

function problemsSentence(found: readonly string[]): string {
  return `is an SVG that ${found.slice(0, 3).join('; it also ')}${found.length > 3 ? ` (and ${found.length - 3} more)` : ''}`;
}

function attributeProblem(tag: SaxesTagNS, local: string, name: string, value: string): string | undefined {
  if (local.startsWith('on'))
    return `has the event handler \`${name}\` on \`<${tag.name}>\`, which would run code in readers’ browsers; remove it`;
  if (local === 'href' || local === 'src') {
    const target = value.trim();
    if (!target.startsWith('#') && !EMBEDDED_IMAGE.test(target)) {
      return `has \`${name}="${shorten(target)}"\` on \`<${tag.name}>\`, a reference to another file or site; keep only references to the SVG’s own parts (\`#id\`) or embedded PNG and JPEG images`;
    }
  }
  if (local === 'attributename' && /^(?:xlink:)?href$/i.test(value.trim())) {
    return `animates a link (\`attributeName="${value}"\` on \`<${tag.name}>\`), which can make it lead anywhere; remove the animation`;
  }
  if (hasExternalCss(value))
    return `has \`${name}="${shorten(value)}"\` on \`<${tag.name}>\`, which loads another file; keep only references to the SVG’s own parts (\`url(#id)\`)`;
  return undefined;
}

/**
 * Whether CSS (a `style` attribute or element, or a presentation attribute such as `fill`) loads
 * something from outside the SVG: `@import`, a `url(…)` that is not `url(#id)`, or another function
 * that takes an address (`image-set(…)`).
 * @example hasExternalCss('fill: url(#gradient)') // false
 * @example hasExternalCss('background: url(https://example.org/a.png)') // true
 */
export function hasExternalCss(css: string): boolean {
  const text = css.toLowerCase();
  // An escape can spell `url(` in a way no pattern here would see (`\75 rl(`): none is needed in a drawing.
  if (text.includes('\\') || text.includes('@import')) return true;
  if (/(?:^|[^a-z-])(?:-webkit-)?(?:image-set|image|cross-fade|element)\s*\(/.test(text)) return true;
  return [...text.matchAll(/url\(\s*(['"]?)\s*([^)'"]*)/g)].some((match) => !(match[2] ?? '').trim().startsWith('#'));
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
