import { copyFileSync, cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport } from './problems.ts';
import { validateContent } from './validate-content.ts';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = (name: string) => path.join(root, 'tests/fixtures', name, 'content');

describe('validateContent', () => {
  it('finds nothing wrong in a good folder and returns its sources and translations', async () => {
    const result = await validateContent(fixture('minimal'), root);
    expect(result.problems).toEqual([]);
    expect(result.sources.map((entry) => `${entry.kind}/${entry.slug}`).sort()).toEqual([
      'events/dublin',
      'events/dublin-night',
      'events/mexico',
      'events/webinar',
      'pages/about',
      'partners/cybersafe',
      'partners/webwise',
      'videos/safety-tools',
      'workshops/privacy-basics',
    ]);
    expect(result.translations.map((entry) => `${entry.locale}/${entry.kind}/${entry.slug}`).sort()).toEqual([
      'ar/events/dublin-night',
      'ar/pages/about',
      'fr/events/dublin',
    ]);
  });

  it('refuses slugs that the site needs for its own pages', async () => {
    const copy = mkdtempSync(path.join(os.tmpdir(), 'sid-reserved-'));
    cpSync(fixture('minimal'), copy, { recursive: true });
    copyFileSync(path.join(copy, 'en/events/dublin.mdx'), path.join(copy, 'en/events/country.mdx'));
    copyFileSync(path.join(copy, 'en/pages/about.mdx'), path.join(copy, 'en/pages/search.mdx'));
    const problems = (await validateContent(copy, root)).problems.map((problem) => `${path.basename(problem.file)}: ${problem.message}`);
    expect(problems).toEqual([
      "country.mdx: uses the slug 'country', which the site needs for its own pages; rename the file",
      "search.mdx: uses the slug 'search', which the site needs for its own pages; rename the file",
    ]);
  });

  it('reports every problem of a broken folder in one report: file, line, field, what and how', async () => {
    const report = formatReport((await validateContent(fixture('broken'), root)).problems);
    expect(report).toMatchInlineSnapshot(`
      "16 problems in the content; nothing was built.

      tests/fixtures/broken/content/de
        is a folder for locale 'de', which is not in \`locales\` in campaign.yaml; add it there (npm run i18n:add) or rename the folder

      tests/fixtures/broken/content/en/events/dublin.mdx:4
        \`start\`: '2020-02-11T10:00:00+01:00' is not a wall-clock time; write \`YYYY-MM-DDTHH:mm\` (e.g. \`2020-02-11T10:00\`) with no offset or \`Z\`: the zone goes in \`timezone\`
      tests/fixtures/broken/content/en/events/dublin.mdx:6
        \`timezone\`: 'Europe/Dublinn' is not an IANA time zone; did you mean 'Europe/Dublin'?
      tests/fixtures/broken/content/en/events/dublin.mdx:8
        \`venue.country\`: 'XX' is not an ISO 3166-1 alpha-2 country code; use two capital letters such as \`FI\`, \`MX\` or \`IN\`
      tests/fixtures/broken/content/en/events/dublin.mdx:11
        \`organisers[0]\`: 'webwize' is not a partner: there is no en/partners/webwize.mdx; did you mean 'webwise'?
      tests/fixtures/broken/content/en/events/dublin.mdx:12
        \`tittle\`: is not a field of this kind of entry; did you mean \`title\`?

      tests/fixtures/broken/content/en/events/online.mdx:2
        \`online\`: is missing; an online event needs \`online: { url: https://… }\`
      tests/fixtures/broken/content/en/events/online.mdx:4
        \`start\`: '2020-03-29T01:30' does not exist in Europe/Dublin (the clocks skip it for daylight saving time); choose a time outside the skipped hour
      tests/fixtures/broken/content/en/events/online.mdx:5
        \`end\`: '2020-03-29T00:30' is not after \`start\` ('2020-03-29T01:30'); an event ends after it starts

      tests/fixtures/broken/content/en/partners/webwise.mdx:4
        \`url\`: 'http://www.webwise.ie' is not an https:// URL; write the full address, starting with https://
      tests/fixtures/broken/content/en/partners/webwise.mdx:6
        \`kind\`: 'charity' is not one of: ngo, hotline, helpline, government, school, company, library, media, international

      tests/fixtures/broken/content/en/videos/tools.mdx:6
        \`poster\`: '../../media/missing.jpg' does not exist (paths are relative to this file)
      tests/fixtures/broken/content/en/videos/tools.mdx:8
        \`duration\`: '2 minutes' is not an ISO 8601 duration; write e.g. \`PT2M30S\` for two minutes thirty
      tests/fixtures/broken/content/en/videos/tools.mdx:9
        \`captions\`: has no \`en\` captions; every video needs captions in the source language (WCAG 1.2.2): add \`en: ../../media/captions/<file>.vtt\`

      tests/fixtures/broken/content/fr/events/dublin.mdx:4
        \`timezone\`: differs from the source entry, but \`timezone\` does not change between languages; delete this line (it is taken from the source)

      tests/fixtures/broken/content/fr/events/ghost.mdx
        is a translation of an entry that does not exist: there is no en/events/ghost.mdx; rename this file to the source entry's slug or add the source
      "
    `);
  });
});
