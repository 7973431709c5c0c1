/**
 * `t()` keys are typed from the default locale's files: a misspelt key fails `astro check`.
 */
import type campaign from '../../locales/en/campaign.json';
import type common from '../../locales/en/common.json';
import type events from '../../locales/en/events.json';
import type hashtags from '../../locales/en/hashtags.json';
import type home from '../../locales/en/home.json';
import type partners from '../../locales/en/partners.json';
import type search from '../../locales/en/search.json';
import type translations from '../../locales/en/translations.json';
import type videos from '../../locales/en/videos.json';
import type workshops from '../../locales/en/workshops.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      campaign: typeof campaign;
      common: typeof common;
      events: typeof events;
      hashtags: typeof hashtags;
      home: typeof home;
      partners: typeof partners;
      search: typeof search;
      translations: typeof translations;
      videos: typeof videos;
      workshops: typeof workshops;
    };
  }
}
