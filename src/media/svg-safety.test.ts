import { describe, expect, it } from 'vitest';
import { hasExternalCss, svgProblem } from './svg-safety.ts';

const svg = (inner: string, attributes = 'viewBox="0 0 10 10"') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${attributes}>${inner}</svg>`;

describe('svgProblem', () => {
  it('accepts a plain drawing, with gradients, internal references, embedded PNGs and editor metadata', () => {
    const drawing = svg(
      '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>' +
        '<style>.a{fill:url(#g)}</style><rect class="a" width="10" height="10" style="fill:url( &quot;#g&quot; )"/>' +
        '<use xlink:href="#g"/><image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>' +
        '<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata>',
    );
    expect(svgProblem(`<?xml version="1.0" encoding="UTF-8"?>\n<!-- Generator: a drawing program -->\n${drawing}`)).toBeUndefined();
    expect(svgProblem(svg('<circle r="4"/>', 'width="10" height="10"'))).toBeUndefined();
  });

  it.each([
    ['a script', svg('<script>alert(1)</script>'), /`<script>` \(line 1\), which would run code/],
    ['a script in the XHTML namespace', svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>'), /`<h:script>`/],
    ['an HTML element', svg('<h:p xmlns:h="http://www.w3.org/1999/xhtml">hi</h:p>'), /the HTML element `<h:p>`/],
    ['foreignObject', svg('<foreignObject><div/></foreignObject>'), /`<foreignObject>`/],
    ['an event handler', svg('<rect onclick="alert(1)"/>'), /the event handler `onclick` on `<rect>`/],
    ['an event handler on the root', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1" onload="alert(1)"/>', /`onload`/],
    ['a link to another site', svg('<a href="https://example.org"><rect/></a>'), /`href="https:\/\/example.org"` on `<a>`/],
    ['a javascript: link', svg('<a xlink:href="javascript:alert(1)"><rect/></a>'), /`xlink:href="javascript:alert\(1\)"`/],
    ['an external image', svg('<image href="../../../outside.png"/>'), /a reference to another file or site/],
    ['an embedded SVG document', svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'), /a reference to another file or site/],
    ['an external use', svg('<use href="other.svg#a"/>'), /`href="other.svg#a"`/],
    ['an animated link', svg('<a href="#x"><set attributeName="href" to="javascript:alert(1)"/></a>'), /animates a link/],
    ['a style sheet import', svg('<style>@import url(https://example.org/a.css);</style>'), /a style that loads another file/],
    [
      'a style with an external url',
      svg('<style><![CDATA[ rect { fill: url(https://example.org/a.svg#p) } ]]></style>'),
      /a style that loads another file/,
    ],
    ['an escaped url', svg('<style>rect { fill: \\75 rl(https://example.org) }</style>'), /a style that loads another file/],
    ['an external fill', svg('<rect fill="url(https://example.org/p.svg#p)"/>'), /`fill="url\(https:\/\/example.org\/p.svg#p\)"`/],
    ['a style attribute with image-set', svg('<rect style="background: image-set(\'https://x/a.png\' 1x)"/>'), /which loads another file/],
    ['a DOCTYPE', `<!DOCTYPE svg [<!ENTITY x "y">]>${svg('<text>&x;</text>')}`, /has a DOCTYPE/],
    ['a style sheet instruction', `<?xml-stylesheet href="https://example.org/a.css"?>${svg('')}`, /the instruction `<\?xml-stylesheet`/],
  ])('refuses %s', (_, text, message) => {
    expect(svgProblem(text)).toMatch(message);
  });

  it('names up to three problems and counts the rest', () => {
    expect(svgProblem(svg('<script/><script/><script/><script/><script/>'))).toMatch(/; it also .*; it also .* \(and 2 more\)$/);
  });

  it('refuses what is not a well-formed SVG with a size', () => {
    expect(svgProblem('root:x:0:0:root:/root:/bin/bash')).toMatch(/^is not a well-formed SVG file \(line 1: /);
    expect(svgProblem('<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>')).toMatch(/^is not a well-formed SVG file/);
    expect(svgProblem('<html xmlns="http://www.w3.org/1999/xhtml"/>')).toMatch(/^is not an SVG image/);
    expect(svgProblem('<svg/>')).toMatch(/^is not an SVG image/);
    expect(svgProblem(svg('', ''))).toBe('is an SVG without a size; add a `viewBox` (or `width` and `height`) to its `<svg>` element');
  });
});

describe('hasExternalCss', () => {
  it.each([
    ['fill: url(#g)', false],
    ["fill:url( '#g' )", false],
    ['font: 12px sans-serif', false],
    ['fill: url(a.svg#g)', true],
    ['@IMPORT "a.css"', true],
    ['background:image(x.png)', true],
  ])('%s → %s', (css, expected) => {
    expect(hasExternalCss(css)).toBe(expected);
  });
});
