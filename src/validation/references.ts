/**
 * References between entries (the fields `schemas/references.ts` lists: an event's organisers, a
 * workshop's partner and events) point at entries that exist, with the likely intended slug when
 * one is misspelt.
 */
import type { Kind } from '#src/schemas/index.ts';
import { REFERENCES } from '#src/schemas/references.ts';
import { closest } from '#src/util/suggest.ts';
import type { EntryFile } from './entry-files.ts';
import type { ParsedEntry } from './front-matter.ts';
import { fieldName, withLine, type Problem } from './problems.ts';

/**
 * Every reference between entries points at an entry that exists. Read from the front matter as
 * written, so that a reference is checked even when its entry has other problems.
 */
export function checkReferences(
  files: readonly EntryFile[],
  parsedByFile: ReadonlyMap<string, Pick<ParsedEntry, 'data' | 'lineOf'>>,
  display: (file: string) => string,
): Problem[] {
  const slugs = (kind: Kind) => files.filter((entry) => entry.kind === kind).map((entry) => entry.slug);
  const known = new Map(REFERENCES.map(({ target }) => [target, slugs(target)]));
  const problems: Problem[] = [];
  for (const entry of files) {
    const parsed = parsedByFile.get(entry.file);
    if (parsed === undefined) continue;
    for (const reference of REFERENCES.filter((candidate) => candidate.kind === entry.kind)) {
      const value = parsed.data[reference.field];
      const listed = Array.isArray(value)
        ? (value as unknown[]).map((item, index) => ({ item, path: [reference.field, index] }))
        : [{ item: value, path: [reference.field] }];
      const targets = known.get(reference.target) ?? [];
      for (const { item, path: at } of listed) {
        if (typeof item !== 'string' || targets.includes(item)) continue;
        const guess = closest(item, targets);
        problems.push(
          withLine(
            {
              file: display(entry.file),
              field: fieldName(at),
              message: `'${item}' is not a ${reference.target.slice(0, -1)}: there is no ${entry.locale}/${reference.target}/${item}.mdx${
                guess === undefined ? '' : `; did you mean '${guess}'?`
              }`,
            },
            parsed.lineOf(at),
          ),
        );
      }
    }
  }
  return problems;
}
