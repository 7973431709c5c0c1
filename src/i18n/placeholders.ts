/**
 * The `{{placeholders}}` of UI strings: a translation keeps those of the default text, since the
 * pages fill them in (a lost `{{count}}` would show a sentence without its number).
 */

/**
 * The `{{variables}}` of an i18next string, by name (`{{date, datetime}}` is `date`).
 * @example variablesOf('{{count}} events in {{ city }}') // ['city', 'count']
 */
export function variablesOf(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(/\{\{\s*([^}\s,]+)\s*(?:,[^}]*)?\}\}/g)) names.add(match[1] ?? '');
  return [...names].sort();
}

/**
 * What differs between the variables of a default string and its translation, or undefined.
 * A plural form may leave out `{{count}}` ("un événement" for `_one`), nothing else.
 */
export function compareVariables(expected: string, actual: string, isPlural: boolean): string | undefined {
  const want = variablesOf(expected).filter((name) => !(isPlural && name === 'count'));
  const have = variablesOf(actual).filter((name) => !(isPlural && name === 'count'));
  const lost = want.filter((name) => !have.includes(name));
  const unknown = have.filter((name) => !want.includes(name));
  if (lost.length === 0 && unknown.length === 0) return undefined;
  const list = (names: string[]) => names.map((name) => `{{${name}}}`).join(', ');
  const parts = [
    ...(lost.length > 0 ? [`lacks ${list(lost)}`] : []),
    ...(unknown.length > 0 ? [`has ${list(unknown)}, which the default text does not`] : []),
  ];
  return `${parts.join(' and ')}; keep the placeholders of the default text exactly as they are (${list(variablesOf(expected)) || 'none'})`;
}
