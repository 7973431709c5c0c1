/**
 * The campaign as the pages see it, read once per build (module-level cache, on purpose: every
 * page of a build shares one campaign, its locale table and its UI strings).
 */
import { lastChanges } from '#src/i18n/history.ts';
import { localeTable, type LocaleInfo } from '#src/i18n/locales.ts';
import { loadResources, type Resources } from '#src/i18n/resources.ts';
import { createTranslator, type Translate } from '#src/i18n/translate.ts';
import type { Campaign } from '#src/schemas/campaign.ts';
import { readCampaign, readSettings, type Settings } from './settings.ts';
import { readNow } from '#src/events/time.ts';

export interface Site {
  settings: Settings;
  campaign: Campaign;
  locales: LocaleInfo[];
  resources: Resources;
  now: Date;
}

let cached: Site | undefined;
let changes: Map<string, number> | undefined;

/** When each content file last changed (git history, else file times), read once per build. */
export function contentChanges(): Map<string, number> {
  changes ??= lastChanges(getSite().settings.contentDir);
  return changes;
}

export function getSite(): Site {
  if (cached !== undefined) return cached;
  const settings = readSettings(process.env, process.cwd());
  const campaign = readCampaign(settings);
  cached = {
    settings,
    campaign,
    locales: localeTable(campaign.locales),
    resources: loadResources(settings.localesDir, campaign.locales),
    now: readNow(process.env),
  };
  return cached;
}

/** The locale table row of a tag of this campaign. */
export function localeInfo(tag: string): LocaleInfo {
  const info = getSite().locales.find((locale) => locale.tag === tag);
  if (info === undefined) throw new Error(`'${tag}' is not a locale of this campaign`);
  return info;
}

/** The `t()` of a locale of this campaign. */
export function translator(locale: string): Translate {
  const { resources, campaign } = getSite();
  return createTranslator(resources, locale, campaign.defaultLocale);
}
