/**
 * `npm run check [-- --json]`: validates the whole content folder (`SID_CONTENT_DIR`, default
 * `content/`) without building the site. Same validation and same messages as the build: one
 * report of every problem with file:line, field, what is wrong and how to fix it. Exit code 1
 * when there is any problem.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport, sortProblems } from '#src/validation/problems.ts';
import { astroCacheDir, readSettings } from '#src/site/settings.ts';
import { validateContent } from '#src/validation/validate-content.ts';

const HELP = `Usage: npm run check [-- --json]

Checks every entry of the content folder (SID_CONTENT_DIR, default content/) the way the build
does, without building: file and line, field, what is wrong and how to fix it.

  --json   print the problems as JSON: [{ "file", "line", "field", "message" }]
  --help   show this help

Exit code: 0 when the content is fine, 1 when there is a problem.`;

const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const root = path.resolve(import.meta.dirname, '..');
const settings = readSettings(process.env, root);
const result = await validateContent(settings.contentDir, root, astroCacheDir(settings));
const problems = sortProblems(result.problems);

if (values.json) {
  console.log(JSON.stringify(problems, null, 2));
} else if (problems.length === 0) {
  const entries = result.sources.length + result.translations.length;
  console.log(`No problems in ${entries} ${entries === 1 ? 'entry' : 'entries'}.`);
} else {
  // The build's report, whose first line says that nothing was built: here nothing was meant to be.
  const [, ...lines] = formatReport(problems).split('\n');
  console.log([`${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in the content.`, ...lines].join('\n'));
}
process.exitCode = problems.length === 0 ? 0 : 1;
