/**
 * The campaign as the pages see it, read once per build (module-level cache, on purpose: every
 * page of a build shares one campaign, its locale table and its UI strings). A page that reads a
 * field of the campaign, the locales, "now" or a namespace of UI strings records it
 * (`page-inputs.ts`), so that it is rendered again when that changes.
 */
import { lastChanges } from '#src/i18n/history.ts';
import { localeTable, type LocaleInfo } from '#src/i18n/locales.ts';
import { loadResources, type Resources } from '#src/i18n/resources.ts';
import { createTranslator, type Translate } from '#src/i18n/translate.ts';
import type { Campaign } from '#src/schemas/campaign.ts';
import { readCampaign, readSettings, type Settings } from './settings.ts';
import { readNow } from '#src/events/time.ts';
import { readInput } from '#src/integration/page-inputs.ts';
import { remember } from '#src/util/remember.ts';

export interface Site {
  settings: Settings;
  campaign: Campaign;
  locales: LocaleInfo[];
  resources: Resources;
  now: Date;
}

/** The site as read, and the same site recording what pages read of it (`getSite`). */
let raw: Site | undefined;
let cached: Site | undefined;
let changes: Map<string, number> | undefined;

/** When each content file last changed (git history, else file times), read once per build. */
export function contentChanges(): Map<string, number> {
  changes ??= lastChanges(rawSite().settings.contentDir);
  return changes;
}

export function getSite(): Site {
  cached ??= recordingSite(rawSite());
  return cached;
}

/** The site without recording: for code that reads on behalf of pages and records more precisely itself. */
function rawSite(): Site {
  if (raw !== undefined) return raw;
  const settings = readSettings(process.env, process.cwd());
  const campaign = readCampaign(settings);
  raw = {
    settings,
    campaign,
    locales: localeTable(campaign.locales),
    resources: loadResources(settings.localesDir, campaign.locales),
    now: readNow(process.env),
  };
  return raw;
}

/**
 * The names of the inputs read, made once: by campaign field, and by locale and string key (caches,
 * on purpose: the same string every read is quicker to record, see `recordingView` in `entries.ts`).
 */
const campaignInputs = new Map<string, string>();
const stringsInputs = new Map<string, Map<string, string>>();

/** What reading each part of the site records: settings say nothing a page shows. */
const SITE_INPUTS: Partial<Record<keyof Site, string>> = { locales: 'campaign:locales', now: 'now', resources: 'strings:*' };

/** The site, recording the page's reads of the campaign's fields, the locales, "now" and the strings. */
function recordingSite(site: Site): Site {
  const campaign = new Proxy(site.campaign, {
    get: (target, field, receiver) => {
      if (typeof field === 'string') readInput(remember(campaignInputs, field, () => `campaign:${field}`));
      return Reflect.get(target, field, receiver) as unknown;
    },
  });
  return new Proxy(site, {
    get: (target, part, receiver) => {
      if (part === 'campaign') return campaign;
      const input = SITE_INPUTS[part as keyof Site];
      if (input !== undefined) readInput(input);
      return Reflect.get(target, part, receiver) as unknown;
    },
  });
}

/** The locale table row of a tag of this campaign. */
export function localeInfo(tag: string): LocaleInfo {
  const info = getSite().locales.find((locale) => locale.tag === tag);
  if (info === undefined) throw new Error(`'${tag}' is not a locale of this campaign`);
  return info;
}

/**
 * The `t()` of a locale of this campaign; a page that asks it for a string records the string's
 * namespace in that locale.
 */
export function translator(locale: string): Translate {
  const { resources, campaign } = rawSite();
  const t = createTranslator(resources, locale, campaign.defaultLocale);
  const names = remember(stringsInputs, locale, () => new Map<string, string>());
  return new Proxy(t, {
    apply: (target, thisArgument, args: unknown[]) => {
      const keys = Array.isArray(args[0]) ? (args[0] as unknown[]) : [args[0]];
      for (const key of keys)
        if (typeof key === 'string') readInput(remember(names, key, () => `strings:${locale}:${key.split(':')[0] ?? ''}`));
      return Reflect.apply(target, thisArgument, args) as unknown;
    },
  });
}
