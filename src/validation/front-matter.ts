/**
 * Front matter read the way a person wrote it: YAML 1.2 core schema (dates stay text), with the
 * line of every field so that problems can point at it.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { LineFinder } from './problems.ts';

export interface ParsedEntry {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  lineOf: LineFinder;
  /** Why the front matter could not be read, each with its line; empty when it was read. */
  syntaxErrors: SyntaxProblem[];
}

export interface SyntaxProblem {
  line: number;
  message: string;
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
      syntaxErrors: [{ line: 1, message: 'has no front matter; start the file with `---`, the fields, and `---`' }],
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
  const syntaxErrors = [
    ...[...document.errors, ...document.warnings].map((error) => ({
      line: lineAt(error.pos[0]),
      message: `is not valid YAML: ${error.message.split('\n')[0]}`,
    })),
    ...unsupportedFeatures(document, lineAt),
  ];
  if (syntaxErrors.length > 0) return { data: {}, lineOf, syntaxErrors };
  const contents = document.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return { data: {}, lineOf, syntaxErrors };
  if (!isMap(contents) || isSeq(contents)) {
    return { data: {}, lineOf, syntaxErrors: [{ line: lineOffset + 1, message: 'is not a list of `field: value` lines' }] };
  }
  try {
    return { data: document.toJS({ maxAliasCount: 0 }) as Record<string, unknown>, lineOf, syntaxErrors };
  } catch (error) {
    // The checks above leave nothing that the yaml library refuses here; kept so that a new one is a report line, not a crash.
    return {
      data: {},
      lineOf,
      syntaxErrors: [{ line: lineOffset + 1, message: `is not valid YAML: ${error instanceof Error ? error.message : String(error)}` }],
    };
  }
}

/**
 * YAML features that front matter has no use for and that make it say something other than
 * what it shows: anchors and aliases (`&a`, `*a`: a value written once and repeated, which can
 * also multiply a small file into a huge one) and tags (`!!binary`, `!foo`).
 */
function unsupportedFeatures(document: Document, lineAt: (offset: number) => number): SyntaxProblem[] {
  const found: SyntaxProblem[] = [];
  visit(document, {
    Alias(_, node) {
      found.push({
        line: lineAt(node.range?.[0] ?? 0),
        message: `uses the YAML alias \`*${node.source}\`; write the value itself instead of repeating another`,
      });
    },
    Node(_, node) {
      const line = lineAt(node.range?.[0] ?? 0);
      if (node.anchor !== undefined)
        found.push({ line, message: `uses the YAML anchor \`&${node.anchor}\`; remove it and write each value where it is used` });
      if (node.tag !== undefined)
        found.push({
          line,
          message: `uses the YAML tag \`${node.tag.replace('tag:yaml.org,2002:', '!!')}\`; remove it: values are plain text, numbers, lists and fields`,
        });
    },
  });
  return found;
}

function countLines(text: string): number {
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}
