import { describe, expect, it } from 'vitest';
import { ALLOWED_COMPONENTS, checkBody, isPlainExpression } from './safe-mdx.ts';

const FILE = 'content/en/pages/about.mdx';

/** The problems of a body that starts on line 5 of its file, as `line: message`. */
function check(body: string): string[] {
  return checkBody(body, FILE, 5).problems.map((problem) => {
    expect(problem.file).toBe(FILE);
    expect(problem.field).toBe('');
    return `${problem.line}: ${problem.message}`;
  });
}

describe('checkBody', () => {
  it('accepts Markdown, HTML elements, plain values, comments and braces in code', () => {
    const body = [
      '# Heading',
      '',
      'Some *emphasis*, a [link](https://example.org) and ![an image](../../media/a.jpg).',
      '',
      '<details><summary>More</summary>Hidden text.</details>',
      '',
      'A string {"literal"}, a number {2020} and a comment {/* for editors */}.',
      '',
      '<abbr title="Safer Internet Day" data-n={3}>SID</abbr>',
      '',
      '`{inline code}` and',
      '',
      '```js',
      'import x from "y"; {1 + 1}',
      '```',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });

  it('rejects import and export statements, each on its own line', () => {
    expect(check('Intro.\n\nimport Chart from "../chart.astro"\nexport const answer = 42\n')).toEqual([
      '7: has an `import`; entries cannot import code. The site provides no components yet: write Markdown (headings, lists, links, images, emphasis)',
      '8: has an `export`; entries cannot define code. Put data in the front matter, text in the body',
    ]);
  });

  it('rejects <script>, <iframe> and other elements that run code or embed other sites', () => {
    expect(
      check('<script>alert(1)</script>\n\n<iframe src="https://www.youtube.com/embed/x"></iframe>\n\nText <style>{"p{}"}</style>'),
    ).toEqual([
      '5: has the element `<script>`, which runs code in the reader’s browser; entries cannot contain code',
      '7: has the element `<iframe>`, which loads another site inside the page (and lets it track readers); for a video, add a `videos` entry',
      '9: has the element `<style>`, which changes the look of the whole page; the site’s styles apply to every entry',
    ]);
  });

  it('rejects event-handler attributes whatever their case', () => {
    expect(check('<img alt="" onerror="alert(1)" />\n\n<button onClick="go()">Go</button>')).toEqual([
      '5: has the event handler `onerror` on `<img>`, which would run code in the reader’s browser; remove it',
      '7: has the event handler `onClick` on `<button>`, which would run code in the reader’s browser; remove it',
    ]);
  });

  it('rejects every JavaScript expression that is not a plain value, in text and in attributes', () => {
    expect(
      check('One {1+1}.\n\n{fetch("https://evil.example")}\n\nHi {props.name}\n\n<abbr title={document.cookie} {...rest}>x</abbr>'),
    ).toEqual([
      '5: has a JavaScript expression `{1+1}`; entries cannot run code: write the text itself, or put `{` in backticks to show it as code',
      '7: has a JavaScript expression `{fetch("https://evil.example")}`; entries cannot run code: write the text itself, or put `{` in backticks to show it as code',
      '9: has a JavaScript expression `{props.name}`; entries cannot run code: write the text itself, or put `{` in backticks to show it as code',
      '11: has a JavaScript expression in `title={document.cookie}` on `<abbr>`; write a plain value, `title="…"`',
      '11: has `{...rest}` in `<abbr>`; write each attribute as `name="value"`',
    ]);
  });

  it('rejects components the site does not provide, naming what it provides', () => {
    expect(ALLOWED_COMPONENTS).toEqual([]);
    expect(check('<Callout type="tip">Be kind online.</Callout>\n\n<Astro.Foo />\n\n<>fragment</>')).toEqual([
      '5: uses the component `<Callout>`, which the site does not provide. The site provides no components yet: write Markdown (headings, lists, links, images, emphasis)',
      '7: uses the component `<Astro.Foo>`, which the site does not provide. The site provides no components yet: write Markdown (headings, lists, links, images, emphasis)',
      '9: has a JSX fragment `<>`; remove `<>` and `</>` and keep the text between them',
    ]);
  });

  it('rejects javascript: and data: URLs in links, images and URL attributes', () => {
    expect(check('[click](javascript:alert(1))\n\n![x](data:image/svg+xml,abc)\n\n<a href=" JavaScript:alert(1)">x</a>')).toEqual([
      '5: links to `javascript:alert(1)`, which runs code or hides content; link to an https:// address',
      '7: links to `data:image/svg+xml,abc`, which runs code or hides content; link to an https:// address',
      '9: has `href="JavaScript:alert(1)"` on `<a>`, which runs code or hides content; use an https:// address',
    ]);
  });

  it('rejects images and media loaded from another site, which would be requests readers did not ask for', () => {
    expect(
      check(
        '![tracker](https://tracker.example/p.png)\n\n<img src="//cdn.example/a.jpg" alt="" />\n\n[a link is fine](https://example.org)',
      ),
    ).toEqual([
      '5: loads `https://tracker.example/p.png` from another site when the page opens, which readers did not ask for; put the file in content/media/ and use a path relative to this entry',
      '7: loads `//cdn.example/a.jpg` from another site when the page opens, which readers did not ask for; put the file in content/media/ and use a path relative to this entry',
    ]);
  });

  it('names files in HTML elements, which the build does not publish, and lists Markdown images by path for the caller to check', () => {
    const result = checkBody(
      '![a](../../media/a.png)\n\n![b][logo]\n\n<img src="../../media/c.png" alt="" />\n\n[logo]: ../../media/b.svg\n',
      FILE,
      5,
    );
    expect(result.problems.map((problem) => `${problem.line}: ${problem.message}`)).toEqual([
      '9: names `../../media/c.png` in `<img>`, which the site does not publish; show an image in Markdown, `![what it shows](../../media/<file>)`, or add a `videos` entry for a video',
    ]);
    expect(result.images).toEqual([
      { url: '../../media/a.png', line: 5 },
      { url: '../../media/b.svg', line: 7 },
    ]);
  });

  it('reports a body that is not valid MDX on its file line, with how to write the characters', () => {
    expect(check('Fine.\n\n<!-- an HTML comment -->')).toEqual([
      '7: is not valid MDX: Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_` (note: to create a comment in MDX, use `{/* text */}`). In MDX, `<` and `{` start code: write `&lt;` and `\\{` for the characters themselves, and `{/* … */}` for a comment',
    ]);
    expect(check('Ages 8 {to 12')[0]).toMatch(/^5: is not valid MDX: Unexpected end of file in expression/);
  });
});

describe('isPlainExpression', () => {
  it.each(['"text"', "'text'", '42', '-1.5', ' 3e2 ', '/* a comment */'])('accepts %s', (expression) => {
    expect(isPlainExpression(expression)).toBe(true);
  });
  it.each(['1+1', '`template ${x}`', 'x', '"a" + b', '/* a */ fetch() /* b */', '', '"unterminated'])('rejects %s', (expression) => {
    expect(isPlainExpression(expression)).toBe(false);
  });
});
