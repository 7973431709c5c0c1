/**
 * Where the campaign comes from, read once from the environment: `SID_CONTENT_DIR` picks another
 * content folder (fixtures, benchmarks, next year's edition); its UI strings are the `locales/`
 * folder beside it when it has one, else the project's own.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Campaign } from '#src/schemas/campaign.ts';
import { ContentError, formatReport, type Problem } from '#src/validation/problems.ts';
import { readCampaignFile } from '#src/validation/validate-content.ts';

export interface Settings {
  root: string;
  contentDir: string;
  localesDir: string;
}

/**
 * @example readSettings({ SID_CONTENT_DIR: 'tests/fixtures/minimal/content' }, '/repo').contentDir
 *   // '/repo/tests/fixtures/minimal/content'
 */
export function readSettings(env: Record<string, string | undefined>, root: string): Settings {
  const contentDir = path.resolve(root, env['SID_CONTENT_DIR'] || 'content');
  const besideContent = path.join(path.dirname(contentDir), 'locales');
  const localesDir = existsSync(besideContent) ? besideContent : path.join(root, 'locales');
  return { root, contentDir, localesDir };
}

/**
 * The campaign file, parsed and checked; throws the report when it is unusable, since nothing
 * (not even the locale list) can be built without it.
 */
export function readCampaign(settings: Settings): Campaign {
  const problems: Problem[] = [];
  const campaign = readCampaignFile(path.join(settings.contentDir, 'campaign.yaml'), settings.root, problems);
  if (campaign === undefined) throw new ContentError(formatReport(problems));
  return campaign;
}

/**
 * A short key of a content folder, naming its Astro cache (`node_modules/.astro/<key>`) so that
 * builds of different folders keep their own.
 * @example contentKey('/repo/content') // 'a1b2c3d4e5f6'
 */
export function contentKey(contentDir: string): string {
  return createHash('sha256').update(contentDir).digest('hex').slice(0, 12);
}

/**
 * Astro's cache folder for a content folder (`cacheDir` in `astro.config.mjs`): fixture builds and
 * the sample do not overwrite each other's data store, pages and page inputs.
 * @example astroCacheDir({ root: '/repo', contentDir: '/repo/content' }) // '/repo/node_modules/.astro/a1b2c3d4e5f6'
 */
export function astroCacheDir(settings: Pick<Settings, 'root' | 'contentDir'>): string {
  return path.join(settings.root, 'node_modules/.astro', contentKey(settings.contentDir));
}
