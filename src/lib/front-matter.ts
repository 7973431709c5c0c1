/**
 * Front matter read the way a person wrote it: YAML 1.2 core schema (dates stay text), with the
 * line of every field so that problems can point at it.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { LineFinder } from './problems.ts';

export interface ParsedEntry {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  lineOf: LineFinder;
  /** A YAML syntax problem, with its line, when the front matter could not be read. */
  syntaxError?: { line: number; message: string };
}

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/**
 * Splits an entry into its front matter (as data, with lines) and its body.
 * @example parseEntry('---\ntitle: Hi\n---\nBody').data // { title: 'Hi' }
 */
export function parseEntry(source: string): ParsedEntry {
  const match = FRONT_MATTER.exec(source);
  if (match === null) {
    return {
      data: {},
      body: source,
      bodyLine: 1,
      lineOf: () => 1,
      syntaxError: { line: 1, message: 'has no front matter; start the file with `---`, the fields, and `---`' },
    };
  }
  const yamlText = match[1] ?? '';
  const body = source.slice(match[0].length);
  const bodyLine = countLines(match[0]) + 1;
  return { ...parseYaml(yamlText, 1), body, bodyLine };
}

/**
 * Reads a YAML file (front matter or `campaign.yaml`); lines are offset by `firstLine - 1`.
 * @example parseYaml('a: 1', 0).data // { a: 1 }
 */
export function parseYaml(text: string, lineOffset: number): Omit<ParsedEntry, 'body' | 'bodyLine'> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core' });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  const lineOf: LineFinder = (path) => {
    for (let depth = path.length; depth > 0; depth -= 1) {
      const node = document.getIn(path.slice(0, depth) as unknown[], true) as Node | undefined;
      const start = node?.range?.[0];
      if (start !== undefined) return lineAt(start);
    }
    return lineOffset + 1;
  };
  const firstError = document.errors[0];
  if (firstError !== undefined) {
    return {
      data: {},
      lineOf,
      syntaxError: { line: lineAt(firstError.pos[0]), message: `is not valid YAML: ${firstError.message.split('\n')[0]}` },
    };
  }
  const data = document.toJS({ maxAliasCount: 0 }) as unknown;
  const contents = document.contents;
  if (data === null || data === undefined) return { data: {}, lineOf };
  if (!isMap(contents) || isSeq(contents)) {
    return { data: {}, lineOf, syntaxError: { line: lineOffset + 1, message: 'is not a list of `field: value` lines' } };
  }
  return { data: data as Record<string, unknown>, lineOf };
}

function countLines(text: string): number {
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}
