/**
 * `npm run screenshot [-- --url <url>] [--out <file>]`: takes the README's screenshot of the home
 * page from a site that is already being served, in headless Chromium. It builds nothing and starts
 * no server, so that it shoots exactly the site in front of you; to refresh the README's picture:
 *
 *   SID_NOW=2020-02-01T00:00:00Z npm run build && npm run preview   # the sample, before its day
 *   npm run screenshot                                             # in a second terminal
 *
 * `SID_NOW` fixes "now" so the home page lists the sample's events as upcoming, whatever the date.
 * The browser is set to one size, language, time zone and colour scheme, with animations off and
 * the fonts loaded, so that the same site gives the same picture. It uses Debian's Chromium
 * (`SID_CHROMIUM` names another), as the browser tests do.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import sharp from 'sharp';

const HELP = `Usage: npm run screenshot [-- --url <url>] [--out <file>]

Takes a screenshot of the home page of a site being served (default http://localhost:4321/en/)
into docs/screenshot.png. Serve the sample first, in another terminal:
  SID_NOW=2020-02-01T00:00:00Z npm run build && npm run preview`;

/** A laptop's window: the header, the campaign's day and the first events, as a visitor first sees them. */
const VIEWPORT = { width: 1280, height: 800 };

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:4321/en/' },
    out: { type: 'string', default: path.join(root, 'docs/screenshot.png') },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

try {
  const response = await fetch(values.url);
  if (!response.ok) throw new Error(`HTTP ${String(response.status)}`);
} catch (error) {
  console.error(`Nothing is served at ${values.url} (${(error as Error).message}).\n\n${HELP}`);
  process.exit(1);
}

const browser = await chromium.launch({
  executablePath: process.env['SID_CHROMIUM'] || '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
try {
  const page = await browser.newPage({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    locale: 'en-GB',
    timezoneId: 'Europe/Brussels',
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  await page.goto(values.url, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  mkdirSync(path.dirname(values.out), { recursive: true });
  const shot = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  // A page of flat colours loses nothing visible to a 256-colour palette, and the file is a third of the size.
  await sharp(shot).png({ palette: true, compressionLevel: 9, effort: 10 }).toFile(values.out);
  console.log(
    `Wrote ${path.relative(process.cwd(), values.out)} (${String(VIEWPORT.width)} × ${String(VIEWPORT.height)}) from ${values.url}.`,
  );
} finally {
  await browser.close();
}
