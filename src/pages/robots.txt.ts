/** `/robots.txt`: everything may be crawled; the sitemap index says where every page is. */
import type { APIRoute } from 'astro';
import { getSite } from '#src/site/site.ts';
import { absoluteUrl } from '#src/site/urls.ts';

export const GET: APIRoute = () => {
  const { campaign } = getSite();
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', campaign.site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
