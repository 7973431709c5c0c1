/**
 * `npm run i18n:add -- <locale>`: adds a language to the campaign.
 * - checks the BCP 47 tag (canonical spelling, a language `Intl` knows, since the site takes the
 *   language's name, direction and plural rules from `Intl`);
 * - creates `locales/<locale>/` with every key of the default locale as an empty string, plural
 *   keys with the language's own CLDR categories. Empty, not copied from the default locale:
 *   i18next is set up with `returnEmptyString: false`, so an empty string falls back (and
 *   `npm run i18n:check` lists it), whereas a copied English text would pass for a translation;
 * - adds the tag to `locales` in `content/campaign.yaml`, keeping the file's comments and layout
 *   (the `yaml` Document API edits the node in place).
 * The site builds at once, with the new locale falling back everywhere.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isScalar, isSeq, parseDocument } from 'yaml';
import { readLocaleStrings } from '#src/i18n/check.ts';
import { languageName } from '#src/i18n/locales.ts';
import { readCampaign, readSettings } from '#src/site/settings.ts';
import { displayPath } from '#src/validation/validate-content.ts';
import { canonicalLocale } from '#src/schemas/common.ts';

const HELP = `Usage: npm run i18n:add -- <locale>

Adds a language to the campaign: checks the BCP 47 tag (e.g. fr, pt-BR, zh-Hant), creates
locales/<locale>/ with every UI string of the default locale left empty for translation, and
adds the tag to \`locales\` in content/campaign.yaml. The site builds at once: until a string or
an entry is translated, readers see the default locale's.

Example: npm run i18n:add -- pt-BR`;

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h', default: false } } });
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
if (positionals.length !== 1) fail(`Name one locale.\n\n${HELP}`);
const tag = positionals[0] ?? '';

const canonical = canonicalLocale(tag);
if (canonical === undefined)
  fail(`'${tag}' is not a BCP 47 language tag; write a language code, optionally with a region or script: fr, pt-BR, zh-Hant`);
if (canonical !== tag) fail(`'${tag}' is not written the standard way; write '${canonical}'`);
const language = new Intl.Locale(tag).language;
if (new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(language) === undefined) {
  fail(`'${language}' is not a language code known to this system (ISO 639, e.g. fr, sw, hi); check the spelling`);
}

const root = path.resolve(import.meta.dirname, '..');
const settings = readSettings(process.env, root);
const campaign = readCampaign(settings);
if (campaign.locales.includes(tag)) fail(`'${tag}' is already a locale of this campaign (${campaign.locales.join(', ')})`);

const defaults = readLocaleStrings(settings.localesDir, campaign.defaultLocale);
if (defaults.problems.length > 0)
  fail(`the default locale's strings cannot be read; run npm run i18n:check -- ${campaign.defaultLocale} and fix them first`);

const folder = path.join(settings.localesDir, tag);
mkdirSync(folder, { recursive: true });
const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories as string[];
const written: string[] = [];
for (const [namespace, tree] of Object.entries(defaults.strings)) {
  const file = path.join(folder, `${namespace}.json`);
  if (existsSync(file)) continue; // a translator's own start is kept
  writeFileSync(file, `${JSON.stringify(emptyStrings(tree, categories), null, 2)}\n`, { flag: 'wx' });
  written.push(file);
}

const campaignFile = path.join(settings.contentDir, 'campaign.yaml');
const updated = withLocaleAdded(readFileSync(campaignFile, 'utf8'), tag);
if (updated === undefined)
  fail(
    `${displayPath(campaignFile, root)} has no \`locales\` list to add to; write \`locales: [${[...campaign.locales, tag].join(', ')}]\``,
  );
writeFileSync(campaignFile, updated);

const name = languageName(tag, 'en');
console.log(
  [
    `Added ${name} (${tag}):`,
    `  ${displayPath(campaignFile, root)}: \`locales\` now ends with ${tag}`,
    ...written.map((file) => `  ${displayPath(file, root)}: every string empty, to translate`),
    '',
    `Until a string or an entry is translated, readers see the ${languageName(campaign.defaultLocale, 'en')} one.`,
    `Next: translate the strings, then run npm run i18n:check -- ${tag}; translate entries with npm run new -- <kind> <slug> --locale ${tag}.`,
  ].join('\n'),
);

/**
 * A namespace's tree with every text emptied; a plural key becomes the language's own plural
 * forms (`count_one`, `count_other` in English → six forms in Arabic, two in French…).
 */
function emptyStrings(tree: Record<string, unknown>, pluralCategories: readonly string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(tree)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      result[key] = emptyStrings(value as Record<string, unknown>, pluralCategories);
    } else if (PLURAL_SUFFIX.test(key)) {
      const base = key.replace(PLURAL_SUFFIX, '');
      for (const category of pluralCategories) result[`${base}_${category}`] = '';
    } else {
      result[key] = '';
    }
  }
  return result;
}

/**
 * The campaign file's text with a tag appended to its `locales` list, every other byte as it was:
 * the Document API finds the list and its last item, and the tag is written beside that item in
 * the list's own style (`[en, fr]` → `[en, fr, ar]`; a block list gets one more `- ar` line).
 * Re-serialising the whole document would also be possible, but it rewrites the spacing of
 * other flow collections (`[a, b]` → `[ a, b ]`).
 */
function withLocaleAdded(text: string, locale: string): string | undefined {
  const document = parseDocument(text);
  const list = document.get('locales', true);
  const last = isSeq(list) ? list.items.at(-1) : undefined;
  if (!isSeq(list) || !isScalar(last) || last.range == null) return undefined;
  const [itemStart, itemEnd] = last.range;
  let result: string;
  if (list.flow) {
    result = `${text.slice(0, itemEnd)}, ${locale}${text.slice(itemEnd)}`;
  } else {
    const lineStart = text.lastIndexOf('\n', itemStart) + 1;
    const lineEnd = text.indexOf('\n', itemEnd) === -1 ? text.length : text.indexOf('\n', itemEnd);
    result = `${text.slice(0, lineEnd)}\n${text.slice(lineStart, itemStart)}${locale}${text.slice(lineEnd)}`;
  }
  const check = parseDocument(result).toJS() as { locales?: unknown };
  return Array.isArray(check.locales) && check.locales.at(-1) === locale ? result : undefined;
}

function fail(message: string): never {
  console.error(`Nothing was changed: ${message}`);
  process.exit(1);
}
