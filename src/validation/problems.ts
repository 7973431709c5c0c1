/**
 * One friendly-error path for content: zod issues and our own checks become `Problem`s that name
 * the file, the line, the field, what is wrong and how to fix it; `formatReport` prints them all.
 * Starlight's `utils/error-map.ts` is the model; the build, `npm run check` and the dev server all
 * go through here, so they say the same thing.
 */
import { AstroError as AstroUserError } from 'astro/errors';
import type { z } from 'astro/zod';
import { closest } from '#src/util/suggest.ts';

/**
 * Thrown with a whole report when content cannot be built; the message is the report. Astro prints
 * its user errors with their hint; the stack would only point at our code, so it is left out.
 */
export class ContentError extends AstroUserError {
  constructor(report: string) {
    super(report, 'Fix the problems listed above, then build again.');
    this.name = 'ContentError';
    this.stack = '';
  }
}

export interface Problem {
  /** Path of the file, relative to the project (or absolute when outside it). */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number;
  /** Dotted path of the field, e.g. `venue.country`; empty for the file as a whole. */
  field: string;
  /** What is wrong and how to fix it, one sentence or two. */
  message: string;
}

/** Where a field sits in its file: given a path, its 1-based line if known. */
export type LineFinder = (path: readonly PropertyKey[]) => number | undefined;

/**
 * A field path as comms staff write it in YAML.
 * @example fieldName(['venue', 'country']) // 'venue.country'
 * @example fieldName(['materials', 0, 'url']) // 'materials[0].url'
 */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`)).join('');
}

/**
 * Turns a zod issue into a sentence: the value as written (when short) and what to do.
 * Messages we wrote in the schemas already say how to fix; zod's generic ones are rephrased here.
 */
export function describeIssue(issue: z.core.$ZodIssue, describe: (path: readonly PropertyKey[]) => string | undefined): string {
  const input = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) {
        const hint = describe(issue.path);
        return `is missing; add it${hint === undefined ? '' : `: ${hint}`}`;
      }
      return `${quote(input)} is ${typeName(input)}, but this field takes ${article(issue.expected)}${
        describe(issue.path) === undefined ? '' : ` (${describe(issue.path)})`
      }`;
    }
    case 'invalid_value':
      return `${quote(input)} is not one of: ${issue.values.map(String).join(', ')}${suggestion(input, issue.values.map(String))}`;
    case 'unrecognized_keys':
      return ''; // split into one problem per key by `problemsFromIssues`
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} item(s)`;
      if (issue.origin === 'string') return issue.message;
      return `${quote(input)} is below the minimum ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array' || issue.origin === 'string') return issue.message;
      return `${quote(input)} is above the maximum ${String(issue.maximum)}`;
    case 'invalid_key':
      return `has a key that ${issue.issues[0]?.message ?? 'is not valid'}`;
    default: {
      const prefix = isShown(input) ? `${quote(input)} ` : '';
      return `${prefix}${issue.message}`;
    }
  }
}

/**
 * Every zod issue of one entry as problems, one per field (an unknown key is one problem each,
 * with the closest known field suggested).
 */
export function problemsFromIssues(
  issues: readonly z.core.$ZodIssue[],
  file: string,
  lineOf: LineFinder,
  knownFields: (path: readonly PropertyKey[]) => string[],
  describe: (path: readonly PropertyKey[]) => string | undefined,
): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        const guess = closest(key, knownFields(issue.path));
        return withLine(
          {
            file,
            field: fieldName(path),
            message:
              guess === undefined
                ? `is not a field of this kind of entry; remove it (the fields are listed in docs/content.md)`
                : `is not a field of this kind of entry; did you mean \`${guess}\`?`,
          },
          lineOf(path),
        );
      });
    }
    return [withLine({ file, field: fieldName(issue.path), message: describeIssue(issue, describe) }, lineOf(issue.path))];
  });
}

/** Adds a line to a problem only when it is known (`exactOptionalPropertyTypes` keeps `line?` honest). */
export function withLine(problem: Problem, line: number | undefined): Problem {
  return line === undefined ? problem : { ...problem, line };
}

/**
 * The report printed by the build and by `npm run check`: problems grouped by file, in file
 * and line order, with a count at the top.
 * @example formatReport([{ file: 'content/en/events/a.mdx', line: 3, field: 'timezone', message: '…' }])
 */
export function formatReport(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const problem of sortProblems(problems)) {
    byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  }
  const lines = [`${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in the content; nothing was built.`, ''];
  for (const [file, fileProblems] of byFile) {
    for (const problem of fileProblems) {
      const where = problem.line === undefined ? file : `${file}:${problem.line}`;
      const field = problem.field === '' ? '' : `\`${problem.field}\`: `;
      lines.push(where, `  ${field}${problem.message}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Problems in a stable order: by file, then line, then field. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field));
}

function suggestion(input: unknown, values: string[]): string {
  if (typeof input !== 'string') return '';
  const guess = closest(input, values);
  return guess === undefined ? '' : `; did you mean \`${guess}\`?`;
}

function isShown(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function quote(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 57)}…` : value}'`;
  if (isShown(value)) return String(value);
  return Array.isArray(value) ? 'a list' : 'a group of fields';
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  if (typeof value === 'object') return 'a group of fields';
  return typeof value === 'string' ? 'text' : `a ${typeof value}`;
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: '`true` or `false`',
    array: 'a list',
    object: 'a group of fields',
    int: 'a whole number',
  };
  return names[expected] ?? expected;
}
