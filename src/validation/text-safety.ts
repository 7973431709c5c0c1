/**
 * Characters that no text of an entry may hold. Control characters (NUL, BEL, escape…) are
 * invisible, break feeds, calendar files and share images, and come from pasting rather than
 * writing; bidirectional embeddings and overrides (U+202A–U+202E) reorder the letters a reader
 * sees, so that a title can show something other than what it says (the "Trojan Source" trick).
 * Tab, line feed and carriage return are allowed, and so are the marks and isolates that
 * right-to-left text needs (U+200E, U+200F, U+2066–U+2069).
 */
import { codePointCount } from '#src/util/code-points.ts';
import { fieldName, withLine, type LineFinder, type Problem } from './problems.ts';

// eslint-disable-next-line no-control-regex -- control characters are what this finds.
const UNSAFE_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E]/;

const NAMES: Readonly<Record<number, string>> = {
  0x00: 'null',
  0x07: 'bell',
  0x08: 'backspace',
  0x1b: 'escape',
  0x7f: 'delete',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
};

export interface UnsafeCharacter {
  /** 1-based position in the text, in characters (code points). */
  position: number;
  /** Its index in the string (UTF-16 units). */
  index: number;
  /** The character as readers of a report know it: `U+202E (right-to-left override)`. */
  name: string;
}

/**
 * The first character of `text` that no text field may hold, or undefined.
 * @example unsafeCharacter('Safe\u202Etxt.exe') // { position: 5, name: 'U+202E (right-to-left override)' }
 * @example unsafeCharacter('مرحبا\u200F') // undefined
 */
export function unsafeCharacter(text: string): UnsafeCharacter | undefined {
  const match = UNSAFE_CHARACTER.exec(text);
  if (match === null) return undefined;
  const codePoint = match[0].codePointAt(0) ?? 0;
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
  const name = NAMES[codePoint];
  return {
    position: codePointCount(text.slice(0, match.index)) + 1,
    index: match.index,
    name: `U+${hex} (${name ?? 'a control character'})`,
  };
}

/** The sentence a report gives for an unsafe character. */
export function unsafeCharacterMessage(found: UnsafeCharacter, where: string): string {
  return `has the invisible character ${found.name} ${where}, which can hide or reorder text; delete it (retype the text if you cannot see it)`;
}

/**
 * A problem for every text value of front matter (at any depth) that holds an unsafe character.
 * @example unsafeTextProblems({ title: 'A\u0007' }, 'content/en/pages/a.mdx', () => 2)
 *   // [{ file: 'content/en/pages/a.mdx', line: 2, field: 'title', message: 'has the invisible character U+0007 (bell) at character 2, …' }]
 */
export function unsafeTextProblems(data: unknown, file: string, lineOf: LineFinder): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, at: PropertyKey[]) => {
    if (typeof value === 'string') {
      const found = unsafeCharacter(value);
      if (found !== undefined) {
        problems.push(
          withLine({ file, field: fieldName(at), message: unsafeCharacterMessage(found, `at character ${found.position}`) }, lineOf(at)),
        );
      }
    } else if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) visit(item, [...at, index]);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) visit(child, [...at, key]);
    }
  };
  visit(data, []);
  return problems;
}

/**
 * A problem for the first unsafe character of an entry's body, on its line.
 * @example unsafeBodyProblem('Hi\n\u202Eyo', 'content/en/pages/a.mdx', 5)?.line // 6
 */
export function unsafeBodyProblem(body: string, file: string, bodyLine: number): Problem | undefined {
  const found = unsafeCharacter(body);
  if (found === undefined) return undefined;
  const lines = body.slice(0, found.index).split('\n');
  const column = codePointCount(lines.at(-1) ?? '') + 1;
  return { file, line: bodyLine + lines.length - 1, field: '', message: unsafeCharacterMessage(found, `in column ${column}`) };
}
