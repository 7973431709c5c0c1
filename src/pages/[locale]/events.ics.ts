/** `/<l>/events.ics`: every event in that locale's words, a calendar people can subscribe to. */
import type { APIRoute, InferGetStaticParamsType } from 'astro';
import { calendarEvent, calendarText } from '#src/events/calendar.ts';
import { shownEntries } from '#src/site/entries.ts';
import { getSite, translator } from '#src/site/site.ts';
import { localePaths } from '#src/integration/page-keys.ts';
import { calendarPath } from '#src/events/calendar.ts';

export const getStaticPaths = () => localePaths((locale) => calendarPath(locale));

export const GET: APIRoute<never, InferGetStaticParamsType<typeof getStaticPaths>> = async ({ params }) => {
  const { locale } = params;
  const { campaign } = getSite();
  const t = translator(locale);
  const events = await shownEntries('events', locale);
  const text = calendarText(
    events.map((event) => calendarEvent(event, locale, campaign.site)),
    { locale, site: campaign.site, joinOnline: (url) => t('events:joinOnlineAt', { url }), name: t('campaign:name') },
  );
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
