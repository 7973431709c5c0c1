/**
 * What the integration tells people while they work: UI strings that fall back to the default
 * locale, and, while `npm run dev` runs, the content check again after every edit.
 */
import path from 'node:path';
import type { AstroIntegrationLogger, HookParameters } from 'astro';
import { loadResources, missingKeys } from '#src/i18n/resources.ts';
import type { Campaign } from '#src/schemas/campaign.ts';
import { astroCacheDir, type Settings } from '#src/site/settings.ts';
import { formatReport } from '#src/validation/problems.ts';
import { validateContent } from '#src/validation/validate-content.ts';

/** Warns, per locale, of the UI strings it lacks (readers see the default locale's). */
export function warnOfMissingStrings(settings: Settings, campaign: Campaign, warn: (message: string) => void): void {
  const resources = loadResources(settings.localesDir, campaign.locales);
  for (const locale of campaign.locales.slice(1)) {
    const missing = missingKeys(resources, locale, campaign.defaultLocale);
    if (missing.length === 0) continue;
    const listed = `${missing.slice(0, 8).join(', ')}${missing.length > 8 ? ', …' : ''}`;
    warn(
      `${locale}: ${missing.length} UI string(s) missing, shown in ${campaign.defaultLocale}: ${listed} (npm run i18n:check -- ${locale})`,
    );
  }
}

/**
 * While `npm run dev` runs, every edit in the content folder is checked again: the report goes to
 * the terminal and, as the same text, to the browser's error overlay.
 */
export function watchContent(
  settings: Settings,
  server: HookParameters<'astro:server:setup'>['server'],
  logger: AstroIntegrationLogger,
): void {
  const recheck = async (file: string) => {
    if (!path.resolve(file).startsWith(settings.contentDir + path.sep)) return;
    const { problems } = await validateContent(settings.contentDir, settings.root, astroCacheDir(settings));
    if (problems.length === 0) return;
    const report = formatReport(problems);
    logger.error(report);
    server.ws.send({ type: 'error', err: { message: report, stack: '', plugin: 'sid-microsite' } });
  };
  server.watcher.add(settings.contentDir);
  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, (file: string) => void recheck(file));
}
