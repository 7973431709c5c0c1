/**
 * Translated strings as the browser scripts use them: the page hands each script its strings
 * (`data-*` attributes), counted ones in every plural form of the language (`i18n/plural-strings.ts`),
 * and the script fills in the numbers and names. Shared by the scripts, so that every count reads
 * the same way in every language.
 */

/** A counted string in each plural form the language has, e.g. `{ one: '{{count}} event', other: '{{count}} events' }`. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>;

/**
 * A template's `{{name}}` placeholders filled in; unknown ones are left as they are.
 * @example fillTemplate('Your time: {{time}} ({{zone}})', { time: '17:00', zone: 'CET' }) // 'Your time: 17:00 (CET)'
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * The plural form of a counted string that a count takes in a language, with `{{count}}` written
 * as that language writes numbers, and any other placeholders filled.
 * @example countedText({ one: '{{count}} event', other: '{{count}} events' }, 1200, 'en') // '1,200 events'
 * @example countedText({ other: '{{count}} results for {{query}}' }, 3, 'fr', { query: 'oodi' }) // '3 results for oodi'
 */
export function countedText(forms: PluralForms, count: number, lang: string, values: Readonly<Record<string, string>> = {}): string {
  const template = forms[new Intl.PluralRules(lang).select(count)] ?? forms.other ?? '';
  return fillTemplate(template, { ...values, count: new Intl.NumberFormat(lang).format(count) });
}
