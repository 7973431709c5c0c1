/**
 * `npm run i18n:check [-- <locale>… --json --strict]`: each locale's UI strings and entries
 * compared with the default locale (see `src/i18n/check.ts`). Exit code 1 on errors (a file that
 * is not JSON, placeholders that differ), and with `--strict` on warnings too (missing, empty,
 * untranslated, out of date).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkLocale, readLocaleStrings, type I18nProblem, type LocaleReport } from '#src/i18n/check.ts';
import { lastChanges } from '#src/i18n/history.ts';
import { readCampaign, readSettings } from '#src/site/settings.ts';
import { closest } from '#src/util/suggest.ts';
import { displayPath } from '#src/validation/validate-content.ts';

const HELP = `Usage: npm run i18n:check [-- <locale>…] [--json] [--strict]

Compares each locale (all of them, or those named) with the default locale:
  UI strings (locales/<locale>/*.json): missing keys, empty strings, keys the default locale no
    longer has, {{placeholders}} that differ, plural forms the language needs or does not use,
    files that are not valid JSON (with the line);
  entries (content/<locale>/…): not yet translated, or older than their source.

  --json    print the report as JSON
  --strict  exit with 1 on warnings too, not only on errors
  --help    show this help

Exit code: 1 when there is an error (a broken file, a placeholder that differs), else 0.

Example: npm run i18n:check -- fr`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const root = path.resolve(import.meta.dirname, '..');
const settings = readSettings(process.env, root);
const campaign = readCampaign(settings);
const { defaultLocale } = campaign;

for (const locale of positionals) {
  if (!campaign.locales.includes(locale)) {
    const guess = closest(locale, campaign.locales);
    console.error(
      `'${locale}' is not a locale of this campaign (${campaign.locales.join(', ')})${guess === undefined ? '' : `; did you mean '${guess}'?`}`,
    );
    process.exit(1);
  }
}

const defaults = readLocaleStrings(settings.localesDir, defaultLocale);
const changes = lastChanges(settings.contentDir);
const chosen = positionals.length > 0 ? positionals.filter((locale) => locale !== defaultLocale) : campaign.locales.slice(1);
const reports: LocaleReport[] = chosen.map((locale) =>
  checkLocale({
    localesDir: settings.localesDir,
    contentDir: settings.contentDir,
    defaultLocale,
    locale,
    defaultStrings: defaults.strings,
    changes,
  }),
);
const all = [...defaults.problems, ...reports.flatMap((report) => report.problems)];
const errors = all.filter((problem) => problem.severity === 'error').length;
const warnings = all.length - errors;

if (values.json) {
  const shown = (problem: I18nProblem) => ({ ...problem, file: displayPath(problem.file, root) });
  console.log(
    JSON.stringify(
      {
        defaultLocale,
        defaultProblems: defaults.problems.map(shown),
        locales: reports.map((report) => ({ ...report, problems: report.problems.map(shown) })),
      },
      null,
      2,
    ),
  );
} else {
  console.log(formatI18nReport(reports, defaults.problems));
}
process.exitCode = errors > 0 || (values.strict && warnings > 0) ? 1 : 0;

/** The summary table, then one table of problems per locale. */
function formatI18nReport(localeReports: readonly LocaleReport[], defaultProblems: readonly I18nProblem[]): string {
  const percent = (coverage: LocaleReport['ui']) => `${coverage.percent}% (${coverage.translated} of ${coverage.total})`;
  const count = (problems: readonly I18nProblem[], severity: I18nProblem['severity']) =>
    problems.filter((problem) => problem.severity === severity).length;
  const lines = [
    ...table([
      ['locale', 'language', 'UI strings', 'entries', 'errors', 'warnings'],
      ...localeReports.map((report) => [
        report.locale,
        report.name,
        percent(report.ui),
        percent(report.content),
        String(count(report.problems, 'error')),
        String(count(report.problems, 'warning')),
      ]),
    ]),
    '',
  ];
  const sections: [string, readonly I18nProblem[]][] = [
    ...(defaultProblems.length > 0 ? [[`${defaultLocale} (the default locale)`, defaultProblems] as [string, readonly I18nProblem[]]] : []),
    ...localeReports.map((report): [string, readonly I18nProblem[]] => [`${report.locale} (${report.name})`, report.problems]),
  ];
  for (const [title, problems] of sections) {
    if (problems.length === 0) {
      lines.push(`${title}: nothing to do.`, '');
      continue;
    }
    lines.push(`${title}: ${count(problems, 'error')} error(s), ${count(problems, 'warning')} warning(s)`);
    const sorted = [...problems].sort(
      (a, b) =>
        Number(b.severity === 'error') - Number(a.severity === 'error') || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
    );
    lines.push(
      ...table(
        sorted.map((problem) => [
          `  ${problem.severity}`,
          `${displayPath(problem.file, root)}${problem.line === undefined ? '' : `:${problem.line}`}`,
          // An entry's key is its file name, already shown.
          problem.kind === 'untranslated' || problem.kind === 'outdated' ? '' : (problem.key ?? ''),
          problem.message,
        ]),
      ),
      '',
    );
  }
  lines.push(
    errors > 0
      ? `${errors} error(s): fix them, they break the site in that language.`
      : warnings > 0
        ? 'No errors; the warnings above fall back to the default locale.'
        : 'Every locale is complete.',
  );
  return lines.join('\n');
}

/** Rows as columns padded to their widest cell (the last column is not padded). */
function table(rows: readonly string[][]): string[] {
  const widths = rows.reduce<number[]>(
    // The rule guards against splitting a grapheme apart; here the pieces are only counted.
    // eslint-disable-next-line @typescript-eslint/no-misused-spread -- a width in code points
    (max, row) => row.map((cell, index) => Math.max(max[index] ?? 0, [...cell].length)),
    [],
  );
  return rows.map((row) =>
    row
      .map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}
