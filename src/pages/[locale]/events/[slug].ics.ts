/** `/<l>/events/<slug>.ics`: one event, for "Add to calendar", in that locale's words. */
import type { APIRoute, InferGetStaticParamsType } from 'astro';
import { calendarEvent, calendarPath, calendarText } from '#src/events/calendar.ts';
import { entryPaths, shownEntry } from '#src/site/entries.ts';
import { getSite, translator } from '#src/site/site.ts';

export const getStaticPaths = () => entryPaths('events', (params) => calendarPath(params.locale, params.slug));

export const GET: APIRoute<never, InferGetStaticParamsType<typeof getStaticPaths>> = async ({ params }) => {
  const { locale, slug } = params;
  const { campaign } = getSite();
  const t = translator(locale);
  const event = await shownEntry('events', locale, slug);
  const text = calendarText([calendarEvent(event, locale, campaign.site)], {
    locale,
    site: campaign.site,
    joinOnline: (url) => t('events:joinOnlineAt', { url }),
  });
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
