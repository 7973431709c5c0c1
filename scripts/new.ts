/**
 * `npm run new -- <kind> <slug> [--locale <l>]`: scaffolds an entry from its kind's schema (see
 * `src/schemas/scaffold.ts`). Without arguments, on a terminal, it asks for the kind, slug and locale.
 */
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { planScaffold, ScaffoldError, writeScaffold, type ScaffoldRequest } from '#src/schemas/scaffold.ts';
import { readCampaign, readSettings } from '#src/site/settings.ts';
import { KIND_NAMES } from '#src/schemas/index.ts';

const HELP = `Usage: npm run new -- <kind> <slug> [--locale <locale>]

Writes a new entry with every field it needs, each under a comment saying what it takes:
  content/<default locale>/<kind>/<slug>.mdx      a new entry (the source)
  content/<locale>/<kind>/<slug>.mdx              with --locale: a translation of that entry,
                                                  its text copied from the source, to translate
Kinds: ${KIND_NAMES.join(', ')}
A slug is the file name: lowercase letters, digits and hyphens, e.g. oodi-training.
Fill the empty values ("", [], {}), uncomment the optional lines you need, then run npm run check.
An existing file is never replaced.

Without arguments on a terminal, it asks for the kind, the slug and the locale.

Examples:
  npm run new -- events oodi-training
  npm run new -- events oodi-training --locale fi`;

const root = path.resolve(import.meta.dirname, '..');

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { locale: { type: 'string', short: 'l' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const settings = readSettings(process.env, root);
  const campaign = readCampaign(settings);

  let request: ScaffoldRequest;
  if (positionals.length === 0 && process.stdin.isTTY) {
    request = await ask(campaign.defaultLocale, campaign.locales);
  } else if (positionals.length === 2) {
    request = { kind: positionals[0] ?? '', slug: positionals[1] ?? '', locale: values.locale };
  } else {
    console.error(`${positionals.length === 0 ? 'Name a kind and a slug.' : 'Expected two arguments: <kind> <slug>.'}\n\n${HELP}`);
    return 1;
  }

  try {
    const scaffold = planScaffold(settings.contentDir, campaign, request);
    writeScaffold(scaffold);
    const shown = path.relative(process.cwd(), scaffold.file);
    const translation = request.locale !== undefined && request.locale !== campaign.defaultLocale;
    console.log(
      translation
        ? `Wrote ${shown}: translate the text (fields and body), then run npm run check.`
        : `Wrote ${shown}: fill the empty values ("", [], {}), uncomment the optional lines you need, then run npm run check.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ScaffoldError) {
      console.error(`Nothing was written: ${error.message}.`);
      return 1;
    }
    throw error;
  }
}

/** Asks on the terminal; an empty answer to the locale means the default locale (a new source). */
async function ask(defaultLocale: string, locales: readonly string[]): Promise<ScaffoldRequest> {
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const kind = (await terminal.question(`Kind (${KIND_NAMES.join(', ')}): `)).trim();
    const slug = (await terminal.question('Slug (lowercase letters, digits, hyphens, e.g. oodi-training): ')).trim();
    const locale = (await terminal.question(`Locale (${locales.join(', ')}; Enter for ${defaultLocale}, a new entry): `)).trim();
    return { kind, slug, locale: locale === '' ? undefined : locale };
  } finally {
    terminal.close();
  }
}

process.exitCode = await main();
