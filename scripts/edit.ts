/**
 * `npm run edit`: the web editor on this folder, with no account. Starts the site's dev server and
 * opens its `/admin/` page, where "Work with Local Repository" lets Chrome or Edge read and write
 * the repository's folder (the File System Access API; Firefox and Safari have none). What the
 * editor saves lands in `content/` at once, and the dev server shows it and checks it as it does for
 * a file edited by hand.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repositoryRoot } from '#src/editor/site.ts';
import { readCampaign, readSettings } from '#src/site/settings.ts';
import { ASTRO_CLI, runToEnd } from './lib/run-to-end.ts';

const HELP = `Usage: npm run edit [-- --port <port>] [--no-open]

Starts the site on this computer and opens the web editor (/admin/) in your browser. There, choose
"Work with Local Repository" and pick the repository's folder: entries are read from and saved to
its content folder (SID_CONTENT_DIR, default content/). No account is needed.

Use Chrome or Edge: Firefox and Safari cannot let a page write to a folder.

  --port <port>  the port of the local site (default 4321, or the next free one)
  --no-open      do not open the browser
  --help         show this help`;

const root = path.resolve(import.meta.dirname, '..');

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'no-open': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const settings = readSettings(process.env, root);
const campaign = readCampaign(settings);
if (campaign.editor === undefined) {
  const campaignFile = path.relative(process.cwd(), path.join(settings.contentDir, 'campaign.yaml'));
  console.error(
    `The editor is off for this campaign. Turn it on in ${campaignFile} with the repository the site is built from:\n\n` +
      '  editor: { backend: github, repo: owner/name, branch: main }\n\n' +
      'then run npm run edit again (docs/editor.md says more).',
  );
  process.exit(1);
}

console.log(
  [
    'The editor opens at /admin/ of the address below, in Chrome or Edge.',
    'Choose "Work with Local Repository" and pick this folder:',
    `  ${repositoryRoot(settings.contentDir)}`,
    'Entries you save are written there at once; the site shows them, and names any problem as npm run check does.',
    'Stop with Ctrl-C.',
    '',
  ].join('\n'),
);
const ended = await runToEnd(
  [ASTRO_CLI, 'dev', ...(values.port === undefined ? [] : ['--port', values.port]), ...(values['no-open'] ? [] : ['--open', '/admin/'])],
  { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
);
process.exitCode = ended.status ?? 1;
