import { mdxToHast } from 'satteri';
const body = `# Heading

Some *emphasis*, a [link](https://example.org) and ![an image](../../media/a.jpg "T").

<details><summary>More</summary>Hidden text.</details>

A string {"literal"}, a number {2020} and a comment {/* for editors */}.

<abbr title="Safer Internet Day">SID</abbr>

| a | b |
|---|---|
| 1 | 2 |

Footnote[^1].

[^1]: The note.
`;
const tree = mdxToHast(body, { position: false });
console.log(JSON.stringify(tree, null, 1).slice(0, 3000));
