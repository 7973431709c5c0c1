/**
 * Where each key of a UI-strings file is, so that the translators' report can give a line.
 */
import { existsSync, readFileSync } from 'node:fs';

/**
 * The line of every key of a JSON strings file, found by walking its text (JSON.parse keeps no
 * positions). Keys are dotted as in `flattenStrings`; a file that is not valid gives none.
 */
export function keyLines(file: string): Map<string, number> {
  const lines = new Map<string, number>();
  if (!existsSync(file)) return lines;
  const text = readFileSync(file, 'utf8');
  const stack: (string | undefined)[] = [];
  let pendingKey: string | undefined;
  let line = 1;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '\n') line += 1;
    else if (char === '"') {
      let end = index + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const raw = text.slice(index, end + 1);
      index = end;
      const rest = text.slice(end + 1).trimStart();
      if (rest.startsWith(':')) {
        let key: string;
        try {
          key = JSON.parse(raw) as string;
        } catch {
          return lines;
        }
        pendingKey = key;
        lines.set([...stack.filter((part) => part !== undefined), key].join('.'), line);
      }
    } else if (char === '{') {
      stack.push(pendingKey);
      pendingKey = undefined;
    } else if (char === '}') {
      stack.pop();
    } else if (char === ',') {
      pendingKey = undefined;
    }
  }
  return lines;
}
