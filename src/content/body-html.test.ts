import { describe, expect, it } from 'vitest';
import { literalText, renderBody } from './body-html.ts';

describe('renderBody', () => {
  it('writes Markdown as HTML, with smart punctuation and ids on headings', () => {
    expect(renderBody('## How to use it\n\nIt\'s "quoted" -- and... more.\n\n## How to use it').html).toBe(
      '<h2 id="how-to-use-it">How to use it</h2>\n<p>It’s “quoted” – and… more.</p>\n<h2 id="how-to-use-it-1">How to use it</h2>',
    );
  });

  it('writes HTML elements, plain values and comments as MDX would show them', () => {
    const { html } = renderBody('<details><summary>More</summary>Hidden.</details>\n\nA {"string"}, {2020} and {/* a note */} <abbr title="Safer Internet Day" data-n={3}>SID</abbr>.');
    expect(html).toBe(
      '<details><summary>More</summary>Hidden.</details>\n<p>A string, 2020 and  <abbr title="Safer Internet Day" data-n="3">SID</abbr>.</p>',
    );
  });

  it('marks a link to another site noopener noreferrer, and leaves the site’s own links', () => {
    expect(renderBody('[Webwise](https://www.webwise.ie) and [the events](/en/events/)').html).toBe(
      '<p><a href="https://www.webwise.ie" rel="noopener noreferrer">Webwise</a> and <a href="/en/events/">the events</a></p>',
    );
  });

  it('marks images by path for Astro to optimise, each copy with its index, and lists them once', () => {
    const { html, imagePaths } = renderBody('![A logo](../../media/logo.png "Title") and ![again](../../media/logo.png)');
    expect(imagePaths).toEqual(['../../media/logo.png']);
    expect(html).toBe(
      '<p><img __ASTRO_IMAGE_="{&#x22;alt&#x22;:&#x22;A logo&#x22;,&#x22;title&#x22;:&#x22;Title&#x22;,&#x22;src&#x22;:&#x22;../../media/logo.png&#x22;,&#x22;index&#x22;:0}"> and <img __ASTRO_IMAGE_="{&#x22;alt&#x22;:&#x22;again&#x22;,&#x22;src&#x22;:&#x22;../../media/logo.png&#x22;,&#x22;index&#x22;:1}"></p>',
    );
  });

  it('writes tables and footnotes as GitHub’s Markdown does', () => {
    const { html } = renderBody('| a | b |\n|---|---|\n| 1 | 2 |\n\nA note[^1].\n\n[^1]: The note.');
    expect(html).toContain('<table>');
    expect(html).toContain('<td>1</td>');
    expect(html).toContain('data-footnote-ref');
  });

  it('leaves out imports and exports, which the content check refuses anyway', () => {
    expect(renderBody('import x from "y"\n\nText').html.trim()).toBe('<p>Text</p>');
  });
});

describe('literalText', () => {
  it.each([
    ['"café"', 'café'],
    ["'l\\'été'", "l'été"],
    ['42', '42'],
    ['-1.5', '-1.5'],
    ['/* note */', undefined],
  ])('%s → %s', (expression, text) => {
    expect(literalText(expression)).toBe(text);
  });
});
