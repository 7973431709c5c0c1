/** `/<l>/rss.xml`: that locale's events and videos, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute, InferGetStaticParamsType } from 'astro';
import { shownEntries } from '#src/site/entries.ts';
import { feedItems, feedPath } from '#src/routes/feed.ts';
import { getSite, translator } from '#src/site/site.ts';
import { localePaths } from '#src/integration/page-keys.ts';
import { absoluteUrl, pageUrl } from '#src/site/urls.ts';

export const getStaticPaths = () => localePaths((locale) => feedPath(locale));

export const GET: APIRoute<never, InferGetStaticParamsType<typeof getStaticPaths>> = async ({ params }) => {
  const { locale } = params;
  const { campaign } = getSite();
  const t = translator(locale);
  const items = feedItems({
    events: await shownEntries('events', locale),
    videos: await shownEntries('videos', locale),
    locale,
    site: campaign.site,
  });
  return rss({
    title: t('campaign:name'),
    description: t('campaign:tagline'),
    // The channel links to the locale's home page; every item link is already absolute.
    site: pageUrl(locale, [], campaign.site),
    items,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${locale}</language><atom:link href="${absoluteUrl(feedPath(locale), campaign.site)}" rel="self" type="application/rss+xml"/>`,
  });
};
